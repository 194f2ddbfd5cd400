"""Collection rounds: "describe your networks by 31.10." and who has done it."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import SubmissionStatus


class CollectionRound(models.Model):
    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("wellbeing services county"),
        on_delete=models.CASCADE,
        related_name="network_collection_rounds",
        limit_choices_to={"kind": "county"},
    )
    name = models.CharField(_("name"), max_length=200)
    opens = models.DateField(_("opens"), null=True, blank=True)
    due_date = models.DateField(_("due date"))
    instructions = models.TextField(_("instructions"), blank=True, max_length=5000)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("collection round")
        verbose_name_plural = _("collection rounds")
        ordering = ["-due_date"]
        constraints = [
            models.UniqueConstraint(fields=["county", "name"], name="collectionround_unique_name")
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self):
        return reverse("networks:round_detail", args=[self.pk])


class Submission(models.Model):
    """One municipality's answer to a collection round."""

    round = models.ForeignKey(
        CollectionRound,
        verbose_name=_("collection round"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    municipality = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="network_submissions",
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.NOT_STARTED,
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["municipality__name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "municipality"], name="submission_unique_municipality"
            )
        ]

    def __str__(self) -> str:
        return f"{self.round}: {self.municipality}"

    @property
    def on_time(self) -> bool:
        return (
            self.status == SubmissionStatus.SUBMITTED
            and self.submitted_at is not None
            and timezone.localdate(self.submitted_at) <= self.round.due_date
        )

    def mark_submitted(self, user, when=None) -> None:
        self.status = SubmissionStatus.SUBMITTED
        self.submitted_at = when or timezone.now()
        self.submitted_by = user
