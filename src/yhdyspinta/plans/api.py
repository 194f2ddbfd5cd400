"""Plans, goals, measures, measure indicators and the annual reviews' entries in the API.

Read for the county's users, scoped as the pages are (a coordinator reads the entries of the
measures her municipality owns in another owner's plan, a board member all). Written with
POST and PATCH: goals by the plan's writers; measures by the plan's writers and the measure's
responsible organisation; measure indicators and review entries likewise (the year's review
is started by its first entry). Validated like the forms, by the models' rules: field errors
(400), never a 500.

`/api/v1/plans/`, `/api/v1/plan-goals/`, `/api/v1/plan-measures/`,
`/api/v1/plan-measure-indicators/`, `/api/v1/plan-review-entries/`."""

from __future__ import annotations

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Q
from rest_framework import mixins, permissions, serializers, viewsets
from rest_framework.exceptions import PermissionDenied

from yhdyspinta.api.permissions import ObjectRulesPermission
from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.scoping import writable_organizations

from .models import AnnualReview, Goal, Measure, MeasureIndicator, Plan, ReviewEntry
from .rules import can_write_measure, can_write_plan
from .scoping import visible_plans, writable_responsible_organizations


def _full_clean(instance, attrs, exclude=()):
    for key, value in attrs.items():
        if key not in exclude:
            setattr(instance, key, value)
    try:
        instance.full_clean(exclude=[f.name for f in instance._meta.many_to_many])
    except DjangoValidationError as exc:
        raise serializers.ValidationError(exc.message_dict) from exc


class PlanSerializer(serializers.ModelSerializer):
    class Meta:
        model = Plan
        fields = [
            "id", "owner", "title", "slug", "kind", "period_start", "period_end", "status",
            "council_terms", "summary",
        ]  # fmt: skip
        read_only_fields = fields


class GoalSerializer(serializers.ModelSerializer):
    class Meta:
        model = Goal
        fields = ["id", "plan", "title", "description", "shared_goal", "order"]
        validators = []  # the model's rules name the field (a duplicate title: "title")

    def validate(self, attrs):
        goal = self.instance or Goal()
        plan = attrs.get("plan", goal.plan if goal.plan_id else None)
        if self.instance is not None and "plan" in attrs and attrs["plan"] != self.instance.plan:
            raise serializers.ValidationError({"plan": "A goal cannot move to another plan."})
        if plan is not None and not can_write_plan(self.context["request"].user, plan):
            raise PermissionDenied
        _full_clean(goal, attrs)
        return attrs


class MeasureSerializer(serializers.ModelSerializer):
    partners = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Measure
        fields = [
            "id", "goal", "title", "description", "responsible_organization",
            "responsible_unit", "partners", "schedule", "resources", "budget_year",
            "due_text", "order",
        ]  # fmt: skip
        read_only_fields = ["id", "partners", "due_text"]
        extra_kwargs = {"responsible_organization": {"required": True, "allow_null": False}}

    def validate(self, attrs):
        user = self.context["request"].user
        measure = self.instance or Measure()
        if self.instance is not None and "goal" in attrs and attrs["goal"] != self.instance.goal:
            raise serializers.ValidationError({"goal": "A measure cannot move to another goal."})
        goal = attrs.get("goal") or (measure.goal if measure.goal_id else None)
        if self.instance is None and goal is not None and not can_write_plan(user, goal.plan):
            raise PermissionDenied
        org = attrs.get("responsible_organization")
        if org is not None and goal is not None:
            allowed = {o.pk for o in writable_responsible_organizations(user, goal.plan)}
            if org.pk not in allowed:
                raise serializers.ValidationError(
                    {"responsible_organization": "You may not make this organisation responsible."}
                )
        _full_clean(measure, attrs)
        return attrs


class MeasureIndicatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = MeasureIndicator
        fields = [
            "id", "measure", "kind", "indicator", "name", "unit", "baseline_value",
            "baseline_year", "target_value", "target_year", "order",
        ]  # fmt: skip

    def validate(self, attrs):
        item = self.instance or MeasureIndicator()
        if self.instance is not None and attrs.get("measure", item.measure) != item.measure:
            raise serializers.ValidationError({"measure": "An indicator cannot change measure."})
        measure = attrs.get("measure") or item.measure
        if self.instance is None and not can_write_measure(self.context["request"].user, measure):
            raise PermissionDenied
        _full_clean(item, attrs)
        return attrs


