"""A welfare report and plan, and the elections of council terms."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.models import CouncilTerm, Organization

MIN_YEAR, MAX_YEAR = 2000, 2100
MAX_PERIOD_YEARS = 8  # a broad plan covers one council term (four years); allow some slack
TEXT_MAX = 20000


class PlanKind(models.TextChoices):
    BROAD = "broad", _("broad welfare report and plan")
    ANNUAL = "annual", _("annual welfare report")


class PlanStatus(models.TextChoices):
    PREPARATION = "preparation", _("in preparation")
    STATEMENTS = "statements", _("for statements")
    DECISION = "decision", _("for decision")
    APPROVED = "approved", _("approved")
    FOLLOW_UP = "follow_up", _("in follow-up")


class Election(models.Model):
    """The election of a council term (e.g. 13.4.2025 for the terms starting 1.6.2025)."""

    term = models.OneToOneField(
        CouncilTerm,
        verbose_name=_("council term"),
        on_delete=models.CASCADE,
        related_name="election",
    )
    date = models.DateField(_("election day"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("election")
        verbose_name_plural = _("elections")
        ordering = ["date"]

    def __str__(self) -> str:
        return f"{self.term}: {self.date:%d.%m.%Y}"

    def clean(self):
        if self.date and self.term_id and self.date >= self.term.starts:
            raise ValidationError({"date": _("The election is held before the term starts.")})


class PlanQuerySet(models.QuerySet):
    def in_county(self, county_id: int):
        return self.filter(Q(owner_id=county_id) | Q(owner__parent_county_id=county_id))


class Plan(models.Model):
    owner = models.ForeignKey(
        Organization,
        verbose_name=_("owner organisation"),
        on_delete=models.PROTECT,
        related_name="welfare_plans",
        limit_choices_to={"kind__in": ("county", "municipality")},
        help_text=_("The county for the regional plan, a municipality for its own plan."),
    )
    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(
        _("short name"),
        max_length=80,
        unique=True,
        help_text=_("Letters, digits and hyphens, e.g. pohjois-karjala-2025-2028."),
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=PlanKind.choices, default=PlanKind.BROAD
    )
    period_start = models.PositiveSmallIntegerField(_("period starts (year)"))
    period_end = models.PositiveSmallIntegerField(_("period ends (year)"))
    status = models.CharField(
        _("status"), max_length=12, choices=PlanStatus.choices, default=PlanStatus.PREPARATION
    )
    council_terms = models.ManyToManyField(
        CouncilTerm,
        verbose_name=_("council terms"),
        blank=True,
        related_name="welfare_plans",
        help_text=_("The council terms the preparation, decision and period span."),
    )
    summary = models.TextField(_("summary"), max_length=TEXT_MAX, blank=True)
    indicator_set = models.ForeignKey(
        "plans.IndicatorSet",
        verbose_name=_("indicator set"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plans",
        help_text=_("The set of indicators the plan reports on, e.g. THL's minimum content."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[council_terms])

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("welfare report and plan")
        verbose_name_plural = _("welfare reports and plans")
        ordering = ["-period_start", "owner__name_fi", "kind"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=models.F("period_start")),
                name="plan_period_in_order",
                violation_error_message=_("The period ends before it starts."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("plans:plan_detail", args=[self.pk])

    @property
    def is_regional(self) -> bool:
        return self.owner.is_county

    @property
    def county_id(self) -> int | None:
        return self.owner.county_id

    @property
    def term_level(self) -> str:
        """Whose council decides: the county council or the municipal council."""
        return CouncilTerm.Level.REGIONAL if self.is_regional else CouncilTerm.Level.MUNICIPAL

    @property
    def period_label(self) -> str:
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}–{self.period_end}"

    def covers_year(self, year: int | None) -> bool:
        return year is not None and self.period_start <= year <= self.period_end

    def clean(self):
        errors = {}
        for name in ("period_start", "period_end"):
            year = getattr(self, name)
            if year is not None and not MIN_YEAR <= year <= MAX_YEAR:
                errors[name] = _("Give a year between %(min)s and %(max)s.") % {
                    "min": MIN_YEAR,
                    "max": MAX_YEAR,
                }
        start, end = self.period_start, self.period_end
        if not errors and start is not None and end is not None:
            if end < start:
                errors["period_end"] = _("The period ends before it starts.")
            elif end - start + 1 > MAX_PERIOD_YEARS:
                errors["period_end"] = _("A plan covers at most %(n)s years.") % {
                    "n": MAX_PERIOD_YEARS
                }
            elif self.kind == PlanKind.ANNUAL and end != start:
                errors["period_end"] = _("An annual report covers one year.")
        if self.owner_id and self.owner.kind not in (
            Organization.Kind.COUNTY,
            Organization.Kind.MUNICIPALITY,
        ):
            errors["owner"] = _("A plan belongs to the county or to a municipality.")
        if errors:
            raise ValidationError(errors)

    def terms_spanned(self):
        """Council terms of the plan's level that overlap the period (one year of preparation
        before it included): what ``council_terms`` is filled with when left empty."""
        from datetime import date

        starts = date(self.period_start - 1, 1, 1)
        ends = date(self.period_end, 12, 31)
        return CouncilTerm.objects.filter(
            level=self.term_level, starts__lte=ends, ends__gte=starts
        ).order_by("starts")
