"""Import of an annex table from xlsx: all or nothing, problems by sheet, row and column."""

import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from yhdyspinta.agreements.models import Annex, AnnexRevision, AnnexRow
from yhdyspinta.agreements.services.xlsx_export import annexes_xlsx


def _upload(rows, *, title="Työllisyys", header=("Tehtävä", "HVA:n vastuu", "Lakiperuste")):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    sheet.append(["Vastuunjakotaulukko: Työllisyys"])
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("liite.xlsx", buffer.getvalue())


def _post(client, annex, upload):
    return client.post(reverse("agreements:annex_import", args=[annex.pk]), {"file": upload})


def test_an_annex_table_replaces_the_rows(deal, world, client_for):
    upload = _upload([("Yhteyshenkilö", "HVA nimeää", "380/2023"), ("Työtoiminta", "", "")])
    response = _post(client_for(world.staff), deal["annex"], upload)
    assert response.status_code == 302
    rows = list(AnnexRow.objects.filter(annex=deal["annex"]).values_list("task", "legal_basis"))
    assert rows == [("Yhteyshenkilö", "380/2023"), ("Työtoiminta", "")]
    assert AnnexRevision.objects.filter(annex=deal["annex"]).count() == 1


def test_the_export_reads_back_as_an_import(deal, world, client_for):
    with translation.override("fi"):
        data = annexes_xlsx([deal["annex"]])
    response = _post(client_for(world.staff), deal["annex"], SimpleUploadedFile("x.xlsx", data))
    assert response.status_code == 302
    assert list(deal["annex"].rows.values_list("task", flat=True)) == ["Työllisyyden yhdyspinta"]


def test_a_bad_row_changes_nothing_and_is_named(deal, world, client_for):
    upload = _upload([("Hyvä rivi", "", ""), ("", "HVA", ""), ("<b>x</b>", "", "")])
    response = _post(client_for(world.staff), deal["annex"], upload)
    assert response.status_code == 400
    errors = response.context["form"].errors["file"]
    assert any("Työllisyys" in e and "rivi 4" in e and "Tehtävä" in e for e in errors), errors
    assert any("rivi 5" in e and "HTML" in e for e in errors), errors
    assert list(deal["annex"].rows.values_list("task", flat=True)) == ["Työllisyyden yhdyspinta"]


def test_a_file_that_is_not_a_workbook_or_has_no_task_column_is_refused(deal, world, client_for):
    client = client_for(world.staff)
    response = _post(client, deal["annex"], SimpleUploadedFile("x.xlsx", b"not a workbook"))
    assert response.status_code == 400
    response = _post(client, deal["annex"], _upload([("a",)], header=("Nimi",)))
    assert response.status_code == 400
    assert "Tehtävä" in " ".join(response.context["form"].errors["file"])
    assert deal["annex"].rows.count() == 1


def test_an_approved_annex_is_not_imported_into(deal, world, client_for):
    Annex.objects.filter(pk=deal["annex"].pk).update(
        status="approved", approved_by=deal["board"], approved_on="2024-01-15"
    )
    response = _post(client_for(world.staff), deal["annex"], _upload([("Uusi", "", "")]))
    assert response.status_code == 400
    assert deal["annex"].rows.get().task == "Työllisyyden yhdyspinta"
