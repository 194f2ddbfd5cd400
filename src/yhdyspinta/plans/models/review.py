"""The annual follow-up: one review per plan and year, an entry per measure."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .content import SHORT_TEXT_MAX, Measure
from .plan import TEXT_MAX, Plan


class AnnualReview(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        READY = "ready", _("ready")
        REPORTED = "reported", _("reported to the council")

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="reviews"
    )
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    narrative = models.TextField(_("overall assessment"), max_length=TEXT_MAX, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("annual review")
        verbose_name_plural = _("annual reviews")
        ordering = ["plan", "year"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "year"], name="plan_review_unique_year")
        ]

    def __str__(self) -> str:
        return f"{self.plan}: {self.year}"

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url() + f"#review-{self.year}"

    def clean(self):
        errors = {}
        if self.plan_id and self.year is not None:
            if not self.plan.covers_year(self.year):
                errors["year"] = _("The year is outside the plan period %(period)s.") % {
                    "period": self.plan.period_label
                }
            elif (
                AnnualReview.objects.filter(plan_id=self.plan_id, year=self.year)
                .exclude(pk=self.pk)
                .exists()
            ):
                errors["year"] = _("The plan already has a review of this year.")
        if self.status == self.Status.REPORTED and not (self.narrative or "").strip():
            errors["narrative"] = _(
                "Write the overall assessment before marking the review reported to the council."
            )
        if errors:
            raise ValidationError(errors)


class ReviewEntry(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("not started")
        ON_TRACK = "on_track", _("on track")
        DELAYED = "delayed", _("delayed")
        DONE = "done", _("done")
        CANCELLED = "cancelled", _("cancelled")

    review = models.ForeignKey(
        AnnualReview, verbose_name=_("review"), on_delete=models.CASCADE, related_name="entries"
    )
    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="reviews"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED
    )
    narrative = models.TextField(_("what was done"), max_length=SHORT_TEXT_MAX, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("review entry")
        verbose_name_plural = _("review entries")
        ordering = ["review", "measure__goal__order", "measure__order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["review", "measure"], name="plan_review_entry_unique")
        ]

    def __str__(self) -> str:
        return f"{self.review.year}: {self.measure}"

    def clean(self):
        if self.review_id and self.measure_id and self.measure.goal.plan_id != self.review.plan_id:
            raise ValidationError({"measure": _("The measure belongs to another plan.")})
