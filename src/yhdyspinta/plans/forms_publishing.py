"""Forms of publishing and of the indicator set: a new published version, the plan's chosen
set, and an indicator of the set left out with its reason."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from yhdyspinta.indicators.models import Indicator

from .forms import DATE_PLACEHOLDER, PlanPartForm
from .models import IndicatorOmission, IndicatorSet, Plan, PlanVersion


class PlanVersionForm(PlanPartForm):
    class Meta:
        model = PlanVersion
        fields = ["state", "approved_on", "label"]
        widgets = {"approved_on": forms.DateInput(attrs=DATE_PLACEHOLDER)}


class PlanIndicatorSetForm(forms.ModelForm):
    class Meta:
        model = Plan
        fields = ["indicator_set"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator_set"].queryset = IndicatorSet.objects.order_by("name")
        self.fields["indicator_set"].empty_label = _("(no set)")


class OmissionForm(PlanPartForm):
    class Meta:
        model = IndicatorOmission
        fields = ["indicator", "reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        chosen = self.plan.indicator_set
        members = chosen.indicators.all() if chosen else Indicator.objects.none()
        # The set's indicators are offered; another is refused on the field by the model rule.
        self.fields["indicator"].queryset = Indicator.objects.all()
        self.fields["indicator"].choices = [("", "---------")] + [
            (i.pk, i.title) for i in members.order_by("title_fi")
        ]
