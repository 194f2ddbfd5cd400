"""The import pages: template, upload with preview, confirmation; county staff only."""

from datetime import date
from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import load_workbook
from rounds.factories import RoundFactory
from rounds.importing_files import sheet

from yhdyspinta.rounds.importing.views import SESSION_KEY
from yhdyspinta.rounds.models import Action, Finding

GOOD = sheet(
    {"Tyyppi": "vahvuus", "Teksti": "Perhekeskusverkosto toimii", "Alakohdat": "vahvistuu"},
    {"Tyyppi": "toimenpide", "Teksti": "Kuvaus exceliin", "Kunta": "Kunta Yksi",
     "Määräaika": "lokakuun loppuun mennessä"},
)  # fmt: skip


@pytest.fixture
def round_(world):
    return RoundFactory(county=world.county, slug="syksy-2023", board_date=date(2023, 10, 12))


def _upload(client, round_, content=GOOD, name="havainnot.xlsx"):
    url = reverse("rounds_importing:upload", args=[round_.slug])
    return client.post(url, {"file": SimpleUploadedFile(name, content)})


@pytest.mark.parametrize("name", ["upload", "template"])
def test_an_anonymous_visitor_is_sent_to_the_login_page(world, client_for, round_, name):
    response = client_for(None).get(reverse(f"rounds_importing:{name}", args=[round_.slug]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", ["outsider", "ngo"])
def test_outsiders_get_not_found(world, client_for, round_, role):
    client = client_for(world.user(role))
    assert client.get(reverse("rounds_importing:upload", args=[round_.slug])).status_code == 404
    assert _upload(client, round_).status_code == 404
    assert not Finding.objects.exists()


@pytest.mark.parametrize("role", ["board", "coordinator"])
def test_readers_may_not_import(world, client_for, round_, role):
    client = client_for(world.user(role))
    assert client.get(reverse("rounds_importing:template", args=[round_.slug])).status_code == 403
    assert _upload(client, round_).status_code == 403
    assert not Finding.objects.exists()


def test_the_template_is_an_excel_file_with_the_columns(world, client_for, round_):
    response = client_for(world.staff).get(reverse("rounds_importing:template", args=[round_.slug]))
    assert response.status_code == 200
    workbook = load_workbook(BytesIO(response.content))
    headers = [cell.value for cell in workbook.worksheets[0][2] if cell.value]
    assert len(headers) == 9
    assert workbook.worksheets[0]["A1"].value == round_.title


def test_staff_upload_preview_and_confirm(world, client_for, round_):
    client = client_for(world.staff)
    response = _upload(client, round_)
    assert response.status_code == 302
    token = client.session[SESSION_KEY]["token"]
    assert response["Location"] == reverse("rounds_importing:preview", args=[round_.slug, token])
    preview = client.get(response["Location"])
    assert preview.status_code == 200
    assert "Perhekeskusverkosto toimii" in preview.content.decode()
    assert "lokakuun loppuun mennessä" in preview.content.decode()
    assert not Finding.objects.exists()  # the preview writes nothing

    confirmed = client.post(response["Location"])
    assert confirmed.status_code == 302
    assert confirmed["Location"] == reverse("rounds:round_detail", args=[round_.pk])
    finding = Finding.objects.get(round=round_, parent=None)
    finding.refresh_from_db()
    assert finding.children.get().text == "vahvistuu"
    action = Action.objects.get(round=round_)
    assert action.owner == world.m1 and action.due_end == date(2023, 10, 31)
    assert SESSION_KEY not in client.session
    assert client.post(response["Location"]).status_code == 404  # confirmed only once


def test_a_bad_file_shows_every_problem_with_row_and_column(world, client_for, round_):
    bad = sheet(
        {"Tyyppi": "vahvuus", "Teksti": "Hyvä"},
        {"Tyyppi": "haaste", "Kunta": "Kunta Yks", "Teksti": "Huono kunta"},
        {"Tyyppi": "toimenpide", "Teksti": "T", "Kunta": "Kunta Yksi", "Määräaika": "ehkä"},
    )
    response = _upload(client_for(world.staff), round_, bad)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Kunta Yksi" in page and "Kunta Yks" in page
    assert page.count("havainnot.xlsx") >= 2
    assert "ehkä" in page
    assert not Finding.objects.exists() and not Action.objects.exists()


def test_a_file_that_is_not_excel_is_refused(world, client_for, round_):
    response = _upload(client_for(world.staff), round_, b"%PDF-1.4 not a sheet", "kooste.pdf")
    assert response.status_code == 400
    assert "kooste.pdf" in response.content.decode()
    assert not Finding.objects.exists()


def test_another_sessions_token_is_not_found(world, client_for, round_):
    url = reverse("rounds_importing:preview", args=[round_.slug, "made-up"])
    assert client_for(world.staff).get(url).status_code == 404
