"""Published versions of the plan's document: a frozen snapshot of the document's content (the
blocks that the Word and PDF files are written from, as JSON) with its state (a draft, for
statements, approved by the council on a date). Versions for statements and approved ones are
public (no login); drafts are read by the plan's readers only."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .plan import Plan


class VersionState(models.TextChoices):
    DRAFT = "draft", _("draft")
    STATEMENTS = "statements", _("for statements")
    APPROVED = "approved", _("approved by the council")


PUBLIC_STATES = (VersionState.STATEMENTS, VersionState.APPROVED)


class PlanVersionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(state__in=PUBLIC_STATES, status=PlanVersion.Status.READY)


class PlanVersion(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("being prepared")
        READY = "ready", _("ready")
        FAILED = "failed", _("failed")

    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveSmallIntegerField(_("version"))
    state = models.CharField(
        _("state"), max_length=12, choices=VersionState.choices, default=VersionState.DRAFT
    )
    approved_on = models.DateField(
        _("approved on"),
        null=True,
        blank=True,
        help_text=_("The day of the council's decision (for an approved version)."),
    )
    label = models.CharField(_("label"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    language = models.CharField(_("language"), max_length=8, default="fi")
    content = models.JSONField(_("content"), default=dict, blank=True)
    error = models.TextField(_("error"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("published"), auto_now_add=True)
    built_at = models.DateTimeField(_("prepared"), null=True, blank=True)

    objects = PlanVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("published version")
        verbose_name_plural = _("published versions")
        ordering = ["plan", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "number"], name="plan_version_unique_number")
        ]

    def __str__(self) -> str:
        return f"{self.plan}: {self.title}"

    @property
    def title(self) -> str:
        text = gettext("version %(n)s, %(state)s") % {
            "n": self.number,
            "state": self.get_state_display(),
        }
        if self.approved_on:
            text += f" {self.approved_on.day}.{self.approved_on.month}.{self.approved_on.year}"
        return text

    @property
    def is_public(self) -> bool:
        return self.state in PUBLIC_STATES and self.status == self.Status.READY

    def get_absolute_url(self) -> str:
        if self.is_public:
            return reverse("plans:public_version", args=[self.plan.slug, self.number])
        return reverse("plans:version_detail", args=[self.pk])

    def clean(self):
        errors = {}
        if self.state == VersionState.APPROVED and not self.approved_on:
            errors["approved_on"] = _("Give the day the council approved the plan.")
        if self.state != VersionState.APPROVED and self.approved_on:
            errors["approved_on"] = _("Only an approved version has an approval day.")
        if errors:
            raise ValidationError(errors)
