"""Field parsers that report into a Collector and return a value or None."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

from ._input import Collector, json_type_name

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d+")
_MISSING = object()


class Place:
    """Where a record sits in its source: a line, a JSON index, or both."""

    __slots__ = ("index", "line")

    def __init__(self, line: int | None = None, index: int | None = None) -> None:
        self.line = line
        self.index = index

    def add(self, collector: Collector, code: str, field: str | None = None, **params: Any):
        collector.add(code, line=self.line, index=self.index, field=field, **params)


# -- CSV text ---------------------------------------------------------------


def text_int(text: str, place: Place, field: str, collector: Collector) -> int | None:
    text = text.strip()
    if not text:
        place.add(collector, "required", field)
        return None
    if not _INTEGER.fullmatch(text):
        place.add(collector, "not_integer", field, value=text)
        return None
    return int(text)


def text_float(
    text: str, place: Place, field: str, collector: Collector, *, required: bool = True
) -> float | None:
    text = text.strip()
    if not text:
        if required:
            place.add(collector, "required", field)
        return None
    if _DECIMAL_COMMA.fullmatch(text):
        place.add(collector, "decimal_comma", field, value=text)
        return None
    try:
        number = float(text)
    except ValueError:
        place.add(collector, "not_number", field, value=text)
        return None
    if not math.isfinite(number):
        place.add(collector, "not_finite", field, value=text)
        return None
    return number


# -- JSON values ------------------------------------------------------------


def json_int(
    record: Mapping[str, Any],
    key: str,
    place: Place,
    collector: Collector,
    *,
    required: bool = True,
) -> int | None:
    value = record.get(key, _MISSING)
    if value is _MISSING or value is None:
        if required:
            place.add(collector, "required", key)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        found = json_type_name(value)
        place.add(collector, "wrong_type", key, expected="a whole number", found=found)
        return None
    if isinstance(value, float) and not value.is_integer():
        place.add(collector, "not_integer", key, value=value)
        return None
    return int(value)


def json_float(
    record: Mapping[str, Any],
    key: str,
    place: Place,
    collector: Collector,
    *,
    required: bool = True,
) -> float | None:
    value = record.get(key, _MISSING)
    if value is _MISSING or value is None:
        if required:
            place.add(collector, "required", key)
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        place.add(collector, "wrong_type", key, expected="a number", found=json_type_name(value))
        return None
    number = float(value)
    if not math.isfinite(number):
        place.add(collector, "not_finite", key, value=value)
        return None
    return number


def json_str(
    record: Mapping[str, Any],
    key: str,
    place: Place,
    collector: Collector,
    *,
    required: bool = True,
) -> str | None:
    value = record.get(key, _MISSING)
    if value is _MISSING or value is None or value == "":
        if required:
            place.add(collector, "required", key)
        return None
    if not isinstance(value, str):
        place.add(collector, "wrong_type", key, expected="a string", found=json_type_name(value))
        return None
    return value


def json_object(
    record: Mapping[str, Any],
    key: str,
    place: Place,
    collector: Collector,
    *,
    required: bool = True,
) -> Mapping[str, Any] | None:
    value = record.get(key, _MISSING)
    if value is _MISSING or value is None:
        if required:
            place.add(collector, "required", key)
        return None
    if not isinstance(value, dict):
        place.add(collector, "wrong_type", key, expected="an object", found=json_type_name(value))
        return None
    return value


def json_record(value: Any, place: Place, collector: Collector) -> Mapping[str, Any] | None:
    """The record itself must be an object."""
    if not isinstance(value, dict):
        place.add(collector, "wrong_type", None, expected="an object", found=json_type_name(value))
        return None
    return value


def localized(
    record: Mapping[str, Any],
    key: str,
    place: Place,
    collector: Collector,
    *,
    required: bool = True,
) -> tuple[str | None, str | None, str | None]:
    """A Sotkanet `{"fi","sv","en"}` text; Finnish is required when the text is."""
    texts = json_object(record, key, place, collector, required=required)
    if texts is None:
        return None, None, None
    nested = Nested(collector, key)
    fi = json_str(texts, "fi", place, nested, required=required)
    sv = json_str(texts, "sv", place, nested, required=False)
    en = json_str(texts, "en", place, nested, required=False)
    return fi, sv, en


class Nested:
    """A Collector view that names the fields inside an object `outer.inner`."""

    def __init__(self, collector: Collector, prefix: str) -> None:
        self.collector = collector
        self.prefix = prefix

    def add(self, code: str, *, field: str | None = None, **kwargs: Any) -> None:
        name = f"{self.prefix}.{field}" if field else self.prefix
        self.collector.add(code, field=name, **kwargs)
