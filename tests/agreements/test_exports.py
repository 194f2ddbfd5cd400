"""The annex and the whole table as docx and xlsx, read back; the export_annex command."""

import io

import docx
import openpyxl
import pytest
from agreements.factories import AnnexFactory
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import translation

from yhdyspinta.agreements.services.docx_export import TABLE_STYLE, annex_docx
from yhdyspinta.agreements.services.xlsx_export import HEADER_ROW, annexes_xlsx
from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs


def fetch(client, url):
    """The stored file: 202 until the worker has rendered it (done here as the worker would),
    then 200 with the file (its bytes in ``response.body``)."""
    waiting = client.get(url)
    assert waiting.status_code == 202, waiting.status_code
    for pending in StoredPdf.objects.filter(status=StoredPdf.Status.PENDING):
        stored_pdfs.render(pending.pk, pending.version)
    response = client.get(url)
    response.body = b"".join(response.streaming_content)
    return response


def _docx_text(data: bytes):
    document = docx.Document(io.BytesIO(data))
    return document, "\n".join(p.text for p in document.paragraphs)


def test_the_annex_docx_has_the_table_in_a_real_style_with_the_rows(deal):
    with translation.override("fi"):
        document, text = _docx_text(annex_docx(deal["annex"]))
    assert "Työllisyys" in text
    facts, table = document.tables[0], document.tables[1]
    assert table.style.name == TABLE_STYLE
    assert [c.text for c in table.rows[0].cells][0] == "Tehtävä"
    assert table.rows[1].cells[0].text == "Työllisyyden yhdyspinta"
    assert deal["pair"].county_person.full_name in table.rows[1].cells[4].text
    assert "Puitesopimus Yksi" in facts.rows[0].cells[1].text
    # the header row repeats on every page, and there are signature lines for both parties
    assert table.rows[0]._tr.trPr.xml.count("tblHeader") == 1
    signatures = document.tables[2]
    names = " ".join(c.text for row in signatures.rows for c in row.cells)
    assert deal["agreement"].county.name in names and "Kunta Yksi" in names


def test_the_annex_xlsx_has_a_sheet_with_the_columns_and_rows(deal):
    with translation.override("fi"):
        workbook = openpyxl.load_workbook(io.BytesIO(annexes_xlsx([deal["annex"]])))
    sheet = workbook.worksheets[0]
    assert sheet.title == "Työllisyys"
    assert sheet.cell(HEADER_ROW, 1).value == "Tehtävä"
    assert sheet.cell(HEADER_ROW + 1, 1).value == "Työllisyyden yhdyspinta"
    assert sheet.cell(HEADER_ROW + 1, 6).value == "612/2021"
    assert list(sheet.tables)  # a real Excel table


def test_the_whole_table_downloads_as_docx_and_xlsx_with_every_annex(deal, client_for, world):
    AnnexFactory(table=deal["table"], theme=deal["theme2"])
    client = client_for(world.board)
    url = reverse("agreements:table_export", args=[deal["agreement"].pk])
    response = fetch(client, url + "?format=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    workbook = openpyxl.load_workbook(io.BytesIO(response.body))
    assert len(workbook.worksheets) == 2
    document, text = _docx_text(fetch(client, url + "?format=docx").body)
    assert "Kotoutuminen" in text and len(document.tables) == 6


def test_the_annex_download_is_prepared_in_the_background_and_follows_its_changes(
    deal, client_for, world
):
    client = client_for(world.staff)
    url = reverse("agreements:annex_export", args=[deal["annex"].pk])
    document, _text = _docx_text(fetch(client, url).body)
    assert document.tables[1].rows[1].cells[0].text == "Työllisyyden yhdyspinta"
    row = deal["annex"].rows.get(task="Työllisyyden yhdyspinta")
    row.task = "Uusi tehtävä"
    row.save()
    # the row changed, so the stored file is stale: prepared again, with the new text
    document, _text = _docx_text(fetch(client, url).body)
    assert document.tables[1].rows[1].cells[0].text == "Uusi tehtävä"


def test_the_command_writes_the_annex(deal, tmp_path):
    out = tmp_path / "liite.docx"
    call_command("export_annex", annex=deal["annex"].pk, format="docx", output=str(out))
    assert docx.Document(str(out)).tables[1].rows[1].cells[0].text == "Työllisyyden yhdyspinta"
    out = tmp_path / "liite.xlsx"
    call_command("export_annex", annex=deal["annex"].pk, format="xlsx", output=str(out))
    assert openpyxl.load_workbook(out).worksheets[0].cell(HEADER_ROW + 1, 1).value


def test_the_command_names_an_unknown_annex(db, tmp_path):
    with pytest.raises(CommandError, match="No annex with id 999"):
        call_command("export_annex", annex=999, format="docx", output=str(tmp_path / "x.docx"))
