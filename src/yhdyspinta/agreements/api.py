"""Agreements, annexes and annex rows: read for the county's users (a coordinator her
municipality's agreements), annexes (status, due date, approving decision) and rows written
(PATCH) by county staff, validated like the forms; an approved annex is frozen.

`/api/v1/agreements/`, `/api/v1/agreement-annexes/`, `/api/v1/agreement-annex-rows/`."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from rest_framework import mixins, permissions, serializers, viewsets

from yhdyspinta.api.permissions import ObjectRulesPermission

from .models import Agreement, Annex, AnnexRow, AnnexStatus
from .scoping import visible_agreements, visible_annexes


class AgreementSerializer(serializers.ModelSerializer):
    parties = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    has_document = serializers.SerializerMethodField()

    class Meta:
        model = Agreement
        fields = [
            "id", "county", "kind", "title", "parties", "status", "signed_on", "valid_from",
            "valid_to", "note", "has_document",
        ]  # fmt: skip
        read_only_fields = fields

    def get_has_document(self, obj) -> bool:
        return bool(obj.document)


FROZEN_API = "Version %(version)s is approved and frozen; start a new version."


class AnnexSerializer(serializers.ModelSerializer):
    """PATCH ``status``, ``due`` (a date as people write it: "alkuvuosi 2024", "31.12.2023";
    empty clears it), ``approved_by`` (a body of the county) and ``approved_on``; the rest is
    read-only. The model's rules apply (an approved annex names its decision); an approved
    annex is frozen (a field error on ``version``)."""

    agreement = serializers.IntegerField(source="table.agreement_id", read_only=True)
    theme = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    due = serializers.CharField(
        write_only=True,
        required=False,
        allow_blank=True,
        help_text="The due date as written, e.g. 'alkuvuosi 2024' or '31.12.2023'.",
    )

    class Meta:
        model = Annex
        fields = [
            "id", "agreement", "theme", "status", "version", "due", "due_text", "due_start",
            "due_end", "due_precision", "approved_by", "approved_on", "note",
        ]  # fmt: skip
        read_only_fields = [
            "id", "agreement", "theme", "version", "due_text", "due_start", "due_end",
            "due_precision", "note",
        ]  # fmt: skip

    def get_fields(self):
        fields = super().get_fields()
        if isinstance(self.instance, Annex):  # only the county's bodies approve its annexes
            from yhdyspinta.organizations.models import Body

            county_id = self.instance.table.agreement.county_id
            fields["approved_by"].queryset = Body.objects.filter(organization_id=county_id)
        return fields

    def validate_due(self, value):
        from yhdyspinta.organizations.vaguedate_field import VagueDateFormField

        try:
            return VagueDateFormField(required=False).clean(value)
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.messages) from exc

    def validate(self, attrs):
        annex = self.instance
        if annex is None:
            raise serializers.ValidationError("Annexes are created on the web page.")
        stored = Annex.objects.filter(pk=annex.pk).values_list("status", "version").first()
        if stored and stored[0] == AnnexStatus.APPROVED:
            raise serializers.ValidationError({"version": FROZEN_API % {"version": stored[1]}})
        due = attrs.pop("due", serializers.empty)
        for key, value in attrs.items():
            setattr(annex, key, value)
        if due is not serializers.empty:
            annex.set_due(due)
        try:
            annex.full_clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        return attrs


class AnnexRowSerializer(serializers.ModelSerializer):
    counterparts = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    networks = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = AnnexRow
        fields = [
            "id", "annex", "order", "task", "county_duty", "municipality_duty", "joint_duty",
            "legal_basis", "counterparts", "networks",
        ]  # fmt: skip
        read_only_fields = ["id", "annex", "counterparts", "networks"]

    def validate(self, attrs):
        row = self.instance
        if row is not None and row.annex.status == AnnexStatus.APPROVED:
            raise serializers.ValidationError(
                {"version": "The annex's version is approved and frozen; start a new version."}
            )
        for key, value in attrs.items():
            setattr(row, key, value)
        try:
            row.full_clean()
        except DjangoValidationError as exc:
            raise serializers.ValidationError(exc.message_dict) from exc
        return attrs


class AgreementViewSet(viewsets.ReadOnlyModelViewSet):
    """The agreements the user reads."""

    serializer_class = AgreementSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        return visible_agreements(self.request.user).prefetch_related("parties").order_by("pk")


class AnnexViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """The annexes of the agreements the user reads; county staff change an annex's status,
    due date and approving decision with PATCH (PUT is the same)."""

    serializer_class = AnnexSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        return (
            visible_annexes(self.request.user)
            .select_related("theme", "table__agreement")
            .order_by("pk")
        )

    def perform_update(self, serializer):
        from .services.versions import record_revision

        with transaction.atomic():
            annex = serializer.instance
            annex.save()  # the validated values and the due date are already on the instance
            record_revision(annex, self.request.user)


class AnnexRowViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Annex rows; county staff correct a row's texts with PATCH (PUT is the same)."""

    serializer_class = AnnexRowSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        return (
            AnnexRow.objects.filter(annex__in=visible_annexes(self.request.user).values("pk"))
            .select_related("annex__table__agreement")
            .prefetch_related("counterparts", "networks")
            .order_by("pk")
        )

    def perform_update(self, serializer):
        from .services.versions import record_revision

        with transaction.atomic():
            row = serializer.save()
            record_revision(row.annex, self.request.user)


def register(router) -> None:
    router.register("agreements", AgreementViewSet, basename="agreement")
    router.register("agreement-annexes", AnnexViewSet, basename="agreement-annex")
    router.register("agreement-annex-rows", AnnexRowViewSet, basename="agreement-annex-row")
