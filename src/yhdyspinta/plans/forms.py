"""Forms of the plans app. Owners and responsible organisations are offered only where the
user may write them; the plan (or goal, or measure) a record belongs to is set by the view, so
that the model's rules (the order of milestones, a target year within the period) are form
errors on the field they concern."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from yhdyspinta.indicators.models import Indicator, SharedGoal
from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import Body, CouncilTerm, Organization
from yhdyspinta.organizations.scoping import visible_organizations
from yhdyspinta.organizations.vaguedate_field import DueDateFormMixin

from .models import Goal, Measure, MeasureIndicator, Milestone, Plan, Statement
from .scoping import writable_plan_owners, writable_responsible_organizations

DATE_PLACEHOLDER = {"placeholder": "20.10.2025"}


def _only(queryset, objects):
    return queryset.filter(pk__in=[o.pk for o in objects])


class PlanForm(ScopedForm):
    class Meta:
        model = Plan
        fields = [
            "owner",
            "title",
            "slug",
            "kind",
            "period_start",
            "period_end",
            "status",
            "council_terms",
            "summary",
        ]
        widgets = {
            "council_terms": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        owners = writable_plan_owners(self.user)
        self.fields["owner"].queryset = _only(Organization.objects.all(), owners).order_by(
            "kind", "name_fi"
        )
        if len(owners) == 1 and not self.instance.pk:
            self.fields["owner"].initial = owners[0].pk
        self.fields["council_terms"].queryset = CouncilTerm.objects.order_by("level", "starts")

    def clean(self):
        cleaned = super().clean()
        owner, terms = cleaned.get("owner"), cleaned.get("council_terms")
        if owner is not None and terms:
            level = CouncilTerm.Level.REGIONAL if owner.is_county else CouncilTerm.Level.MUNICIPAL
            if any(term.level != level for term in terms):
                self.add_error(
                    "council_terms", _("Choose the terms of the council that decides the plan.")
                )
        return cleaned

    def save(self, commit=True):
        plan = super().save(commit)
        if commit and not plan.council_terms.exists():
            plan.council_terms.set(plan.terms_spanned())
        return plan


class PlanPartForm(ScopedForm):
    """A record of a plan: the view passes the plan, set before validation."""

    def __init__(self, *args, plan: Plan, **kwargs):
        super().__init__(*args, **kwargs)
        self.plan = plan
        self.instance.plan = plan


class MilestoneForm(DueDateFormMixin, PlanPartForm):
    class Meta:
        model = Milestone
        fields = [
            "kind",
            "title",
            "phase",
            "body",
            "responsible",
            "status",
            "actual_date",
            "notes",
            "order",
        ]
        widgets = {
            "actual_date": forms.DateInput(attrs=DATE_PLACEHOLDER),
            "notes": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["due"].label = _("Planned")
        self.fields["phase"].queryset = self.plan.phases.all()
        self.fields["body"].queryset = Body.objects.filter(organization=self.plan.owner).order_by(
            "name_fi"
        )
        self.order_fields(["kind", "title", "phase", "due"])


class GoalForm(PlanPartForm):
    class Meta:
        model = Goal
        fields = ["title", "description", "shared_goal", "order"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shared_goal"].queryset = SharedGoal.objects.filter(
            county_id=self.plan.county_id
        ).order_by("order", "name_fi")


class MeasureForm(DueDateFormMixin, ScopedForm):
    class Meta:
        model = Measure
        fields = [
            "title",
            "description",
            "responsible_organization",
            "responsible_unit",
            "partners",
            "schedule",
            "resources",
            "budget_year",
            "order",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 3}),
            "resources": forms.Textarea(attrs={"rows": 2}),
            "partners": forms.SelectMultiple(attrs={"size": 8}),
        }

    def __init__(self, *args, goal: Goal, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.goal = goal
        self.fields["due"].label = _("Completed by")
        responsible = writable_responsible_organizations(self.user, goal.plan)
        self.fields["responsible_organization"].queryset = _only(
            Organization.objects.all(), responsible
        ).order_by("kind", "name_fi")
        if len(responsible) == 1 and not self.instance.pk:
            self.fields["responsible_organization"].initial = responsible[0].pk
        self.fields["partners"].queryset = visible_organizations(self.user).order_by("name_fi")
        self.order_fields(["title", "description", "responsible_organization"])


class MeasureIndicatorForm(ScopedForm):
    class Meta:
        model = MeasureIndicator
        fields = [
            "kind",
            "indicator",
            "name",
            "unit",
            "baseline_value",
            "baseline_year",
            "target_value",
            "target_year",
            "order",
        ]

    def __init__(self, *args, measure: Measure, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.measure = measure
        self.fields["indicator"].queryset = Indicator.objects.order_by("title_fi")


class StatementForm(PlanPartForm):
    class Meta:
        model = Statement
        fields = [
            "body",
            "municipality",
            "phase",
            "received",
            "text",
            "response",
            "responded_on",
        ]
        widgets = {
            "received": forms.DateInput(attrs=DATE_PLACEHOLDER),
            "responded_on": forms.DateInput(attrs=DATE_PLACEHOLDER),
            "text": forms.Textarea(attrs={"rows": 5}),
            "response": forms.Textarea(attrs={"rows": 5}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        county = self.plan.owner.county
        self.fields["body"].queryset = Body.objects.filter(
            organization__in=Organization.objects.in_county(county)
        ).order_by("organization__name_fi", "name_fi")
        self.fields["municipality"].queryset = (
            Organization.objects.in_county(county).municipalities().order_by("name_fi")
        )
        self.fields["phase"].queryset = self.plan.phases.all()
