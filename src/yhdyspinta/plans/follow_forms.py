"""The forms of the annual follow-up: a measure's review entry of a year (status and what was
done) and the year's review itself (the overall assessment and its status)."""

from __future__ import annotations

from django import forms

from yhdyspinta.organizations.forms import ScopedForm

from .models import AnnualReview, ReviewEntry


class ReviewEntryForm(ScopedForm):
    class Meta:
        model = ReviewEntry
        fields = ["status", "narrative"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, measure, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.measure = measure
        self.measure = measure


class AnnualReviewForm(ScopedForm):
    """The overall assessment and the status; "reported to the council" needs the assessment
    (the model's rule, an error on the assessment's field)."""

    class Meta:
        model = AnnualReview
        fields = ["narrative", "status"]
        widgets = {"narrative": forms.Textarea(attrs={"rows": 8})}

    def __init__(self, *args, plan, year, **kwargs):
        super().__init__(*args, **kwargs)
        self.instance.plan = plan
        self.instance.year = year
