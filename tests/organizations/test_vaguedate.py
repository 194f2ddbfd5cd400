"""Vague dates: parsing the 2023 deck's deadlines, sorting, overdue, display and round trips."""

from datetime import date

import polib
import pytest
from django.test import override_settings
from hypothesis import given
from hypothesis import strategies as st

from yhdyspinta.organizations import vaguedate
from yhdyspinta.organizations.vaguedate import (
    Precision,
    VagueDate,
    VagueDateError,
    parse_vague_date,
)


@pytest.fixture(autouse=True)
def _english_unless_a_test_says_otherwise():
    """Messages are asserted in English (the msgids); Finnish output is tested explicitly."""
    from django.utils import translation

    with translation.override("en"):
        yield


DECK_DAY = date(2023, 10, 12)  # "Kehittämisjohtaja Heli Aalto 12.10.2023"
D = date
P = Precision

# fmt: off
PHRASES = [
    # From the autumn 2023 deck (kuntakierros-2023.txt).
    ("lokakuun loppuun mennessä", D(2023, 10, 1), D(2023, 10, 31), P.MONTH),
    ("lokakuun loppuun", D(2023, 10, 1), D(2023, 10, 31), P.MONTH),
    ("alkuvuonna 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("vuoden loppuun mennessä", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("1/2024", D(2024, 1, 1), D(2024, 1, 31), P.MONTH),
    ("keväällä 2024 (maalis-huhtikuu?)", D(2024, 3, 1), D(2024, 4, 30), P.SEASON),
    ("31.10.", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("12.10.2023", D(2023, 10, 12), D(2023, 10, 12), P.DAY),
    # Days.
    ("31.10.2023", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("31.10", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("1.9.", D(2024, 9, 1), D(2024, 9, 1), P.DAY),  # next occurrence after the reference
    ("29.2.", D(2024, 2, 29), D(2024, 2, 29), P.DAY),
    ("2024-03-15", D(2024, 3, 15), D(2024, 3, 15), P.DAY),
    ("15/3/2024", D(2024, 3, 15), D(2024, 3, 15), P.DAY),
    ("31.10.23", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("viimeistään 15.11.2023", D(2023, 11, 15), D(2023, 11, 15), P.DAY),
    ("31.10. mennessä", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("31. lokakuuta 2023", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("den 31 oktober 2023", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("31 October 2023", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    ("October 31, 2023", D(2023, 10, 31), D(2023, 10, 31), P.DAY),
    # Weeks.
    ("vko 44", D(2023, 10, 30), D(2023, 11, 5), P.WEEK),
    ("viikko 2/2024", D(2024, 1, 8), D(2024, 1, 14), P.WEEK),
    ("vecka 10 2024", D(2024, 3, 4), D(2024, 3, 10), P.WEEK),
    # Months.
    ("10/2023", D(2023, 10, 1), D(2023, 10, 31), P.MONTH),
    ("01/2024", D(2024, 1, 1), D(2024, 1, 31), P.MONTH),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), P.MONTH),
    ("lokakuu 2023", D(2023, 10, 1), D(2023, 10, 31), P.MONTH),
    ("marraskuussa", D(2023, 11, 1), D(2023, 11, 30), P.MONTH),
    ("syyskuussa", D(2024, 9, 1), D(2024, 9, 30), P.MONTH),
    ("tammikuun 2024 aikana", D(2024, 1, 1), D(2024, 1, 31), P.MONTH),
    ("joulukuun 2023 loppuun mennessä", D(2023, 12, 1), D(2023, 12, 31), P.MONTH),
    ("marraskuun lopussa", D(2023, 11, 1), D(2023, 11, 30), P.MONTH),
    ("end of October 2023", D(2023, 10, 1), D(2023, 10, 31), P.MONTH),
    ("by the end of November", D(2023, 11, 1), D(2023, 11, 30), P.MONTH),
    ("i slutet av oktober", D(2023, 10, 1), D(2023, 10, 31), P.MONTH),
    ("före utgången av mars 2024", D(2024, 3, 1), D(2024, 3, 31), P.MONTH),
    ("i november 2023", D(2023, 11, 1), D(2023, 11, 30), P.MONTH),
    ("Dec 2023", D(2023, 12, 1), D(2023, 12, 31), P.MONTH),
    # Quarters.
    ("Q1/2024", D(2024, 1, 1), D(2024, 3, 31), P.QUARTER),
    ("Q4 2023", D(2023, 10, 1), D(2023, 12, 31), P.QUARTER),
    ("2024/Q2", D(2024, 4, 1), D(2024, 6, 30), P.QUARTER),
    ("1. neljännes 2024", D(2024, 1, 1), D(2024, 3, 31), P.QUARTER),
    ("3. vuosineljännes 2024", D(2024, 7, 1), D(2024, 9, 30), P.QUARTER),
    ("andra kvartalet 2024", D(2024, 4, 1), D(2024, 6, 30), P.QUARTER),
    ("third quarter of 2024", D(2024, 7, 1), D(2024, 9, 30), P.QUARTER),
    # Half-years.
    ("alkuvuosi 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("alkuvuodesta 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("loppuvuosi 2024", D(2024, 7, 1), D(2024, 12, 31), P.HALF_YEAR),
    ("loppuvuonna 2024", D(2024, 7, 1), D(2024, 12, 31), P.HALF_YEAR),
    ("vuoden 2024 alkupuoliskolla", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("early 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("late 2024", D(2024, 7, 1), D(2024, 12, 31), P.HALF_YEAR),
    ("H1 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("H2/2024", D(2024, 7, 1), D(2024, 12, 31), P.HALF_YEAR),
    ("i början av 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("första halvåret 2024", D(2024, 1, 1), D(2024, 6, 30), P.HALF_YEAR),
    ("second half of 2024", D(2024, 7, 1), D(2024, 12, 31), P.HALF_YEAR),
    # Seasons.
    ("kevät 2024", D(2024, 3, 1), D(2024, 5, 31), P.SEASON),
    ("keväällä 2024", D(2024, 3, 1), D(2024, 5, 31), P.SEASON),
    ("kesällä 2024", D(2024, 6, 1), D(2024, 8, 31), P.SEASON),
    ("syksyllä 2024", D(2024, 9, 1), D(2024, 11, 30), P.SEASON),
    ("talvella 2024", D(2023, 12, 1), D(2024, 2, 29), P.SEASON),
    ("talvi 2024–2025", D(2024, 12, 1), D(2025, 2, 28), P.SEASON),
    ("spring 2024", D(2024, 3, 1), D(2024, 5, 31), P.SEASON),
    ("in the autumn of 2024", D(2024, 9, 1), D(2024, 11, 30), P.SEASON),
    ("våren 2024", D(2024, 3, 1), D(2024, 5, 31), P.SEASON),
    ("hösten 2024 (oktober)", D(2024, 10, 1), D(2024, 10, 31), P.SEASON),
    ("kevät 2024 (alustava)", D(2024, 3, 1), D(2024, 5, 31), P.SEASON),
    # Explicit months win over the season word when they leave it.
    ("keväällä 2024 (touko-kesäkuu)", D(2024, 5, 1), D(2024, 6, 30), P.PERIOD),
    # Years.
    ("2024", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("vuonna 2024", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("vuoden 2024 aikana", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("vuoden 2024 loppuun mennessä", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("by the end of the year", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("end of 2024", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("ensi vuonna", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    ("före årets slut", D(2023, 1, 1), D(2023, 12, 31), P.YEAR),
    ("under 2024", D(2024, 1, 1), D(2024, 12, 31), P.YEAR),
    # Periods.
    ("maalis-huhtikuu 2024", D(2024, 3, 1), D(2024, 4, 30), P.PERIOD),
    ("3–4/2024", D(2024, 3, 1), D(2024, 4, 30), P.PERIOD),
    ("11/2023–2/2024", D(2023, 11, 1), D(2024, 2, 29), P.PERIOD),
    ("1.3.–15.4.2024", D(2024, 3, 1), D(2024, 4, 15), P.PERIOD),
    ("1.12.–15.1.2024", D(2023, 12, 1), D(2024, 1, 15), P.PERIOD),
    ("March - April 2024", D(2024, 3, 1), D(2024, 4, 30), P.PERIOD),
]
# fmt: on


@pytest.mark.parametrize(("text", "start", "end", "precision"), PHRASES)
def test_phrase(text, start, end, precision):
    value = parse_vague_date(text, reference=DECK_DAY)
    assert (value.start, value.end, value.precision) == (start, end, precision)
    assert value.deadline == end
    assert value.label == text


def test_phrase_table_is_large_and_distinct():
    assert len({text for text, *_rest in PHRASES}) == len(PHRASES) >= 40


@pytest.mark.parametrize(
    ("text", "by_end"),
    [("lokakuun loppuun mennessä", True), ("10/2023", False), ("vuoden loppuun", True),
     ("vuoden 2024 aikana", False), ("i slutet av oktober", True)],
)  # fmt: skip
def test_deadline_phrasing_is_remembered(text, by_end):
    assert parse_vague_date(text, reference=DECK_DAY).by_end is by_end


def test_language_only_orders_the_rules():
    for language in ("fi", "sv", "en"):
        assert parse_vague_date("våren 2024", reference=DECK_DAY, language=language) == (
            VagueDate.season(2024, "spring")
        )
    with pytest.raises(ValueError, match="Unsupported language"):
        parse_vague_date("2024", reference=DECK_DAY, language="de")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("sometime", "no rule"),
        ("32.13.2023", "month must be in 1..12"),
        ("31.2.2024", "day is out of range"),
        ("13/2024", "no month 13"),
        ("Q5/2024", "no rule"),
        ("vko 54/2023", "no week 54"),
        ("kevät", "needs a year"),
        ("alkuvuosi", "needs a year"),
        ("marras-helmikuu 2024", "across a new year"),
        ("5-3/2024", "backwards"),
        ("15.4.2024–1.3.2024", "ends before it starts"),
        ("kevät 2024 (maalis-huhtkuu)", "brackets"),
        ("lokakuun loppuun " + "x" * 300, "longer than 200"),
    ],
)
def test_bad_input_names_the_text(text, reason):
    with pytest.raises(VagueDateError) as caught:
        parse_vague_date(text, reference=DECK_DAY)
    error = caught.value
    assert isinstance(error, ValueError)
    assert repr(text) in str(error)
    assert reason in str(error)
    assert error.text == text
    if text.strip():
        assert text[:50] in error.ui_message


def test_needs_year_suggests_the_coming_season():
    with pytest.raises(VagueDateError) as caught:
        parse_vague_date("kevät", reference=DECK_DAY)
    assert caught.value.ui_message == '"kevät" needs a year, for example "kevät 2024".'


def test_sorting_earliest_deadline_first_then_narrowest_window():
    texts = ["2024", "loppuvuosi 2024", "Q4/2024", "31.12.2024", "12/2024", "syksy 2024",
             "lokakuun loppuun mennessä", "1/2024", "alkuvuosi 2024",
             "kevät 2024 (maalis-huhtikuu)", "31.10.", "vko 44"]  # fmt: skip
    values = [parse_vague_date(text, reference=DECK_DAY) for text in texts]
    ordered = [value.label for value in sorted(values, key=lambda value: value.sort_key)]
    assert ordered == [
        "31.10.",
        "lokakuun loppuun mennessä",
        "vko 44",
        "1/2024",
        "kevät 2024 (maalis-huhtikuu)",
        "alkuvuosi 2024",
        "syksy 2024",
        "31.12.2024",
        "12/2024",
        "Q4/2024",
        "loppuvuosi 2024",
        "2024",
    ]


@pytest.mark.parametrize(
    ("text", "last_on_time"),
    [("lokakuun loppuun mennessä", D(2023, 10, 31)), ("31.10.", D(2023, 10, 31)),
     ("alkuvuonna 2024", D(2024, 6, 30)), ("keväällä 2024 (maalis-huhtikuu)", D(2024, 4, 30)),
     ("vuoden loppuun mennessä", D(2023, 12, 31)), ("talvella 2024", D(2024, 2, 29))],
)  # fmt: skip
def test_overdue_from_the_day_after_the_deadline(text, last_on_time):
    value = parse_vague_date(text, reference=DECK_DAY)
    assert not value.is_overdue(value.start)
    assert not value.is_overdue(last_on_time)
    assert value.is_overdue(date.fromordinal(last_on_time.toordinal() + 1))


def test_inconsistent_values_are_refused():
    with pytest.raises(ValueError, match="does not fit the precision month"):
        VagueDate(D(2024, 1, 1), D(2024, 2, 29), Precision.MONTH)
    with pytest.raises(ValueError, match="ends before it starts"):
        VagueDate(D(2024, 2, 1), D(2024, 1, 1), Precision.PERIOD)
    with pytest.raises(ValueError, match="months and years only"):
        VagueDate(D(2024, 1, 1), D(2024, 3, 31), Precision.QUARTER, by_end=True)
    with pytest.raises(ValueError, match="season"):
        VagueDate(D(2024, 5, 1), D(2024, 6, 30), Precision.SEASON)


def test_period_takes_the_narrowest_precision():
    assert VagueDate.period(D(2024, 4, 1), D(2024, 6, 30)).precision == Precision.QUARTER
    assert VagueDate.period(D(2024, 1, 1), D(2024, 12, 31)).precision == Precision.YEAR
    assert VagueDate.period(D(2024, 2, 1), D(2024, 4, 30)).precision == Precision.PERIOD


# Display -------------------------------------------------------------------------------------

DISPLAY_EN = [
    ("lokakuun loppuun mennessä", "by the end of October 2023"),
    ("alkuvuonna 2024", "early 2024"),
    ("loppuvuosi 2024", "late 2024"),
    ("vuoden loppuun mennessä", "by the end of 2023"),
    ("1/2024", "1/2024"),
    ("keväällä 2024", "spring 2024"),
    ("keväällä 2024 (maalis-huhtikuu?)", "spring 2024 (March–April)"),
    ("talvella 2024", "winter 2023–2024"),
    ("31.10.", "31 October 2023"),
    ("Q1/2024", "Q1/2024"),
    ("vko 44", "week 44/2023"),
    ("maalis-huhtikuu 2024", "3–4/2024"),
    ("1.3.–15.4.2024", "1 March 2024–15 April 2024"),
    ("vuoden 2024 aikana", "2024"),
]


@pytest.mark.parametrize(("text", "shown"), DISPLAY_EN)
def test_english_display(text, shown):
    assert parse_vague_date(text, reference=DECK_DAY).format("en") == shown


# What the lead puts in the .po files; the tests compile it to check the msgids and that the
# translated texts read back.
PROPOSED_TRANSLATIONS = {
    **{
        f"by the end of {english} %(year)s": (f"{finnish}n %(year)s loppuun mennessä",
                                              f"före utgången av {swedish} %(year)s")
        for english, finnish, swedish in zip(
            "January February March April May June July August September October November "
            "December".split(),
            "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu "
            "lokakuu marraskuu joulukuu".split(),
            "januari februari mars april maj juni juli augusti september oktober november "
            "december".split(),
            strict=True,
        )
    },
    "by the end of %(year)s": ("vuoden %(year)s loppuun mennessä", "före utgången av %(year)s"),
    "early %(year)s": ("alkuvuosi %(year)s", "början av %(year)s"),
    "late %(year)s": ("loppuvuosi %(year)s", "senare delen av %(year)s"),
    "spring %(year)s": ("kevät %(year)s", "våren %(year)s"),
    "summer %(year)s": ("kesä %(year)s", "sommaren %(year)s"),
    "autumn %(year)s": ("syksy %(year)s", "hösten %(year)s"),
    "winter %(start_year)s–%(end_year)s": ("talvi %(start_year)s–%(end_year)s",
                                           "vintern %(start_year)s–%(end_year)s"),
    "week %(week)s/%(year)s": ("vko %(week)s/%(year)s", "vecka %(week)s/%(year)s"),
}  # fmt: skip


def test_every_rendered_msgid_has_a_proposed_translation():
    msgids = {
        str(message)
        for table in (vaguedate._MONTH_END, vaguedate._HALF, vaguedate._SEASON_LABEL)
        for message in table.values()
    } | {str(vaguedate._YEAR_END), str(vaguedate._WEEK)}
    assert msgids == set(PROPOSED_TRANSLATIONS)


@pytest.fixture(scope="module")
def proposed_locale(tmp_path_factory):
    """fi and sv catalogues with the proposed translations, compiled to .mo files."""
    root = tmp_path_factory.mktemp("locale")
    for index, language in enumerate(("fi", "sv")):
        catalogue = polib.POFile()
        catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
        for msgid, translations in PROPOSED_TRANSLATIONS.items():
            catalogue.append(polib.POEntry(msgid=msgid, msgstr=translations[index]))
        folder = root / language / "LC_MESSAGES"
        folder.mkdir(parents=True)
        catalogue.save_as_mofile(str(folder / "django.mo"))
    with override_settings(LOCALE_PATHS=[str(root)]):
        yield root


DISPLAY_TRANSLATED = [
    ("lokakuun loppuun mennessä", "lokakuun 2023 loppuun mennessä",
     "före utgången av oktober 2023"),
    ("alkuvuonna 2024", "alkuvuosi 2024", "början av 2024"),
    ("vuoden loppuun mennessä", "vuoden 2023 loppuun mennessä", "före utgången av 2023"),
    ("1/2024", "1/2024", "1/2024"),
    ("keväällä 2024", "kevät 2024", "våren 2024"),
    ("keväällä 2024 (maalis-huhtikuu?)", "kevät 2024 (maaliskuu–huhtikuu)",
     "våren 2024 (mars–april)"),
    ("talvella 2024", "talvi 2023–2024", "vintern 2023–2024"),
    ("31.10.", "31.10.2023", "31.10.2023"),
    ("vko 44", "vko 44/2023", "vecka 44/2023"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "finnish", "swedish"), DISPLAY_TRANSLATED)
def test_finnish_and_swedish_display(proposed_locale, text, finnish, swedish):
    value = parse_vague_date(text, reference=DECK_DAY)
    assert value.format("fi") == finnish
    assert value.format("sv") == swedish


# Round trips -----------------------------------------------------------------------------------

LANGUAGE = st.sampled_from(["fi", "sv", "en"])
YEARS = st.integers(1950, 2150)
VAGUE_DATES = st.one_of(
    st.dates(D(1950, 1, 1), D(2150, 12, 31)).map(VagueDate.day),
    st.builds(lambda y, m, e: VagueDate.month(y, m, by_end=e), YEARS, st.integers(1, 12),
              st.booleans()),
    st.builds(VagueDate.quarter, YEARS, st.integers(1, 4)),
    st.builds(VagueDate.half_year, YEARS, st.integers(1, 2)),
    st.builds(VagueDate.season, YEARS, st.sampled_from(["spring", "summer", "autumn", "winter"])),
    st.builds(lambda y, e: VagueDate.year(y, by_end=e), YEARS, st.booleans()),
    st.builds(VagueDate.week, YEARS, st.integers(1, 52)),
    st.builds(lambda a, b: VagueDate.period(min(a, b), max(a, b)),
              st.dates(D(1950, 1, 1), D(2150, 12, 31)), st.dates(D(1950, 1, 1), D(2150, 12, 31))),
)  # fmt: skip


@given(day=st.dates(D(1900, 1, 1), D(2200, 12, 31)), language=LANGUAGE)
def test_any_day_reads_back(proposed_locale, day, language):
    value = VagueDate.day(day)
    assert parse_vague_date(value.format(language), reference=DECK_DAY) == value


@given(value=VAGUE_DATES, language=LANGUAGE)
def test_any_vague_date_reads_back_in_every_language(proposed_locale, value, language):
    shown = value.format(language)
    again = parse_vague_date(shown, reference=DECK_DAY, language=language)
    assert (again.start, again.end, again.precision, again.by_end) == (
        value.start, value.end, value.precision, value.by_end
    ), shown  # fmt: skip


@pytest.mark.parametrize("text", [text for text, *_rest in PHRASES])
@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_parsed_phrase_shown_reads_back_to_the_same_window(proposed_locale, text, language):
    value = parse_vague_date(text, reference=DECK_DAY)
    again = parse_vague_date(value.format(language), reference=D(1990, 1, 1))
    assert again == value
