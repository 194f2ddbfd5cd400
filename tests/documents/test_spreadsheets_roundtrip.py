"""Export, then read back: the same values, and a file people can work with in Excel."""

import datetime as dt
import io
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from yhdyspinta.documents.spreadsheets import (
    Choice,
    Column,
    ColumnKind,
    read_table,
    template_xlsx,
    write_xlsx,
)

THEMES = [
    ("employment", "Työllisyys"),
    ("integration", "Kotoutuminen"),
    ("land_use", "Tilat, maankäyttö, kaavoitus"),
    ("preparedness", "Valmius ja varautuminen"),
]
MANY_CHOICES = [Choice(f"code{i}", f"Kunta numero {i} – pitkä nimi") for i in range(60)]

COLUMNS = [
    Column("name", _("Name"), required=True, aliases=("Nimi", "Namn"), width=40),
    Column("email", _("E-mail"), kind=ColumnKind.EMAIL, aliases=("Sähköposti", "E-post")),
    Column("start", _("Start date"), kind=ColumnKind.DATE, aliases=("Alkaa",)),
    Column("active", _("Active"), kind=ColumnKind.BOOLEAN, aliases=("Toiminnassa",)),
    Column("themes", _("Themes"), choices=THEMES, multiple=True, aliases=("Teemat",)),
    Column("members", _("Members"), kind=ColumnKind.INTEGER),
    Column("budget", _("Budget"), kind=ColumnKind.DECIMAL),
    Column("tags", _("Keywords"), multiple=True),
    Column("municipality", _("Municipality"), choices=MANY_CHOICES),
    Column("notes", _("Notes"), help_text=_("Anything else worth knowing.")),
]

ROWS = [
    {
        "name": "Pielisen Karjalan työllisyysverkosto",
        "email": "matti.meikalainen@lieksa.fi",
        "start": dt.date(2024, 1, 31),
        "active": True,
        "themes": ["employment", "land_use"],
        "members": 14,
        "budget": Decimal("12500.5"),
        "tags": ["nuoret", "työttömät", "Äänekoski"],
        "municipality": "code7",
        "notes": "Kokoontuu kuukausittain;\nvetäjä vaihtuu vuosittain.",
    },
    {
        "name": "Ööäå-verkosto",
        "email": None,
        "start": None,
        "active": False,
        "themes": [],
        "members": None,
        "budget": Decimal("0.25"),
        "tags": [],
        "municipality": None,
        "notes": '=HYPERLINK("http://example.invalid")',
    },
]


