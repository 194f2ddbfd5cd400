"""Grant calls (avustushaku) and their criteria; the eligibility rules are data on the call."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.models import LegalForm

MONEY = {"max_digits": 12, "decimal_places": 2}


class TargetGroup(models.TextChoices):
    CHILDREN = "children", _("children and young people")
    FAMILIES = "families", _("families with children")
    WORKING_AGE = "working_age", _("working-age people")
    UNEMPLOYED = "unemployed", _("unemployed people")
    OLDER = "older", _("older people")
    IMMIGRANTS = "immigrants", _("immigrants")
    DISABLED = "disabled", _("people with disabilities")
    MENTAL_HEALTH = "mental_health", _("people with mental health or substance use problems")
    EVERYONE = "everyone", _("all residents")


# The application fields a call may require (name -> label); the form shows them all.
REQUIRABLE_FIELDS = {
    "contact_name": _("contact person"),
    "contact_email": _("contact e-mail"),
    "activity_description": _("activity description"),
    "themes": _("themes"),
    "target_groups": _("target groups"),
    "municipalities": _("municipalities"),
    "budget": _("budget"),
    "attachments": _("attachments"),
}


def _validate_legal_forms(value):
    if not isinstance(value, list) or any(v not in LegalForm.values for v in value):
        raise ValidationError(_("Choose legal forms from the list."))


def _validate_required_fields(value):
    if not isinstance(value, list) or any(v not in REQUIRABLE_FIELDS for v in value):
        raise ValidationError(_("Choose required fields from the list."))


class GrantCall(models.Model):
    class Kind(models.TextChoices):
        OPERATING = "operating", _("operating grant")
        PARTNERSHIP = "partnership", _("partnership grant")

    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("wellbeing services county"),
        on_delete=models.PROTECT,
        related_name="grant_calls",
        limit_choices_to={"kind": "county"},
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    budget = models.DecimalField(_("budget (€)"), validators=[MinValueValidator(0)], **MONEY)
    themes = models.ManyToManyField(
        "organizations.Theme", verbose_name=_("themes funded"), related_name="grant_calls"
    )
    target_groups = models.JSONField(_("target groups funded"), default=list, blank=True)
    opens = models.DateField(_("opens"))
    closes = models.DateField(_("closes (last day)"))
    excluded_legal_forms = models.JSONField(
        _("excluded legal forms"), default=list, blank=True, validators=[_validate_legal_forms]
    )
    required_fields = models.JSONField(
        _("required fields"), default=list, blank=True, validators=[_validate_required_fields]
    )
    min_amount = models.DecimalField(
        _("minimum amount (€)"), default=Decimal(0), validators=[MinValueValidator(0)], **MONEY
    )
    max_amount = models.DecimalField(
        _("maximum amount (€)"), validators=[MinValueValidator(0)], **MONEY
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("grant call")
        verbose_name_plural = _("grant calls")
        ordering = ["-year", "kind", "pk"]

    def __str__(self) -> str:
        return self.title

    def clean(self):
        errors = {}
        if self.opens and self.closes and self.closes < self.opens:
            errors["closes"] = _("The call cannot close before it opens.")
        if self.min_amount is not None and self.max_amount is not None:
            if self.max_amount < self.min_amount:
                errors["max_amount"] = _("The maximum is below the minimum.")
        if errors:
            raise ValidationError(errors)

    def is_open(self, today: dt.date) -> bool:
        return self.opens <= today <= self.closes

    def get_absolute_url(self):
        return reverse("grants:call_detail", args=[self.pk])

    def excluded_legal_form_labels(self) -> list[str]:
        return [str(LegalForm(v).label) for v in self.excluded_legal_forms]

    def required_field_labels(self) -> list[str]:
        return [str(REQUIRABLE_FIELDS[v]) for v in self.required_fields]

    def target_group_labels(self) -> list[str]:
        return [str(TargetGroup(v).label) for v in self.target_groups if v in TargetGroup.values]


class Criterion(models.Model):
    """A review criterion of a call with its weight (the weights of a call need not sum to 1)."""

    call = models.ForeignKey(GrantCall, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    weight = models.DecimalField(
        _("weight"),
        max_digits=5,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.01")), MaxValueValidator(100)],
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return self.name
