from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class AccessLevel(models.TextChoices):
    COUNTY_ADMIN = "county_admin", _("county administrator")
    COUNTY_STAFF = "county_staff", _("county HYTE staff")
    COORDINATOR = "coordinator", _("municipal HYTE coordinator")
    BOARD_MEMBER = "board_member", _("board member (read-only)")
    NGO = "ngo", _("NGO user")


class Account(models.Model):
    """What a user may do: an access level, scoped to one organisation (and so one county)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="account",
    )
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="accounts",
    )
    level = models.CharField(_("access level"), max_length=20, choices=AccessLevel.choices)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("account")
        verbose_name_plural = _("accounts")

    def __str__(self) -> str:
        return f"{self.user} ({self.get_level_display()}, {self.organization})"

    @property
    def county_id(self) -> int | None:
        return self.organization.county_id

    def clean(self):
        org = self.organization if self.organization_id else None
        if org is None:
            return
        county_levels = (AccessLevel.COUNTY_ADMIN, AccessLevel.COUNTY_STAFF)
        if self.level in county_levels and not org.is_county:
            raise ValidationError({"organization": _("County staff belong to a county.")})
        if self.level == AccessLevel.COORDINATOR and not org.is_municipality:
            raise ValidationError({"organization": _("A coordinator belongs to a municipality.")})
        if self.level == AccessLevel.NGO and org.kind != org.Kind.NGO:
            raise ValidationError({"organization": _("An NGO user belongs to an NGO.")})
