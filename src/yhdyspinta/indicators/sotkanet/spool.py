"""Sotkanet JSON and fetched observations written out as Sotkanet CSV, a record at a time, so
that they go through the streaming CSV import (`streaming.stream_csv`) and memory does not
grow with the data.

`json_as_csv` takes only plain records (the fields of the format, of their JSON types, finite
numbers). At the first record that is not plain it stops and says so: the caller then reads
the file with `readers.read_json`, which names each problem by the JSON's own line and index.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import IO

from ._input import DEFAULT_MAX_ERRORS, Collector, FatalError, Source, iter_json, open_source
from .readers import CSV_COLUMNS
from .records import Observation

_REQUIRED = ("indicator", "region", "year", "gender", "value")
_FIELDS = frozenset((*_REQUIRED, "absValue"))
_HEADER = ";".join(CSV_COLUMNS) + "\n"


def json_as_csv(source: Source, out: IO[str], source_name: str | None = None) -> int | None:
    """Write the records of a Sotkanet `/json` list to ``out`` as CSV; the number of records,
    or None when the file is not a list of plain records (nothing more is written then)."""
    out.write(_HEADER)
    count = 0
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, DEFAULT_MAX_ERRORS)
        try:
            for index, _line, item in iter_json(stream, collector):
                line = _plain_line(item) if index is not None else None
                if line is None:
                    return None
                out.write(line)
                count += 1
        except FatalError:
            return None
    return count


def observations_as_csv(observations: Iterable[Observation], out: IO[str]) -> int:
    """Write observations read from the interface as CSV rows (after `write_header`)."""
    count = 0
    for o in observations:
        count_text = "" if o.abs_value is None else repr(float(o.abs_value))
        out.write(f"{o.indicator};{o.region};{o.year};{o.gender};{float(o.value)!r};{count_text}\n")
        count += 1
    return count


def write_header(out: IO[str]) -> None:
    out.write(_HEADER)


def _plain_line(item) -> str | None:
    if not isinstance(item, dict) or not _FIELDS.issuperset(item):
        return None
    try:
        indicator, region, year, gender, value = (item[field] for field in _REQUIRED)
    except KeyError:
        return None
    if not all(type(number) is int for number in (indicator, region, year)):
        return None
    if not isinstance(gender, str) or not gender.isalpha():
        return None
    count = item.get("absValue")
    numbers = (value,) if count is None else (value, count)
    if not all(type(n) in (int, float) and math.isfinite(n) for n in numbers):
        return None
    count_text = "" if count is None else repr(float(count))
    return f"{indicator};{region};{year};{gender};{float(value)!r};{count_text}\n"
