"""Find text of another language on a page or in a file.

The vocabulary of each language is built from the apps' catalogues (msgid = English, the fi and
sv msgstr): the words of at least eight letters. A word is *foreign* to language L when it
belongs to another language's vocabulary and not to L's. Words that occur in the data (the
database's text: the demo's findings, names and titles are Finnish data, not UI) are excluded,
so the check looks at the user interface only; of a field kept per language (``title_sv``) only
the page's variant counts as data (``data_words``). Numbers: in fi and sv a decimal separator is a
comma; a decimal point in visible text is reported."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import lxml.html
import polib
from django.apps import apps
from django.db import models

SRC = Path(__file__).resolve().parents[2] / "src" / "yhdyspinta"
LANGUAGES = ("fi", "sv", "en")
MIN_LENGTH = 8
WORD = re.compile(r"[^\W\d_]{" + str(MIN_LENGTH) + ",}")
PLACEHOLDER = re.compile(r"%\([^)]*\)[sdif]|\{[^}]*\}|%[sd]")
# a decimal number with a point, not part of a date (12.10.2023), a version nor a longer chain
DECIMAL_POINT = re.compile(r"(?<![\d.,])-?\d+\.\d+(?![\d.]|\.\d)")
# the licence name and the like: proper names with a point
ALLOWED_POINTS = {"4.0", "2.0", "31.12"}  # "Befolkning 31.12" is an indicator's title


def _words(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(PLACEHOLDER.sub(" ", text))}


@cache
def vocabularies() -> dict[str, frozenset[str]]:
    found = {language: set() for language in LANGUAGES}
    for po_path in SRC.glob("*/locale/fi/LC_MESSAGES/django.po"):
        sv_path = Path(str(po_path).replace("/fi/", "/sv/"))
        fi = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(po_path)) if not e.obsolete}
        sv = {(e.msgctxt, e.msgid): e for e in polib.pofile(str(sv_path)) if not e.obsolete}
        for key, entry in fi.items():
            texts = {
                "en": [entry.msgid, entry.msgid_plural or ""],
                "fi": [entry.msgstr, *entry.msgstr_plural.values()],
                "sv": [sv[key].msgstr, *sv[key].msgstr_plural.values()] if key in sv else [],
            }
            for language, strings in texts.items():
                for text in strings:
                    found[language] |= _words(text or "")
    return {language: frozenset(words) for language, words in found.items()}


def data_words(language: str) -> set[str]:
    """The words of the database's text (data, whatever its language) that a page in
    ``language`` may show. A field kept per language (``name_fi``, ``name_sv``, ``name_en``)
    gives only its ``language`` variant, or the Finnish one where that is empty (what the
    model shows then); so a Swedish page showing an English title is still caught."""
    words: set[str] = set()
    for model in apps.get_models():
        if not model.__module__.startswith("yhdyspinta."):
            continue
        fields = [
            f.name
            for f in model._meta.concrete_fields
            if isinstance(f, (models.CharField, models.TextField, models.JSONField))
            and not f.choices
        ]
        if not fields:
            continue
        chosen = _fields_for(fields, language)
        for row in model._default_manager.values_list(*fields, named=True):
            for name, fallback in chosen:
                value = getattr(row, name) or (getattr(row, fallback) if fallback else "")
                if value:
                    words |= _words(_flat(value))
    return words


def _fields_for(fields: list[str], language: str) -> list[tuple[str, str | None]]:
    """(field, the field shown when it is empty) of the fields a page in ``language`` shows:
    every field not kept per language, and the ``language`` variant of those that are."""
    variants = {f"_{code}" for code in LANGUAGES}
    chosen = []
    for name in fields:
        stem, suffix = name[:-3], name[-3:]
        kept_per_language = suffix in variants and f"{stem}_fi" in fields
        if not kept_per_language:
            chosen.append((name, None))
        elif suffix == f"_{language}":
            chosen.append((name, None if language == "fi" else f"{stem}_fi"))
    return chosen


def _flat(value) -> str:
    """The strings of a value, JSON's included (a grant application's budget rows)."""
    if isinstance(value, dict):
        return " ".join(_flat(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(_flat(v) for v in value)
    return value if isinstance(value, str) else ""


def foreign_words(text: str, language: str, allowed: set[str]) -> list[str]:
    vocab = vocabularies()
    others = set().union(*(vocab[other] for other in LANGUAGES if other != language))
    foreign = (_words(text) & others) - vocab[language] - allowed
    return sorted(foreign)


# times of day are written with a point in Finnish (klo 14.30), also after a date
TIME = re.compile(r"(\d{1,2}\.\d{1,2}\.\d{4},?\s+|\b(klo|kl\.)\s*)(\d{1,2}\.\d{2})(?!\d)")


# the numbers of headings (2.1 Valmistelu, 3.2.1 ...) at the start of a line
HEADING_NUMBER = re.compile(r"(?m)^\s*\d+(\.\d+)+\.?\s+(?=[^\W\d_])")


def decimal_points(text: str, language: str) -> list[str]:
    if language == "en":
        return []
    text = HEADING_NUMBER.sub(" ", TIME.sub(" ", text))
    return sorted(
        {m.group(0) for m in DECIMAL_POINT.finditer(text) if m.group(0) not in ALLOWED_POINTS}
    )


def visible_text(html: str, language: str) -> str:
    """What a person sees or hears: the text (without scripts and styles, and without parts
    marked as another language, e.g. the language switch's options) and the labels in
    attributes (aria-label, title, alt, placeholder)."""
    document = lxml.html.fromstring(html)
    for element in document.xpath("//script|//style|//svg//desc[@lang]"):
        element.drop_tree()
    for element in document.xpath(f"//body//*[@lang and @lang!='{language}']"):
        element.drop_tree()
    parts = [document.text_content()]
    for attribute in ("aria-label", "title", "alt", "placeholder"):
        parts += document.xpath(f"//body//@{attribute}")
    return "\n".join(parts)
