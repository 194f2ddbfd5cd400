from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Person(models.Model):
    """A contact person. Only work details: name, title, organisation, work e-mail and phone."""

    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    title = models.CharField(_("job title"), max_length=200, blank=True)
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="people",
    )
    email = models.EmailField(_("work e-mail"), blank=True)
    phone = models.CharField(_("work phone"), max_length=40, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    history = HistoricalRecords(excluded_fields=["user"])

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["last_name", "first_name"]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("organizations:person_detail", args=[self.pk])


class RoleKind(models.TextChoices):
    DEVELOPMENT_DIRECTOR = "development_director", _("development director")
    PARTNERSHIP_MANAGER = "partnership_manager", _("partnership manager")
    COORDINATOR = "coordinator", _("HYTE coordinator")
    RESPONSIBLE = "responsible", _("responsible person")
    CONTACT = "contact", _("contact person")
    EXPERT = "expert", _("expert")
    CHAIR = "chair", _("chair")
    OTHER = "other", _("other")


class ActiveQuerySet(models.QuerySet):
    def active(self, on=None):
        on = on or timezone.localdate()
        return self.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=on)).filter(
            Q(valid_to__isnull=True) | Q(valid_to__gte=on)
        )


class ValidityPeriod(models.Model):
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_to = models.DateField(_("valid to"), null=True, blank=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        abstract = True

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": _("The period ends before it starts.")})


class Role(ValidityPeriod):
    """A person's role in an organisation, optionally for one theme, for a period."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="roles"
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="roles",
    )
    kind = models.CharField(_("role"), max_length=30, choices=RoleKind.choices)
    theme = models.ForeignKey(
        "organizations.Theme",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="roles",
    )
    description = models.CharField(_("description"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta(ValidityPeriod.Meta):
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        ordering = ["organization__name_fi", "kind"]

    def __str__(self) -> str:
        theme = f" ({self.theme})" if self.theme_id else ""
        return f"{self.person}: {self.get_kind_display()}{theme}"


class Counterpart(ValidityPeriod):
    """A counterpart pair: a county person and a municipality person on one theme."""

    theme = models.ForeignKey(
        "organizations.Theme",
        verbose_name=_("theme"),
        on_delete=models.PROTECT,
        related_name="counterparts",
    )
    municipality = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="counterparts",
        limit_choices_to={"kind": "municipality"},
    )
    county_person = models.ForeignKey(
        Person,
        verbose_name=_("county person"),
        on_delete=models.CASCADE,
        related_name="county_counterparts",
    )
    municipality_person = models.ForeignKey(
        Person,
        verbose_name=_("municipality person"),
        on_delete=models.CASCADE,
        related_name="municipality_counterparts",
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta(ValidityPeriod.Meta):
        verbose_name = _("counterpart pair")
        verbose_name_plural = _("counterpart pairs")
        ordering = ["municipality__name_fi", "theme__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["theme", "municipality", "county_person", "municipality_person"],
                name="counterpart_unique_pair",
                violation_error_message=_("This counterpart pair already exists."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.theme}: {self.county_person} / {self.municipality_person}"

    def clean(self):
        super().clean()
        errors = {}
        municipality = self.municipality if self.municipality_id else None
        if municipality and not municipality.is_municipality:
            errors["municipality"] = _("Choose a municipality.")
        if self.county_person_id and municipality:
            if self.county_person.organization_id != municipality.parent_county_id:
                errors["county_person"] = _(
                    "The county person must work for the municipality's wellbeing services county."
                )
        if self.municipality_person_id and municipality:
            if self.municipality_person.organization_id != municipality.pk:
                errors["municipality_person"] = _(
                    "The municipality person must work for the municipality."
                )
        if errors:
            raise ValidationError(errors)
