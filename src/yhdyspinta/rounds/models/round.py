from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

# The sections of the board summary, in the order of the source deck: (key, title). A section
# key is a ``FindingKind`` value, except "way_forward", which lists the round's actions.
SECTIONS = [
    ("status", _("Partnership and agreements")),
    ("observation", _("About the round")),
    ("strength", _("What works in cooperation")),
    ("challenge", _("Challenges in cooperation")),
    ("proposal", _("Challenges and development proposals")),
    ("way_forward", _("Way forward")),
]


class Round(models.Model):
    """A negotiation round (kuntakierros) of one county."""

    class Status(models.TextChoices):
        PLANNED = "planned", _("planned")
        IN_PROGRESS = "in_progress", _("in progress")
        REPORTED = "reported", _("reported to the board")
        CLOSED = "closed", _("closed")

    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("wellbeing services county"),
        on_delete=models.PROTECT,
        related_name="rounds",
        limit_choices_to={"kind": "county"},
    )
    slug = models.SlugField(_("code"), max_length=60)
    title = models.CharField(_("title"), max_length=200)
    period = models.CharField(_("period"), max_length=100, blank=True)
    starts = models.DateField(_("starts"), null=True, blank=True)
    ends = models.DateField(_("ends"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PLANNED
    )
    previous = models.ForeignKey(
        "self",
        verbose_name=_("previous round"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="next_rounds",
    )
    board = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("reported to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rounds",
    )
    board_date = models.DateField(_("board meeting"), null=True, blank=True)
    presenter = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("presented by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="presented_rounds",
    )
    summary_title = models.CharField(_("title of the board summary"), max_length=200, blank=True)
    team = models.ManyToManyField(
        "organizations.Person",
        through="RoundTeamMember",
        verbose_name=_("visiting team"),
        related_name="visiting_rounds",
        blank=True,
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("negotiation round")
        verbose_name_plural = _("negotiation rounds")
        ordering = ["-starts", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["county", "slug"],
                name="round_unique_slug_per_county",
                violation_error_message=_("The county already has a round with this code."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self):
        return reverse("rounds:round_detail", args=[self.pk])

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("The round ends before it starts.")})
        if self.board_id and self.county_id and self.board.organization_id != self.county_id:
            raise ValidationError({"board": _("Choose a body of the county.")})


class RoundTeamMember(models.Model):
    """A member of the visiting team and her role in it, as written ("kumppanuuspäällikkö")."""

    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.CASCADE, related_name="team_members"
    )
    person = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="round_memberships",
    )
    role = models.CharField(_("role in the team"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("visiting team")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "person"], name="round_team_unique_person")
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.role})"


class Negotiation(models.Model):
    """One municipality's negotiation in a round."""

    round = models.ForeignKey(
        Round, verbose_name=_("round"), on_delete=models.CASCADE, related_name="negotiations"
    )
    municipality = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="negotiations",
        limit_choices_to={"kind": "municipality"},
    )
    date = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=200, blank=True)
    county_participants = models.ManyToManyField(
        "organizations.Person",
        verbose_name=_("participants from the county"),
        related_name="county_negotiations",
        blank=True,
    )
    municipality_participants = models.ManyToManyField(
        "organizations.Person",
        verbose_name=_("participants from the municipality"),
        related_name="municipality_negotiations",
        blank=True,
    )
    other_participants = models.CharField(_("other participants"), max_length=500, blank=True)
    agenda = models.TextField(_("agenda"), max_length=10_000, blank=True)
    minutes = models.TextField(_("minutes"), max_length=50_000, blank=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("negotiation")
        verbose_name_plural = _("negotiations")
        ordering = ["date", "municipality__name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "municipality"],
                name="negotiation_one_per_municipality",
                violation_error_message=_(
                    "This municipality already has a negotiation in the round."
                ),
            )
        ]

    def __str__(self) -> str:
        return f"{self.municipality}: {self.round}"

    def get_absolute_url(self):
        return reverse("rounds:negotiation_detail", args=[self.pk])

    def clean(self):
        municipality = self.municipality if self.municipality_id else None
        if municipality is None:
            return
        if not municipality.is_municipality:
            raise ValidationError({"municipality": _("Choose a municipality.")})
        if self.round_id and municipality.parent_county_id != self.round.county_id:
            raise ValidationError({"municipality": _("Choose a municipality of the county.")})
