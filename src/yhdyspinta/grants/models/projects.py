"""Projects and their funding reservations (hankerahoitusvaraus) by funder and year."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .calls import MONEY


class Project(models.Model):
    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("wellbeing services county"),
        on_delete=models.PROTECT,
        related_name="grant_projects",
        limit_choices_to={"kind": "county"},
    )
    name = models.CharField(_("project"), max_length=200)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    starts = models.PositiveSmallIntegerField(
        _("first year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    ends = models.PositiveSmallIntegerField(
        _("last year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["starts", "name"]

    def __str__(self) -> str:
        return self.name


class FundingReservation(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="reservations")
    funder = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("funder"),
        on_delete=models.PROTECT,
        related_name="funding_reservations",
    )
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    amount = models.DecimalField(_("amount (€)"), validators=[MinValueValidator(0)], **MONEY)
    municipalities = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("municipalities"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "municipality"},
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("funding reservation")
        verbose_name_plural = _("funding reservations")
        ordering = ["year", "funder__name_fi", "pk"]

    def __str__(self) -> str:
        return f"{self.project} {self.year}: {self.amount} €"
