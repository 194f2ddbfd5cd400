"""The Excel pages through the web: template, export with filters, upload -> preview -> confirm
(all or nothing), and bad files listed by sheet, row, column and reason."""

import io

import pytest
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook, load_workbook

from yhdyspinta.networks.models import ImportBatch, Network, NetworkMember
from yhdyspinta.organizations.models import Organization

HEADERS = [
    "Verkoston nimi",
    "Tarkoitus",
    "Teemat",
    "Kohderyhmät",
    "Jäsenorganisaatiot",
    "Koordinoiva organisaatio",
    "Hyvinvointialue mukana (kyllä/ei)",
    "Kokoontumistiheys",
]


def xlsx(rows, title="Kunnan verkostot 2023"):
    wb = Workbook()
    ws = wb.active
    ws.title = "Verkostot"
    ws.append([title])
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    buffer.seek(0)
    buffer.name = "verkostot.xlsx"
    return buffer


def _upload(client, org, rows):
    return client.post(reverse("networks:upload"), {"organization": org.pk, "file": xlsx(rows)})


ROWS = [
    ["Päihdetyöryhmä", "Uusi tarkoitus", "Ehkäisevä päihdetyö", "nuoret",
     "Yhdistys ry; Uusi Kumppani ry", "Kunta Yksi", "kyllä", "kuukausittain"],
    ["Liikuntaverkosto", "Liikunta", "", "kaikki", "Yhdistys ry", "Kunta Yksi", "ei", ""],
]  # fmt: skip


def test_the_template_downloads_as_a_workbook_with_finnish_headers(client_for, world, nets):
    response = client_for(world.coordinator).get(reverse("networks:template"))
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    wb = load_workbook(io.BytesIO(response.content))
    cells = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert "Verkoston nimi" in cells


def test_the_export_follows_the_lists_filters(client_for, world, nets):
    response = client_for(world.board).get(reverse("networks:export") + f"?owner={world.m2.pk}")
    wb = load_workbook(io.BytesIO(response.content))
    values = {c.value for row in wb.worksheets[0].iter_rows() for c in row if c.value}
    assert nets["n2"].name in values
    assert nets["n1"].name not in values
    assert nets["nb"].name not in values


def test_upload_shows_a_preview_and_writes_nothing_until_confirmed(client_for, world, nets):
    client = client_for(world.coordinator)
    before = Network.objects.count()
    response = _upload(client, world.m1, ROWS)
    assert response.status_code == 302
    batch = ImportBatch.objects.get()
    assert Network.objects.count() == before
    with translation.override("en"):
        page = client.get(response.url).content.decode()
    assert "Uusi Kumppani ry" in page  # an organisation to be created
    assert "Liikuntaverkosto" in page  # new
    assert "PAKKA-ohjausryhmä" in page  # missing from the file
    assert batch.payload["counts"]["new"] == 1
    assert batch.payload["counts"]["changed"] == 1
    response = client.post(reverse("networks:import_confirm", args=[batch.pk]), {})
    assert response.status_code == 302
    batch.refresh_from_db()
    assert batch.state == "committed"
    nets["n1"].refresh_from_db()
    assert nets["n1"].purpose == "Uusi tarkoitus"
    created = Network.objects.get(owner=world.m1, name="Liikuntaverkosto")
    assert created.target_groups == "everyone"
    new_org = Organization.objects.get(name_fi="Uusi Kumppani ry")
    assert NetworkMember.objects.filter(network=nets["n1"], organization=new_org).exists()
    # Confirming twice writes nothing more.
    client.post(reverse("networks:import_confirm", args=[batch.pk]), {})
    assert Network.objects.filter(name="Liikuntaverkosto").count() == 1


def test_confirming_can_end_the_networks_missing_from_the_file(client_for, world, nets):
    client = client_for(world.coordinator)
    _upload(client, world.m1, ROWS)
    batch = ImportBatch.objects.get()
    client.post(reverse("networks:import_confirm", args=[batch.pk]), {"end_missing": "on"})
    nets["n1b"].refresh_from_db()
    assert nets["n1b"].status == "ended"


def test_a_bad_sheet_lists_sheet_row_column_and_reason_in_finnish_and_writes_nothing(
    client_for, world, nets
):
    client = client_for(world.coordinator)
    rows = [["", "Ei nimeä", "", "", "", "", "", ""],
            ["Toinen", "", "Tuntematon teema", "", "", "", "ehkä", ""]]  # fmt: skip
    before = Network.objects.count()
    with translation.override("fi"):
        response = _upload(client, world.m1, rows)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Verkostot" in page  # the sheet
    assert '<td class="num">3</td>' in page  # the row
    assert "Verkoston nimi" in page  # the column
    assert Network.objects.count() == before
    assert not ImportBatch.objects.exists()


def test_a_file_that_is_not_xlsx_is_refused(client_for, world, nets):
    upload = io.BytesIO(b"not a workbook")
    upload.name = "verkostot.xlsx"
    response = client_for(world.coordinator).post(
        reverse("networks:upload"), {"organization": world.m1.pk, "file": upload}
    )
    assert response.status_code == 400
    assert not ImportBatch.objects.exists()


def test_a_coordinator_cannot_import_for_another_municipality(client_for, world, nets):
    response = _upload(client_for(world.coordinator), world.m2, ROWS)
    assert response.status_code == 400
    assert not ImportBatch.objects.exists()


@pytest.mark.parametrize("role", ["board", "outsider"])
def test_others_cannot_confirm_a_coordinators_import(client_for, world, nets, role, client):
    _upload(client_for(world.coordinator), world.m1, ROWS)
    batch = ImportBatch.objects.get()
    client.logout()
    response = client_for(world.user(role)).post(
        reverse("networks:import_confirm", args=[batch.pk])
    )
    assert response.status_code == (403 if role == "board" else 404)
    batch.refresh_from_db()
    assert batch.state == "preview"


def test_discarding_an_import_writes_nothing(client_for, world, nets):
    client = client_for(world.coordinator)
    _upload(client, world.m1, ROWS)
    batch = ImportBatch.objects.get()
    client.post(reverse("networks:import_discard", args=[batch.pk]))
    batch.refresh_from_db()
    assert batch.state == "discarded"
    assert not Network.objects.filter(name="Liikuntaverkosto").exists()
