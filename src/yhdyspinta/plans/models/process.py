"""The process of the deck's slide 8: phases and milestones with planned and actual dates.

Planned dates are vague ("1/2024", "syksy 2024", "kevät 2025"), stored with ``HasDueDate``;
actual dates are days. The order rule (``PRECEDENCE``) is checked in ``Milestone.clean``: a
milestone may not be planned (or have happened) definitely before one that must precede it,
e.g. a council decision before the HYTE board's.
"""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.vaguedate_field import HasDueDate

from .plan import TEXT_MAX, Plan


class PhaseKind(models.TextChoices):
    PLANNING = "planning", _("planning")
    DATA_COLLECTION = "data_collection", _("data collection")
    WORKSHOPS = "workshops", _("workshops")
    CONCLUSIONS = "conclusions", _("conclusions")
    DECISION_MAKING = "decision_making", _("decision making")
    FOLLOW_UP = "follow_up", _("follow-up")


class MilestoneKind(models.TextChoices):
    PLANNING = "planning", _("planning")
    DATA_COLLECTION = "data_collection", _("data collection")
    WORKSHOPS = "workshops", _("workshops")
    CONCLUSIONS = "conclusions", _("conclusions")
    REPORT = "report", _("welfare report to the council")
    STATEMENTS = "statements", _("statements of the influence bodies")
    HYTE_BOARD = "hyte_board", _("HYTE board")
    EXECUTIVE_BOARD = "executive_board", _("executive board")
    COUNCIL_DECISION = "council_decision", _("council decision on the plan")
    OTHER = "other", _("other")


# (earlier, later): the later may not come definitely before the earlier.
PRECEDENCE = (
    (MilestoneKind.CONCLUSIONS, MilestoneKind.STATEMENTS),
    (MilestoneKind.STATEMENTS, MilestoneKind.HYTE_BOARD),
    (MilestoneKind.HYTE_BOARD, MilestoneKind.EXECUTIVE_BOARD),
    (MilestoneKind.HYTE_BOARD, MilestoneKind.COUNCIL_DECISION),
    (MilestoneKind.EXECUTIVE_BOARD, MilestoneKind.COUNCIL_DECISION),
)


class ProgressStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    CANCELLED = "cancelled", _("cancelled")


OPEN_STATUSES = (ProgressStatus.PLANNED, ProgressStatus.IN_PROGRESS)


class Scheduled(HasDueDate, models.Model):
    """Shared by phases and milestones: planned (vague) end, actual date, person, status."""

    plan = models.ForeignKey(Plan, verbose_name=_("plan"), on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200, blank=True)
    responsible = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ProgressStatus.choices, default=ProgressStatus.PLANNED
    )
    notes = models.TextField(_("notes"), max_length=TEXT_MAX, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta(HasDueDate.Meta):
        abstract = True

    def __str__(self) -> str:
        return self.title or capfirst(self.get_kind_display())

    @property
    def label(self) -> str:
        return str(self)

    def is_late(self, today: date) -> bool:
        """Open and its planned window has passed."""
        return self.status in OPEN_STATUSES and self.is_past_due(today)

    def get_absolute_url(self) -> str:
        return self.plan.get_absolute_url()


class Phase(Scheduled):
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="phases"
    )
    kind = models.CharField(_("phase"), max_length=20, choices=PhaseKind.choices)
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_start_text = models.CharField(_("planned start as written"), max_length=60, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta(Scheduled.Meta):
        verbose_name = _("phase")
        verbose_name_plural = _("phases")
        ordering = ["plan", "order", "planned_start", "pk"]

    def clean(self):
        super().clean()
        errors = {}
        if self.planned_start and self.due_end and self.due_end < self.planned_start:
            errors["due"] = _("The phase is planned to end before it starts.")
        if self.actual_start and self.actual_end and self.actual_end < self.actual_start:
            errors["actual_end"] = _("The phase ended before it started.")
        if self.status == ProgressStatus.DONE and not self.actual_end:
            errors["actual_end"] = _("Give the date the phase ended.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_closed(self) -> bool:
        return self.status in (ProgressStatus.DONE, ProgressStatus.CANCELLED)


class Milestone(Scheduled):
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="milestones"
    )
    phase = models.ForeignKey(
        Phase,
        verbose_name=_("phase"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="milestones",
    )
    kind = models.CharField(_("milestone"), max_length=20, choices=MilestoneKind.choices)
    body = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("deciding body"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actual_date = models.DateField(_("actual date"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta(Scheduled.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["plan", "due_end", "order", "pk"]

    @property
    def window(self) -> tuple[date, date] | None:
        """The days it happened on (the actual date) or may happen on (the planned window)."""
        if self.actual_date:
            return (self.actual_date, self.actual_date)
        if self.due_end:
            return (self.due_start, self.due_end)
        return None

    def clean(self):
        super().clean()
        errors = {}
        if self.status == ProgressStatus.DONE and not self.actual_date:
            errors["actual_date"] = _("Give the date it happened.")
        if self.phase_id and self.plan_id and self.phase.plan_id != self.plan_id:
            errors["phase"] = _("The phase belongs to another plan.")
        if self.plan_id and not errors:
            conflict = self.order_conflict(self.plan.milestones.exclude(pk=self.pk))
            if conflict is not None:
                field = "actual_date" if self.actual_date else "due"
                errors[field] = conflict
        if errors:
            raise ValidationError(errors)

    def order_conflict(self, others) -> str | None:
        """The process rule this milestone breaks among ``others`` of its plan, as a message."""
        mine = self.window
        if mine is None:
            return None
        for other in others:
            theirs = other.window
            if theirs is None:
                continue
            for earlier, later in PRECEDENCE:
                if self.kind == later and other.kind == earlier and mine[1] < theirs[0]:
                    return _("%(this)s cannot come before %(other)s (%(date)s).") % {
                        "this": capfirst(MilestoneKind(self.kind).label),
                        "other": MilestoneKind(other.kind).label,
                        "date": _format_window(theirs),
                    }
                if self.kind == earlier and other.kind == later and theirs[1] < mine[0]:
                    return _("%(this)s cannot come after %(other)s (%(date)s).") % {
                        "this": capfirst(MilestoneKind(self.kind).label),
                        "other": MilestoneKind(other.kind).label,
                        "date": _format_window(theirs),
                    }
        return None


def _format_window(window: tuple[date, date]) -> str:
    start, end = window
    if start == end:
        return f"{start.day}.{start.month}.{start.year}"
    return f"{start.day}.{start.month}.{start.year}–{end.day}.{end.month}.{end.year}"
