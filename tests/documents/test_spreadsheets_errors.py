"""Bad cells and rows: every problem is found, located by sheet, row and column, and explained."""

import datetime as dt
import io

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from yhdyspinta.documents.spreadsheets import Column, ColumnKind, read_table

THEMES = [
    ("employment", "Työllisyys"),
    ("integration", "Kotoutuminen"),
    ("land_use", "Tilat, maankäyttö, kaavoitus"),
]
COLUMNS = [
    Column("name", _("Name"), required=True, aliases=("Nimi",), max_length=40),
    Column("email", _("E-mail"), kind=ColumnKind.EMAIL, aliases=("Sähköposti",)),
    Column("start", _("Start date"), kind=ColumnKind.DATE, aliases=("Alkaa",)),
    Column("active", _("Active"), kind=ColumnKind.BOOLEAN, aliases=("Toiminnassa",)),
    Column("theme", _("Theme"), choices=THEMES, aliases=("Teema",)),
    Column("themes", _("Other themes"), choices=THEMES, multiple=True, aliases=("Muut teemat",)),
    Column("members", _("Members"), kind=ColumnKind.INTEGER, aliases=("Jäseniä",)),
    Column("municipality", _("Municipality"), aliases=("Kunta",)),
]
HEADER = ["Nimi", "Sähköposti", "Alkaa", "Toiminnassa", "Teema", "Muut teemat", "Jäseniä", "Kunta"]


