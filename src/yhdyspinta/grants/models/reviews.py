"""Reviews (one per reviewer and application: scores per criterion and a comment), decisions,
their payment schedules and the reports on the use of the funds."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .applications import Application
from .calls import MONEY

MAX_SCORE = 5


class Review(models.Model):
    """Created when staff assign a reviewer; the reviewer fills in the scores
    ({criterion id: 0..5}) and the comment."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.PROTECT,
        related_name="grant_reviews",
    )
    scores = models.JSONField(_("scores"), default=dict, blank=True)
    comment = models.TextField(_("comment"), max_length=5000, blank=True)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("review")
        verbose_name_plural = _("reviews")
        ordering = ["application", "reviewer__username"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "reviewer"],
                name="grant_review_one_per_reviewer",
                violation_error_message=_("This reviewer is already assigned."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.reviewer} – {self.application}"


class Decision(models.Model):
    application = models.OneToOneField(
        Application, on_delete=models.PROTECT, related_name="decision"
    )
    amount = models.DecimalField(
        _("amount granted (€)"), validators=[MinValueValidator(0)], **MONEY
    )
    conditions = models.TextField(_("conditions"), max_length=5000, blank=True)
    body = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="grant_decisions",
    )
    decided_on = models.DateField(_("decided on"))
    payment_schedule = models.JSONField(_("payment schedule"), default=list, blank=True)
    history = HistoricalRecords(excluded_fields=["payment_schedule"])

    class Meta:
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")
        ordering = ["application__organization__name_fi", "pk"]

    def __str__(self) -> str:
        return f"{self.application}: {self.amount} €"

    def payments(self) -> list[tuple[dt.date, Decimal]]:
        return [
            (dt.date.fromisoformat(p["date"]), Decimal(str(p["amount"])))
            for p in self.payment_schedule
        ]


class UsageReport(models.Model):
    """A report on the use of the funds, due on a date of its own (not necessarily regular)."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="usage_reports")
    due = models.DateField(_("due"))
    report = models.TextField(_("report"), max_length=10000, blank=True)
    spent = models.DecimalField(
        _("spent (€)"), null=True, blank=True, validators=[MinValueValidator(0)], **MONEY
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report on the use of funds")
        verbose_name_plural = _("reports on the use of funds")
        ordering = ["due", "pk"]

    def __str__(self) -> str:
        return f"{self.decision.application} ({self.due})"

    def is_late(self, today) -> bool:
        if self.submitted_at is not None:
            return self.submitted_at.date() > self.due
        return today > self.due
