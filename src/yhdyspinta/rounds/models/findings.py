from collections import defaultdict

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

# The longest text of one bullet (a finding, an action), as in the Excel import
TEXT_MAX_LENGTH = 2000


class FindingKind(models.TextChoices):
    """The kind of a finding is also its section of the board summary (``SECTIONS``)."""

    STATUS = "status", _("status of partnership and agreements")
    OBSERVATION = "observation", _("general observation")
    STRENGTH = "strength", _("strength")
    CHALLENGE = "challenge", _("challenge")
    PROPOSAL = "proposal", _("development proposal")


class FindingQuerySet(models.QuerySet):
    def concerning(self, municipality):
        """Findings for all municipalities of the county, and those that name this one."""
        named = Finding.municipalities.through.objects.filter(
            finding_id=OuterRef("pk"), organization_id=municipality.pk
        )
        return self.filter(Q(all_municipalities=True) | Exists(named))

    def top_level(self):
        return self.filter(parent__isnull=True)


class Finding(models.Model):
    """What the round found: one bullet of the summary, with its sub-points as children."""

    round = models.ForeignKey(
        "rounds.Round", verbose_name=_("round"), on_delete=models.CASCADE, related_name="findings"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=FindingKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("sub-point of"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    theme = models.ForeignKey(
        "organizations.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="findings",
    )
    text = models.TextField(_("text"), max_length=TEXT_MAX_LENGTH)
    all_municipalities = models.BooleanField(
        _("concerns all municipalities"),
        default=True,
        help_text=_("Leave unchecked and choose the municipalities if it concerns only some."),
    )
    municipalities = models.ManyToManyField(
        "organizations.Organization",
        verbose_name=_("municipalities concerned"),
        related_name="findings",
        blank=True,
        limit_choices_to={"kind": "municipality"},
    )
    negotiations = models.ManyToManyField(
        "rounds.Negotiation",
        verbose_name=_("raised in"),
        related_name="findings",
        blank=True,
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    objects = FindingQuerySet.as_manager()

    class Meta:
        verbose_name = _("finding")
        verbose_name_plural = _("findings")
        ordering = ["round", "order", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(text=""),
                name="finding_text_not_empty",
                violation_error_message=_("Write the finding."),
            )
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"

    def get_absolute_url(self):
        return reverse("rounds:finding_detail", args=[self.pk])

    @property
    def county_id(self):
        return self.round.county_id

    def concerns(self, municipality) -> bool:
        if self.all_municipalities:
            return True
        return self.municipalities.filter(pk=municipality.pk).exists()

    def clean(self):
        if not (self.text or "").strip():
            raise ValidationError({"text": _("Write the finding.")})
        self.text = self.text.strip()
        if self.parent_id:
            if self.parent_id == self.pk:
                raise ValidationError({"parent": _("A finding cannot be its own sub-point.")})
            if self.round_id and self.parent.round_id != self.round_id:
                raise ValidationError({"parent": _("The sub-point belongs to another round.")})


def finding_tree(findings) -> tuple[list[Finding], dict[int, list[Finding]]]:
    """The top-level findings of a list (in its order) and the sub-points by parent id. A
    sub-point whose parent is not in the list (a reader who may not see the parent) counts as
    top-level, so the round page and the board summary show it in the same place."""
    ids = {finding.pk for finding in findings}
    roots, children = [], defaultdict(list)
    for finding in findings:
        if finding.parent_id in ids:
            children[finding.parent_id].append(finding)
        else:
            roots.append(finding)
    return roots, children
