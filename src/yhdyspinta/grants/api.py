"""The grants API.

* `/api/v1/grant-calls/`: the calls with their rules and criteria, public (anonymous read).
* `/api/v1/grant-decisions/`: the decisions once made, public: the organisation, the amount,
  the body, the date and the call; nothing personal (no contact people, no conditions).
  `?call=` filters by call.
* `/api/v1/grant-applications/`: an applicant's own organisation's applications, all of the
  county's for its staff, the assigned ones for a reviewer. The applicant creates (POST) and
  changes (PATCH) a draft, validated exactly like the form (errors keyed by field), and submits
  it with POST `.../submit/` (refused after the deadline or a second time, naming the reason).
"""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import mixins, permissions, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import PermissionDenied
from rest_framework.generics import get_object_or_404
from rest_framework.response import Response

from yhdyspinta.api.permissions import ObjectRulesPermission
from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of

from . import parsing
from .forms import ApplicationForm
from .models import Application, Decision, GrantCall
from .rules import is_applicant
from .scoping import visible_applications, visible_calls
from .services import SubmissionRefused, submit


class CriterionSerializer(serializers.Serializer):
    name = serializers.CharField()
    weight = serializers.DecimalField(max_digits=5, decimal_places=2)


class GrantCallSerializer(serializers.ModelSerializer):
    themes = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    criteria = CriterionSerializer(many=True, read_only=True)

    class Meta:
        model = GrantCall
        fields = [
            "id", "county", "kind", "year", "title", "description", "budget", "themes",
            "target_groups", "opens", "closes", "excluded_legal_forms", "required_fields",
            "min_amount", "max_amount", "criteria",
        ]  # fmt: skip
        read_only_fields = fields


class GrantCallViewSet(viewsets.ReadOnlyModelViewSet):
    """Grant calls, public: kind, year, budget, the themes and target groups funded, when the
    call is open, its eligibility rules and its review criteria with their weights."""

    serializer_class = GrantCallSerializer
    permission_classes = [permissions.AllowAny]
    queryset = GrantCall.objects.prefetch_related("themes", "criteria").order_by("pk")


class DecisionSerializer(serializers.ModelSerializer):
    call = serializers.IntegerField(source="application.call_id", read_only=True)
    call_title = serializers.CharField(source="application.call.title", read_only=True)
    organization = serializers.CharField(source="application.organization.name", read_only=True)
    business_id = serializers.CharField(
        source="application.organization.business_id", read_only=True
    )
    body = serializers.CharField(source="body.name", read_only=True, default=None)

    class Meta:
        model = Decision
        fields = [
            "id", "call", "call_title", "organization", "business_id", "amount", "body",
            "decided_on",
        ]  # fmt: skip
        read_only_fields = fields


class DecisionViewSet(viewsets.ReadOnlyModelViewSet):
    """Decisions once made, public: who received how much, decided by which body and when."""

    serializer_class = DecisionSerializer
    permission_classes = [permissions.AllowAny]

    @extend_schema(parameters=[OpenApiParameter("call", int, description="a call's id")])
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)

    def get_queryset(self):
        qs = Decision.objects.select_related(
            "application__call", "application__organization", "body"
        ).order_by("pk")
        if self.action == "list" and "call" in self.request.query_params:
            call = self.request.query_params["call"]
            if not call.isdigit() or len(call) > 9:
                raise serializers.ValidationError({"call": _("Give a call's id (a whole number).")})
            qs = qs.filter(application__call_id=int(call))
        return qs


class BudgetRowSerializer(serializers.Serializer):
    item = serializers.CharField()
    amount = serializers.DecimalField(max_digits=12, decimal_places=2)


class ApplicationSerializer(serializers.ModelSerializer):
    """Read: the application as the applicant sees it. Write: the form's fields (the view
    validates them with the form); `budget` is a list of {item, amount}."""

    organization = serializers.IntegerField(source="organization_id", read_only=True)
    organization_name = serializers.CharField(source="organization.name", read_only=True)
    business_id = serializers.CharField(source="organization.business_id")
    themes = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    municipalities = serializers.PrimaryKeyRelatedField(many=True, read_only=True)
    budget = BudgetRowSerializer(many=True, required=False)
    ineligible_reason = serializers.CharField(read_only=True)

    class Meta:
        model = Application
        fields = [
            "id", "call", "organization", "organization_name", "business_id", "contact_name",
            "contact_email", "activity_description", "themes", "target_groups",
            "municipalities", "members", "requested_amount", "budget", "status",
            "ineligible_rule", "ineligible_reason", "submitted_at",
        ]  # fmt: skip
        read_only_fields = [
            "id", "organization", "organization_name", "status", "ineligible_rule",
            "ineligible_reason", "submitted_at",
        ]  # fmt: skip


WRITABLE = {
    "business_id", "contact_name", "contact_email", "activity_description", "themes",
    "target_groups", "municipalities", "members", "requested_amount", "budget",
}  # fmt: skip
LIST_FIELDS = {"themes", "target_groups", "municipalities"}


