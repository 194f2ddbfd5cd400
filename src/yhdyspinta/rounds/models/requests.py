from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.vaguedate_field import DUE_ORDERING, HasDueDate


class Request(HasDueDate, models.Model):
    """A municipality's wish, or its request for expert support from the county."""

    class Kind(models.TextChoices):
        WISH = "wish", _("wish")
        EXPERT_SUPPORT = "expert_support", _("request for expert support")

    class Status(models.TextChoices):
        OPEN = "open", _("open")
        IN_PROGRESS = "in_progress", _("being handled")
        ANSWERED = "answered", _("answered")
        CLOSED = "closed", _("closed")

    OPEN_STATUSES = (Status.OPEN, Status.IN_PROGRESS)

    municipality = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="round_requests",
        limit_choices_to={"kind": "municipality"},
    )
    round = models.ForeignKey(
        "rounds.Round",
        verbose_name=_("round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    action = models.ForeignKey(
        "rounds.Action",
        verbose_name=_("in response to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requests",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WISH)
    theme = models.ForeignKey(
        "organizations.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="round_requests",
    )
    text = models.TextField(_("request"), max_length=4000)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.OPEN
    )
    answer = models.TextField(_("answer"), max_length=4000, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("sent"), auto_now_add=True)
    history = HistoricalRecords()

    class Meta(HasDueDate.Meta):
        verbose_name = _("wish or support request")
        verbose_name_plural = _("wishes and support requests")
        ordering = [*DUE_ORDERING, "pk"]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self):
        return reverse("rounds:request_detail", args=[self.pk])

    @property
    def is_open(self) -> bool:
        return self.status in self.OPEN_STATUSES

    def clean(self):
        super().clean()
        if not (self.text or "").strip():
            raise ValidationError({"text": _("Write the request.")})
        self.text = self.text.strip()
        municipality = self.municipality if self.municipality_id else None
        if municipality is not None and not municipality.is_municipality:
            raise ValidationError({"municipality": _("Choose a municipality.")})
        if municipality is not None and self.round_id:
            if self.round.county_id != municipality.parent_county_id:
                raise ValidationError({"round": _("Choose a round of the county.")})
