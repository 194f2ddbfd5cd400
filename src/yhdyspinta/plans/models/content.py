"""What the plan says: workshops, conclusions, goals, measures and their indicators, and the
statements of the influence bodies and municipalities."""

from __future__ import annotations

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.vaguedate_field import HasDueDate

from .plan import TEXT_MAX, Plan
from .process import Phase

SHORT_TEXT_MAX = 4000


class Workshop(models.Model):
    """A workshop of the preparation: county sectors, municipalities and stakeholders."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="workshops"
    )
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    sectors = models.CharField(_("county sectors taking part"), max_length=500, blank=True)
    municipalities = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("municipalities taking part"),
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "municipality"},
    )
    stakeholders = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("stakeholders taking part"),
        blank=True,
        related_name="+",
    )
    participant_count = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    notes = models.TextField(_("notes"), max_length=TEXT_MAX, blank=True)
    outputs = models.TextField(_("outputs"), max_length=TEXT_MAX, blank=True)
    history = HistoricalRecords(m2m_fields=[municipalities, stakeholders])

    class Meta:
        verbose_name = _("workshop")
        verbose_name_plural = _("workshops")
        ordering = ["plan", "date", "pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url()


class Conclusion(models.Model):
    """What the data and the workshops show: a strength or a development need."""

    class Kind(models.TextChoices):
        STRENGTH = "strength", _("strength")
        NEED = "need", _("development need")

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="conclusions"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.NEED)
    text = models.TextField(_("conclusion"), max_length=SHORT_TEXT_MAX)
    indicators = models.ManyToManyField(
        "indicators.Indicator", verbose_name=_("indicators"), blank=True, related_name="+"
    )
    findings = models.ManyToManyField(
        "rounds.Finding", verbose_name=_("round findings"), blank=True, related_name="+"
    )
    workshops = models.ManyToManyField(
        Workshop, verbose_name=_("workshops"), blank=True, related_name="conclusions"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(m2m_fields=[indicators, findings, workshops])

    class Meta:
        verbose_name = _("conclusion")
        verbose_name_plural = _("conclusions")
        ordering = ["plan", "order", "pk"]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url()

    def clean(self):
        if not (self.text or "").strip():
            raise ValidationError({"text": _("Write the conclusion.")})
        self.text = self.text.strip()


class Goal(models.Model):
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="goals"
    )
    title = models.CharField(_("goal"), max_length=300)
    description = models.TextField(_("description"), max_length=SHORT_TEXT_MAX, blank=True)
    shared_goal = models.ForeignKey(
        "indicators.SharedGoal",
        verbose_name=_("shared goal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_goals",
        help_text=_("The county's and municipalities' shared goal this goal serves, if any."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["plan", "order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "title"], name="plan_goal_unique_title"),
            models.UniqueConstraint(
                fields=["plan", "shared_goal"],
                condition=Q(shared_goal__isnull=False),
                name="plan_goal_unique_shared_goal",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url() + f"#goal-{self.pk}"

    def clean(self):
        errors = {}
        self.title = (self.title or "").strip()
        if not self.title:
            errors["title"] = _("Name the goal.")
        if self.plan_id:
            siblings = Goal.objects.filter(plan_id=self.plan_id).exclude(pk=self.pk)
            if self.title and siblings.filter(title__iexact=self.title).exists():
                errors["title"] = _("The plan already has this goal.")
            if self.shared_goal_id:
                if self.shared_goal.county_id != self.plan.county_id:
                    errors["shared_goal"] = _("The shared goal is another county's.")
                elif siblings.filter(shared_goal_id=self.shared_goal_id).exists():
                    errors["shared_goal"] = _("Another goal of the plan serves this shared goal.")
        if errors:
            raise ValidationError(errors)


class Measure(HasDueDate, models.Model):
    """A measure (toimenpide) of a goal; its responsible organisation may edit it."""

    goal = models.ForeignKey(
        Goal, verbose_name=_("goal"), on_delete=models.CASCADE, related_name="measures"
    )
    title = models.CharField(_("measure"), max_length=300)
    description = models.TextField(_("description"), max_length=SHORT_TEXT_MAX, blank=True)
    responsible_organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("responsible organisation"),
        on_delete=models.PROTECT,
        related_name="plan_measures",
    )
    responsible_unit = models.CharField(_("responsible unit"), max_length=200, blank=True)
    partners = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("partners"),
        blank=True,
        related_name="+",
    )
    schedule = models.CharField(
        _("schedule"),
        max_length=200,
        blank=True,
        help_text=_("As it is said, e.g. 2025-2026 or every spring."),
    )
    resources = models.TextField(_("resources"), max_length=SHORT_TEXT_MAX, blank=True)
    budget_year = models.PositiveSmallIntegerField(_("budget year"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(m2m_fields=[partners])

    class Meta(HasDueDate.Meta):
        verbose_name = _("measure")
        verbose_name_plural = _("measures")
        ordering = ["goal", "order", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def plan(self) -> Plan:
        return self.goal.plan

    def get_absolute_url(self) -> str:
        return self.goal.plan.get_absolute_url() + f"#measure-{self.pk}"

    def clean(self):
        super().clean()
        errors = {}
        self.title = (self.title or "").strip()
        if not self.title:
            errors["title"] = _("Name the measure.")
        if not self.responsible_organization_id:
            errors["responsible_organization"] = _("Choose the responsible organisation.")
        elif self.goal_id:
            county_id = self.goal.plan.county_id
            if self.responsible_organization.county_id != county_id:
                errors["responsible_organization"] = _(
                    "The responsible organisation is not of the plan's county."
                )
        if self.goal_id and self.budget_year is not None:
            plan = self.goal.plan
            if not plan.period_start - 1 <= self.budget_year <= plan.period_end:
                errors["budget_year"] = _(
                    "The budget year is outside the plan period %(period)s."
                ) % {"period": plan.period_label}
        if errors:
            raise ValidationError(errors)


class MeasureIndicator(models.Model):
    """How a measure is followed: a process or an outcome indicator, baseline and target."""

    class Kind(models.TextChoices):
        PROCESS = "process", _("process indicator")
        OUTCOME = "outcome", _("outcome indicator")

    measure = models.ForeignKey(
        Measure, verbose_name=_("measure"), on_delete=models.CASCADE, related_name="indicators"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.OUTCOME)
    indicator = models.ForeignKey(
        "indicators.Indicator",
        verbose_name=_("indicator"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("An indicator of the catalogue, or leave empty and name your own."),
    )
    name = models.CharField(
        _("own indicator"),
        max_length=300,
        blank=True,
        help_text=_("E.g. number of groups started, when the catalogue has no indicator."),
    )
    unit = models.CharField(_("unit"), max_length=60, blank=True)
    baseline_value = models.FloatField(_("baseline value"), null=True, blank=True)
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    target_value = models.FloatField(_("target value"), null=True, blank=True)
    target_year = models.PositiveSmallIntegerField(_("target year"), null=True, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("measure indicator")
        verbose_name_plural = _("measure indicators")
        ordering = ["measure", "order", "pk"]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return self.indicator.title if self.indicator_id else self.name

    def get_absolute_url(self) -> str:
        return self.measure.get_absolute_url()

    def clean(self):
        errors = {}
        self.name = (self.name or "").strip()
        if not self.indicator_id and not self.name:
            errors["indicator"] = _("Choose an indicator or name your own.")
        for field in ("baseline_value", "target_value"):
            value = getattr(self, field)
            if value is not None and not math.isfinite(value):
                errors[field] = _("Give a finite number.")
        plan = self.measure.goal.plan if self.measure_id else None
        if plan is not None and self.target_year is not None:
            if not plan.covers_year(self.target_year):
                errors["target_year"] = _(
                    "The target year is outside the plan period %(period)s."
                ) % {"period": plan.period_label}
        if self.target_value is not None and self.target_year is None:
            errors["target_year"] = _("Give the year the target is for.")
        if self.baseline_value is not None and self.baseline_year is None:
            errors["baseline_year"] = _("Give the year of the baseline value.")
        if (
            self.baseline_year is not None
            and self.target_year is not None
            and "target_year" not in errors
            and self.baseline_year >= self.target_year
        ):
            errors["baseline_year"] = _("The baseline year is before the target year.")
        if errors:
            raise ValidationError(errors)


class Statement(models.Model):
    """A statement (lausunto) on the plan from an influence body or a municipality."""

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="statements"
    )
    phase = models.ForeignKey(
        Phase,
        verbose_name=_("phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="statements",
        help_text=_("The phase the statement was asked in."),
    )
    body = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("from the body"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plan_statements",
    )
    municipality = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("from the municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plan_statements",
        limit_choices_to={"kind": "municipality"},
    )
    received = models.DateField(_("received"))
    text = models.TextField(_("statement"), max_length=TEXT_MAX)
    response = models.TextField(_("response"), max_length=TEXT_MAX, blank=True)
    responded_on = models.DateField(_("responded on"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")
        ordering = ["plan", "received", "pk"]

    def __str__(self) -> str:
        return str(self.source)

    @property
    def source(self):
        return self.body if self.body_id else self.municipality

    @property
    def awaits_response(self) -> bool:
        return not self.response.strip()

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url() + f"#statement-{self.pk}"

    def clean(self):
        errors = {}
        if bool(self.body_id) == bool(self.municipality_id):
            errors["body"] = _("Choose either the body or the municipality the statement is from.")
        elif self.plan_id:
            county_id = self.plan.county_id
            source_county = (
                self.body.organization.county_id if self.body_id else self.municipality.county_id
            )
            if source_county != county_id:
                field = "body" if self.body_id else "municipality"
                errors[field] = _("The statement must come from the plan's county.")
        if not (self.text or "").strip():
            errors["text"] = _("Write the statement.")
        if self.phase_id:
            if self.plan_id and self.phase.plan_id != self.plan_id:
                errors["phase"] = _("The phase belongs to another plan.")
            elif self.phase.is_closed and self._phase_changed():
                errors["phase"] = _("The phase is closed: no more statements are taken.")
        if self.responded_on and not self.response.strip():
            errors["response"] = _("Write the response.")
        if self.responded_on and self.received and self.responded_on < self.received:
            errors["responded_on"] = _("The response is dated before the statement.")
        if errors:
            raise ValidationError(errors)

    def _phase_changed(self) -> bool:
        """A new statement, or one moved to this phase (editing a recorded one is allowed)."""
        if self.pk is None:
            return True
        return not Statement.objects.filter(pk=self.pk, phase_id=self.phase_id).exists()
