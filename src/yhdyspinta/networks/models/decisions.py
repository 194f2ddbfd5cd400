"""What people decided about a pair of networks that looked like overlapping work."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import Decision


class OverlapDecision(models.Model):
    """A pair (network_a.pk < network_b.pk) marked "not an overlap" or "coordinate"."""

    network_a = models.ForeignKey(
        "networks.Network", on_delete=models.CASCADE, related_name="+", verbose_name=_("network")
    )
    network_b = models.ForeignKey(
        "networks.Network",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("other network"),
    )
    decision = models.CharField(_("decision"), max_length=12, choices=Decision.choices)
    reason = models.TextField(_("reason"), max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), auto_now_add=True)
    score = models.FloatField(_("score when decided"), null=True, blank=True)
    action_id = models.PositiveIntegerField(
        _("follow-up action"),
        null=True,
        blank=True,
        help_text=_("The action created in the rounds capability, when it exists."),
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("overlap decision")
        verbose_name_plural = _("overlap decisions")
        ordering = ["-decided_at"]
        constraints = [
            models.UniqueConstraint(fields=["network_a", "network_b"], name="overlap_unique_pair"),
            models.CheckConstraint(
                condition=models.Q(network_a__lt=models.F("network_b")),
                name="overlap_ordered_pair",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.network_a_id}–{self.network_b_id}: {self.get_decision_display()}"

    def clean(self):
        if self.network_a_id and self.network_b_id and self.network_a_id >= self.network_b_id:
            raise ValidationError(_("Store the pair with the smaller network id first."))
        if not (self.reason or "").strip():
            raise ValidationError({"reason": _("Say why.")})
