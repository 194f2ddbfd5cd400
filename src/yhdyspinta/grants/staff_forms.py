"""Staff's forms: a call with its criteria and eligibility rules, a project and its funding
reservations. The county is the user's own; the choices offered are what she may write."""

from __future__ import annotations

from django import forms
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import LegalForm, Organization

from . import parsing
from .forms import money
from .models import (
    REQUIRABLE_FIELDS,
    Criterion,
    FundingReservation,
    GrantCall,
    Project,
    TargetGroup,
)

CHECKBOXES = forms.CheckboxSelectMultiple


class CallForm(ScopedForm):
    target_groups = forms.MultipleChoiceField(
        label=_("target groups funded"), choices=TargetGroup.choices, widget=CHECKBOXES,
        required=False,
    )  # fmt: skip
    excluded_legal_forms = forms.MultipleChoiceField(
        label=_("excluded legal forms"), choices=LegalForm.choices, widget=CHECKBOXES,
        required=False,
        help_text=_("The North Karelian guideline excludes cooperatives and foundations."),
    )  # fmt: skip
    required_fields = forms.MultipleChoiceField(
        label=_("required fields"), choices=list(REQUIRABLE_FIELDS.items()), widget=CHECKBOXES,
        required=False,
    )  # fmt: skip
    criteria_rows = forms.CharField(
        label=_("review criteria"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One criterion a line: name; weight (e.g. Vaikuttavuus; 2)."),
    )

    class Meta:
        model = GrantCall
        fields = [
            "kind", "year", "title", "description", "budget", "themes", "opens", "closes",
            "min_amount", "max_amount",
        ]  # fmt: skip
        widgets = {"description": forms.Textarea(attrs={"rows": 4}), "themes": CHECKBOXES}

    def __init__(self, *args, county, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.county = county
        for name in ("budget", "min_amount", "max_amount"):
            money(self, name)
        if self.instance.pk:
            for name in ("target_groups", "excluded_legal_forms", "required_fields"):
                self.fields[name].initial = getattr(self.instance, name)
            self.fields["criteria_rows"].initial = parsing.criteria_text(
                self.instance.criteria.all()
            )
        else:
            self.fields["excluded_legal_forms"].initial = ["cooperative", "foundation"]

    def clean_criteria_rows(self):
        return parsing.parse_criteria(self.cleaned_data["criteria_rows"])

    def save(self, commit=True):
        call = super().save(commit=False)
        for name in ("target_groups", "excluded_legal_forms", "required_fields"):
            setattr(call, name, self.cleaned_data[name])
        with transaction.atomic():
            call.save()
            self.save_m2m()
            existing = {c.name: c for c in call.criteria.all()}
            wanted = self.cleaned_data["criteria_rows"]
            for order, row in enumerate(wanted):
                criterion = existing.pop(row["name"], None) or Criterion(call=call)
                criterion.name, criterion.weight, criterion.order = (
                    row["name"],
                    row["weight"],
                    order,
                )
                criterion.save()
            for criterion in existing.values():
                criterion.delete()
        return call


class ProjectForm(ScopedForm):
    class Meta:
        model = Project
        fields = ["name", "description", "starts", "ends"]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, county, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.county = county

    def clean(self):
        cleaned = super().clean()
        starts, ends = cleaned.get("starts"), cleaned.get("ends")
        if starts and ends and ends < starts:
            self.add_error("ends", _("The project cannot end before it starts."))
        return cleaned


class ReservationForm(ScopedForm):
    class Meta:
        model = FundingReservation
        fields = ["funder", "year", "amount", "municipalities"]
        widgets = {"municipalities": CHECKBOXES}

    def __init__(self, *args, project, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.project = project
        money(self, "amount")
        county = project.county_id
        in_county = Organization.objects.filter(pk=county) | Organization.objects.filter(
            parent_county_id=county
        )
        self.fields["funder"].queryset = (
            self.fields["funder"].queryset.filter(pk__in=in_county.values("pk")).order_by("name_fi")
        )
        self.fields["municipalities"].queryset = Organization.objects.filter(
            parent_county_id=county, kind=Organization.Kind.MUNICIPALITY
        ).order_by("name_fi")

    def clean_year(self):
        year = self.cleaned_data["year"]
        project = self.instance.project
        if year is not None and not project.starts <= year <= project.ends:
            raise forms.ValidationError(
                _("The project runs from %(starts)s to %(ends)s.")
                % {"starts": project.starts, "ends": project.ends}
            )
        return year
