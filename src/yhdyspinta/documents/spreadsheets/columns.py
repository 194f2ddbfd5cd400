"""Column specifications shared by an export and its import.

One list of ``Column`` objects describes a sheet: the export writes it, the
template documents it, and the reader recognises it again even when people have
renamed, reordered or translated the headers.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from . import parsing
from .errors import CellError

_NON_ALNUM_RE = re.compile(r"[\W_]+")
_PARENTHESES_RE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_MULTI_SPLIT_RE = re.compile(r"[;\n\r]+")


class ColumnKind(StrEnum):
    TEXT = "text"
    EMAIL = "email"
    URL = "url"
    DATE = "date"
    BOOLEAN = "boolean"
    INTEGER = "integer"
    DECIMAL = "decimal"


_DEFAULT_PARSERS: dict[ColumnKind, Callable[[Any], Any]] = {
    ColumnKind.EMAIL: parsing.parse_email,
    ColumnKind.URL: parsing.parse_url,
    ColumnKind.DATE: parsing.parse_date,
    ColumnKind.BOOLEAN: parsing.parse_boolean,
    ColumnKind.INTEGER: parsing.parse_integer,
    ColumnKind.DECIMAL: parsing.parse_decimal,
}


def normalize_key(text: Any) -> str:
    """Compare headers and choices regardless of case, spacing and punctuation."""
    text = unicodedata.normalize("NFKC", str(text)).casefold()
    return _NON_ALNUM_RE.sub("", text)


def _without_parentheses(text: Any) -> str:
    return normalize_key(_PARENTHESES_RE.sub(" ", str(text)))


def in_every_language(text: str | Promise) -> list[str]:
    """The text in each configured language (a lazy msgid translates differently)."""
    if not isinstance(text, Promise):
        return [str(text)]
    variants = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            variants.append(str(text))
    return variants


@dataclass(frozen=True)
class Choice:
    """One allowed value: what is stored, what people see, what else they may write."""

    value: Any
    label: str | Promise
    aliases: tuple[str, ...] = ()

    def keys(self) -> set[str]:
        texts = [str(self.value), *in_every_language(self.label), *self.aliases]
        return {key for key in map(normalize_key, texts) if key}


ChoicesSpec = Sequence[Choice | tuple[Any, Any] | str] | Callable[[], Iterable[Any]]


def _as_choice(item: Any) -> Choice:
    if isinstance(item, Choice):
        return item
    if isinstance(item, tuple | list) and len(item) == 2:
        return Choice(item[0], item[1])
    return Choice(item, str(item))


@dataclass(frozen=True)
class Column:
    """One column of a sheet.

    key        the name of the value in ``ParsedRow.values`` (and the default accessor)
    header     the label in the header row, a lazy translation (Finnish first in the UI)
    kind       text, email, url, date, boolean, integer or decimal: picks the default
               parser, the cell format on export and the yes/no dropdown
    aliases    other header names people use (Finnish, Swedish, English); the header's
               translations in every configured language are recognised anyway
    accessor   attribute name (dotted path; dict keys work too) or callable(row) for export
    parser     callable(cell value) -> value raising ``CellError``; overrides ``kind``
    required   a value must be present in every row (and the column in the file)
    choices    allowed values: Django-style ``[(value, label)]``, ``Choice`` objects, plain
               strings, or a callable returning one of these (evaluated per read/write,
               so choices may come from the database)
    multiple   the cell holds a list separated by semicolons, commas or line breaks
    help_text  shown on the instructions sheet
    width      column width in characters on export (computed when ``None``)
    max_length the longest text accepted
    number_format  Excel number format for integer and decimal cells (e.g. "0.0")
    """

    key: str
    header: str | Promise
    kind: ColumnKind = ColumnKind.TEXT
    aliases: tuple[str, ...] = ()
    accessor: str | Callable[[Any], Any] | None = None
    parser: Callable[[Any], Any] | None = None
    required: bool = False
    choices: ChoicesSpec | None = None
    multiple: bool = False
    help_text: str | Promise = ""
    width: float | None = None
    max_length: int | None = None
    number_format: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ColumnKind(self.kind))
        object.__setattr__(self, "aliases", tuple(self.aliases))

    def header_keys(self) -> tuple[set[str], set[str]]:
        """Normalised names that identify this column: exact ones, then loose ones."""
        texts = [*in_every_language(self.header), *self.aliases, self.key]
        exact = {normalize_key(text) for text in texts} - {""}
        loose = {_without_parentheses(text) for text in texts} - {""}
        return exact, loose

    def resolved_choices(self) -> list[Choice] | None:
        if self.choices is None:
            return None
        items = self.choices() if callable(self.choices) else self.choices
        return [_as_choice(item) for item in items]

    def value_parser(self) -> Callable[[Any], Any]:
        if self.parser is not None:
            return self.parser
        if self.kind == ColumnKind.TEXT:
            return parsing.text_parser(self.max_length)
        return _DEFAULT_PARSERS[self.kind]

    def access(self, row: Any) -> Any:
        """The value of this column for one exported row."""
        accessor = self.accessor if self.accessor is not None else self.key
        if callable(accessor):
            return accessor(row)
        value = row
        for part in accessor.split("."):
            if value is None:
                return None
            value = value[part] if isinstance(value, Mapping) else getattr(value, part)
        return value


class ChoiceMatcher:
    """Finds the choice a person meant, and suggests the closest one when none fits."""

    def __init__(self, choices: Sequence[Choice]) -> None:
        self.choices = list(choices)
        self._by_key: dict[str, Choice] = {}
        for choice in self.choices:
            for key in choice.keys():
                self._by_key.setdefault(key, choice)
        self._by_value = {_hashable(choice.value): choice for choice in self.choices}

    def match(self, text: str) -> Choice | None:
        return self._by_key.get(normalize_key(text))

    def label_for(self, value: Any) -> str | None:
        choice = self._by_value.get(_hashable(value))
        return None if choice is None else str(choice.label)

    def labels(self) -> list[str]:
        return [str(choice.label) for choice in self.choices]

    def suggest(self, text: str) -> str | None:
        key = normalize_key(text)
        if not key:
            return None
        close = difflib.get_close_matches(key, list(self._by_key), n=1, cutoff=0.6)
        return str(self._by_key[close[0]].label) if close else None

    def parse(self, text: str) -> Any:
        choice = self.match(text)
        if choice is not None:
            return choice.value
        suggestion = self.suggest(text)
        if suggestion:
            raise CellError(
                "unknown_choice",
                _("'%(value)s' is not one of the allowed values. Did you mean '%(suggestion)s'?"),
                {"suggestion": suggestion},
            )
        raise CellError(
            "unknown_choice",
            _("'%(value)s' is not one of the allowed values; pick one from the drop-down list."),
        )

    def split(self, text: str) -> list[str]:
        """Split a multiple-value cell; commas inside a known choice do not split it."""
        items: list[str] = []
        for piece in _MULTI_SPLIT_RE.split(text):
            if not piece.strip():
                continue
            if self.match(piece):
                items.append(piece.strip())
                continue
            tokens = [token.strip() for token in piece.split(",")]
            start = 0
            while start < len(tokens):
                end = len(tokens)
                while end > start + 1 and not self.match(", ".join(tokens[start:end])):
                    end -= 1
                items.append(", ".join(tokens[start:end]))
                start = end
        return [item for item in items if item]


def split_multiple(text: str) -> list[str]:
    """Split a multiple-value cell without choices on semicolons, commas and line breaks."""
    return [item.strip() for item in re.split(r"[;,\n\r]+", text) if item.strip()]


def _hashable(value: Any) -> Any:
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value
