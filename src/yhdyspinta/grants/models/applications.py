"""Applications and their attachments. The status moves draft -> submitted -> eligible or
ineligible (with the rule and the reason) -> in review -> decided."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .calls import MONEY, GrantCall, TargetGroup


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("draft")
    SUBMITTED = "submitted", _("submitted")
    ELIGIBLE = "eligible", _("eligible")
    INELIGIBLE = "ineligible", _("ineligible")
    IN_REVIEW = "in_review", _("in review")
    DECIDED = "decided", _("decided")


class Application(models.Model):
    call = models.ForeignKey(
        GrantCall,
        verbose_name=_("grant call"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("applicant"),
        on_delete=models.PROTECT,
        related_name="grant_applications",
    )
    contact_name = models.CharField(_("contact person"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    activity_description = models.TextField(_("activity description"), max_length=10000, blank=True)
    themes = models.ManyToManyField(
        "organizations.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    target_groups = models.JSONField(_("target groups"), default=list, blank=True)
    municipalities = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("municipalities where the activity happens"),
        blank=True,
        related_name="grant_activity",
        limit_choices_to={"kind": "municipality"},
    )
    requested_amount = models.DecimalField(
        _("requested amount (€)"), validators=[MinValueValidator(0)], **MONEY
    )
    budget = models.JSONField(_("budget"), default=list, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default="draft"
    )
    ineligible_rule = models.CharField(_("rule not met"), max_length=40, blank=True)
    # The reason as its code and parameters (rendered in the reader's language when shown).
    ineligible_code = models.CharField(_("reason code"), max_length=40, blank=True)
    ineligible_params = models.JSONField(_("reason parameters"), default=dict, blank=True)
    members = models.PositiveIntegerField(
        _("number of members"),
        null=True,
        blank=True,
        help_text=_("The organisation's members (for the distribution by organisation size)."),
    )
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    history = HistoricalRecords(excluded_fields=["budget"])

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["call", "organization__name_fi", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "organization"],
                name="grant_application_one_per_call",
                violation_error_message=_("Your organisation already has an application here."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization} – {self.call}"

    def get_absolute_url(self):
        return reverse("grants:application_detail", args=[self.pk])

    @property
    def is_draft(self) -> bool:
        return self.status == ApplicationStatus.DRAFT

    @property
    def ineligible_reason(self) -> str:
        from ..eligibility import reason_text

        return reason_text(self.ineligible_code, self.ineligible_params)

    @property
    def budget_total(self):
        return sum((Decimal(str(row["amount"])) for row in self.budget), Decimal(0))

    def budget_rows(self) -> list[tuple[str, Decimal]]:
        return [(row["item"], Decimal(str(row["amount"]))) for row in self.budget]

    def target_group_labels(self) -> list[str]:
        return [str(TargetGroup(v).label) for v in self.target_groups if v in TargetGroup.values]


def attachment_path(instance, filename: str) -> str:
    return f"grants/{instance.application.call_id}/{instance.application_id}/{filename}"


class Attachment(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("file"), upload_to=attachment_path, max_length=300)
    name = models.CharField(_("name"), max_length=200)
    content_type = models.CharField(_("content type"), max_length=100)
    size = models.PositiveIntegerField(_("size (bytes)"))
    uploaded_at = models.DateTimeField(_("uploaded"), auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded_at", "pk"]

    def __str__(self) -> str:
        return self.name
