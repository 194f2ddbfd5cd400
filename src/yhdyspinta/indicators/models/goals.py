"""Shared goals with targets on indicators, and the HYTE coefficient indicator set.

Both are data a county keeps: the goals come from the county's and municipalities' shared
goal setting (e.g. overweight, mental health and substance use, loneliness); the HYTE
coefficient set is THL's list, which changes, so it is entered rather than coded.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.models import Organization, Theme
from yhdyspinta.organizations.models.localized import LocalizedName

from ..limits import value_problem, year_problem
from ..stats import Polarity
from .catalogue import Indicator


class SharedGoal(LocalizedName):
    """A goal the county and its municipalities share, e.g. "Loneliness decreases"."""

    county = models.ForeignKey(
        Organization,
        verbose_name=_("county"),
        on_delete=models.CASCADE,
        related_name="shared_goals",
    )
    description = models.TextField(_("description"), blank=True)
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("theme"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shared_goals",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("shared goal")
        verbose_name_plural = _("shared goals")
        ordering = ["county", "order", "name_fi"]
        constraints = [
            models.UniqueConstraint(fields=["county", "name_fi"], name="shared_goal_unique_name")
        ]

    def get_absolute_url(self) -> str:
        return reverse("indicators_reporting:goal_detail", args=[self.pk])


class GoalTarget(models.Model):
    """A target value for one indicator of a shared goal, by a target year."""

    goal = models.ForeignKey(
        SharedGoal, verbose_name=_("goal"), on_delete=models.CASCADE, related_name="targets"
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.PROTECT,
        related_name="goal_targets",
    )
    target_value = models.FloatField(_("target value"))
    target_year = models.PositiveSmallIntegerField(_("target year"))
    baseline_value = models.FloatField(_("baseline value"), null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    note = models.TextField(
        _("note"), blank=True, help_text=_("Why this indicator, and how the target was set.")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("goal target")
        verbose_name_plural = _("goal targets")
        ordering = ["goal", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["goal", "indicator"], name="goal_target_unique")
        ]

    def __str__(self) -> str:
        return f"{self.goal}: {self.indicator}"

    @property
    def polarity(self) -> Polarity:
        return Polarity(self.indicator.polarity)

    @property
    def direction_label(self) -> str:
        """What the target asks for, read from the indicator's polarity."""
        if self.polarity == Polarity.LOWER_IS_BETTER:
            return str(_("at most"))
        if self.polarity == Polarity.HIGHER_IS_BETTER:
            return str(_("at least"))
        return str(_("about"))

    def is_met(self, value: float | None) -> bool | None:
        """Whether ``value`` meets the target; None when unknown or without a direction."""
        if value is None or self.polarity == Polarity.NO_JUDGEMENT:
            return None
        if self.polarity == Polarity.LOWER_IS_BETTER:
            return value <= self.target_value
        return value >= self.target_value

    def get_absolute_url(self) -> str:
        return self.goal.get_absolute_url()

    def clean(self):
        """Plausible years; values within what the indicator can take (0-100 for a
        percentage), whatever path the target is saved by."""
        errors = {}
        for name in ("target_year", "baseline_year"):
            if problem := year_problem(getattr(self, name)):
                errors[name] = problem
        value_type = self.indicator.value_type if self.indicator_id else None
        for name in ("target_value", "baseline_value"):
            if value_type and (problem := value_problem(getattr(self, name), value_type)):
                errors[name] = problem
        if errors:
            raise ValidationError(errors)


class HyteCoefficientIndicator(models.Model):
    """One indicator of the HYTE coefficient (HYTE-kerroin) set, as entered by the county.

    THL maintains the official list and changes it; the county's admins enter it here.
    """

    county = models.ForeignKey(
        Organization,
        verbose_name=_("county"),
        on_delete=models.CASCADE,
        related_name="hyte_coefficient_indicators",
    )
    indicator = models.ForeignKey(
        Indicator,
        verbose_name=_("indicator"),
        on_delete=models.PROTECT,
        related_name="hyte_coefficient_entries",
    )
    group = models.CharField(
        _("group"),
        max_length=200,
        blank=True,
        help_text=_("The part of the coefficient the indicator belongs to, as in THL's list."),
    )
    valid_from_year = models.PositiveSmallIntegerField(
        _("in the set from year"), null=True, blank=True
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("HYTE coefficient indicator")
        verbose_name_plural = _("HYTE coefficient indicators")
        ordering = ["county", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["county", "indicator"], name="hyte_coefficient_unique_indicator"
            )
        ]

    def __str__(self) -> str:
        return str(self.indicator)

    def clean(self):
        if problem := year_problem(self.valid_from_year):
            raise ValidationError({"valid_from_year": problem})

    def get_absolute_url(self) -> str:
        return reverse("indicators_reporting:coefficient")
