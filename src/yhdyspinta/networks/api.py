"""Networks read and write (the register's permissions), overlaps read.

`/api/v1/networks/` (filters as on the list page: owner, theme, target_group, status, county,
q) and `/api/v1/network-overlaps/?min_score=0.6`.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import permissions, serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from yhdyspinta.api.permissions import ObjectRulesPermission
from yhdyspinta.organizations.models import Theme
from yhdyspinta.organizations.rules import can_write_owned
from yhdyspinta.web.params import InvalidParameterError

from .models import MemberRole, Network, TargetGroup, join_target_groups, parse_target_groups
from .scoping import county_of, visible_networks
from .services.overlaps import pairs_as_json
from .services.register import RegisterFilter
from .services.stored import pair_rows, request_computation
from .views.overlaps import filtered_pairs, overlap_filters


class MemberSerializer(serializers.Serializer):
    organization = serializers.IntegerField(source="organization_id")
    name = serializers.CharField(source="organization.name_fi", read_only=True)
    role = serializers.ChoiceField(choices=MemberRole.choices)


class NetworkSerializer(serializers.ModelSerializer):
    themes = serializers.SlugRelatedField(
        slug_field="slug", many=True, queryset=Theme.objects.all(), required=False
    )
    target_groups = serializers.ListField(
        child=serializers.ChoiceField(choices=TargetGroup.choices), required=False
    )
    members = MemberSerializer(many=True, read_only=True)

    class Meta:
        model = Network
        fields = ["id", *Network.EDITABLE_FIELDS, "members", "updated_at"]
        read_only_fields = ["updated_at"]

    def to_representation(self, instance):
        data = super().to_representation(instance)
        data["target_groups"] = parse_target_groups(instance.target_groups)
        return data

    def validate_owner(self, owner):
        if not can_write_owned(self.context["request"].user, owner):
            raise serializers.ValidationError("You cannot add networks for this organisation.")
        return owner

    def validate_themes(self, themes):
        county = county_of(self.context["request"].user)
        allowed = set(Theme.objects.for_county(county).values_list("pk", flat=True))
        unknown = [t.slug for t in themes if t.pk not in allowed]
        if unknown:
            raise serializers.ValidationError(f"Unknown themes: {', '.join(unknown)}.")
        return themes

    def validate(self, attrs):
        attrs = dict(attrs)
        if "target_groups" in attrs:
            attrs["target_groups"] = join_target_groups(attrs["target_groups"])
        instance = self.instance or Network()
        for key, value in _scalar(attrs).items():
            setattr(instance, key, value)
        try:
            instance.full_clean(validate_unique=False)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        return attrs


def _scalar(attrs: dict) -> dict:
    return {k: v for k, v in attrs.items() if k != "themes"}


class NetworkViewSet(viewsets.ModelViewSet):
    """Networks of the user's county. Writes follow the register's rules: a coordinator her own
    municipality's networks, county staff every network of the county."""

    serializer_class = NetworkSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        qs = visible_networks(self.request.user).select_related("owner")
        qs = qs.prefetch_related("themes", "members__organization")
        try:
            chosen = RegisterFilter.from_params(self.request.query_params)
        except InvalidParameterError as error:
            raise serializers.ValidationError(error.as_dict()) from None
        return chosen.apply(qs).order_by("pk")

    def perform_create(self, serializer):
        if not self.request.user.has_perm("networks.add_network"):
            raise PermissionDenied
        with transaction.atomic():
            serializer.save()

    def perform_update(self, serializer):
        owner = serializer.validated_data.get("owner")
        if owner is not None and not can_write_owned(self.request.user, owner):
            raise PermissionDenied
        with transaction.atomic():
            serializer.save()

    def perform_destroy(self, instance):
        with transaction.atomic():
            instance.delete()


class OverlapPairSerializer(serializers.Serializer):
    """One pair of networks that look like overlapping work (computed, read only)."""

    a = serializers.IntegerField(read_only=True)
    b = serializers.IntegerField(read_only=True)
    a_name = serializers.CharField(read_only=True)
    b_name = serializers.CharField(read_only=True)
    score = serializers.FloatField(min_value=0, max_value=1, read_only=True)
    reasons = serializers.ListField(child=serializers.CharField(), read_only=True)


class OverlapViewSet(viewsets.GenericViewSet):
    """Pairs of networks that look like overlapping work, best first, a page at a time
    (`limit`, `offset`), as computed and stored in the background for the user's county
    (`min_score`: at least the NETWORK_OVERLAP_MIN_SCORE setting, at most 1; `scope`:
    within / across)."""

    permission_classes = [permissions.IsAuthenticated]
    serializer_class = OverlapPairSerializer

    @extend_schema(
        parameters=[
            OpenApiParameter("min_score", float, description="0..1, default from the setting"),
            OpenApiParameter("scope", str, enum=["within", "across"]),
        ],
        responses=OverlapPairSerializer(many=True),
    )
    def list(self, request):
        county = county_of(request.user)
        if county is None or not request.user.has_perm("networks.view_network"):
            raise PermissionDenied
        chosen, errors = overlap_filters(request.query_params)
        if errors:
            raise serializers.ValidationError(errors)
        record = request_computation(county.pk)
        pairs = filtered_pairs(
            request.user,
            record,
            county,
            min_score=chosen["min_score"],
            scope=chosen["scope"],
            mine=False,
        )
        page = self.paginate_queryset(pairs)
        rows = pair_rows(list(page), county.pk)
        return self.get_paginated_response(pairs_as_json(rows))


def register(router):
    router.register("networks", NetworkViewSet, basename="network")
    router.register("network-overlaps", OverlapViewSet, basename="network-overlap")
