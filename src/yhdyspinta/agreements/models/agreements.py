"""Agreements between the county and its municipalities, and the responsibility table of one."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ..validators import validate_pdf

TEXT_MAX = 4000


class AgreementKind(models.TextChoices):
    FRAMEWORK = "framework", _("framework agreement")
    PARTNERSHIP = "partnership", _("partnership agreement")
    LIFESTYLE_GUIDANCE = "lifestyle_guidance", _("lifestyle-guidance agreement")
    OTHER = "other", _("other agreement")


class AgreementStatus(models.TextChoices):
    IN_PREPARATION = "in_preparation", _("in preparation")
    SIGNED = "signed", _("signed")
    ENDED = "ended", _("ended")


class Agreement(models.Model):
    """An agreement of the county with one or more of its municipalities (the parties)."""

    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("wellbeing services county"),
        on_delete=models.PROTECT,
        related_name="agreements",
        limit_choices_to={"kind": "county"},
    )
    kind = models.CharField(_("kind"), max_length=30, choices=AgreementKind.choices)
    title = models.CharField(_("title"), max_length=300)
    parties = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("parties"),
        related_name="party_agreements",
        help_text=_("The municipalities (or other organisations) that are parties."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=AgreementStatus.choices,
        default=AgreementStatus.IN_PREPARATION,
    )
    signed_on = models.DateField(_("signed on"), null=True, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)
    document = models.FileField(
        _("signed document (PDF)"),
        upload_to="agreements/%Y/",
        blank=True,
        max_length=200,
        validators=[validate_pdf],
    )
    note = models.TextField(_("note"), max_length=TEXT_MAX, blank=True)
    history = HistoricalRecords(m2m_fields=[parties])

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")
        ordering = ["kind", "title", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self):
        return reverse("agreements:agreement_detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            errors["valid_to"] = _("The validity ends before it starts.")
        if self.status == AgreementStatus.SIGNED and not self.signed_on:
            errors["signed_on"] = _("A signed agreement needs the date of signing.")
        if self.county_id and not self.county.is_county:
            errors["county"] = _("Choose a wellbeing services county.")
        if errors:
            raise ValidationError(errors)


class ResponsibilityTable(models.Model):
    """The responsibility allocation table of an agreement: one annex per theme."""

    agreement = models.OneToOneField(
        Agreement,
        verbose_name=_("agreement"),
        on_delete=models.CASCADE,
        related_name="table",
    )
    title = models.CharField(_("title"), max_length=300, default="Vastuunjakotaulukko")
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("responsibility allocation table")
        verbose_name_plural = _("responsibility allocation tables")

    def __str__(self) -> str:
        return f"{self.agreement}: {self.title}"

    def get_absolute_url(self):
        return self.agreement.get_absolute_url()
