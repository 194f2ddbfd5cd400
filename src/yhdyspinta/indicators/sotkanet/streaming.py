"""A streaming reader of Sotkanet `/csv` responses: rows are yielded as they are read and
checked, and memory does not grow with the file.

The checks are those of `read_csv` (every problem named by file, line, field and reason), in
cheaper forms: the ids and years are looked up as text in dictionaries built once (a known
id maps straight to what the caller wants, e.g. a primary key), a row with nothing to
report takes no other step, and only a row that misses a lookup goes through the parsers
that name each problem. A key given twice is found with one bit per year and gender per
(indicator, region); the first occurrence of a repeated key is looked up again in the
source only when there is one.

The rows come out before the whole file is checked: the caller writes them in one
transaction and rolls it back when the reader raises `SotkanetDataError` at the end (all or
nothing). After the first problem no further row is yielded; the rest is only checked.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Collection, Iterator, Mapping
from typing import IO, Any

from ._fields import Place, text_float, text_int
from ._input import DEFAULT_MAX_ERRORS, Collector, FatalError, Source, csv_header, open_source
from .readers import CSV_COLUMNS
from .records import GENDERS

_DELIMITER = ";"
COLUMNS = CSV_COLUMNS
_GENDER_BIT = {gender: position for position, gender in enumerate(GENDERS)}

#: (indicator, region, year, gender, value, absolute value, None): indicator and region as
#: mapped; the shape of an observation row (the last, the denominator, Sotkanet never gives).
StreamRow = tuple[Any, Any, int, str, float, float | None, None]


def stream_csv(
    source: Source,
    *,
    indicators: Mapping[int, Any],
    regions: Mapping[int, Any],
    year_range: tuple[int, int],
    source_name: str | None = None,
    genders: Collection[str] = GENDERS,
    largest: float = sys.float_info.max,
    max_errors: int = DEFAULT_MAX_ERRORS,
) -> Iterator[StreamRow]:
    """Yield the rows of a Sotkanet CSV, the known indicator and region ids replaced by
    ``indicators[id]`` and ``regions[id]``; raise `SotkanetDataError` at the end if any row
    had a problem (unknown id, year outside ``year_range``, a value not finite or larger than
    ``largest`` in absolute value, a key given twice with another value, ...)."""
    with open_source(source, source_name) as (stream, name):
        collector = Collector(name, max_errors)
        reader = _Reader(collector, indicators, regions, year_range, genders, largest)
        try:
            yield from reader.rows(stream)
            reader.check_repeats(stream)
        except FatalError:
            pass
    collector.raise_if_any()


class _Reader:
    def __init__(self, collector, indicators, regions, year_range, genders, largest):
        self.collector = collector
        self.indicators = indicators
        self.regions = regions
        self.low, self.high = year_range
        self.genders = {g: _GENDER_BIT[g] for g in GENDERS if g in genders}
        self.largest = largest
        # key -> (line, value, count) of rows whose key was given before (checked at the end)
        self.repeats: dict[tuple, list[tuple[int, float, float | None]]] = {}

    def rows(self, stream: IO[bytes]) -> Iterator[StreamRow]:
        collector = self.collector
        lines = enumerate(stream, start=1)
        header = self._header(lines)
        width, index = header
        standard = index == list(range(len(COLUMNS))) and width == len(COLUMNS)
        indicator_of = {str(k): v for k, v in self.indicators.items()}
        region_of = {str(k): v for k, v in self.regions.items()}
        low, high, largest, genders = self.low, self.high, self.largest, self.genders
        year_of = {str(y): (y, 3 * (y - low)) for y in range(low, high + 1)}
        masks: dict[tuple, int] = {}  # (indicator, region) -> one bit per year and gender seen
        block = None
        mask = 0
        repeats = self.repeats
        for number, raw in lines:
            try:
                line = raw.decode()
            except UnicodeDecodeError as exc:
                collector.add("encoding", line=number, detail=f"byte {exc.start + 1}: {exc.reason}")
                continue
            parts = line.split(_DELIMITER)
            found = None
            if len(parts) == width and "_" not in line and "," not in line:
                if standard:
                    i, r, y, g, v, a = parts
                    a = a.rstrip("\r\n")
                else:
                    parts[-1] = parts[-1].rstrip("\r\n")
                    i, r, y, g, v, a = (parts[k] for k in index)
                indicator = indicator_of.get(i)
                region = region_of.get(r)
                year = year_of.get(y)
                bit = genders.get(g)
                if indicator is not None and region is not None and year and bit is not None:
                    try:
                        value = float(v)
                        count = float(a) if a else None
                    except ValueError:
                        pass
                    else:
                        if -largest <= value <= largest and (
                            count is None or -largest <= count <= largest
                        ):
                            found = (indicator, region, year[0], g, value, count, None)
                            bit += year[1]
            if found is None:
                if not line.strip():
                    continue
                parsed = self._slow(number, parts, width, index)
                if parsed is None:
                    continue
                found, bit = parsed
            key = found[:2]
            if key != block:
                if block is not None:
                    masks[block] = mask
                block, mask = key, masks.get(key, 0)
            flag = 1 << bit
            if mask & flag:
                repeats.setdefault(found[:4], []).append((number, found[4], found[5]))
                continue
            mask |= flag
            if not collector.total:
                yield found

    def _header(self, lines) -> tuple[int, list[int]]:
        collector = self.collector
        first = next(lines, None)
        if first is None:
            collector.add("empty_file")
            raise FatalError
        raw = first[1]
        if raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            text = raw.decode().rstrip("\r\n")
        except UnicodeDecodeError as exc:
            collector.add("encoding", line=1, detail=f"byte {exc.start + 1}: {exc.reason}")
            raise FatalError from exc
        if not text.strip():
            collector.add("empty_file", line=1)
            raise FatalError
        positions = csv_header(text, collector, COLUMNS, _DELIMITER)
        return len(text.split(_DELIMITER)), [positions[column] for column in COLUMNS]

    def _slow(self, number: int, parts: list[str], width: int, index: list[int]):
        """A row the fast path did not take: each problem named, or the row and its bit."""
        collector, place = self.collector, Place(line=number)
        if len(parts) != width:
            place.add(collector, "field_count", None, found=len(parts), expected=width)
            return None
        texts = [parts[k].rstrip("\r\n") for k in index]
        names = COLUMNS
        indicator = text_int(texts[0], place, names[0], collector)
        region = text_int(texts[1], place, names[1], collector)
        year = text_int(texts[2], place, names[2], collector)
        gender = texts[3].strip()
        if not gender:
            place.add(collector, "required", names[3])
        elif gender not in self.genders:
            expected = ", ".join(self.genders)
            place.add(collector, "unknown_gender", names[3], value=gender, expected=expected)
            gender = ""
        value = self._number(texts[4], place, names[4], required=True)
        count = self._number(texts[5], place, names[5], required=False)
        if indicator is not None and indicator not in self.indicators:
            place.add(collector, "unknown_indicator", names[0], value=indicator)
            indicator = None
        if region is not None and region not in self.regions:
            place.add(collector, "unknown_region", names[1], value=region)
            region = None
        if year is not None and not self.low <= year <= self.high:
            place.add(
                collector, "year_out_of_range", names[2], value=year, min=self.low, max=self.high
            )
            year = None
        parts_ok = None not in (indicator, region, year, value) and gender and count is not False
        if not parts_ok:
            return None
        row = (self.indicators[indicator], self.regions[region], year, gender, value, count, None)
        return row, self.genders[gender] + 3 * (year - self.low)

    def _number(self, text: str, place: Place, field: str, *, required: bool):
        """The number, None when empty and allowed, False after a problem (named)."""
        before = self.collector.total
        number = text_float(text, place, field, self.collector, required=required)
        if self.collector.total != before:
            return False if not required else None
        if number is not None and abs(number) > self.largest:
            largest = f"{self.largest:g}"
            place.add(self.collector, "too_large", field, value=text.strip(), largest=largest)
            return False if not required else None
        return number

    def check_repeats(self, stream: IO[bytes]) -> None:
        """A key given again must repeat its first value; name the first line otherwise."""
        if not self.repeats:
            return
        first = self._first_occurrences(stream)
        for key, later in self.repeats.items():
            first_line, first_value, first_count = first.get(key, (None, None, None))
            for line, value, count in later:
                if first_line is not None and (first_value, first_count) == (value, count):
                    continue
                indicator, region = _source_ids(self, key)
                Place(line=line).add(
                    self.collector,
                    "duplicate_key",
                    COLUMNS[4],
                    key=f"{indicator};{region};{key[2]};{key[3]}",
                    first_line=first_line or "?",
                    first_value=_pair(first_value, first_count),
                    value=_pair(value, count),
                )

    def _first_occurrences(self, stream: IO[bytes]) -> dict[tuple, tuple]:
        """key -> (line, value, count) of the first row of each repeated key (read again)."""
        if not (hasattr(stream, "seekable") and stream.seekable()):
            return {}
        stream.seek(0)
        repeats, found = self.repeats, {}
        quiet = _Reader(Collector("", 0), self.indicators, self.regions,
                        (self.low, self.high), self.genders, self.largest)  # fmt: skip
        lines = enumerate(stream, start=1)
        width, index = quiet._header(lines)
        for number, raw in lines:
            try:
                parts = raw.decode().split(_DELIMITER)
            except UnicodeDecodeError:
                continue
            parsed = quiet._slow(number, parts, width, index)
            if parsed is not None and parsed[0][:4] in repeats and parsed[0][:4] not in found:
                found[parsed[0][:4]] = (number, parsed[0][4], parsed[0][5])
        return found


def _source_ids(reader: _Reader, key: tuple) -> tuple:
    """The Sotkanet ids of a mapped (indicator, region)."""
    indicator = next((k for k, v in reader.indicators.items() if v == key[0]), key[0])
    region = next((k for k, v in reader.regions.items() if v == key[1]), key[1])
    return indicator, region


def _pair(value: float | None, count: float | None) -> str:
    if value is None:
        return "?"
    return f"{value:g}" if count is None else f"{value:g} / {count:g}"