@pytest.fixture(autouse=True)
def _english():
    """Headers and messages in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def _xlsx(rows, title="Verkostot"):
    workbook = Workbook()
    ws = workbook.active
    ws.title = title
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _read(rows, **kwargs):
    return read_table(_xlsx(rows), COLUMNS, filename="networks.xlsx", max_bytes=5_000_000, **kwargs)


def _row(**values):
    keys = [column.key for column in COLUMNS]
    base = {"name": "Verkosto", "municipality": "Joensuu"}
    return [{**base, **values}.get(key) for key in keys]


def _problems(result):
    return [(p.row, p.column_letter, p.reason_code) for p in result.errors]


def test_a_bad_email_is_named_by_file_sheet_row_and_column():
    rows = [["Verkostorekisteri"], [], HEADER] + [_row()] * 3 + [_row(email="matti@")]

    result = _read(rows, allow_empty=True)

    (problem,) = result.errors
    assert (problem.row, problem.column, problem.column_letter) == (7, "Sähköposti", "B")
    assert problem.column_key == "email" and problem.value == "matti@"
    assert problem.as_text() == (
        "networks.xlsx, sheet Verkostot, row 7, column Sähköposti: "
        "'matti@' is not a valid e-mail address."
    )


def test_every_problem_in_the_file_is_collected_in_row_order():
    rows = [
        HEADER,
        _row(start="31.2.2024", email="matti@"),
        _row(name=None),
        _row(start="1.2.24", active="ehkä"),
        _row(start="huomenna", members="12,5"),
        _row(name="<b>Verkosto</b>"),
        _row(name="x" * 41),
    ]

    result = _read(rows)

    assert _problems(result) == [
        (2, "B", "invalid_email"),
        (2, "C", "invalid_date"),
        (3, "A", "required"),
        (4, "C", "invalid_date"),
        (4, "D", "invalid_boolean"),
        (5, "C", "invalid_date"),
        (5, "G", "invalid_integer"),
        (6, "A", "html"),
        (7, "A", "too_long"),
    ]
    texts = [problem.as_text() for problem in result.errors]
    assert texts[1].endswith("column Alkaa: '31.2.2024' is not a real date.")
    assert texts[3].endswith("'1.2.24': write the year with four digits, as in 31.12.2025.")
    assert texts[7].endswith("column Nimi: HTML is not allowed; write plain text.")
    assert texts[8].endswith("The text is 41 characters long; at most 40 are allowed.")
    assert len(result.rows) == 6  # rows are returned for previews, but nothing may be written


@pytest.mark.parametrize(
    "text", ["<script>alert(1)</script>", "Hei <a href='x'>linkki</a>", "<!-- kommentti -->"]
)
def test_html_in_any_text_cell_is_rejected(text):
    result = _read([HEADER, _row(municipality=text)])

    assert _problems(result) == [(2, "H", "html")]


def test_text_with_angle_brackets_that_is_not_html_is_accepted():
    result = _read([HEADER, _row(name="Ikä < 18 v ja > 65 v")])

    assert result.errors == []
    assert result.rows[0].values["name"] == "Ikä < 18 v ja > 65 v"


def test_an_unknown_choice_suggests_the_closest_one():
    result = _read([HEADER, _row(theme="Tyollisyys"), _row(theme="Avaruusmatkailu")])

    first, second = result.errors
    assert first.reason_code == "unknown_choice" and first.row == 2 and first.column == "Teema"
    assert first.as_text().endswith(
        "'Tyollisyys' is not one of the allowed values. Did you mean 'Työllisyys'?"
    )
    assert "Did you mean" not in second.as_text()
    assert "pick one from the drop-down list" in second.as_text()


def test_choices_match_regardless_of_case_spacing_and_the_stored_code():
    rows = [HEADER, _row(theme="  työllisyys "), _row(theme="LAND_USE"), _row(theme="Kotoutuminen")]

    result = _read(rows)

    assert result.errors == []
    assert [row.values["theme"] for row in result.rows] == ["employment", "land_use", "integration"]


def test_multiple_values_are_split_on_commas_semicolons_and_line_breaks():
    cell = "Työllisyys, Kotoutuminen\nTilat, maankäyttö, kaavoitus; työllisyys"

    result = _read([HEADER, _row(themes=cell), _row(themes="Kotoutuminen, Tyollisyys")])

    assert result.rows[0].values["themes"] == ["employment", "integration", "land_use"]
    (problem,) = result.errors
    assert (problem.row, problem.column, problem.value) == (3, "Muut teemat", "Tyollisyys")
    assert result.rows[1].values["themes"] == ["integration"]


def test_a_missing_required_column_is_reported_once_not_on_every_row():
    header = [h for h in HEADER if h != "Nimi"]
    rows = [["Otsikko"], header] + [_row()[1:] for _i in range(5)]

    result = _read(rows)

    (problem,) = result.errors
    assert problem.reason_code == "missing_column"
    assert (problem.row, problem.column_key) == (2, "name")
    assert problem.as_text() == (
        "networks.xlsx, sheet Verkostot, row 2, column Name: "
        "The required column 'Name' is missing from the header row."
    )
    assert all(row.values["name"] is None for row in result.rows)


def test_a_missing_optional_column_reads_as_empty():
    result = _read([["Nimi", "Muut teemat"], ["A", None]])

    assert result.errors == []
    assert result.columns_found == ["name", "themes"]
    assert result.rows[0].values["email"] is None
    assert result.rows[0].values["themes"] == []


def test_duplicate_rows_are_reported_with_both_row_numbers():
    rows = [HEADER, _row(name="Perhekeskus"), _row(name="Toinen"), _row(name=" PERHEKESKUS ")]

    result = _read(rows, unique_together=("name",))

    (problem,) = result.errors
    assert (problem.row, problem.column, problem.reason_code) == (4, "Nimi", "duplicate_row")
    assert problem.as_text().endswith("Row 4 repeats row 2 (same Nimi).")


def test_duplicates_on_several_columns_need_all_of_them_equal():
    rows = [
        HEADER,
        _row(name="A", municipality="Joensuu"),
        _row(name="A", municipality="Lieksa"),
        _row(name="A", municipality="joensuu"),
    ]

    result = _read(rows, unique_together=("name", "municipality"))

    assert [(p.row, p.params["first_row"]) for p in result.errors] == [(4, 2)]
    assert "(same Nimi, Kunta)" in result.errors[0].as_text()


def test_unique_together_must_name_known_columns():
    with pytest.raises(ValueError, match="unknown columns"):
        _read([HEADER], unique_together=("nimi",))


def test_a_column_written_twice_is_reported():
    result = _read([["Nimi", "Kunta", "Nimi"], ["A", "B", "C"]])

    (problem,) = result.errors
    assert problem.reason_code == "duplicate_column"
    assert (problem.row, problem.column_letter) == (1, "C")
    assert "columns A and C" in problem.as_text()
    assert result.rows[0].values["name"] == "A"


def test_excel_error_cells_are_reported_but_the_same_text_typed_in_is_not():
    workbook = Workbook()
    ws = workbook.active
    ws.append(["Nimi", "Kunta"])
    ws.append(["A", "#N/A"])
    ws.append(["B"])
    ws.cell(row=3, column=2, value="#N/A").data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)

    result = read_table(buffer.getvalue(), COLUMNS, filename="a.xlsx", max_bytes=10**6)

    (problem,) = result.errors
    assert (problem.row, problem.column_letter, problem.reason_code) == (2, "B", "excel_error")
    assert result.rows[1].values["municipality"] == "#N/A"


def test_problems_stop_at_the_cap_with_a_final_note():
    rows = [HEADER] + [_row(email=f"bad{i}@") for i in range(30)]

    result = _read(rows, max_problems=10)

    assert result.truncated
    assert len(result.errors) == 11
    assert result.errors[0].reason_code == "too_many_problems"
    assert "stopped after 10 problems" in result.errors[0].as_text()


def test_too_many_rows_are_refused():
    result = _read([HEADER] + [_row(name=f"V{i}") for i in range(5)], max_rows=3)

    assert _problems(result) == [(5, None, "too_many_rows")]


def test_messages_are_translated_when_shown_and_english_in_logs():
    columns = [Column("text", _("Text"), required=True), Column("other", _("Other"))]
    data = _xlsx([["Other"], ["x"]])

    (problem,) = read_table(data, columns, filename="a.xlsx", max_bytes=10**6).errors

    with translation.override("fi"):
        assert "'Tekstiä'" in problem.text()  # Django's own Finnish catalogue has "Text"
        assert "'Text'" in problem.as_text()
    with translation.override("en"):
        assert "'Text'" in problem.text()


def test_dates_and_numbers_from_real_cells_are_accepted():
    rows = [HEADER, _row(start=dt.datetime(2025, 10, 31), members=12.0, active=True)]

    result = _read(rows)

    assert result.errors == []
    values = result.rows[0].values
    assert (values["start"], values["members"], values["active"]) == (
        dt.date(2025, 10, 31),
        12,
        True,
    )
