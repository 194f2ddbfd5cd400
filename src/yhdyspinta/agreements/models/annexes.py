"""Annexes of a responsibility table (one per theme), their rows, comments and versions."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.vaguedate_field import HasDueDate

from .agreements import TEXT_MAX, ResponsibilityTable


class AnnexStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("not started")
    DRAFTING = "drafting", _("drafting")
    AGREED = "agreed", _("agreed")
    APPROVED = "approved", _("approved")


class Annex(HasDueDate, models.Model):
    """One theme's annex of the table. An approved version is frozen; a change after approval
    starts the next version (`version` counts them)."""

    table = models.ForeignKey(
        ResponsibilityTable,
        verbose_name=_("responsibility allocation table"),
        on_delete=models.CASCADE,
        related_name="annexes",
    )
    theme = models.ForeignKey(
        "organizations.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="annexes",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=AnnexStatus.choices, default=AnnexStatus.NOT_STARTED
    )
    version = models.PositiveIntegerField(_("version"), default=1, editable=False)
    approved_by = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="approved_annexes",
    )
    approved_on = models.DateField(_("approved on"), null=True, blank=True)
    note = models.TextField(_("note"), max_length=TEXT_MAX, blank=True)
    history = HistoricalRecords()

    class Meta(HasDueDate.Meta):
        verbose_name = _("annex")
        verbose_name_plural = _("annexes")
        ordering = ["table", "theme__order", "pk"]
        constraints = [
            *HasDueDate.Meta.constraints,
            models.UniqueConstraint(
                fields=["table", "theme"],
                name="annex_one_per_theme",
                violation_error_message=_("The table already has an annex for this theme."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.table.agreement}: {self.theme}"

    def get_absolute_url(self):
        return reverse("agreements:annex_detail", args=[self.pk])

    @property
    def is_approved(self) -> bool:
        return self.status == AnnexStatus.APPROVED

    def is_late(self, today=None) -> bool:
        return not self.is_approved and self.is_past_due(today or timezone.localdate())

    def clean(self):
        super().clean()
        errors = {}
        if self.status == AnnexStatus.APPROVED:
            if not self.approved_by_id:
                errors["approved_by"] = _("Name the body whose decision approved the annex.")
            if not self.approved_on:
                errors["approved_on"] = _("Give the date of the approving decision.")
        if self.approved_by_id and self.table_id:
            county_id = self.table.agreement.county_id
            if self.approved_by.organization.county_id != county_id:
                errors["approved_by"] = _("Choose a body of the agreement's county.")
        if errors:
            raise ValidationError(errors)


class AnnexRow(models.Model):
    """One row of the annex table: a task and who does what."""

    annex = models.ForeignKey(
        Annex, verbose_name=_("annex"), on_delete=models.CASCADE, related_name="rows"
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    task = models.TextField(_("task"), max_length=TEXT_MAX)
    county_duty = models.TextField(_("county's duty"), max_length=TEXT_MAX, blank=True)
    municipality_duty = models.TextField(_("municipality's duty"), max_length=TEXT_MAX, blank=True)
    joint_duty = models.TextField(_("joint duty"), max_length=TEXT_MAX, blank=True)
    legal_basis = models.CharField(_("legal basis"), max_length=500, blank=True)
    counterparts = models.ManyToManyField(
        "organizations.Counterpart",
        verbose_name=_("counterparts"),
        blank=True,
        related_name="annex_rows",
    )
    networks = models.ManyToManyField(
        "networks.Network",
        verbose_name=_("related networks"),
        blank=True,
        related_name="annex_rows",
    )
    history = HistoricalRecords(m2m_fields=[counterparts, networks])

    class Meta:
        verbose_name = _("annex row")
        verbose_name_plural = _("annex rows")
        ordering = ["annex", "order", "pk"]

    def __str__(self) -> str:
        return self.task if len(self.task) <= 80 else self.task[:79] + "…"

    def get_absolute_url(self):
        return self.annex.get_absolute_url() + f"#row-{self.pk}"

    def clean(self):
        if not (self.task or "").strip():
            raise ValidationError({"task": _("Write the task.")})
        self.task = self.task.strip()


class RowComment(models.Model):
    """A comment on an annex row (coordinators comment on their municipality's annexes)."""

    row = models.ForeignKey(
        AnnexRow, verbose_name=_("annex row"), on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="annex_comments",
    )
    author_organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("comment"), max_length=TEXT_MAX)
    created = models.DateTimeField(_("written"), default=timezone.now)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created", "pk"]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self):
        return self.row.get_absolute_url()

    def clean(self):
        if not (self.text or "").strip():
            raise ValidationError({"text": _("Write a comment.")})


class AnnexRevision(models.Model):
    """A snapshot of an annex and its rows after each change: the versions compared side by
    side. `version` is the annex's version number at the time (a new one after approval)."""

    annex = models.ForeignKey(
        Annex, verbose_name=_("annex"), on_delete=models.CASCADE, related_name="revisions"
    )
    version = models.PositiveIntegerField(_("version"))
    created = models.DateTimeField(_("saved"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("saved by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    data = models.JSONField(_("content"))

    class Meta:
        verbose_name = _("annex revision")
        verbose_name_plural = _("annex revisions")
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.annex} v{self.version} ({self.created:%d.%m.%Y %H:%M})"


class GapFollowUp(models.Model):
    """The follow-up action created from a counterpart gap (theme, municipality): at most one."""

    theme = models.ForeignKey("organizations.Theme", on_delete=models.CASCADE, related_name="+")
    municipality = models.ForeignKey(
        "organizations.Organization", on_delete=models.CASCADE, related_name="+"
    )
    action = models.ForeignKey("rounds.Action", on_delete=models.CASCADE, related_name="+")
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["theme", "municipality"], name="gap_follow_up_once")
        ]
