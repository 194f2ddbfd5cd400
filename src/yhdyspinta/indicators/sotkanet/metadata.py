"""Strict readers for Sotkanet metadata: regions, indicators, wellbeing counties."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from ._fields import (
    Nested,
    Place,
    json_int,
    json_object,
    json_record,
    json_str,
    localized,
    text_int,
)
from ._input import (
    DEFAULT_MAX_ERRORS,
    Collector,
    FatalError,
    Source,
    csv_header,
    iter_json,
    iter_lines,
    json_type_name,
    open_source,
)
from .records import Classification, IndicatorMeta, Region, WellbeingCounty

COUNTY_COLUMNS: tuple[str, ...] = ("nimi", "uusi_id", "vanha_id", "uusi_code", "vanha_code")


def _check_unique(
    seen: dict[int, Place], record_id: int | None, place: Place, collector: Collector
) -> bool:
    if record_id is None:
        return False
    if record_id in seen:
        place.add(collector, "duplicate_id", "id", value=record_id, first_line=seen[record_id].line)
        return False
    seen[record_id] = place
    return True


def _int_list(
    record: Mapping[str, Any], key: str, place: Place, collector: Collector
) -> tuple[int, ...] | None:
    values = record.get(key, [])
    if not isinstance(values, list):
        found = json_type_name(values)
        place.add(collector, "wrong_type", key, expected="a list of ids", found=found)
        return None
    result = []
    for position, value in enumerate(values):
        if isinstance(value, bool) or not isinstance(value, int):
            field = f"{key}[{position}]"
            place.add(collector, "wrong_type", field, expected="an id", found=json_type_name(value))
            return None
        result.append(value)
    return tuple(result)


def read_regions(
    source: Source, *, source_name: str | None = None, max_errors: int = DEFAULT_MAX_ERRORS
) -> list[Region]:
    """Read a Sotkanet `/regions` response."""
    regions: list[Region] = []
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, max_errors)
        seen: dict[int, Place] = {}
        try:
            for index, line, item in iter_json(stream, collector):
                place = Place(line=line, index=index)
                record = json_record(item, place, collector)
                if record is None:
                    continue
                before = collector.total
                region_id = json_int(record, "id", place, collector)
                code = json_str(record, "code", place, collector)
                category = json_str(record, "category", place, collector)
                title_fi, title_sv, title_en = localized(record, "title", place, collector)
                member_of = _int_list(record, "memberOf", place, collector)
                uri = json_str(record, "uri", place, collector, required=False)
                unique = _check_unique(seen, region_id, place, collector)
                if collector.total == before and unique:
                    regions.append(
                        Region(
                            region_id, code, category, title_fi, title_sv, title_en, member_of, uri
                        )
                    )
        except FatalError:
            pass
    collector.raise_if_any()
    return regions


def read_indicators(
    source: Source, *, source_name: str | None = None, max_errors: int = DEFAULT_MAX_ERRORS
) -> list[IndicatorMeta]:
    """Read a Sotkanet `/indicators` list, or one `/indicators/{id}` record (a JSON object)."""
    indicators: list[IndicatorMeta] = []
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, max_errors)
        seen: dict[int, Place] = {}
        try:
            for index, line, item in iter_json(stream, collector):
                place = Place(line=line, index=index)
                record = json_record(item, place, collector)
                if record is None:
                    continue
                before = collector.total
                indicator = _indicator(record, place, collector)
                unique = _check_unique(seen, indicator and indicator.id, place, collector)
                if indicator is not None and collector.total == before and unique:
                    indicators.append(indicator)
        except FatalError:
            pass
    collector.raise_if_any()
    return indicators


def _indicator(
    record: Mapping[str, Any], place: Place, collector: Collector
) -> IndicatorMeta | None:
    indicator_id = json_int(record, "id", place, collector)
    title = localized(record, "title", place, collector)
    producer_id, producer = None, (None, None, None)
    organization = json_object(record, "organization", place, collector)
    if organization is not None:
        producer_id = json_int(organization, "id", place, Nested(collector, "organization"))
        producer = localized(organization, "title", place, Nested(collector, "organization"))
    classifications = _classifications(record, place, collector)
    description = localized(record, "description", place, collector, required=False)
    value_type = json_object(record, "primaryValueType", place, collector, required=False)
    value_type_code = None
    if value_type is not None:
        value_type_code = json_str(value_type, "code", place, Nested(collector, "primaryValueType"))
    decimals = json_int(record, "decimals", place, collector, required=False)
    range_start = range_end = None
    year_range = json_object(record, "range", place, collector, required=False)
    if year_range is not None:
        nested = Nested(collector, "range")
        range_start = json_int(year_range, "start", place, nested, required=False)
        range_end = json_int(year_range, "end", place, nested, required=False)
    updated = _date(record, "data-updated", place, collector)
    if indicator_id is None or title[0] is None or classifications is None:
        return None
    return IndicatorMeta(
        indicator_id,
        *title,
        producer_id,
        *producer,
        classifications=classifications,
        description_fi=description[0],
        description_sv=description[1],
        description_en=description[2],
        primary_value_type=value_type_code,
        decimals=decimals,
        range_start=range_start,
        range_end=range_end,
        data_updated=updated,
    )


def _classifications(
    record: Mapping[str, Any], place: Place, collector: Collector
) -> tuple[Classification, ...] | None:
    classes = json_object(record, "classifications", place, collector, required=False)
    if classes is None:
        return () if "classifications" not in record else None
    result = []
    for name, body in classes.items():
        field = f"classifications.{name}"
        if not isinstance(body, dict):
            found = json_type_name(body)
            place.add(collector, "wrong_type", field, expected="an object", found=found)
            continue
        values = body.get("values", [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            found = json_type_name(values)
            expected = "a list of strings"
            place.add(collector, "wrong_type", f"{field}.values", expected=expected, found=found)
            continue
        title = localized(body, "title", place, Nested(collector, field), required=False)
        result.append(Classification(name, tuple(values), *title))
    return tuple(result)


def _date(record: Mapping[str, Any], key: str, place: Place, collector: Collector) -> date | None:
    text = json_str(record, key, place, collector, required=False)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        place.add(collector, "not_date", key, value=text)
        return None


def read_wellbeing_counties(
    source: Source, *, source_name: str | None = None, max_errors: int = DEFAULT_MAX_ERRORS
) -> list[WellbeingCounty]:
    """Read the wellbeing services county table (rOpenGov `sotkanet_hyvinvointialueet.csv`).

    Comma-separated with the columns nimi, uusi_id, vanha_id, uusi_code, vanha_code.
    """
    counties: list[WellbeingCounty] = []
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, max_errors)
        seen: dict[int, Place] = {}
        try:
            lines = iter_lines(stream, collector)
            first = next(lines, None)
            if first is None or first[0] != 1 or not first[1].strip():
                if not collector.total:
                    collector.add("empty_file")
                raise FatalError
            positions = csv_header(first[1], collector, COUNTY_COLUMNS, ",")
            width = len(first[1].split(","))
            for number, line in lines:
                if not line.strip():
                    continue
                row = line.split(",")
                place = Place(line=number)
                if len(row) != width:
                    place.add(collector, "field_count", None, found=len(row), expected=width)
                    continue
                values = {column: row[positions[column]].strip() for column in COUNTY_COLUMNS}
                before = collector.total
                if not values["nimi"]:
                    place.add(collector, "required", "nimi")
                region_id = text_int(values["uusi_id"], place, "uusi_id", collector)
                code = text_int(values["uusi_code"], place, "uusi_code", collector)
                old_id = old_code = None
                if values["vanha_id"]:
                    old_id = text_int(values["vanha_id"], place, "vanha_id", collector)
                if values["vanha_code"]:
                    old_code = text_int(values["vanha_code"], place, "vanha_code", collector)
                if region_id is not None and region_id in seen:
                    first_line = seen[region_id].line
                    place.add(
                        collector, "duplicate_id", "uusi_id", value=region_id, first_line=first_line
                    )
                elif region_id is not None:
                    seen[region_id] = place
                if collector.total == before:
                    counties.append(
                        WellbeingCounty(values["nimi"], region_id, old_id, code, old_code)
                    )
        except FatalError:
            pass
    collector.raise_if_any()
    return counties
