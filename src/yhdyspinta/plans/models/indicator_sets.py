"""Indicator sets: a named list of indicators as data (e.g. THL's proposed minimum data content
of a welfare report), which a plan chooses; leaving one of the set's indicators out of the plan
needs a recorded reason (``IndicatorOmission``), listed in an annex of the document.

A set is kept by one wellbeing services county (``county``), whose staff edit it; a set without
a county is national data (THL's list, loaded by a command), edited by superusers only. A name
is unique per keeper (a county's sets, the national sets), not across the counties."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .content import SHORT_TEXT_MAX
from .plan import Plan


class IndicatorSet(models.Model):
    class Level(models.TextChoices):
        MUNICIPALITY = "municipality", _("for municipalities")
        REGION = "region", _("for wellbeing services counties")

    name = models.CharField(_("name"), max_length=200)  # unique per keeper: see Meta
    publisher = models.CharField(_("publisher"), max_length=200)
    level = models.CharField(_("for"), max_length=12, choices=Level.choices)
    note = models.CharField(
        _("note"),
        max_length=500,
        blank=True,
        help_text=_("E.g. a sample, not the official list."),
    )
    indicators = models.ManyToManyField(
        "indicators.Indicator", verbose_name=_("indicators"), related_name="+"
    )
    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("kept by"),
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        limit_choices_to={"kind": "county"},
        help_text=_(
            "The wellbeing services county whose staff edit the set; empty: national data."
        ),
    )
    history = HistoricalRecords(m2m_fields=[indicators])

    class Meta:
        verbose_name = _("indicator set")
        verbose_name_plural = _("indicator sets")
        ordering = ["name"]
        # The name is unique per keeper: two counties may each keep a set of the same name, and
        # the national sets (no county; NULLs are distinct in the first) among themselves.
        constraints = [
            models.UniqueConstraint(
                fields=["county", "name"], name="indicator_set_name_per_county"
            ),
            models.UniqueConstraint(
                fields=["name"],
                condition=models.Q(county__isnull=True),
                name="indicator_set_national_name",
                violation_error_message=_("A set of national data of this name exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("plans:indicator_set_detail", args=[self.pk])


class IndicatorOmission(models.Model):
    """An indicator of the plan's set that the plan leaves out, and why."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="omissions"
    )
    indicator = models.ForeignKey(
        "indicators.Indicator",
        verbose_name=_("indicator"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    reason = models.TextField(_("reason"), max_length=SHORT_TEXT_MAX)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator left out")
        verbose_name_plural = _("indicators left out")
        ordering = ["plan", "indicator__title_fi", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "indicator"], name="plan_omission_unique")
        ]

    def __str__(self) -> str:
        return str(self.indicator)

    def get_absolute_url(self) -> str:
        from django.urls import reverse

        return reverse("plans:plan_indicator_set", args=[self.plan_id])

    def clean(self):
        errors = {}
        self.reason = (self.reason or "").strip()
        if not self.reason:
            errors["reason"] = _("Write why the plan leaves the indicator out.")
        if self.plan_id and self.indicator_id:
            chosen = self.plan.indicator_set
            if chosen is None:
                errors["indicator"] = _("The plan has no indicator set.")
            elif not chosen.indicators.filter(pk=self.indicator_id).exists():
                errors["indicator"] = _("The indicator is not in the plan's set %(name)s.") % {
                    "name": chosen.name
                }
            elif (
                IndicatorOmission.objects.filter(
                    plan_id=self.plan_id, indicator_id=self.indicator_id
                )
                .exclude(pk=self.pk)
                .exists()
            ):
                errors["indicator"] = _("The reason for leaving this indicator out is recorded.")
        if errors:
            raise ValidationError(errors)