def _form_data(payload, instance: Application | None, organization) -> dict | None:
    """The form's data from the JSON payload over the draft's current values; None when the
    payload is not an object."""
    if not hasattr(payload, "get"):
        return None
    data: dict = {"business_id": organization.business_id}
    if instance is not None:
        data.update(
            contact_name=instance.contact_name,
            contact_email=instance.contact_email,
            activity_description=instance.activity_description,
            themes=[t.pk for t in instance.themes.all()],
            municipalities=[m.pk for m in instance.municipalities.all()],
            target_groups=list(instance.target_groups),
            members="" if instance.members is None else str(instance.members),
            requested_amount=str(instance.requested_amount),
            budget_rows=parsing.budget_text(instance.budget),
        )
    errors = {}
    for key in WRITABLE & set(payload.keys()):
        value = payload.get(key)
        if key in LIST_FIELDS:
            if not isinstance(value, list):
                errors[key] = [_("Give a list.")]
                continue
            data[key] = [str(v) for v in value]
        elif key == "budget":
            rows = BudgetRowSerializer(data=value, many=True)
            if not isinstance(value, list) or not rows.is_valid():
                errors["budget"] = rows.errors if isinstance(value, list) else [_("Give a list.")]
                continue
            data["budget_rows"] = parsing.budget_text(
                [{"item": r["item"], "amount": str(r["amount"])} for r in rows.validated_data]
            )
        else:
            data[key] = "" if value is None else str(value)
    if errors:
        raise serializers.ValidationError(errors)
    return data


def _form_errors(form) -> dict:
    rename = {"budget_rows": "budget", "__all__": "non_field_errors"}
    return {rename.get(k, k): list(v) for k, v in form.errors.items()}


class ApplicationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Applications the user reads (her organisation's, the county's for staff, the assigned
    ones for a reviewer). The applicant writes her draft; the call's rules decide at submit."""

    serializer_class = ApplicationSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        return (
            visible_applications(self.request.user)
            .select_related("organization", "call")
            .prefetch_related("themes", "municipalities")
            .order_by("pk")
            .distinct()
        )

    def _save(self, request, call, instance):
        account = account_of(request.user)
        organization = account.organization
        data = _form_data(request.data, instance, organization)
        if data is None:
            raise serializers.ValidationError({"non_field_errors": [_("Send a JSON object.")]})
        form = ApplicationForm(
            data, instance=instance, user=request.user, call=call, organization=organization
        )
        if not form.is_valid():
            return Response(_form_errors(form), status=status.HTTP_400_BAD_REQUEST)
        try:
            with transaction.atomic():
                application = form.save(commit=False)
                if application.pk is None:
                    application.created_by = request.user
                application.save()
                form.save_m2m()
        except IntegrityError:
            return Response(
                {"call": [_("Your organisation already has an application in this call.")]},
                status=status.HTTP_400_BAD_REQUEST,
            )
        application = self.get_queryset().get(pk=application.pk)
        code = status.HTTP_200_OK if instance else status.HTTP_201_CREATED
        return Response(self.get_serializer(application).data, status=code)

    def create(self, request, *args, **kwargs):
        account = account_of(request.user)
        if account is None or account.level != AccessLevel.NGO:
            raise PermissionDenied(_("Only an association's account applies."))
        call_id = request.data.get("call") if hasattr(request.data, "get") else None
        call = (
            visible_calls(request.user).filter(pk=call_id).first()
            if str(call_id or "").isdigit() and len(str(call_id)) <= 9
            else None
        )
        if call is None:
            return Response({"call": [_("Choose a call of your county.")]}, status=400)
        if Application.objects.filter(call=call, organization=account.organization).exists():
            return Response(
                {"call": [_("Your organisation already has an application in this call.")]},
                status=400,
            )
        if not call.is_open(timezone.localdate()):
            return Response({"call": [_("The call is not open.")]}, status=400)
        return self._save(request, call, None)

    def update(self, request, *args, **kwargs):
        application = self.get_object()
        if not is_applicant(request.user, application):
            raise PermissionDenied(_("Only the applicant changes her application."))
        return self._save(request, application.call, application)

    @extend_schema(
        request=None,
        responses={
            200: ApplicationSerializer,
            400: inline_serializer(
                "SubmissionRefused", {"detail": serializers.DictField(required=False)}
            ),
        },
    )
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        """Submit the draft: refused (400, errors by field) after the deadline, a second time,
        or with a required field empty; otherwise judged by the call's rules."""
        # Read access is enough to reach the rules: a second submission is answered 400 with
        # the reason, not 403.
        # DRF's lookup answers 404 for any key that is no number (even one of thousands of
        # digits, past Python's int conversion limit) and 400 for one past the database's.
        application = get_object_or_404(self.get_queryset(), pk=pk)
        if not is_applicant(request.user, application):
            raise PermissionDenied(_("Only the applicant submits her application."))
        try:
            submit(application)
        except SubmissionRefused as refused:
            errors = {field or "non_field_errors": [msg] for field, msg in refused.errors.items()}
            return Response(errors, status=status.HTTP_400_BAD_REQUEST)
        application = self.get_queryset().get(pk=application.pk)
        return Response(self.get_serializer(application).data)


def register(router) -> None:
    router.register("grant-calls", GrantCallViewSet, basename="grant-call")
    router.register("grant-decisions", DecisionViewSet, basename="grant-decision")
    router.register("grant-applications", ApplicationViewSet, basename="grant-application")
