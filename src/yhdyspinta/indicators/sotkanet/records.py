"""Immutable records read from Sotkanet responses."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

GENDERS: tuple[str, ...] = ("male", "female", "total")

# The attribution the CC BY 4.0 licence asks for, per language:
# "Lähde: THL, Sotkanet.fi, <tuottaja>" (PROVENANCE.md).
_SOURCE_WORD = {"fi": "Lähde", "sv": "Källa", "en": "Source"}


@dataclass(frozen=True, slots=True)
class Observation:
    """One value of one indicator for one region, year and gender."""

    indicator: int
    region: int
    year: int
    gender: str
    value: float
    abs_value: float | None = None

    @property
    def key(self) -> tuple[int, int, int, str]:
        return (self.indicator, self.region, self.year, self.gender)


@dataclass(frozen=True, slots=True)
class Region:
    """A Sotkanet region (`/regions`): municipality, maakunta, country, ..."""

    id: int
    code: str
    category: str
    title_fi: str
    title_sv: str | None
    title_en: str | None
    member_of: tuple[int, ...]
    uri: str | None = None

    def title(self, language: str = "fi") -> str:
        return getattr(self, f"title_{language}", None) or self.title_fi


@dataclass(frozen=True, slots=True)
class Classification:
    """One classification of an indicator, e.g. `sex` with values male/female/total."""

    name: str
    values: tuple[str, ...]
    title_fi: str | None = None
    title_sv: str | None = None
    title_en: str | None = None


@dataclass(frozen=True, slots=True)
class IndicatorMeta:
    """Indicator metadata from `/indicators` (list) or `/indicators/{id}` (richer).

    The fields after `classifications` are only present in single records.
    """

    id: int
    title_fi: str
    title_sv: str | None
    title_en: str | None
    producer_id: int | None
    producer_fi: str | None
    producer_sv: str | None
    producer_en: str | None
    classifications: tuple[Classification, ...] = ()
    description_fi: str | None = None
    description_sv: str | None = None
    description_en: str | None = None
    primary_value_type: str | None = None
    decimals: int | None = None
    range_start: int | None = None
    range_end: int | None = None
    data_updated: date | None = None

    @property
    def producer(self) -> str | None:
        """The producer (organisation title) in Finnish, as the attribution uses it."""
        return self.producer_fi

    def title(self, language: str = "fi") -> str:
        return getattr(self, f"title_{language}", None) or self.title_fi

    def classification(self, name: str) -> Classification | None:
        for classification in self.classifications:
            if classification.name == name:
                return classification
        return None

    @property
    def genders(self) -> tuple[str, ...]:
        """The genders Sotkanet publishes for this indicator (empty: not stated)."""
        sex = self.classification("sex")
        return sex.values if sex is not None else ()

    def attribution(self, language: str = "fi") -> str:
        """The CC BY 4.0 attribution, e.g. "Lähde: THL, Sotkanet.fi, Tilastokeskus"."""
        word = _SOURCE_WORD.get(language, _SOURCE_WORD["en"])
        producer = getattr(self, f"producer_{language}", None) or self.producer_fi
        parts = ["THL", "Sotkanet.fi"]
        if producer:
            parts.append(producer)
        return f"{word}: {', '.join(parts)}"


@dataclass(frozen=True, slots=True)
class WellbeingCounty:
    """A wellbeing services county (or Helsinki, Ahvenanmaa) with its Sotkanet ids."""

    name: str
    region_id: int
    old_region_id: int | None
    code: int
    old_code: int | None


def filter_regions(
    observations: Iterable[Observation], region_ids: Iterable[int]
) -> list[Observation]:
    """Keep the observations of the given regions (Sotkanet returns all regions)."""
    wanted = frozenset(region_ids)
    return [observation for observation in observations if observation.region in wanted]
