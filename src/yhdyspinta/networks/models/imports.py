"""An uploaded sheet between its preview and its commit (stored in the database, so that any
app server can finish what another started)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportBatch(models.Model):
    class State(models.TextChoices):
        PREVIEW = "preview", _("preview")
        COMMITTED = "committed", _("committed")
        DISCARDED = "discarded", _("discarded")

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="network_imports",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    filename = models.CharField(_("file"), max_length=255)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PREVIEW
    )
    committed_at = models.DateTimeField(_("committed"), null=True, blank=True)
    payload = models.JSONField(_("preview"), default=dict)

    class Meta:
        verbose_name = _("network import")
        verbose_name_plural = _("network imports")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_state_display()})"
