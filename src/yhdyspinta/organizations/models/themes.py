from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from .localized import LocalizedName


class ThemeQuerySet(models.QuerySet):
    def for_county(self, county):
        """National themes plus the county's own."""
        if county is None:
            return self.filter(county__isnull=True)
        return self.filter(Q(county__isnull=True) | Q(county=county))


class Theme(LocalizedName):
    """A HYTE theme (employment, integration, ...); hierarchical.

    Themes with no county are the national vocabulary (GLOSSARY.md); a county admin can add and
    edit the county's own themes.
    """

    slug = models.SlugField(_("code"), max_length=60)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent theme"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    county = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("county"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="themes",
        limit_choices_to={"kind": "county"},
    )
    description = models.TextField(_("description"), max_length=2000, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    history = HistoricalRecords()

    objects = ThemeQuerySet.as_manager()

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["order", "name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug"],
                condition=Q(county__isnull=True),
                name="theme_unique_national_slug",
            ),
            models.UniqueConstraint(fields=["county", "slug"], name="theme_unique_county_slug"),
        ]

    def clean(self):
        from django.core.exceptions import ValidationError

        node, seen = self.parent, set()
        while node is not None:
            if node.pk == self.pk or node.pk in seen:
                raise ValidationError({"parent": _("A theme cannot be its own ancestor.")})
            seen.add(node.pk)
            node = node.parent
