from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .localized import LocalizedName
from .people import ValidityPeriod


class CouncilTerm(models.Model):
    """A council term (valtuustokausi): municipal or regional (county)."""

    class Level(models.TextChoices):
        MUNICIPAL = "municipal", _("municipal")
        REGIONAL = "regional", _("wellbeing services county")

    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    starts = models.DateField(_("starts"))
    ends = models.DateField(_("ends"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("council term")
        verbose_name_plural = _("council terms")
        ordering = ["level", "starts"]
        constraints = [
            models.UniqueConstraint(fields=["level", "starts"], name="councilterm_unique_start")
        ]

    def __str__(self) -> str:
        return f"{self.get_level_display()} {self.starts.year}-{self.ends.year}"

    def clean(self):
        if self.starts and self.ends and self.ends <= self.starts:
            raise ValidationError({"ends": _("The term ends before it starts.")})


class Body(LocalizedName):
    """A decision-making or influence body of the county or of a municipality."""

    class Kind(models.TextChoices):
        HYTE_BOARD = "hyte_board", _("HYTE board")
        COUNCIL = "council", _("council")
        EXECUTIVE_BOARD = "executive_board", _("executive board")
        AUDIT_COMMITTEE = "audit_committee", _("audit committee")
        YOUTH_COUNCIL = "youth_council", _("youth council")
        OLDER_PEOPLES_COUNCIL = "older_peoples_council", _("older people's council")
        DISABILITY_COUNCIL = "disability_council", _("disability council")
        OTHER = "other", _("other body")

    INFLUENCE_BODIES = (Kind.YOUTH_COUNCIL, Kind.OLDER_PEOPLES_COUNCIL, Kind.DISABILITY_COUNCIL)

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="bodies",
    )
    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("body")
        verbose_name_plural = _("bodies")
        ordering = ["organization__name_fi", "kind"]

    @property
    def is_influence_body(self) -> bool:
        return self.kind in self.INFLUENCE_BODIES

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("organizations:body_detail", args=[self.pk])


class BodyMembership(ValidityPeriod):
    class Position(models.TextChoices):
        CHAIR = "chair", _("chair")
        VICE_CHAIR = "vice_chair", _("vice chair")
        MEMBER = "member", _("member")
        DEPUTY = "deputy", _("deputy member")
        SECRETARY = "secretary", _("secretary")
        PRESENTER = "presenter", _("presenting official")

    body = models.ForeignKey(
        Body, verbose_name=_("body"), on_delete=models.CASCADE, related_name="memberships"
    )
    person = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="body_memberships",
    )
    position = models.CharField(
        _("position"), max_length=20, choices=Position.choices, default=Position.MEMBER
    )
    term = models.ForeignKey(
        CouncilTerm,
        verbose_name=_("council term"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="memberships",
    )
    history = HistoricalRecords()

    class Meta(ValidityPeriod.Meta):
        verbose_name = _("body membership")
        verbose_name_plural = _("body memberships")
        ordering = ["body", "position"]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_position_display()}, {self.body})"
