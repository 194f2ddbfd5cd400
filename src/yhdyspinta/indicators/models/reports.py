"""The common reporting template: data, versioned, approved at a dated meeting.

A template has ordered sections, each with ordered indicators; the comparison areas and
the number of years shown are settings of the template. Coordinators write commentary per
section, municipality and year. A new version copies the previous one (sections,
indicators, peers and commentary), so approving a change never loses what was written.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.models import Body, Organization

from .catalogue import Indicator


class ReportTemplate(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        FOR_APPROVAL = "for_approval", _("For approval")
        APPROVED = "approved", _("Approved")

    county = models.ForeignKey(
        Organization,
        verbose_name=_("county"),
        on_delete=models.CASCADE,
        related_name="report_templates",
    )
    name = models.CharField(_("name"), max_length=200)
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    description = models.TextField(_("description"), blank=True)
    years_shown = models.PositiveSmallIntegerField(
        _("years shown"),
        default=5,
        help_text=_("How many of the latest years with data each chart shows."),
    )
    compare_county = models.BooleanField(_("compare with the county"), default=True)
    compare_country = models.BooleanField(_("compare with the whole country"), default=True)
    peers = models.ManyToManyField(
        Organization,
        verbose_name=_("peer municipalities"),
        blank=True,
        related_name="+",
        help_text=_("Municipalities shown next to the reported one in the comparison charts."),
    )
    approved_at = models.DateField(_("approved on"), null=True, blank=True)
    approved_by = models.ForeignKey(
        Body,
        verbose_name=_("approved by"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="approved_report_templates",
    )
    meeting = models.CharField(
        _("meeting"),
        max_length=200,
        blank=True,
        help_text=_("E.g. the strategic meeting of the county and the municipalities."),
    )
    approval_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approval recorded by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    previous = models.OneToOneField(
        "self",
        verbose_name=_("previous version"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_version",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("reporting template")
        verbose_name_plural = _("reporting templates")
        ordering = ["county", "name", "-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["county", "name", "version"], name="report_template_unique_version"
            )
        ]

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"

    @property
    def is_editable(self) -> bool:
        """An approved version is frozen; changes go into a new version."""
        return self.status != self.Status.APPROVED

    def get_absolute_url(self) -> str:
        return reverse("indicators_reporting:template_detail", args=[self.pk])


class ReportSection(models.Model):
    template = models.ForeignKey(
        ReportTemplate,
        verbose_name=_("reporting template"),
        on_delete=models.CASCADE,
        related_name="sections",
    )
    title = models.CharField(_("title"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    intro = models.TextField(_("introduction"), blank=True)
    indicators = models.ManyToManyField(
        Indicator, verbose_name=_("indicators"), through="SectionIndicator", related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report section")
        verbose_name_plural = _("report sections")
        ordering = ["template", "order", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.template.get_absolute_url()


class SectionIndicator(models.Model):
    section = models.ForeignKey(
        ReportSection, on_delete=models.CASCADE, related_name="section_indicators"
    )
    indicator = models.ForeignKey(Indicator, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["section", "order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "indicator"], name="section_indicator_unique"
            )
        ]


class ReportCommentary(models.Model):
    """What a coordinator (or the county's staff) writes about a section for one year."""

    section = models.ForeignKey(
        ReportSection,
        verbose_name=_("section"),
        on_delete=models.CASCADE,
        related_name="commentaries",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="report_commentaries",
    )
    year = models.PositiveSmallIntegerField(_("reporting year"))
    text = models.TextField(_("commentary"), blank=True)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("report commentary")
        verbose_name_plural = _("report commentaries")
        ordering = ["section", "organization", "year"]
        constraints = [
            models.UniqueConstraint(
                fields=["section", "organization", "year"], name="report_commentary_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.section} / {self.organization} / {self.year}"


class ReportPublication(models.Model):
    """A report made public (no login) at a stable address, e.g. /indicators/reports/public/
    joensuu-2024/. Republishing keeps the address and shows the chosen template version."""

    slug = models.SlugField(_("address"), max_length=80, unique=True)
    template = models.ForeignKey(
        ReportTemplate,
        verbose_name=_("reporting template"),
        on_delete=models.PROTECT,
        related_name="publications",
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="report_publications",
    )
    year = models.PositiveSmallIntegerField(_("reporting year"))
    is_public = models.BooleanField(_("public"), default=True)
    published_at = models.DateTimeField(_("published"), auto_now=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("published report")
        verbose_name_plural = _("published reports")
        ordering = ["-year", "organization__name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "year"], name="report_publication_unique"
            )
        ]

    def __str__(self) -> str:
        return self.slug

    def get_absolute_url(self) -> str:
        return reverse("indicators_reporting:public_report", args=[self.slug])
