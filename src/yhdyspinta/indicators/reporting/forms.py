"""Forms of reporting: goals and targets, templates and sections, approval, commentary."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from yhdyspinta.organizations.forms import ScopedForm
from yhdyspinta.organizations.models import Body, Organization
from yhdyspinta.organizations.rules import county_id_of

from ..models import (
    GoalTarget,
    HyteCoefficientIndicator,
    Indicator,
    ReportCommentary,
    ReportSection,
    ReportTemplate,
    SharedGoal,
)


class SharedGoalForm(ScopedForm):
    class Meta:
        model = SharedGoal
        fields = ["name_fi", "name_sv", "name_en", "description", "theme", "order"]


class GoalTargetForm(ScopedForm):
    class Meta:
        model = GoalTarget
        fields = [
            "indicator",
            "target_value",
            "target_year",
            "baseline_value",
            "baseline_year",
            "note",
            "order",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.order_by("title_fi")
        self.fields["indicator"].help_text = _(
            "The direction of the target follows the indicator's polarity."
        )


class ReportTemplateForm(ScopedForm):
    class Meta:
        model = ReportTemplate
        fields = [
            "name",
            "description",
            "status",
            "years_shown",
            "compare_county",
            "compare_country",
            "peers",
        ]
        widgets = {"peers": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["peers"].queryset = Organization.objects.filter(
            parent_county_id=county_id_of(self.user)
        ).municipalities()
        # Approval is recorded with its meeting on its own form.
        self.fields["status"].choices = [
            c for c in ReportTemplate.Status.choices if c[0] != ReportTemplate.Status.APPROVED
        ]
        self.fields["years_shown"].validators.append(_years_range)


def _years_range(value: int) -> None:
    if not 2 <= value <= 25:
        raise forms.ValidationError(_("Show between 2 and 25 years."))


class ReportSectionForm(ScopedForm):
    indicators = forms.ModelMultipleChoiceField(
        label=_("indicators"),
        queryset=Indicator.objects.order_by("title_fi"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Indicators already in the section keep their order; new ones come last."),
    )

    class Meta:
        model = ReportSection
        fields = ["title", "order", "intro"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["indicators"] = [
                si.indicator_id for si in self.instance.section_indicators.all()
            ]


class ApprovalForm(forms.Form):
    approved_at = forms.DateField(label=_("approved on"))
    approved_by = forms.ModelChoiceField(
        label=_("approved by"), queryset=Body.objects.none(), required=False
    )
    meeting = forms.CharField(
        label=_("meeting"),
        max_length=200,
        required=False,
        help_text=_("E.g. the strategic meeting of the county and the municipalities."),
    )

    def __init__(self, *args, county, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["approved_by"].queryset = Body.objects.filter(organization=county)

    def clean(self):
        data = super().clean()
        if not data.get("approved_by") and not data.get("meeting"):
            raise forms.ValidationError(_("Name the approving body or the meeting."))
        return data


class CommentaryForm(forms.ModelForm):
    class Meta:
        model = ReportCommentary
        fields = ["text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)


class PublishForm(forms.Form):
    is_public = forms.BooleanField(label=_("public"), required=False, initial=True)


class CoefficientIndicatorForm(ScopedForm):
    class Meta:
        model = HyteCoefficientIndicator
        fields = ["indicator", "group", "valid_from_year", "order"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.order_by("title_fi")
