from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.vaguedate_field import HasDueDate, overdue_q

from .findings import TEXT_MAX_LENGTH


class ActionStatus(models.TextChoices):
    OPEN = "open", _("open")
    IN_PROGRESS = "in_progress", _("in progress")
    DONE = "done", _("done")
    DROPPED = "dropped", _("dropped")


CLOSED_STATUSES = (ActionStatus.DONE, ActionStatus.DROPPED)


class ActionQuerySet(models.QuerySet):
    def not_closed(self):
        return self.exclude(status__in=CLOSED_STATUSES)

    def overdue(self, today: date):
        return self.filter(overdue_q(today)).not_closed()

    def due_within(self, today: date, days: int):
        from datetime import timedelta

        return self.not_closed().filter(due_end__gte=today, due_end__lte=today + timedelta(days))

    def board_order(self, today: date):
        """Overdue first, then by deadline (undated last), then in the order of the summary."""
        return self.annotate(
            overdue_rank=Case(
                When(overdue_q(today) & ~Q(status__in=CLOSED_STATUSES), then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by("overdue_rank", F("due_end").asc(nulls_last=True), "-due_start", "order", "pk")


class Action(HasDueDate, models.Model):
    """A follow-up action: what, who, by when, its status and where it came from."""

    round = models.ForeignKey(
        "rounds.Round", verbose_name=_("round"), on_delete=models.CASCADE, related_name="actions"
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("sub-point of"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    part_of = models.ForeignKey(
        "self",
        verbose_name=_("share of the joint action"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="shares",
        help_text=_("One organisation's share of an action that several carry out."),
    )
    text = models.TextField(_("what"), max_length=TEXT_MAX_LENGTH)
    owner = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("owner organisation"),
        on_delete=models.PROTECT,
        related_name="round_actions",
    )
    owner_person = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("responsible person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="round_actions",
    )
    theme = models.ForeignKey(
        "organizations.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="round_actions",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ActionStatus.choices, default=ActionStatus.OPEN
    )
    origin_findings = models.ManyToManyField(
        "rounds.Finding", verbose_name=_("origin findings"), related_name="actions", blank=True
    )
    body = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="round_actions",
    )
    body_date = models.DateField(_("handled on"), null=True, blank=True)
    in_summary = models.BooleanField(
        _("listed under 'Way forward'"),
        default=True,
        help_text=_("Uncheck for follow-up tracked from a finding of another section."),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    objects = ActionQuerySet.as_manager()

    class Meta(HasDueDate.Meta):
        verbose_name = _("follow-up action")
        verbose_name_plural = _("follow-up actions")
        ordering = ["round", "order", "pk"]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self):
        return reverse("rounds:action_detail", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.status in CLOSED_STATUSES

    def is_overdue(self, today: date | None = None) -> bool:
        return not self.is_closed and self.is_past_due(today or timezone.localdate())

    def clean(self):
        super().clean()
        if not (self.text or "").strip():
            raise ValidationError({"text": _("Write what is to be done.")})
        self.text = self.text.strip()
        owner = self.owner if self.owner_id else None
        if owner is not None and self.round_id and owner.county_id != self.round.county_id:
            raise ValidationError({"owner": _("Choose an organisation of the county.")})
        if self.owner_person_id and owner is not None:
            if self.owner_person.organization_id != owner.pk:
                raise ValidationError(
                    {"owner_person": _("The responsible person must work for the owner.")}
                )
        for name in ("parent", "part_of"):
            other = getattr(self, name)
            if other is not None and self.pk and other.pk == self.pk:
                raise ValidationError({name: _("An action cannot refer to itself.")})
            if other is not None and self.round_id and other.round_id != self.round_id:
                raise ValidationError({name: _("The other action belongs to another round.")})


class ActionStatusChange(models.Model):
    """A dated status change of an action, with the comment that explains it."""

    action = models.ForeignKey(
        Action, verbose_name=_("action"), on_delete=models.CASCADE, related_name="status_changes"
    )
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_status = models.CharField(_("from"), max_length=20, choices=ActionStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=ActionStatus.choices)
    comment = models.TextField(_("comment"), max_length=2000)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-changed_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(comment=""), name="action_status_change_comment_required"
            )
        ]

    def __str__(self) -> str:
        return f"{self.action}: {self.from_status} -> {self.to_status}"
