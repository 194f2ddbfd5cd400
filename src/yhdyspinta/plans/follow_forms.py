"""The form of a measure's review entry of a year (status and what was done)."""

from __future__ import annotations

from django import forms

from yhdyspinta.organizations.forms import ScopedForm

from .models import ReviewEntry


class ReviewEntryForm(ScopedForm):
    class Meta:
        model = ReviewEntry
        fields = ["status", "narrative"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, measure, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.measure = measure
        self.measure = measure
