"""The indicator catalogue and the areas indicators are published for."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from yhdyspinta.indicators.stats import Polarity
from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.models.localized import LocalizedName

# The CC BY 4.0 attribution Sotkanet asks for: "Lähde: THL, Sotkanet.fi, <tuottaja>".
_SOURCE_WORD = {"fi": "Lähde", "sv": "Källa", "en": "Source"}


def _language() -> str:
    return (get_language() or "fi")[:2]


class ValueType(models.TextChoices):
    PERCENTAGE = "percentage", _("Percentage")
    PER_1000 = "per_1000", _("Rate per 1,000")
    PER_100000 = "per_100000", _("Rate per 100,000")
    COUNT = "count", _("Count")
    MEAN = "mean", _("Mean")
    INDEX = "index", _("Index")
    OTHER = "other", _("Other (e.g. euros per resident)")


#: The multiplier that turns a proportion (count / population) into the published value.
MULTIPLIERS = {
    ValueType.PERCENTAGE: 100,
    ValueType.PER_1000: 1_000,
    ValueType.PER_100000: 100_000,
}


class Indicator(models.Model):
    """An indicator from Sotkanet (``sotkanet_id``) or the county's own (``code`` only)."""

    code = models.CharField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("The Sotkanet id for Sotkanet indicators; a short code for own ones."),
    )
    sotkanet_id = models.PositiveIntegerField(_("Sotkanet id"), null=True, blank=True, unique=True)
    owner = models.ForeignKey(
        Organization,
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="own_indicators",
        help_text=_("The county that keeps an own indicator; empty for Sotkanet indicators."),
    )
    title_fi = models.CharField(_("title in Finnish"), max_length=500)
    title_sv = models.CharField(_("title in Swedish"), max_length=500, blank=True)
    title_en = models.CharField(_("title in English"), max_length=500, blank=True)
    description_fi = models.TextField(_("description in Finnish"), blank=True)
    description_sv = models.TextField(_("description in Swedish"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    interpretation_fi = models.TextField(_("interpretation in Finnish"), blank=True)
    interpretation_sv = models.TextField(_("interpretation in Swedish"), blank=True)
    interpretation_en = models.TextField(_("interpretation in English"), blank=True)
    producer_fi = models.CharField(_("producer in Finnish"), max_length=200, blank=True)
    producer_sv = models.CharField(_("producer in Swedish"), max_length=200, blank=True)
    producer_en = models.CharField(_("producer in English"), max_length=200, blank=True)
    value_type = models.CharField(
        _("value type"), max_length=20, choices=ValueType.choices, default=ValueType.OTHER
    )
    decimals = models.PositiveSmallIntegerField(_("decimals"), default=1)
    polarity = models.CharField(
        _("polarity"),
        max_length=20,
        choices=Polarity.choices,
        default=Polarity.NO_JUDGEMENT,
        help_text=_("Which direction is desirable; decides the colours of comparisons."),
    )
    key_indicator = models.BooleanField(
        _("key indicator"),
        default=False,
        help_text=_("Shown on the municipality cards."),
    )
    genders = models.JSONField(
        _("genders"), default=list, blank=True, help_text=_("male, female, total")
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")
        ordering = ["title_fi"]

    def __str__(self) -> str:
        return self.title

    def _localized(self, prefix: str) -> str:
        return getattr(self, f"{prefix}_{_language()}", "") or getattr(self, f"{prefix}_fi")

    @property
    def title(self) -> str:
        return self._localized("title")

    @property
    def description(self) -> str:
        return self._localized("description")

    @property
    def interpretation(self) -> str:
        return self._localized("interpretation")

    @property
    def producer(self) -> str:
        return self._localized("producer")

    @property
    def is_sotkanet(self) -> bool:
        return self.sotkanet_id is not None

    @property
    def multiplier(self) -> int | None:
        return MULTIPLIERS.get(self.value_type)

    def attribution(self, language: str | None = None) -> str:
        """ "Lähde: THL, Sotkanet.fi, Tilastokeskus" in the given (or active) language."""
        language = language or _language()
        word = _SOURCE_WORD.get(language, _SOURCE_WORD["en"])
        producer = getattr(self, f"producer_{language}", "") or self.producer_fi
        parts = ["THL", "Sotkanet.fi"] if self.is_sotkanet else []
        if producer:
            parts.append(producer)
        return f"{word}: {', '.join(parts)}" if parts else ""

    def get_absolute_url(self) -> str:
        return reverse("indicators:public_indicator", args=[self.pk])


class Area(LocalizedName):
    """A Sotkanet region: municipality, wellbeing services county, maakunta, the country."""

    class Category(models.TextChoices):
        KUNTA = "KUNTA", _("Municipality")
        HYVINVOINTIALUE = "HYVINVOINTIALUE", _("Wellbeing services county")
        MAAKUNTA = "MAAKUNTA", _("Region (maakunta)")
        SAIRAANHOITOPIIRI = "SAIRAANHOITOPIIRI", _("Hospital district")
        MAA = "MAA", _("Whole country")

    sotkanet_id = models.PositiveIntegerField(_("Sotkanet region id"), unique=True)
    code = models.CharField(_("Statistics Finland code"), max_length=10, blank=True)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    member_of = models.JSONField(
        _("member of"), default=list, blank=True, help_text=_("Sotkanet ids of larger regions.")
    )
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicator_areas",
    )

    class Meta:
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        ordering = ["category", "name_fi"]
        constraints = [
            models.UniqueConstraint(
                fields=["category", "code"], condition=~Q(code=""), name="area_unique_code"
            )
        ]
        indexes = [models.Index(fields=["category"])]
