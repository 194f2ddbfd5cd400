"""Files that are not usable workbooks get one clear problem naming the file."""

import io
import random
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from yhdyspinta.documents.spreadsheets import Column, ImportProblems, read_table, write_xlsx

COLUMNS = [
    Column("name", _("Name"), required=True, aliases=("Nimi",)),
    Column("municipality", _("Municipality"), aliases=("Kunta",)),
]
LIMIT = 200_000


@pytest.fixture(autouse=True)
def _english():
    """Headers and messages in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def _read(data, filename="verkostot.xlsx", **kwargs):
    kwargs.setdefault("max_bytes", LIMIT)
    return read_table(data, COLUMNS, filename=filename, **kwargs)


def _only_problem(result):
    assert len(result.errors) == 1, [p.as_text() for p in result.errors]
    assert result.rows == []
    return result.errors[0]


def _xlsx(rows, title="Verkostot"):
    workbook = Workbook()
    ws = workbook.active
    ws.title = title
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_renamed_csv_file_is_reported_as_csv():
    data = b"Nimi;Kunta\nPerhekeskus;Joensuu\n"

    problem = _only_problem(_read(data))

    assert problem.reason_code == "csv_file"
    assert problem.as_text() == (
        "verkostot.xlsx: The file is a text or CSV file, not an Excel workbook; "
        "open it in Excel and save it as .xlsx."
    )


def test_a_csv_in_the_windows_encoding_is_also_recognised():
    problem = _only_problem(_read("Nimi;Kunta\nÄänekoski;Kitee\n".encode("cp1252")))

    assert problem.reason_code == "csv_file"


def test_an_encrypted_or_old_xls_file_is_reported_as_such():
    fake = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 600

    problem = _only_problem(_read(fake, filename="salainen.xlsx"))

    assert problem.reason_code == "encrypted_or_xls"
    assert "password-protected or in the old .xls format" in problem.as_text()
    assert problem.as_text().startswith("salainen.xlsx: ")


def test_an_html_page_saved_as_xls_is_recognised():
    page = b"<html><body><table><tr><td>Nimi</td></tr></table></body></html>"

    assert _only_problem(_read(page, filename="raportti.xls")).reason_code == "html_file"


def test_an_empty_file_and_random_bytes_are_rejected():
    assert _only_problem(_read(b"")).reason_code == "empty_file"
    assert _only_problem(_read(bytes(range(256)) * 4)).reason_code == "not_xlsx"


def test_a_word_document_or_plain_zip_is_not_a_workbook():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")

    problem = _only_problem(_read(buffer.getvalue()))

    assert problem.reason_code == "not_xlsx"
    assert "Word or PowerPoint" in problem.as_text()


def test_a_truncated_workbook_is_reported_as_damaged():
    data = _xlsx([["Nimi"], ["A"]])

    problem = _only_problem(_read(data[: len(data) // 2]))

    assert problem.reason_code == "damaged"


def test_a_workbook_with_a_broken_part_is_reported_as_damaged():
    source = zipfile.ZipFile(io.BytesIO(_xlsx([["Nimi"], ["A"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = content[:100]
            archive.writestr(item, content)

    assert _only_problem(_read(buffer.getvalue())).reason_code == "damaged"


def test_a_file_over_the_size_limit_is_refused_before_it_is_opened():
    data = _xlsx([["Nimi"]] + [[f"Verkosto {i} " + "x" * 50] for i in range(3000)])
    assert len(data) > 20_000

    problem = _only_problem(_read(data, max_bytes=20_000))

    assert problem.reason_code == "too_large"
    assert "The file is too large" in problem.as_text()
    assert "(29.9\xa0KB); the largest allowed is 19.5\xa0KB." in problem.as_text()


def test_an_upload_over_the_limit_is_refused_by_its_size():
    noise = random.Random(1)
    data = _xlsx([["Nimi"]] + [["".join(noise.choices("abcdefgh", k=200))] for _i in range(100)])
    upload = SimpleUploadedFile("iso.xlsx", data)

    problem = _only_problem(_read(upload, filename=upload.name, max_bytes=10_000))

    assert problem.reason_code == "too_large"
    assert problem.file == "iso.xlsx"


def test_a_stream_without_a_size_is_read_only_up_to_the_limit():
    problem = _only_problem(_read(io.BytesIO(b"PK\x03\x04" + b"0" * 50_000), max_bytes=10_000))

    assert problem.reason_code == "too_large"
    assert "larger than" in problem.as_text()


def test_an_upload_and_a_path_are_read_like_bytes(tmp_path):
    data = _xlsx([["Nimi"], ["Verkosto"]])
    path = tmp_path / "verkostot.xlsx"
    path.write_bytes(data)
    upload = SimpleUploadedFile("verkostot.xlsx", data)
    upload.read()  # a view may have read it already

    for source in (path, str(path), upload):
        assert [row.values["name"] for row in _read(source).rows] == ["Verkosto"]


def test_a_zip_bomb_is_refused_by_its_unpacked_size():
    source = zipfile.ZipFile(io.BytesIO(_xlsx([["Nimi"], ["A"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            archive.writestr(item.filename, source.read(item.filename))
        archive.writestr("xl/media/padding.bin", b"\x00" * 12_000_000)
    assert len(buffer.getvalue()) < 50_000

    problem = _only_problem(_read(buffer.getvalue(), max_bytes=50_000))

    assert problem.reason_code == "too_large_unpacked"


def test_an_empty_sheet_is_reported():
    problem = _only_problem(_read(_xlsx([])))

    assert problem.reason_code == "empty_sheet"
    assert problem.as_text() == "verkostot.xlsx, sheet Verkostot: The sheet is empty."


def test_a_sheet_without_any_known_header_names_the_expected_columns():
    data = _xlsx([["Otsikko"], ["Jotain", "muuta"], ["1", "2"]])

    problem = _only_problem(_read(data))

    assert problem.reason_code == "no_header"
    assert problem.sheet == "Verkostot"
    assert "Expected column names such as: Name, Municipality." in problem.as_text()


def test_a_header_below_the_scanned_rows_is_not_found():
    data = _xlsx([[f"Johdanto {i}"] for i in range(25)] + [["Nimi", "Kunta"], ["A", "B"]])

    assert _only_problem(_read(data)).reason_code == "no_header"


def test_a_sheet_that_is_not_there_is_reported_with_the_sheets_that_are():
    data = _xlsx([["Nimi"], ["A"]])

    problem = _only_problem(_read(data, sheet="Toimet"))

    assert problem.reason_code == "sheet_not_found"
    assert "no sheet named 'Toimet'. Its sheets are: Verkostot." in problem.as_text()


def test_raise_for_problems_carries_every_problem_and_logs_in_english():
    result = _read(b"not a workbook at all")

    try:
        result.raise_for_problems()
    except ImportProblems as exc:
        assert exc.problems == result.errors
        assert str(exc).startswith("1 problem(s) in the import:\nverkostot.xlsx: The file is")
    else:
        raise AssertionError("ImportProblems was not raised")


def test_raise_for_problems_is_silent_for_a_good_file():
    data = write_xlsx(COLUMNS, [{"name": "A", "municipality": "B"}], sheet_title="Verkostot")

    _read(data).raise_for_problems()
