"""Cell parsers and column matching, one value at a time."""

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from yhdyspinta.documents.spreadsheets import (
    CellError,
    Choice,
    ChoiceMatcher,
    Column,
    ColumnKind,
    normalize_key,
    parse_boolean,
    parse_date,
    parse_decimal,
    parse_email,
    parse_integer,
    parse_text,
    parse_url,
)


@pytest.fixture(autouse=True)
def _english():
    """Headers and messages in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("31.12.2025", dt.date(2025, 12, 31)),
        ("1.2.2024", dt.date(2024, 2, 1)),
        ("01.02.2024.", dt.date(2024, 2, 1)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        ("2024-02-29 13:45:00", dt.date(2024, 2, 29)),
        (dt.datetime(2024, 5, 1, 0, 0), dt.date(2024, 5, 1)),
        (dt.date(2024, 5, 1), dt.date(2024, 5, 1)),
    ],
)
def test_dates_are_read_in_finnish_and_iso_forms_and_from_date_cells(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "value", ["31.2.2024", "1.13.2024", "2023-02-29", "1/2/2024", "ens. vko", 45000]
)
def test_malformed_dates_raise_a_cell_error(value):
    with pytest.raises(CellError) as caught:
        parse_date(value)
    assert caught.value.code == "invalid_date"


def test_a_two_digit_year_is_refused_with_advice():
    with pytest.raises(CellError) as caught:
        parse_date("1.2.24")
    assert "four digits" in str(caught.value)


@pytest.mark.parametrize(
    "value", ["kyllä", "Kylla", "K", "joo", "ja", "JA", "yes", "Y", "x", "X", "true", True, 1]
)
def test_yes_is_understood_in_finnish_swedish_and_english(value):
    assert parse_boolean(value) is True


@pytest.mark.parametrize("value", ["ei", "EI", "nej", "no", "N", "false", False, 0])
def test_no_is_understood_in_finnish_swedish_and_english(value):
    assert parse_boolean(value) is False


@pytest.mark.parametrize("value", ["ehkä", "kyllä ja ei", 2])
def test_other_answers_are_not_yes_or_no(value):
    with pytest.raises(CellError):
        parse_boolean(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("12,5", Decimal("12.5")),
        ("1 234,50", Decimal("1234.50")),
        ("1\u00a0234", Decimal("1234")),
        ("−3,25", Decimal("-3.25")),
        (0.1, Decimal("0.1")),
        (7, Decimal(7)),
    ],
)
def test_numbers_accept_a_decimal_comma_and_spaces(value, expected):
    assert parse_decimal(value) == expected


@pytest.mark.parametrize("value", ["1.234,5", "12 kpl", "NaN", "Infinity", True])
def test_things_that_are_not_numbers_are_refused(value):
    with pytest.raises(CellError):
        parse_decimal(value)


def test_integers_accept_whole_floats_and_refuse_fractions():
    assert parse_integer(12.0) == 12
    assert parse_integer("1 200") == 1200
    with pytest.raises(CellError) as caught:
        parse_integer("12,5")
    assert caught.value.code == "invalid_integer"


def test_email_and_url_are_validated():
    assert parse_email("mailto:Anna.Virtanen@siunsote.fi") == "Anna.Virtanen@siunsote.fi"
    assert parse_url("www.joensuu.fi/hyte") == "https://www.joensuu.fi/hyte"
    for bad, parser in [("anna@", parse_email), ("anna virtanen", parse_email)]:
        with pytest.raises(CellError):
            parser(bad)
    with pytest.raises(CellError):
        parse_url("javascript:alert(1)")


def test_text_keeps_what_people_see_and_checks_length():
    assert parse_text(12.0) == "12"
    assert parse_text(dt.datetime(2024, 3, 1)) == "1.3.2024"
    with pytest.raises(CellError) as caught:
        parse_text("abcdef", max_length=5)
    assert caught.value.params == {"length": 6, "limit": 5}


def test_normalized_keys_ignore_case_spacing_and_punctuation():
    assert normalize_key(" Sähkö-posti ") == normalize_key("SÄHKÖPOSTI*") == "sähköposti"
    assert normalize_key("E-mail") == normalize_key("email")


def test_a_column_knows_its_names_in_every_language_and_its_aliases():
    column = Column("name", _("Name"), aliases=("Nimi (pakollinen)", "Namn"))

    exact, loose = column.header_keys()

    assert {"name", "namn", "nimipakollinen"} <= exact
    assert "nimi" in loose


def test_a_column_rejects_an_unknown_kind():
    with pytest.raises(ValueError):
        Column("x", "X", kind="colour")
    assert Column("x", "X", kind="date").kind is ColumnKind.DATE


def test_the_closest_choice_is_suggested():
    matcher = ChoiceMatcher(
        [Choice("employment", "Työllisyys"), Choice("integration", "Kotoutuminen")]
    )

    assert matcher.suggest("Tyollisyys") == "Työllisyys"
    assert matcher.suggest("kotoutumin") == "Kotoutuminen"
    assert matcher.suggest("Liikenne") is None
    with pytest.raises(CellError) as caught:
        matcher.parse("Tyollisyys")
    assert caught.value.params == {"suggestion": "Työllisyys"}


def test_choice_aliases_and_translated_labels_are_accepted():
    matcher = ChoiceMatcher([Choice("employment", _("employment"), aliases=("sysselsättning",))])

    assert matcher.parse("Sysselsättning") == "employment"
    assert matcher.parse("EMPLOYMENT") == "employment"


def test_commas_inside_a_choice_do_not_split_it():
    matcher = ChoiceMatcher(
        [Choice("land_use", "Tilat, maankäyttö, kaavoitus"), Choice("employment", "Työllisyys")]
    )

    assert matcher.split("Työllisyys, Tilat, maankäyttö, kaavoitus") == [
        "Työllisyys",
        "Tilat, maankäyttö, kaavoitus",
    ]
    assert matcher.split("Tilat, Työllisyys") == ["Tilat", "Työllisyys"]
