"""Organisations (public information) and people (authenticated users of the county)."""

from django.db import transaction
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from yhdyspinta.api.permissions import ObjectRulesPermission
from yhdyspinta.web.params import api_int_param

from .models import Organization, Person, Role, Theme
from .scoping import visible_people


class OrganizationSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="name_fi", read_only=True)
    parent_county = serializers.PrimaryKeyRelatedField(read_only=True)

    class Meta:
        model = Organization
        fields = [
            "id",
            "name",
            "name_fi",
            "name_sv",
            "name_en",
            "kind",
            "code",
            "sotkanet_id",
            "business_id",
            "legal_form",
            "parent_county",
            "website",
        ]


class OrganizationViewSet(viewsets.ReadOnlyModelViewSet):
    """Organisations are public information: readable without login. Filter with `kind`,
    `county` (id) and `code`."""

    serializer_class = OrganizationSerializer
    permission_classes = [permissions.AllowAny]

    def get_queryset(self):
        qs = Organization.objects.order_by("kind", "name_fi")
        params = self.request.query_params
        if params.get("kind"):
            qs = qs.filter(kind=params["kind"])
        if params.get("code"):
            qs = qs.filter(code=params["code"])
        county = api_int_param(params, "county")
        if county is not None:
            qs = qs.filter(parent_county_id=county)
        return qs


class ThemeSerializer(serializers.ModelSerializer):
    class Meta:
        model = Theme
        fields = ["id", "slug", "name_fi", "name_sv", "name_en", "parent", "county"]


class ThemeViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = ThemeSerializer
    permission_classes = [permissions.AllowAny]
    queryset = Theme.objects.filter(county__isnull=True).order_by("order", "name_fi")


class RoleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Role
        fields = ["id", "kind", "organization", "theme", "valid_from", "valid_to"]


class PersonSerializer(serializers.ModelSerializer):
    roles = RoleSerializer(many=True, read_only=True)

    class Meta:
        model = Person
        fields = [
            "id",
            "first_name",
            "last_name",
            "title",
            "organization",
            "email",
            "phone",
            "roles",
        ]

    def validate_organization(self, organization):
        user = self.context["request"].user
        if not user.has_perm("organizations.add_person", organization):
            raise serializers.ValidationError("You cannot add people to this organisation.")
        return organization

    def validate(self, attrs):
        instance = self.instance or Person()
        for key, value in attrs.items():
            setattr(instance, key, value)
        instance.full_clean(exclude=["user"])
        return attrs


class PersonViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """People of the user's county (work contact details only)."""

    serializer_class = PersonSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        return visible_people(self.request.user).prefetch_related("roles").order_by("id")

    def perform_create(self, serializer):
        if not self.request.user.has_perm(
            "organizations.add_person", serializer.validated_data["organization"]
        ):
            raise PermissionDenied
        with transaction.atomic():
            serializer.save()

    def perform_update(self, serializer):
        with transaction.atomic():
            serializer.save()


def register(router):
    router.register("organizations", OrganizationViewSet, basename="organization")
    router.register("themes", ThemeViewSet, basename="theme")
    router.register("people", PersonViewSet, basename="person")
