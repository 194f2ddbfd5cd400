import io

from openpyxl import Workbook

from yhdyspinta.documents.spreadsheets.workbook import has_merged_cells


def _xlsx(merge: bool) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Verkostot syksy 2023", None])
    sheet.append(["Verkoston nimi", "Tarkoitus"])
    if merge:
        sheet.merge_cells("A1:B1")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_workbook_with_merged_cells_is_recognised():
    assert has_merged_cells(_xlsx(merge=True))


def test_a_workbook_without_merged_cells_can_be_streamed():
    assert not has_merged_cells(_xlsx(merge=False))


def test_a_damaged_file_goes_to_the_loader_that_reports_the_damage():
    assert has_merged_cells(b"PK\x03\x04 not really a zip")