class ReviewEntrySerializer(serializers.ModelSerializer):
    year = serializers.IntegerField(source="review.year", min_value=2000, max_value=2100)
    plan = serializers.IntegerField(source="review.plan_id", read_only=True)

    class Meta:
        model = ReviewEntry
        fields = ["id", "plan", "year", "measure", "status", "narrative"]

    def validate(self, attrs):
        user = self.context["request"].user
        entry = self.instance
        year = attrs.pop("review", {}).get("year")
        if entry is not None:
            if "measure" in attrs and attrs["measure"] != entry.measure:
                raise serializers.ValidationError({"measure": "An entry cannot change measure."})
            if year is not None and year != entry.review.year:
                raise serializers.ValidationError({"year": "An entry cannot change year."})
            _full_clean(entry, attrs)
            return attrs
        measure = attrs["measure"]
        if not can_write_measure(user, measure):
            raise PermissionDenied
        plan = measure.goal.plan
        if not plan.covers_year(year):
            raise serializers.ValidationError(
                {"year": f"The year is outside the plan period {plan.period_label}."}
            )
        review = AnnualReview.objects.filter(plan=plan, year=year).first()
        if review and ReviewEntry.objects.filter(review=review, measure=measure).exists():
            raise serializers.ValidationError(
                {"measure": "The measure already has an entry of this year; PATCH it."}
            )
        attrs["_plan"], attrs["_year"] = plan, year
        return attrs

    def create(self, validated):
        plan, year = validated.pop("_plan"), validated.pop("_year")
        with transaction.atomic():
            review, _ = AnnualReview.objects.get_or_create(plan=plan, year=year)
            entry = ReviewEntry(review=review, **validated)
            try:
                entry.full_clean()
            except DjangoValidationError as exc:
                raise serializers.ValidationError(exc.message_dict) from exc
            entry.save()
        return entry


class PlanViewSet(viewsets.ReadOnlyModelViewSet):
    """The welfare reports and plans of the user's county."""

    serializer_class = PlanSerializer
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]

    def get_queryset(self):
        return visible_plans(self.request.user).prefetch_related("council_terms").order_by("pk")


class _Writable(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    permission_classes = [permissions.IsAuthenticated, ObjectRulesPermission]
    http_method_names = ["get", "post", "patch", "head", "options"]


class GoalViewSet(_Writable):
    """The plans' goals; the plan's writers add (POST) and change (PATCH) them."""

    serializer_class = GoalSerializer

    def get_queryset(self):
        plans = visible_plans(self.request.user).values("pk")
        return Goal.objects.filter(plan__in=plans).select_related("plan__owner").order_by("pk")


class MeasureViewSet(_Writable):
    """The goals' measures; the plan's writers add them, the responsible organisation too
    changes its own."""

    serializer_class = MeasureSerializer

    def get_queryset(self):
        plans = visible_plans(self.request.user).values("pk")
        return (
            Measure.objects.filter(goal__plan__in=plans)
            .select_related("goal__plan__owner", "responsible_organization")
            .prefetch_related("partners")
            .order_by("pk")
        )


class MeasureIndicatorViewSet(_Writable):
    """How the measures are followed: the indicators, baselines and targets; written by those
    who may write the measure."""

    serializer_class = MeasureIndicatorSerializer

    def get_queryset(self):
        plans = visible_plans(self.request.user).values("pk")
        return (
            MeasureIndicator.objects.filter(measure__goal__plan__in=plans)
            .select_related("measure__goal__plan__owner", "measure__responsible_organization")
            .order_by("pk")
        )


def visible_entries(user):
    """Entries as the follow-up page shows them: a plan's writers and read-only readers see
    all, a coordinator of another owner's plan the entries of her organisation's measures."""
    plans = visible_plans(user).values("pk")
    entries = ReviewEntry.objects.filter(review__plan__in=plans)
    if user.is_superuser:
        return entries
    writable = writable_organizations(user)
    if not writable.exists():
        return entries
    ids = Organization.objects.filter(pk__in=writable.values("pk")).values("pk")
    return entries.filter(
        Q(review__plan__owner__in=ids) | Q(measure__responsible_organization__in=ids)
    )


class ReviewEntryViewSet(_Writable):
    """The annual reviews' entries: a measure's status and what was done in a year. POST with
    the measure and the year starts the year's review when it is the first entry."""

    serializer_class = ReviewEntrySerializer

    def get_queryset(self):
        return (
            visible_entries(self.request.user)
            .select_related("review__plan__owner", "measure__goal__plan__owner")
            .select_related("measure__responsible_organization")
            .order_by("pk")
        )


def register(router) -> None:
    router.register("plans", PlanViewSet, basename="plan")
    router.register("plan-goals", GoalViewSet, basename="plan-goal")
    router.register("plan-measures", MeasureViewSet, basename="plan-measure")
    router.register(
        "plan-measure-indicators", MeasureIndicatorViewSet, basename="plan-measure-indicator"
    )
    router.register("plan-review-entries", ReviewEntryViewSet, basename="plan-review-entry")
