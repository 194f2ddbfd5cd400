"""Low-level input handling shared by the readers.

Sources are read incrementally: CSV line by line, JSON lists record by record
(with `json.JSONDecoder.raw_decode` over a sliding buffer), so a reader never
holds the raw text of a large response next to its records.
"""

from __future__ import annotations

import codecs
import io
import json
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import RowError, SotkanetDataError

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]

DEFAULT_MAX_ERRORS = 1000
_CHUNK = 65536
_SPACE = re.compile(r"[ \t\r\n]*")


class Collector:
    """Collects the problems of one source; raises them all at once."""

    def __init__(self, source: str, max_errors: int = DEFAULT_MAX_ERRORS) -> None:
        self.source = source
        self.max_errors = max_errors
        self.errors: list[RowError] = []
        self.total = 0

    def add(
        self,
        code: str,
        *,
        line: int | None = None,
        index: int | None = None,
        field: str | None = None,
        **params: Any,
    ) -> None:
        self.total += 1
        if len(self.errors) < self.max_errors:
            self.errors.append(RowError(self.source, code, line, index, field, params))

    def raise_if_any(self) -> None:
        if self.errors:
            raise SotkanetDataError(self.errors, self.total)


class FatalError(Exception):
    """Stops reading a source whose structure is broken (errors already collected)."""


@contextmanager
def open_source(source: Source, name: str | None = None) -> Iterator[tuple[IO[bytes], str]]:
    """Open a path, bytes or a binary file object; yield (binary stream, display name)."""
    if isinstance(source, bytes | bytearray | memoryview):
        yield io.BytesIO(bytes(source)), name or "<bytes>"
    elif isinstance(source, str | os.PathLike):
        path = Path(source)
        with path.open("rb") as stream:
            yield stream, name or path.name
    elif hasattr(source, "read"):
        stream_name = getattr(source, "name", None)
        default = Path(stream_name).name if isinstance(stream_name, str) else "<stream>"
        yield source, name or default
    else:
        raise TypeError(f"cannot read Sotkanet data from {type(source).__name__}")


def iter_lines(stream: IO[bytes], collector: Collector) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, text without the line ending) for each line.

    Accepts LF and CRLF endings and a UTF-8 byte order mark. A line that is not
    valid UTF-8 is reported and skipped.
    """
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            collector.add("encoding", line=number, detail=f"byte {exc.start + 1}: {exc.reason}")
            continue
        yield number, text.rstrip("\r\n")


def _split(line: str, delimiter: str) -> list[str]:
    return [name.strip().strip('"').lower() for name in line.split(delimiter)]


def csv_header(
    line: str, collector: Collector, columns: tuple[str, ...], delimiter: str
) -> dict[str, int]:
    """Map column name -> position, or report why the header does not fit and raise FatalError.

    Extra columns are allowed; the expected ones must each occur once.
    """
    names = _split(line, delimiter)
    if not set(names) & set(columns):
        for other in (";", ",", "\t", "|"):
            if other != delimiter and len(set(_split(line, other)) & set(columns)) >= 2:
                collector.add("wrong_delimiter", line=1, found=other, expected=delimiter)
                raise FatalError
        collector.add(
            "not_sotkanet_csv", line=1, found=line[:120], expected=delimiter.join(columns)
        )
        raise FatalError
    positions: dict[str, int] = {}
    for position, name in enumerate(names):
        if name in positions and name in columns:
            collector.add("duplicate_column", line=1, field=name, column=name)
        positions.setdefault(name, position)
    for column in columns:
        if column not in positions:
            collector.add("missing_column", line=1, field=column, column=column)
    if collector.total:
        raise FatalError
    return positions


def json_type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    return "an object"


class _JSONStream:
    """A sliding text buffer over a binary stream, for `raw_decode`."""

    def __init__(self, stream: IO[bytes], collector: Collector) -> None:
        self.stream = stream
        self.collector = collector
        self.decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.json = json.JSONDecoder()
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.lines_before = 0  # newlines before `counted` (incl. text dropped from the buffer)
        self.counted = 0  # buffer position up to which newlines are counted

    def fill(self) -> None:
        if self.pos > _CHUNK:
            self.lines_before += self.buffer.count("\n", self.counted, self.pos)
            self.buffer = self.buffer[self.pos :]
            self.pos = self.counted = 0
        chunk = self.stream.read(_CHUNK)
        try:
            self.buffer += self.decoder.decode(chunk, final=not chunk)
        except UnicodeDecodeError as exc:
            self.collector.add("encoding", line=self.line, detail=exc.reason)
            raise FatalError from exc
        self.eof = not chunk

    def line_at(self, pos: int) -> int:
        if pos >= self.counted:
            self.lines_before += self.buffer.count("\n", self.counted, pos)
            self.counted = pos
            return self.lines_before + 1
        return self.lines_before - self.buffer.count("\n", pos, self.counted) + 1

    @property
    def line(self) -> int:
        return self.line_at(self.pos)

    def peek(self) -> str:
        """The next non-whitespace character ("" at the end), without consuming it."""
        while True:
            match = _SPACE.match(self.buffer, self.pos)
            self.pos = match.end()
            if self.pos < len(self.buffer) or self.eof:
                return self.buffer[self.pos : self.pos + 1]
            self.fill()

    def value(self) -> Any:
        while True:
            try:
                value, end = self.json.raw_decode(self.buffer, self.pos)
            except json.JSONDecodeError as exc:
                incomplete = exc.msg.startswith("Unterminated string") or (
                    len(self.buffer) - exc.pos < 16
                )
                if incomplete and not self.eof:
                    self.fill()
                    continue
                self.collector.add("invalid_json", line=self.line_at(exc.pos), detail=exc.msg)
                raise FatalError from exc
            if end == len(self.buffer) and not self.eof:
                self.fill()  # a number or literal may continue in the next chunk
                continue
            self.pos = end
            return value

    def expect_end(self) -> None:
        if self.peek():
            self.collector.add("trailing_data", line=self.line)
            raise FatalError


def iter_json(stream: IO[bytes], collector: Collector) -> Iterator[tuple[int | None, int, Any]]:
    """Yield (index, line, value) for each element of a top-level JSON list.

    A top-level object is yielded once with index None. Broken JSON is reported
    and raises FatalError.
    """
    reader = _JSONStream(stream, collector)
    first = reader.peek()
    if not first:
        collector.add("empty_file")
        raise FatalError
    if first == "{":
        line = reader.line
        value = reader.value()
        reader.expect_end()
        yield None, line, value
        return
    if first != "[":
        found = json_type_name(reader.value())
        collector.add("json_top_level", line=reader.line, found=found)
        raise FatalError
    reader.pos += 1
    index = 0
    if reader.peek() == "]":
        reader.pos += 1
    else:
        while True:
            if not reader.peek():
                collector.add("invalid_json", line=reader.line, detail="unexpected end of data")
                raise FatalError
            line = reader.line
            yield index, line, reader.value()
            index += 1
            separator = reader.peek()
            reader.pos += 1
            if separator == "]":
                break
            if separator != ",":
                detail = "expected ',' or ']'" if separator else "unexpected end of data"
                collector.add("invalid_json", line=reader.line, detail=detail)
                raise FatalError
    reader.expect_end()
