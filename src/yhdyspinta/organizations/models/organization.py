from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.organizations.validators import (
    validate_business_id,
    validate_county_code,
    validate_municipality_code,
)

from .localized import LocalizedName


class LegalForm(models.TextChoices):
    PUBLIC_BODY = "public", _("public body")
    ASSOCIATION = "association", _("association (ry)")
    COOPERATIVE = "cooperative", _("cooperative")
    FOUNDATION = "foundation", _("foundation")
    COMPANY = "company", _("company")
    OTHER = "other", _("other")


class OrganizationQuerySet(models.QuerySet):
    def in_county(self, county):
        return self.filter(Q(pk=county.pk) | Q(parent_county=county))

    def municipalities(self):
        return self.filter(kind=Organization.Kind.MUNICIPALITY)

    def counties(self):
        return self.filter(kind=Organization.Kind.COUNTY)


class Organization(LocalizedName):
    class Kind(models.TextChoices):
        COUNTY = "county", _("wellbeing services county")
        MUNICIPALITY = "municipality", _("municipality")
        REGIONAL_COUNCIL = "regional_council", _("regional council")
        NGO = "ngo", _("NGO")
        EDUCATION = "education", _("educational institution")
        STATE_AGENCY = "state_agency", _("state agency")
        OTHER = "other", _("other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    code = models.CharField(
        _("Statistics Finland code"),
        max_length=3,
        blank=True,
        help_text=_("Three digits for a municipality (167), two for a county (14)."),
    )
    sotkanet_id = models.PositiveIntegerField(_("Sotkanet region id"), null=True, blank=True)
    business_id = models.CharField(
        _("business ID"), max_length=9, blank=True, validators=[validate_business_id]
    )
    legal_form = models.CharField(
        _("legal form"), max_length=20, choices=LegalForm.choices, default=LegalForm.PUBLIC_BODY
    )
    parent_county = models.ForeignKey(
        "self",
        verbose_name=_("wellbeing services county"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        limit_choices_to={"kind": "county"},
    )
    website = models.URLField(_("website"), blank=True)
    history = HistoricalRecords()

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "code"],
                condition=~Q(code=""),
                name="organization_unique_code_per_kind",
                violation_error_message=_("An organisation of this kind already has this code."),
            ),
            models.UniqueConstraint(
                fields=["business_id"],
                condition=~Q(business_id=""),
                name="organization_unique_business_id",
                violation_error_message=_("An organisation with this business ID already exists."),
            ),
        ]

    @property
    def county(self) -> "Organization | None":
        """The county every record hangs under: itself for a county, else its parent."""
        if self.kind == self.Kind.COUNTY:
            return self
        return self.parent_county

    @property
    def county_id(self) -> int | None:
        return self.pk if self.kind == self.Kind.COUNTY else self.parent_county_id

    @property
    def is_county(self) -> bool:
        return self.kind == self.Kind.COUNTY

    @property
    def is_municipality(self) -> bool:
        return self.kind == self.Kind.MUNICIPALITY

    def clean(self):
        errors = {}
        if self.kind == self.Kind.COUNTY:
            if self.parent_county_id:
                errors["parent_county"] = _("A county cannot belong to another county.")
            if self.code:
                try:
                    validate_county_code(self.code)
                except ValidationError as exc:
                    errors["code"] = exc.messages
        else:
            if not self.parent_county_id:
                errors["parent_county"] = _("Choose the wellbeing services county.")
            if self.kind == self.Kind.MUNICIPALITY:
                try:
                    validate_municipality_code(self.code)
                except ValidationError as exc:
                    errors["code"] = exc.messages
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("organizations:organization_detail", args=[self.pk])