@pytest.fixture(autouse=True)
def _english():
    """Headers and messages in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def _read(data, columns=COLUMNS, **kwargs):
    return read_table(data, columns, filename="verkostot.xlsx", max_bytes=5_000_000, **kwargs)


def test_export_then_import_gives_identical_values():
    data = write_xlsx(COLUMNS, ROWS, sheet_title="Verkostot", instructions=["Täytä taulukko."])

    result = _read(data)

    assert result.errors == []
    assert result.sheet == "Verkostot"
    assert [row.values for row in result.rows] == ROWS
    assert [row.row_number for row in result.rows] == [2, 3]


def test_round_trip_works_below_a_title_row_and_with_objects_and_dotted_accessors():
    columns = [
        Column("name", _("Name"), accessor="network.name", required=True),
        Column("due", _("Due"), kind=ColumnKind.DATE, accessor=lambda row: row.due),
    ]
    rows = [
        SimpleNamespace(network=SimpleNamespace(name="Perhekeskus"), due=dt.date(2025, 12, 31)),
        SimpleNamespace(network=None, due=dt.datetime(2026, 2, 1, 0, 0)),
    ]
    data = write_xlsx(columns, rows, sheet_title="Toimet", title_row="Jatkotoimenpiteet 2025")

    result = _read(data, columns, allow_empty=True)

    assert result.header_row == 2
    assert result.errors[0].reason_code == "required"
    assert result.errors[0].row == 4
    assert [row.values["due"] for row in result.rows] == [
        dt.date(2025, 12, 31),
        dt.date(2026, 2, 1),
    ]


def test_the_export_is_formatted_for_people():
    data = write_xlsx(COLUMNS, ROWS, sheet_title="Verkostot", title_row="Yhteistyöverkostot")
    workbook = load_workbook(io.BytesIO(data))

    ws = workbook["Verkostot"]
    assert workbook.sheetnames[0] == "Verkostot"
    assert ws["A1"].value == "Yhteistyöverkostot"
    assert ws["A2"].value == "Name" and ws["A2"].font.bold
    assert ws.freeze_panes == "A3"
    assert ws.column_dimensions["A"].width == 40
    date_cell = ws["C3"]
    assert date_cell.value == dt.datetime(2024, 1, 31)
    assert date_cell.number_format == "d.m.yyyy"
    assert ws["D3"].value == "yes" and ws["D4"].value == "no"
    assert ws["E3"].value == "Työllisyys; Tilat, maankäyttö, kaavoitus"
    # Text that looks like a formula is stored as text, never evaluated.
    assert ws["J4"].data_type == "s"
    assert ws["J4"].value.startswith("=HYPERLINK")


def test_choice_columns_get_dropdowns_from_a_hidden_lists_sheet():
    data = write_xlsx(COLUMNS, ROWS, sheet_title="Verkostot")
    workbook = load_workbook(io.BytesIO(data))
    ws = workbook["Verkostot"]
    lists = workbook["lists"]

    assert lists.sheet_state == "hidden"
    validations = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
    themes, municipality, active = validations["E2"], validations["I2"], validations["D2"]
    assert themes.type == "list" and themes.formula1 == "'lists'!$A$1:$A$4"
    assert not themes.showErrorMessage  # several themes per cell must stay possible
    assert municipality.formula1 == "'lists'!$B$1:$B$60" and municipality.showErrorMessage
    assert [cell.value for cell in lists["B"]][:2] == [c.label for c in MANY_CHOICES[:2]]
    assert active.formula1 == '"yes,no"'


def test_the_template_is_empty_with_instructions_and_reads_back_without_rows():
    data = template_xlsx(COLUMNS, sheet_title="Verkostot", instructions=["Yksi rivi per verkosto."])
    workbook = load_workbook(io.BytesIO(data))

    assert workbook.sheetnames == ["Verkostot", "Instructions", "lists"]
    assert workbook["Verkostot"].max_row == 1
    guide = [[cell.value for cell in row] for row in workbook["Instructions"].iter_rows()]
    assert guide[1][0] == "Yksi rivi per verkosto."
    name_row = next(row for row in guide if row[0] == "Name")
    assert name_row[1] == "yes"
    notes_row = next(row for row in guide if row[0] == "Notes")
    assert notes_row[3] == "Anything else worth knowing."
    themes_row = next(row for row in guide if row[0] == "Themes")
    assert "Työllisyys" in themes_row[2] and "semicolons" in themes_row[2]

    assert _read(data, allow_empty=True).errors == []
    assert [p.reason_code for p in _read(data).errors] == ["no_rows"]


def test_choices_may_come_from_a_callable_evaluated_at_each_call():
    calls = []

    def municipalities():
        calls.append(1)
        return [(1, "Joensuu"), (2, "Lieksa")]

    columns = [Column("municipality", _("Municipality"), choices=municipalities)]
    data = write_xlsx(columns, [{"municipality": 2}], sheet_title="Kunnat")
    result = _read(data, columns)

    assert result.rows[0].values == {"municipality": 2}
    assert len(calls) == 2


@settings(max_examples=25, deadline=None)
@given(
    text=st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80
    ).filter(lambda t: t.strip() and "<" not in t and t == " ".join(t.split())),
    day=st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 12, 31)),
    flag=st.booleans(),
    number=st.integers(min_value=-(10**12), max_value=10**12),
)
def test_round_trip_holds_for_any_text_date_boolean_and_integer(text, day, flag, number):
    columns = [
        Column("text", _("Text")),
        Column("day", _("Day"), kind=ColumnKind.DATE),
        Column("flag", _("Flag"), kind=ColumnKind.BOOLEAN),
        Column("number", _("Number"), kind=ColumnKind.INTEGER),
    ]
    row = {"text": text, "day": day, "flag": flag, "number": number}
    result = _read(write_xlsx(columns, [row], sheet_title="Data"), columns)

    assert result.errors == []
    assert result.rows[0].values == row


@pytest.mark.parametrize("title", ["Verkostot [2025]: kaikki/osa?", "x" * 40])
def test_sheet_titles_are_made_valid(title):
    data = write_xlsx(COLUMNS[:1], [{"name": "A"}], sheet_title=title)
    name = load_workbook(io.BytesIO(data)).sheetnames[0]

    assert len(name) <= 31 and not set("[]:*?/\\") & set(name)
    assert _read(data, COLUMNS[:1], sheet=name).rows[0].values == {"name": "A"}
