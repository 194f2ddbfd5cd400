"""Real sheets people send: title rows, merged cells, extra columns, other languages."""

import datetime as dt
import io

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from yhdyspinta.documents.spreadsheets import Column, ColumnKind, read_table

COLUMNS = [
    Column("name", _("Name"), required=True, aliases=("Nimi", "Verkoston nimi", "Nätverkets namn")),
    Column("municipality", _("Municipality"), aliases=("Kunta", "Kommun")),
    Column("email", _("E-mail"), kind=ColumnKind.EMAIL, aliases=("Sähköposti", "E-post")),
    Column("start", _("Start date"), kind=ColumnKind.DATE, aliases=("Aloituspäivä", "Startdatum")),
    Column("active", _("Active"), kind=ColumnKind.BOOLEAN, aliases=("Toiminnassa", "Aktiv")),
    Column("budget", _("Budget"), kind=ColumnKind.DECIMAL, aliases=("Budjetti",)),
]


@pytest.fixture(autouse=True)
def _english():
    """Headers and messages in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def _xlsx(rows, *, title="Taulukko1", merges=(), extra_sheets=()):
    workbook = Workbook()
    for sheet_title, sheet_rows in extra_sheets:
        extra = workbook.create_sheet(sheet_title)
        for row in sheet_rows:
            extra.append(row)
    ws = workbook.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for cell_range in merges:
        ws.merge_cells(cell_range)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _read(data, **kwargs):
    return read_table(data, COLUMNS, filename="verkostot.xlsx", max_bytes=5_000_000, **kwargs)


def test_it_finds_the_header_below_title_rows_and_skips_blank_rows():
    data = _xlsx(
        [
            ["Pohjois-Karjalan hyvinvointialue"],
            ["Yhteistyöverkostot 2025", None, "päivitetty 3.3.2025"],
            [],
            ["  NIMI ", "kunta", "Sähkö-posti", "Aloituspäivä (pp.kk.vvvv)", "Toiminnassa?"],
            [],
            ["Perhekeskusverkosto", "Joensuu", "anna@joensuu.fi", "1.2.2024", "kyllä"],
            [None, None, None, None, None],
            ["  ", "", None, None, None],
            ["Työllisyysverkosto", "Lieksa", None, dt.datetime(2023, 9, 1), "x"],
        ]
    )

    result = _read(data)

    assert result.errors == []
    assert result.header_row == 4
    assert result.sheet == "Taulukko1"
    assert [row.row_number for row in result.rows] == [6, 9]
    assert result.rows[0].values == {
        "name": "Perhekeskusverkosto",
        "municipality": "Joensuu",
        "email": "anna@joensuu.fi",
        "start": dt.date(2024, 2, 1),
        "active": True,
        "budget": None,
    }
    assert result.rows[1].values["start"] == dt.date(2023, 9, 1)
    assert result.columns_found == ["name", "municipality", "email", "start", "active"]


def test_it_reads_swedish_headers_in_any_order_and_ignores_extra_columns():
    data = _xlsx(
        [
            ["Anteckningar", "Aktiv", "Kommun", "E-post", "Nätverkets namn", "Budjetti"],
            ["intern", "ja", "Kitee", "info@kitee.fi", "Ungdomsnätverket", "1 250,50"],
            ["", "nej", "Outokumpu", None, "Äldrerådet", "0,5"],
        ]
    )

    result = _read(data)

    assert result.errors == []
    assert result.ignored_headers == ["Anteckningar"]
    assert [
        (r.values["name"], r.values["active"], str(r.values["budget"])) for r in result.rows
    ] == [
        ("Ungdomsnätverket", True, "1250.50"),
        ("Äldrerådet", False, "0.5"),
    ]


def test_it_reads_english_headers_from_the_translations_of_the_header():
    data = _xlsx([["Start Date", "name", "E_MAIL", "active"], ["2024-05-06", "Net", None, "YES"]])

    result = _read(data)

    assert result.errors == []
    assert result.rows[0].values["start"] == dt.date(2024, 5, 6)
    assert result.rows[0].values["active"] is True


def test_a_merged_group_header_above_the_real_header_is_passed_over():
    data = _xlsx(
        [
            ["Verkosto", None, "Yhteyshenkilö", None],
            ["Nimi", "Kunta", "Sähköposti", "Toiminnassa"],
            ["Hyte-ryhmä", "Ilomantsi", "hyte@ilomantsi.fi", "ei"],
        ],
        merges=["A1:B1", "C1:D1"],
    )

    result = _read(data)

    assert result.errors == []
    assert result.header_row == 2
    assert result.rows[0].values["email"] == "hyte@ilomantsi.fi"


def test_a_header_cell_merged_across_two_rows_and_two_columns_is_read_once():
    data = _xlsx(
        [
            ["Nimi", "Yhteystiedot", None, "Kunta"],
            [None, "Sähköposti", "Puhelin", None],
            ["Liikuntaverkosto", "liikunta@nurmes.fi", "040 123", "Nurmes"],
        ],
        merges=["A1:A2", "D1:D2", "B1:C1"],
    )

    result = _read(data)

    assert result.errors == []
    assert result.header_row == 2
    assert result.rows[0].values["name"] == "Liikuntaverkosto"
    assert result.rows[0].values["municipality"] == "Nurmes"


def test_a_header_merged_across_columns_is_one_column_not_a_duplicate():
    data = _xlsx(
        [["Nimi", None, "Kunta"], ["Verkosto A", None, "Juuka"]],
        merges=["A1:B1"],
    )

    result = _read(data)

    assert result.errors == []
    assert result.rows[0].values["name"] == "Verkosto A"


def test_merged_data_cells_give_their_value_to_every_row_of_the_range():
    data = _xlsx(
        [
            ["Kunta", "Nimi"],
            ["Polvijärvi", "Verkosto 1"],
            [None, "Verkosto 2"],
            [None, "Verkosto 3"],
        ],
        merges=["A2:A4"],
    )

    result = _read(data)

    assert [row.values["municipality"] for row in result.rows] == ["Polvijärvi"] * 3


def test_a_header_repeated_inside_the_data_is_skipped():
    data = _xlsx([["Nimi", "Kunta"], ["A", "Kontiolahti"], ["Nimi", "Kunta"], ["B", "Liperi"]])

    result = _read(data)

    assert result.errors == []
    assert [row.values["name"] for row in result.rows] == ["A", "B"]


def test_it_picks_the_sheet_with_the_header_and_can_be_told_which_sheet():
    data = _xlsx(
        [["Nimi", "Kunta"], ["Verkosto", "Rääkkylä"]],
        title="Verkostot",
        extra_sheets=[("Ohjeet", [["Täytä taulukko"], ["Nimi"]])],
    )

    assert _read(data).sheet == "Verkostot"
    result = _read(data, sheet="verkostot")
    assert result.rows[0].values["municipality"] == "Rääkkylä"


def test_numbers_and_dates_in_text_columns_read_as_people_see_them():
    data = _xlsx([["Nimi", "Kunta"], [2024.0, dt.datetime(2024, 3, 1)]])

    result = _read(data)

    assert result.rows[0].values["name"] == "2024"
    assert result.rows[0].values["municipality"] == "1.3.2024"
