"""Strict readers for saved Sotkanet responses.

Every reader validates the whole source and either returns all its records or
raises one `SotkanetDataError` listing every problem found (up to `max_errors`).
Sources are paths, bytes or binary file objects; `source_name` overrides the
name used in error messages (an uploaded file's name, a request URL).
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Collection, Iterable, Iterator

from ._fields import Place, json_float, json_int, json_record, json_str, text_float, text_int
from ._input import (
    DEFAULT_MAX_ERRORS,
    Collector,
    FatalError,
    Source,
    csv_header,
    iter_json,
    iter_lines,
    open_source,
)
from .metadata import read_indicators, read_regions, read_wellbeing_counties
from .records import GENDERS, Observation

__all__ = [
    "CSV_COLUMNS",
    "read_csv",
    "read_indicators",
    "read_json",
    "read_regions",
    "read_wellbeing_counties",
]

CSV_COLUMNS: tuple[str, ...] = (
    "indicator",
    "region",
    "year",
    "gender",
    "primary value",
    "absolute value",
)
_CSV_DELIMITER = ";"
# Field names in the two formats, in Observation order.
_CSV_FIELDS = CSV_COLUMNS
_JSON_FIELDS = ("indicator", "region", "year", "gender", "value", "absValue")


class _ObservationChecks:
    """The checks common to both formats, and de-duplication."""

    def __init__(
        self,
        collector: Collector,
        fields: tuple[str, ...],
        year_range: tuple[int, int] | None,
        genders: Collection[str],
        known_regions: Collection[int] | None,
        known_indicators: Collection[int] | None,
    ) -> None:
        self.collector = collector
        self.fields = fields
        self.year_range = year_range
        self.genders = frozenset(genders)
        self.expected_genders = ", ".join(sorted(self.genders, key=_gender_order))
        self.known_regions = frozenset(known_regions) if known_regions is not None else None
        self.known_indicators = (
            frozenset(known_indicators) if known_indicators is not None else None
        )
        # key -> (index in observations, line): no Place or second record kept per row
        # packed key -> index in observations; lines[index] is the row's line (0: unknown).
        # One int per key, no tuple per row: memory per row stays small on large files.
        self.first_seen: dict[int | tuple, int] = {}
        self.lines = array("q")
        self.shared: dict[int, int] = {}
        self.observations: list[Observation] = []

    def _remember(self, key: tuple, line: int | None, observation: Observation) -> None:
        self.first_seen[_packed(key)] = len(self.observations)
        self.lines.append(line or 0)
        self.observations.append(observation)

    def gender(self, value: str | None, place: Place) -> str | None:
        if value is None:
            return None
        if value not in self.genders:
            place.add(
                self.collector,
                "unknown_gender",
                self.fields[3],
                value=value,
                expected=self.expected_genders,
            )
            return None
        return value

    def accept_plain(self, line_number, line, indicator, region, year, gender, value, abs_value):
        """The fast path for a row with nothing to report: True when it was taken (or was a
        repeat with equal values); False sends it through the checks that name each problem."""
        if "_" in line or "," in line:  # Python's int() and float() take 1_000; a decimal comma
            return False
        try:
            ids = (int(indicator), int(region), int(year))
            shared = self.shared.setdefault  # one int object per id, not one per row
            key = (*(shared(number, number) for number in ids), gender)
            number = float(value)
            count = float(abs_value) if abs_value.strip() else None
        except ValueError:
            return False
        if not (math.isfinite(number) and (count is None or math.isfinite(count))):
            return False
        if gender not in self.genders or (
            self.known_indicators is not None and key[0] not in self.known_indicators
        ):
            return False
        if self.known_regions is not None and key[1] not in self.known_regions:
            return False
        if self.year_range is not None and not self.year_range[0] <= key[2] <= self.year_range[1]:
            return False
        seen = self.first_seen.get(_packed(key))
        if seen is None:
            self._remember(key, line_number, Observation(*key, number, count))
            return True
        first = self.observations[seen]
        return (first.value, first.abs_value) == (number, count)

    def accept(
        self,
        place: Place,
        indicator: int | None,
        region: int | None,
        year: int | None,
        gender: str | None,
        value: float | None,
        abs_value: float | None,
        abs_ok: bool,
    ) -> None:
        add = place.add
        if indicator is not None and self.known_indicators is not None:
            if indicator not in self.known_indicators:
                add(self.collector, "unknown_indicator", self.fields[0], value=indicator)
                indicator = None
        if region is not None and self.known_regions is not None:
            if region not in self.known_regions:
                add(self.collector, "unknown_region", self.fields[1], value=region)
                region = None
        if year is not None and self.year_range is not None:
            low, high = self.year_range
            if not low <= year <= high:
                field = self.fields[2]
                add(self.collector, "year_out_of_range", field, value=year, min=low, max=high)
                year = None
        parts = (indicator, region, year, gender, value)
        if any(part is None for part in parts) or not abs_ok:
            return
        key = (indicator, region, year, gender)
        seen = self.first_seen.get(_packed(key))
        if seen is None:
            self._remember(key, place.line, Observation(*key, value, abs_value))
            return
        first, first_line = self.observations[seen], self.lines[seen] or None
        if (first.value, first.abs_value) != (value, abs_value):
            add(
                self.collector,
                "duplicate_key",
                self.fields[4],
                key=f"{indicator};{region};{year};{gender}",
                first_line=first_line,
                first_value=_pair(first.value, first.abs_value),
                value=_pair(value, abs_value),
            )


def _packed(key: tuple) -> int | tuple:
    """(indicator, region, year, gender) as one int when the parts fit (they always do for
    Sotkanet ids), else the tuple itself."""
    indicator, region, year, gender = key
    if gender in GENDERS and 0 <= indicator < 2**24 and 0 <= region < 2**24 and 0 <= year < 2**12:
        return (((indicator << 24 | region) << 12 | year) << 2) | GENDERS.index(gender)
    return key


def _gender_order(gender: str) -> tuple[int, str]:
    return (GENDERS.index(gender) if gender in GENDERS else len(GENDERS), gender)


def _pair(value: float, abs_value: float | None) -> str:
    return f"{value:g}" if abs_value is None else f"{value:g} / {abs_value:g}"


def read_csv(
    source: Source,
    *,
    source_name: str | None = None,
    year_range: tuple[int, int] | None = None,
    genders: Collection[str] = GENDERS,
    known_regions: Collection[int] | None = None,
    known_indicators: Collection[int] | None = None,
    max_errors: int = DEFAULT_MAX_ERRORS,
) -> list[Observation]:
    """Read a Sotkanet `/csv` response (`;`-separated, `.` decimals, UTF-8)."""
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, max_errors)
        checks = _ObservationChecks(
            collector, _CSV_FIELDS, year_range, genders, known_regions, known_indicators
        )
        try:
            _read_csv_rows(iter_lines(stream, collector), collector, checks)
        except FatalError:
            pass
    collector.raise_if_any()
    return checks.observations


def _read_csv_rows(
    lines: Iterator[tuple[int, str]], collector: Collector, checks: _ObservationChecks
) -> None:
    first = next(lines, None)
    if first is None or first[0] != 1:
        # Nothing at all, or the header line was not valid UTF-8 (already reported).
        if first is None and not collector.errors:
            collector.add("empty_file")
        raise FatalError
    if not first[1].strip():
        collector.add("empty_file", line=1)
        raise FatalError
    positions = csv_header(first[1], collector, CSV_COLUMNS, _CSV_DELIMITER)
    width = len(first[1].split(_CSV_DELIMITER))
    index = [positions[column] for column in CSV_COLUMNS]
    for number, line in lines:
        if not line.strip():
            continue
        row = line.split(_CSV_DELIMITER)
        place = Place(line=number)
        if len(row) != width:
            place.add(collector, "field_count", None, found=len(row), expected=width)
            continue
        indicator, region, year, gender, value, abs_value = (row[i] for i in index)
        if checks.accept_plain(number, line, indicator, region, year, gender, value, abs_value):
            continue
        fields = _CSV_FIELDS
        parsed = (
            text_int(indicator, place, fields[0], collector),
            text_int(region, place, fields[1], collector),
            text_int(year, place, fields[2], collector),
            checks.gender(_required_text(gender, place, fields[3], collector), place),
            text_float(value, place, fields[4], collector),
        )
        abs_number = text_float(abs_value, place, fields[5], collector, required=False)
        abs_ok = abs_number is not None or not abs_value.strip()
        checks.accept(place, *parsed, abs_number, abs_ok=abs_ok)


def _required_text(text: str, place: Place, field: str, collector: Collector) -> str | None:
    text = text.strip()
    if not text:
        place.add(collector, "required", field)
        return None
    return text


def read_json(
    source: Source,
    *,
    source_name: str | None = None,
    year_range: tuple[int, int] | None = None,
    genders: Collection[str] = GENDERS,
    known_regions: Collection[int] | None = None,
    known_indicators: Collection[int] | None = None,
    max_errors: int = DEFAULT_MAX_ERRORS,
) -> list[Observation]:
    """Read a Sotkanet `/json` response: a list of observation objects."""
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, max_errors)
        checks = _ObservationChecks(
            collector, _JSON_FIELDS, year_range, genders, known_regions, known_indicators
        )
        try:
            _read_json_records(iter_json(stream, collector), collector, checks)
        except FatalError:
            pass
    collector.raise_if_any()
    return checks.observations


def _read_json_records(
    items: Iterable[tuple[int | None, int, object]],
    collector: Collector,
    checks: _ObservationChecks,
) -> None:
    fields = _JSON_FIELDS
    for index, line, item in items:
        if index is None:
            collector.add(
                "wrong_type", line=line, expected="a JSON list of observations", found="an object"
            )
            raise FatalError
        place = Place(line=line, index=index)
        record = json_record(item, place, collector)
        if record is None:
            continue
        parsed = (
            json_int(record, fields[0], place, collector),
            json_int(record, fields[1], place, collector),
            json_int(record, fields[2], place, collector),
            checks.gender(json_str(record, fields[3], place, collector), place),
            json_float(record, fields[4], place, collector),
        )
        before = collector.total
        abs_value = json_float(record, fields[5], place, collector, required=False)
        checks.accept(place, *parsed, abs_value, abs_ok=collector.total == before)
