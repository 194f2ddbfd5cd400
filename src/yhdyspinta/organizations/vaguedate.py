"""Vague dates: "lokakuun loppuun mennessä", "alkuvuosi 2024", "kevät 2024" as a window of days.

A ``VagueDate`` is the window ``start..end`` that a phrase denotes, its precision, and the text
it was read from. The deadline is the last day of the window: a task due "by the end of October"
is on time on 31 October and overdue from 1 November. ``parse_vague_date`` (in this module's
second half) reads Finnish, Swedish and English phrases; ``str()`` renders the value in the
active language the way such dates are said ("lokakuun 2023 loppuun mennessä", "1/2024").
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from django.db import models
from django.utils import translation
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _


class Precision(models.TextChoices):
    """How exactly a date was given; the stored value of ``due_precision``."""

    DAY = "day", _("day")
    WEEK = "week", _("week")
    MONTH = "month", _("month")
    QUARTER = "quarter", _("quarter")
    SEASON = "season", _("season")
    HALF_YEAR = "half_year", _("half-year")
    YEAR = "year", _("year")
    PERIOD = "period", _("period")


# Finnish usage: spring March-May, summer June-August, autumn September-November, winter
# December-February. "Winter 2024" is the winter whose January falls in 2024.
SEASON_MONTHS = {
    "spring": (3, 4, 5),
    "summer": (6, 7, 8),
    "autumn": (9, 10, 11),
    "winter": (12, 1, 2),
}
_SEASON_OF_MONTH = {m: name for name, months in SEASON_MONTHS.items() for m in months}

_MONTH_END = {
    1: _("by the end of January %(year)s"),
    2: _("by the end of February %(year)s"),
    3: _("by the end of March %(year)s"),
    4: _("by the end of April %(year)s"),
    5: _("by the end of May %(year)s"),
    6: _("by the end of June %(year)s"),
    7: _("by the end of July %(year)s"),
    8: _("by the end of August %(year)s"),
    9: _("by the end of September %(year)s"),
    10: _("by the end of October %(year)s"),
    11: _("by the end of November %(year)s"),
    12: _("by the end of December %(year)s"),
}
_YEAR_END = _("by the end of %(year)s")
_HALF = {1: _("early %(year)s"), 2: _("late %(year)s")}
_SEASON_LABEL = {
    "spring": _("spring %(year)s"),
    "summer": _("summer %(year)s"),
    "autumn": _("autumn %(year)s"),
    "winter": _("winter %(start_year)s–%(end_year)s"),
}
_WEEK = _("week %(week)s/%(year)s")
_EN_MONTHS = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def months_window(year: int, month: int, count: int) -> tuple[date, date]:
    """The window of ``count`` whole months starting at ``year``-``month``."""
    last = year * 12 + month - 1 + count - 1
    return date(year, month, 1), month_end(last // 12, last % 12 + 1)


def _whole_months(start: date, end: date) -> int:
    """Number of whole months in start..end, or 0 when the window is not whole months."""
    if start.day != 1 or end != month_end(end.year, end.month):
        return 0
    return (end.year - start.year) * 12 + end.month - start.month + 1


def season_window(year: int, season: str) -> tuple[date, date]:
    first = SEASON_MONTHS[season][0]
    return months_window(year - 1 if season == "winter" else year, first, 3)


@dataclass(frozen=True)
class VagueDate:
    """A date as precisely as it was said: the window ``start..end`` (both inclusive).

    ``by_end`` marks deadline phrasing ("by the end of October") for month and year windows;
    it changes only how the value is shown. ``label`` is the original text; it takes no part in
    equality.
    """

    start: date
    end: date
    precision: Precision
    label: str = field(default="", compare=False)
    by_end: bool = False

    def __post_init__(self):
        object.__setattr__(self, "precision", Precision(self.precision))
        problem = self._shape_problem()
        if problem:
            raise ValueError(
                f"Inconsistent vague date {self.start}..{self.end} "
                f"({self.precision.value}): {problem}"
            )

    def _shape_problem(self) -> str:
        s, e, p = self.start, self.end, self.precision
        if s > e:
            return "the window ends before it starts"
        if self.by_end and p not in (Precision.MONTH, Precision.YEAR):
            return "'by the end of' applies to months and years only"
        months = _whole_months(s, e)
        expected = {
            Precision.DAY: s == e,
            Precision.WEEK: s.isoweekday() == 1 and e == s + timedelta(days=6),
            Precision.MONTH: months == 1,
            Precision.QUARTER: months == 3 and s.month % 3 == 1,
            Precision.HALF_YEAR: months == 6 and s.month in (1, 7),
            Precision.YEAR: months == 12 and s.month == 1,
            Precision.SEASON: 1 <= months <= 3
            and _SEASON_OF_MONTH[s.month] == _SEASON_OF_MONTH[e.month],
            Precision.PERIOD: True,
        }[p]
        return "" if expected else f"the window does not fit the precision {p.value}"

    # Constructors -----------------------------------------------------------------------------

    @classmethod
    def day(cls, day: date, label: str = "") -> VagueDate:
        return cls(day, day, Precision.DAY, label)

    @classmethod
    def week(cls, year: int, week: int, label: str = "") -> VagueDate:
        monday = date.fromisocalendar(year, week, 1)
        return cls(monday, monday + timedelta(days=6), Precision.WEEK, label)

    @classmethod
    def month(cls, year: int, month: int, *, by_end: bool = False, label: str = "") -> VagueDate:
        return cls(*months_window(year, month, 1), Precision.MONTH, label, by_end)

    @classmethod
    def quarter(cls, year: int, quarter: int, label: str = "") -> VagueDate:
        return cls(*months_window(year, 3 * quarter - 2, 3), Precision.QUARTER, label)

    @classmethod
    def half_year(cls, year: int, half: int, label: str = "") -> VagueDate:
        return cls(*months_window(year, 6 * half - 5, 6), Precision.HALF_YEAR, label)

    @classmethod
    def season(cls, year: int, season: str, label: str = "") -> VagueDate:
        """``season`` is spring, summer, autumn or winter; winter 2024 is Dec 2023 - Feb 2024."""
        return cls(*season_window(year, season), Precision.SEASON, label)

    @classmethod
    def year(cls, year: int, *, by_end: bool = False, label: str = "") -> VagueDate:
        return cls(date(year, 1, 1), date(year, 12, 31), Precision.YEAR, label, by_end)

    @classmethod
    def period(cls, start: date, end: date, label: str = "") -> VagueDate:
        """Any window; named by the narrowest precision that fits it exactly."""
        if start == end:
            return cls.day(start, label)
        months = _whole_months(start, end)
        for precision, count, first_months in (
            (Precision.MONTH, 1, range(1, 13)),
            (Precision.QUARTER, 3, (1, 4, 7, 10)),
            (Precision.HALF_YEAR, 6, (1, 7)),
            (Precision.YEAR, 12, (1,)),
        ):
            if months == count and start.month in first_months:
                return cls(start, end, precision, label)
        return cls(start, end, Precision.PERIOD, label)

    # Meaning ----------------------------------------------------------------------------------

    @property
    def deadline(self) -> date:
        """The last day that still counts as on time."""
        return self.end

    @property
    def sort_key(self) -> tuple[date, int]:
        """Earliest deadline first; for equal deadlines the narrower window first.

        So 31.12.2024 comes before 12/2024, which comes before Q4/2024, late 2024 and 2024.
        The database equivalent is ``order_by("due_end", "-due_start")``.
        """
        return (self.end, -self.start.toordinal())

    def is_overdue(self, today: date) -> bool:
        return today > self.end

    @property
    def season_name(self) -> str | None:
        return _SEASON_OF_MONTH[self.start.month] if self.precision == Precision.SEASON else None

    @property
    def season_year(self) -> int | None:
        """The year that names the season; winter 2024 is the one from December 2023."""
        if self.precision != Precision.SEASON:
            return None
        return self.start.year + 1 if self.start.month == 12 else self.start.year

    # Display ----------------------------------------------------------------------------------

    def format(self, language: str | None = None) -> str:
        """The value as said in ``language`` (default: the active language)."""
        if language is None:
            return self._render((translation.get_language() or "fi")[:2])
        with translation.override(language):
            return self._render(language[:2])

    def __str__(self) -> str:
        return self.format()

    def _render(self, lang: str) -> str:
        s, e, p = self.start, self.end, self.precision
        if p == Precision.DAY:
            return format_day(s, lang)
        if p == Precision.WEEK:
            year, week, _weekday = s.isocalendar()
            return str(_WEEK) % {"week": week, "year": year}
        if p == Precision.MONTH:
            if self.by_end:
                return str(_MONTH_END[s.month]) % {"year": s.year}
            return f"{s.month}/{s.year}"
        if p == Precision.QUARTER:
            return f"Q{(s.month - 1) // 3 + 1}/{s.year}"
        if p == Precision.HALF_YEAR:
            return str(_HALF[1 if s.month == 1 else 2]) % {"year": s.year}
        if p == Precision.YEAR:
            return str(_YEAR_END) % {"year": s.year} if self.by_end else str(s.year)
        if p == Precision.SEASON:
            return self._render_season()
        if _whole_months(s, e):
            if s.year == e.year:
                return f"{s.month}–{e.month}/{s.year}"
            return f"{s.month}/{s.year}–{e.month}/{e.year}"
        return f"{format_day(s, lang)}–{format_day(e, lang)}"

    def _render_season(self) -> str:
        name, year = self.season_name, self.season_year
        full_start, full_end = season_window(year, name)
        text = str(_SEASON_LABEL[name]) % {"year": year, "start_year": year - 1, "end_year": year}
        if (self.start, self.end) == (full_start, full_end):
            return text
        if self.start.month == self.end.month:
            return f"{text} ({MONTHS[self.start.month]})"
        return f"{text} ({MONTHS[self.start.month]}–{MONTHS[self.end.month]})"


def format_day(day: date, lang: str) -> str:
    if lang == "en":
        return f"{day.day} {_EN_MONTHS[day.month]} {day.year}"
    return f"{day.day}.{day.month}.{day.year}"


# Parsing ------------------------------------------------------------------------------------

MAX_LENGTH = 200
LANGUAGES = ("fi", "sv", "en")

_UNKNOWN = _(
    '"%(text)s" is not a date or a period that can be read. Write for example 31.10.2023, '
    "10/2023, lokakuun loppuun mennessä, Q1/2024, alkuvuosi 2024, kevät 2024 or 2024."
)
_EMPTY = _("Enter a date or a period, for example 31.10.2023, 10/2023 or kevät 2024.")
_INVALID = _('"%(text)s" is not a valid calendar date.')
_NEEDS_YEAR = _('"%(text)s" needs a year, for example "%(example)s".')
_AMBIGUOUS = _('"%(text)s" is ambiguous; write the years out, for example "%(example)s".')
_BACKWARDS = _('"%(text)s" ends before it starts.')
_TOO_LONG = _('"%(text)s…" is too long for a date (at most %(limit)s characters).')
_BRACKETS = _('The months in brackets in "%(text)s" could not be read.')


class VagueDateError(ValueError):
    """Text that is not a date. ``str()`` is English for logs; ``ui_message`` is for people.

    ``ui_template`` and ``params`` suit ``ValidationError(ui_template, params=params)``.
    """

    def __init__(self, text: str, reason: str, ui_template, **params):
        self.text = text
        self.reason = reason
        self.ui_template = ui_template
        self.params = {"text": text[:MAX_LENGTH], **params}
        super().__init__(f"Cannot read {text!r} as a date: {reason}")

    @property
    def ui_message(self) -> str:
        return str(self.ui_template) % self.params


class _UnreadableError(Exception):
    """Raised by the rules; becomes a VagueDateError naming the whole original text."""

    def __init__(self, reason: str, template, **params):
        super().__init__(reason)
        self.reason, self.template, self.params = reason, template, params


_FI_STEMS = "tammi helmi maalis huhti touko kesä heinä elo syys loka marras joulu".split()
_FI_MONTH = re.compile(rf"({'|'.join(_FI_STEMS)})(?:kuu(?:n|ssa|ta|sta|hun|lle|lla)?|k\.?)")


def _table(spec: str, values) -> dict:
    """``"a b|c d"`` with values (1, 2) -> {"a": 1, "b": 1, "c": 2, "d": 2}."""
    groups = [group.split(",") if "," in group else group.split() for group in spec.split("|")]
    return {word.strip(): value for group, value in zip(groups, values, strict=True)
            for word in group}  # fmt: skip


_MONTH_WORDS = _table(
    "januari january jan|februari february feb|mars march mar|april apr|maj may|juni june jun|"
    "juli july jul|augusti august aug|september sep sept|oktober october okt oct|november nov|"
    "december dec",
    range(1, 13),
)
_ORDINALS = _table(
    "1 1. 1st 1:a 1:e first ensimmäinen ensimmäisellä ensimmäisen första|"
    "2 2. 2nd 2:a 2:e second toinen toisella toisen andra|"
    "3 3. 3rd 3:e third kolmas kolmannella kolmannen tredje|"
    "4 4. 4th 4:e fourth neljäs neljännellä neljännen fjärde",
    range(1, 5),
)
_SEASON_WORDS = _table(
    "kevät keväällä keväälle kevään keväänä vår våren spring|"
    "kesä kesällä kesälle kesän kesänä sommar sommaren summer|"
    "syksy syksyllä syksylle syksyn syksynä höst hösten autumn fall|"
    "talvi talvella talvelle talven talvena vinter vintern winter",
    ("spring", "summer", "autumn", "winter"),
)
_HALF_WORDS = _table(
    "alku, början, första delen, early, beginning, start|loppu, senare delen, late", (1, 2)
)
# Phrases that name a year relative to the reference: (years ahead, "by the end of").
_RELATIVE_YEARS = _table(
    "tänä vuonna, tämän vuoden aikana, kuluvana vuonna, vuoden aikana, kuluvan vuoden aikana, "
    "i år, under året, this year, during the year|"
    "ensi vuonna, ensi vuoden aikana, nästa år, next year|"
    "vuoden loppuun, vuoden lopussa, vuoden lopulla, vuodenvaihteeseen, vuoden vaihteeseen, "
    "kuluvan vuoden loppuun, tämän vuoden loppuun, slutet av året, i slutet av året, "
    "utgången av året, före utgången av året, före årets slut, årets slut, till årsskiftet, "
    "årsskiftet, end of the year, the end of the year, end of year, end of this year, "
    "the end of this year, year-end, year end, the year-end, the year end",
    ((0, False), (1, False), (0, True)),
)

_Y = r"(?P<y>\d{4})"
_W = r"(?P<w>[a-zåäö]+\.?)"
_RULES: list[tuple[str, re.Pattern, object]] = []


def _rule(language: str, *patterns: str):
    def register(handler):
        _RULES.extend((language, re.compile(p), handler) for p in patterns)
        return handler

    return register


def _month(word: str | None, *, stem_ok: bool = False) -> int | None:
    if not word:
        return None
    match = _FI_MONTH.fullmatch(word)
    if match:
        return _FI_STEMS.index(match.group(1)) + 1
    if stem_ok and word in _FI_STEMS:
        return _FI_STEMS.index(word) + 1
    return _MONTH_WORDS.get(word.rstrip("."))


def _day(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise _UnreadableError(f"no such day: {exc}", _INVALID) from None


def _next_day(ref: date, month: int, day: int) -> date:
    """The first ``day``.``month``. on or after ``ref``."""
    for year in range(ref.year, ref.year + 9):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate >= ref:
            return candidate
    raise _UnreadableError(f"no day {day}.{month}. exists", _INVALID)


def _year(value: str | None) -> int | None:
    if value is None:
        return None
    return int(value) + 2000 if len(value) == 2 else int(value)


def _month_year(ref: date, month: int) -> int:
    """The year of the next ``month`` whose end is on or after ``ref``."""
    return ref.year if month >= ref.month else ref.year + 1


def _checked_month(month: int) -> int:
    if not 1 <= month <= 12:
        raise _UnreadableError(f"there is no month {month}", _INVALID)
    return month


@_rule("", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})",
       r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>\d{4}|\d{2})?)?",
       r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")  # fmt: skip
def _numeric_day(g, ref):
    month, day = int(g["m"]), int(g["d"])
    if g["y"] is None:
        return VagueDate.day(_next_day(ref, month, day))
    return VagueDate.day(_day(_year(g["y"]), month, day))


@_rule("", r"(?:den |the )?(?P<d>\d{1,2})(?:\.|st|nd|rd|th|:e|:a)? ?(?:of )?" + _W
       + r"(?:,? (?P<y>\d{4}))?",
       _W + r" (?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,? (?P<y>\d{4}))?")  # fmt: skip
def _named_day(g, ref):
    month = _month(g["w"])
    if month is None:
        return None
    if g["y"] is None:
        return VagueDate.day(_next_day(ref, month, int(g["d"])))
    return VagueDate.day(_day(int(g["y"]), month, int(g["d"])))


@_rule("", r"(?P<m>\d{1,2})/" + _Y, _Y + r"-(?P<m>\d{2})")
def _numeric_month(g, ref):
    return VagueDate.month(int(g["y"]), _checked_month(int(g["m"])))


@_rule("", r"(?P<m1>\d{1,2})-(?P<m2>\d{1,2})/" + _Y)
def _numeric_month_range(g, ref):
    first, last = _checked_month(int(g["m1"])), _checked_month(int(g["m2"]))
    if last < first:
        raise _UnreadableError("the months run backwards", _BACKWARDS)
    return VagueDate.period(*months_window(int(g["y"]), first, last - first + 1))


@_rule("", r"(?:i |in |during )?" + _W + r"(?:,? (?P<y>\d{4}))?(?: aikana| kuluessa)?")
def _named_month(g, ref):
    month = _month(g["w"])
    if month is None:
        return None
    return VagueDate.month(_year(g["y"]) or _month_year(ref, month), month)


@_rule("fi", _W + r"(?: (?P<y>\d{4}))? (?:loppuun|lopussa|lopulla|loppupuolella|loppu)"
       r"(?: (?P<y2>\d{4}))?")  # fmt: skip
@_rule("sv", r"(?:i |före |till )?(?:slutet|utgången) av " + _W + r"(?: (?P<y>\d{4}))?")
@_rule("en", r"(?:the )?end of " + _W + r"(?: (?P<y>\d{4}))?")
def _month_end(g, ref):
    month = _month(g["w"])
    if month is None:
        return None
    year = _year(g["y"] or g.get("y2")) or _month_year(ref, month)
    return VagueDate.month(year, month, by_end=True)


@_rule("", r"(?P<w1>[a-zåäö]+\.?)-(?P<w2>[a-zåäö]+\.?)(?: (?P<y>\d{4}))?")
def _named_month_range(g, ref):
    first, last = _month(g["w1"], stem_ok=True), _month(g["w2"])
    if first is None or last is None:
        return None
    if last < first:
        raise _UnreadableError(
            "a month range across a new year", _AMBIGUOUS, example="11/2023–2/2024"
        )
    year = _year(g["y"]) or _month_year(ref, last)
    return VagueDate.period(*months_window(year, first, last - first + 1))


@_rule("", r"q(?P<q>[1-4]) ?[/-]? ?" + _Y, _Y + r" ?[/-]? ?q(?P<q>[1-4])",
       r"(?P<q>[1-4])q ?[/-]? ?" + _Y, r"kvartal (?P<q>[1-4]) " + _Y,
       r"(?P<o>[a-zåäö0-9:.]+) ?(?:quarter(?: of)?|(?:vuosi)?neljännes(?:ellä|en aikana)?"
       r"|kvartalet) " + _Y)  # fmt: skip
def _quarter(g, ref):
    number = int(g["q"]) if g.get("q") else _ORDINALS.get(g["o"])
    return None if number is None else VagueDate.quarter(int(g["y"]), number)


@_rule("", r"h(?P<q>[12]) ?[/-]? ?" + _Y, _Y + r" ?[/-]? ?h(?P<q>[12])",
       r"(?P<h>alku|loppu)(?:vuosi|vuonna|vuodesta|vuoden aikana)(?: (?P<y>\d{4}))?(?: aikana)?",
       _Y + r" (?P<h>alku|loppu)(?:vuosi|vuonna|vuodesta|puoliskolla|puolisko|puolella)",
       r"vuoden (?P<y>\d{4}) (?P<h>alku|loppu)(?:puoliskolla|puolisko|puolella|puoli)",
       r"(?P<o>[a-zåäö0-9:.]+) ?(?:vuosi)?puolisko(?:lla)?(?: (?P<y>\d{4}))?",
       r"(?:i |under )?(?P<h>början|första delen|senare delen) av (?P<y>\d{4})",
       r"(?:under )?(?P<o>[a-zåäö0-9:.]+) halvåret(?: (?P<y>\d{4}))?",
       r"(?P<h>early|late) (?:in )?" + _Y, r"(?:the )?(?P<h>beginning|start) of " + _Y,
       r"(?:in )?(?:the )?(?P<o>[a-z0-9]+) half(?: of)?(?: (?P<y>\d{4}))?")  # fmt: skip
def _half_year(g, ref):
    word = g.get("h") or g.get("o")
    half = int(g["q"]) if g.get("q") else _HALF_WORDS.get(word) or _ORDINALS.get(word)
    if half not in (1, 2):
        return None
    if not g.get("y"):
        raise _UnreadableError("a half-year needs a year", _NEEDS_YEAR, example="alkuvuosi 2024")
    return VagueDate.half_year(int(g["y"]), half)


@_rule("", r"(?:in |på |under )?(?:the )?(?P<s>[a-zåäö]+)(?: of)?(?: (?P<y>\d{4})"
       r"(?:-(?P<y2>\d{4}|\d{2}))?)?(?: aikana)?", _Y + r" (?P<s>[a-zåäö]+)")  # fmt: skip
def _season(g, ref):
    season = _SEASON_WORDS.get(g["s"])
    if season is None:
        return None
    if not g.get("y"):
        year = ref.year if season_window(ref.year, season)[1] >= ref else ref.year + 1
        example = f"{g['s']} {year}"
        raise _UnreadableError("a season needs a year", _NEEDS_YEAR, example=example)
    year, second = int(g["y"]), g.get("y2")
    if second is not None:
        if season != "winter" or _year(second) % 100 != (year + 1) % 100:
            return None
        year += 1
    return VagueDate.season(year, season)


@_rule("", r"(?:vuonna |vuosi |vuoden |år |året |under |in |during |year )?" + _Y
       + r"(?: aikana| kuluessa| mittaan)?")  # fmt: skip
def _whole_year(g, ref):
    return VagueDate.year(int(g["y"]))


@_rule("", r"vuoden (?P<y>\d{4}) (?:loppuun|lopussa|lopulla|loppu)",
       r"(?:i |före |till )?(?:slutet|utgången) av (?P<y>\d{4})",
       r"(?:the )?end of (?P<y>\d{4})", r"(?:the )?year-end (?P<y>\d{4})",
       r"(?P<phrase>[a-zåäö -]+)")  # fmt: skip
def _year_end_or_relative(g, ref):
    if g.get("y"):
        return VagueDate.year(int(g["y"]), by_end=True)
    if g["phrase"] not in _RELATIVE_YEARS:
        return None
    offset, by_end = _RELATIVE_YEARS[g["phrase"]]
    return VagueDate.year(ref.year + offset, by_end=by_end)


@_rule("", r"(?:vko|viikko|viikolla|viikon|vk|vecka|veckan|v|week|wk)\.? ?(?P<n>\d{1,2})"
       r"(?:[ /-](?P<y>\d{4}))?")  # fmt: skip
def _week(g, ref):
    number = int(g["n"])
    year = int(g["y"]) if g["y"] else ref.isocalendar()[0]
    try:
        value = VagueDate.week(year, number)
        if not g["y"] and value.end < ref:
            value = VagueDate.week(year + 1, number)
    except ValueError:
        raise _UnreadableError(f"there is no week {number} in {year}", _INVALID) from None
    return value


@functools.cache
def _rules_for(language: str) -> tuple:
    """Language-neutral rules first, then ``language``, then the other languages."""
    return tuple(sorted(_RULES, key=lambda rule: (rule[0] != "", rule[0] != language)))


def _parse_plain(text: str, ref: date, language: str, *, ranges: bool = True) -> VagueDate:
    for _language, pattern, handler in _rules_for(language):
        match = pattern.fullmatch(text)
        if match:
            value = handler(match.groupdict(), ref)
            if value is not None:
                return value
    if ranges and "-" in text:
        return _parse_range(text, ref, language)
    raise _UnreadableError("no rule matches", _UNKNOWN)


def _parse_range(text: str, ref: date, language: str) -> VagueDate:
    """ "1.3.–15.4.2024", "11/2023–2/2024": the left end takes its year from the right end."""
    first_problem = None
    for index, char in enumerate(text):
        if char != "-":
            continue
        try:
            right = _parse_plain(text[index + 1 :], ref, language, ranges=False)
            left_text = text[:index]
            left = _parse_plain(left_text, date(right.end.year, 1, 1), language, ranges=False)
            if left.start > right.end:
                left = _parse_plain(left_text, date(right.end.year - 1, 1, 1), language,
                                    ranges=False)  # fmt: skip
        except _UnreadableError as problem:
            first_problem = first_problem or problem
            continue
        if left.start > right.end:
            raise _UnreadableError("the period ends before it starts", _BACKWARDS)
        return VagueDate.period(left.start, right.end)
    raise (
        first_problem
        if first_problem.template != _UNKNOWN
        else _UnreadableError("no rule", _UNKNOWN)
    )


def _narrow(value: VagueDate, brackets: str, ref: date, language: str) -> VagueDate:
    """Apply "(maalis-huhtikuu)" to "keväällä 2024": the months in brackets win."""
    words = brackets.split("-")
    first = _month(words[0], stem_ok=len(words) == 2)
    last = _month(words[-1])
    if len(words) <= 2 and first and last:
        year = value.start.year
        if not value.start <= date(year, first, 1) <= value.end:
            year = value.end.year
        start, end = months_window(year, first, (last - first) % 12 + 1)
    elif re.search(r"\d{4}", brackets):
        inner = _parse_plain(brackets, ref, language)
        start, end = inner.start, inner.end
    elif re.search(r"\d", brackets) or any(_month(w, stem_ok=True) for w in words):
        raise _UnreadableError("unreadable months in brackets", _BRACKETS)
    else:
        return value  # a remark such as "(alustava)"
    if value.precision == Precision.SEASON and value.start <= start and end <= value.end:
        return VagueDate(start, end, Precision.SEASON)
    return VagueDate.period(start, end)


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00a0", " ").lower()
    text = re.sub(r"\s*[\u2010-\u2015\u2212-]+>?\s*", "-", text)
    text = re.sub(r"\s+", " ", text).strip().rstrip("?!").strip()
    return text


_LEADING = re.compile(r"(?:viimeistään|senast|by|until|till|deadline:?|dl:?|due:?) (?P<rest>.+)")
_TRAILING = re.compile(r"(?P<rest>.+?),? (?:mennessä|viimeistään|senast|at the latest)")
_BRACKETED = re.compile(r"(?P<rest>.*?) ?\((?P<inner>[^()]*)\)")


def parse_vague_date(text: str, *, reference: date, language: str = "fi") -> VagueDate:
    """Read a date or period said in Finnish, Swedish or English.

    ``reference`` supplies missing years: "31.10." and "lokakuun loppuun" mean the next such
    day or month on or after it. Phrases in every supported language are understood, since
    people paste text from mixed-language documents; ``language`` rules are tried first.
    Raises ``VagueDateError`` for text that is not a date.
    """
    if language[:2] not in LANGUAGES:
        raise ValueError(f"Unsupported language {language!r}; expected one of {LANGUAGES}")
    if len(text) > MAX_LENGTH:
        raise VagueDateError(text, f"longer than {MAX_LENGTH} characters", _TOO_LONG,
                             limit=MAX_LENGTH)  # fmt: skip
    normalised = _normalise(text)
    if not normalised:
        raise VagueDateError(text, "the text is empty", _EMPTY)
    brackets = _BRACKETED.fullmatch(normalised)
    base = brackets["rest"] if brackets else normalised
    for pattern in (_LEADING, _TRAILING, _LEADING):
        match = pattern.fullmatch(base)
        base = match["rest"] if match else base
    try:
        value = _parse_plain(base, reference, language[:2])
        if brackets and brackets["inner"].strip(" ?"):
            value = _narrow(value, brackets["inner"].strip(" ?"), reference, language[:2])
    except _UnreadableError as problem:
        raise VagueDateError(text, problem.reason, problem.template, **problem.params) from None
    return replace(value, label=text.strip())
