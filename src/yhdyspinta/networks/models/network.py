"""A cooperation network (yhteistyöverkosto) and its member organisations and people."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .choices import OWNER_KINDS, MeetingFrequency, MemberRole, NetworkStatus, TargetGroup

TARGET_GROUP_CODES = frozenset(TargetGroup.values)
PURPOSE_MAX_LENGTH = 5000


def parse_target_groups(text: str) -> list[str]:
    """The stored comma-separated codes as a list in the canonical order."""
    codes = {code.strip() for code in (text or "").split(",") if code.strip()}
    return [code for code in TargetGroup.values if code in codes]


def join_target_groups(codes) -> str:
    wanted = set(codes or ())
    unknown = wanted - TARGET_GROUP_CODES
    if unknown:
        raise ValueError(f"unknown target groups {sorted(unknown)}")
    return ",".join(code for code in TargetGroup.values if code in wanted)


class NetworkQuerySet(models.QuerySet):
    def in_county(self, county_id: int):
        return self.filter(
            models.Q(owner_id=county_id) | models.Q(owner__parent_county_id=county_id)
        )

    def with_target_group(self, code: str):
        # Codes are never substrings of each other, so a containment test is exact.
        return self.filter(target_groups__contains=code)


class Network(models.Model):
    # The fields a person edits (the form and the API offer the same ones).
    EDITABLE_FIELDS = (
        "owner",
        "name",
        "purpose",
        "themes",
        "target_groups",
        "county_participates",
        "county_participation",
        "meeting_frequency",
        "reports_to_body",
        "reports_to_network",
        "reports_to_text",
        "contact_person",
        "contact_name",
        "contact_email",
        "status",
        "last_reviewed",
    )

    owner = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("owner organisation"),
        on_delete=models.PROTECT,
        related_name="networks",
        limit_choices_to={"kind__in": OWNER_KINDS},
    )
    name = models.CharField(_("name"), max_length=200)
    # The same limit as the import's column (services/columns.py); forms and the API enforce it.
    purpose = models.TextField(_("purpose"), blank=True, max_length=PURPOSE_MAX_LENGTH)
    themes = models.ManyToManyField(
        "organizations.Theme", verbose_name=_("themes"), blank=True, related_name="networks"
    )
    target_groups = models.CharField(
        _("target groups"),
        max_length=120,
        blank=True,
        help_text=_("Comma-separated codes: children_families, young_people, ..."),
    )
    county_participates = models.BooleanField(_("the county takes part"), default=False)
    county_participation = models.CharField(
        _("how the county takes part"), max_length=300, blank=True
    )
    meeting_frequency = models.CharField(
        _("meeting frequency"), max_length=20, choices=MeetingFrequency.choices, blank=True
    )
    reports_to_body = models.ForeignKey(
        "organizations.Body",
        verbose_name=_("reports to (body)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reporting_networks",
    )
    reports_to_network = models.ForeignKey(
        "self",
        verbose_name=_("reports to (network)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reporting_networks",
    )
    reports_to_text = models.CharField(_("reports to (other)"), max_length=200, blank=True)
    contact_person = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("contact person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contact_networks",
    )
    contact_name = models.CharField(_("contact name"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=NetworkStatus.choices, default=NetworkStatus.ACTIVE
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords(m2m_fields=[themes])

    objects = NetworkQuerySet.as_manager()

    class Meta:
        verbose_name = _("cooperation network")
        verbose_name_plural = _("cooperation networks")
        ordering = ["owner__name_fi", "name"]
        indexes = [models.Index(fields=["owner", "name"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self):
        return reverse("networks:network_detail", args=[self.pk])

    @property
    def target_group_list(self) -> list[str]:
        return parse_target_groups(self.target_groups)

    def target_group_labels(self) -> list[str]:
        labels = dict(TargetGroup.choices)
        return [str(labels[code]) for code in self.target_group_list]

    @property
    def has_reporting_channel(self) -> bool:
        return bool(self.reports_to_body_id or self.reports_to_network_id or self.reports_to_text)

    @property
    def reports_to_display(self) -> str:
        if self.reports_to_body_id:
            return self.reports_to_body.name
        if self.reports_to_network_id:
            return self.reports_to_network.name
        return self.reports_to_text

    @property
    def contact_display(self) -> str:
        return self.contact_person.full_name if self.contact_person_id else self.contact_name

    @property
    def contact_email_display(self) -> str:
        return self.contact_person.email if self.contact_person_id else self.contact_email

    def clean(self):
        errors = {}
        try:
            self.target_groups = join_target_groups(parse_target_groups(self.target_groups))
        except ValueError:
            errors["target_groups"] = _("Unknown target group.")
        owner = self.owner if self.owner_id else None
        if owner is not None and owner.kind not in OWNER_KINDS:
            errors["owner"] = _(
                "A network is owned by a municipality, the county or the regional council."
            )
        if self.reports_to_network_id and self.reports_to_network_id == self.pk:
            errors["reports_to_network"] = _("A network cannot report to itself.")
        if sum(bool(x) for x in (self.reports_to_body_id, self.reports_to_network_id)) > 1:
            errors["reports_to_network"] = _("Choose either a body or a network, not both.")
        if not self.county_participates and self.county_participation:
            errors["county_participation"] = _(
                "Describe how the county takes part only when it takes part."
            )
        if errors:
            raise ValidationError(errors)


class NetworkMember(models.Model):
    """A member organisation of a network, as coordinator or member."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="members"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="network_memberships",
    )
    role = models.CharField(
        _("role"), max_length=12, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["role", "organization__name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "organization"],
                name="networkmember_unique",
                violation_error_message=_("This organisation is already a member."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organization}: {self.get_role_display()}"


class NetworkPerson(models.Model):
    """A person who takes part in a network."""

    network = models.ForeignKey(
        Network, verbose_name=_("network"), on_delete=models.CASCADE, related_name="people"
    )
    person = models.ForeignKey(
        "organizations.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="network_memberships",
    )
    role = models.CharField(
        _("role"), max_length=12, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("member person")
        verbose_name_plural = _("member people")
        ordering = ["person__last_name", "person__first_name"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "person"],
                name="networkperson_unique",
                violation_error_message=_("This person is already a member."),
            )
        ]

    def __str__(self) -> str:
        return str(self.person)
