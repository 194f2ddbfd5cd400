"""Imports from the UI run as background tasks; the status page polls with HTMX."""

import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yhdyspinta.documents.spreadsheets import write_xlsx
from yhdyspinta.indicators.models import Area, ImportRun, Indicator, Observation
from yhdyspinta.indicators.services.catalogue import link_areas_to_organizations
from yhdyspinta.indicators.services.own_import import own_columns


@pytest.fixture
def ready(world, catalogue, immediate_tasks):
    link_areas_to_organizations()
    return world


def test_staff_upload_a_sotkanet_file_and_see_the_result(ready, client_for):
    client = client_for(ready.staff)
    content = (
        b"indicator;region;year;gender;primary value;absolute value\r\n"
        b"683;74;2023;total;8.5;4321\r\n"
    )
    response = client.post(
        reverse("indicators:import_file"), {"file": SimpleUploadedFile("nk.csv", content)}
    )
    run = ImportRun.objects.get()
    assert response.status_code == 302 and response["Location"] == run.get_absolute_url()
    run.refresh_from_db()
    assert run.status == ImportRun.Status.SUCCEEDED
    assert run.started_by == ready.staff and run.county == ready.county
    assert run.payload is None
    assert Observation.objects.get().numerator == 4321
    status = client.get(run.get_absolute_url(), HTTP_HX_REQUEST="true", HTTP_ACCEPT_LANGUAGE="en")
    assert status.status_code == 200
    assert b"hx-get" not in status.content  # finished: polling stops
    assert b"Succeeded" in status.content


def test_a_bad_upload_shows_the_rows_and_saves_nothing(ready, client_for):
    client = client_for(ready.staff)
    content = b"indicator,region,year\r\n683,74,2023\r\n"
    client.post(reverse("indicators:import_file"), {"file": SimpleUploadedFile("bad.csv", content)})
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    page = client.get(run.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "wrong delimiter" in page
    finnish = client.get(run.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "väärä erotin" in finnish
    assert not Observation.objects.exists()


def test_a_running_import_page_polls(ready, client_for):
    run = ImportRun.objects.create(
        source=ImportRun.Source.SOTKANET_API, county=ready.county, status="running"
    )
    page = client_for(ready.staff).get(run.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 2s"' in page


def test_board_members_cannot_start_an_import(ready, client_for):
    content = b"indicator;region;year;gender;primary value;absolute value\r\n"
    response = client_for(ready.board).post(
        reverse("indicators:import_file"), {"file": SimpleUploadedFile("nk.csv", content)}
    )
    assert response.status_code == 403
    assert not ImportRun.objects.exists()


def test_an_invalid_interface_form_answers_400(ready, client_for):
    response = client_for(ready.staff).post(
        reverse("indicators:import_api"),
        {"indicators": "abc", "year_from": 2020, "year_to": 2010, "genders": ["total"]},
    )
    assert response.status_code == 400
    assert not ImportRun.objects.exists()


def _own_file(county, rows):
    return write_xlsx(own_columns(county), rows, sheet_title="Own")


OWN = {
    "code": "OMA-1", "title_fi": "Liikuntaryhmiin osallistuneet, %", "producer_fi": "Joensuu",
    "value_type": "percentage", "polarity": "higher_is_better", "decimals": 1, "area": 74,
    "year": 2023, "gender": "total", "value": 12.5, "numerator": 125, "denominator": 1000,
}  # fmt: skip


def test_own_indicators_import_from_the_template_all_or_nothing(ready, client_for):
    client = client_for(ready.staff)
    template = client.get(reverse("indicators:import_own_template"))
    assert openpyxl.load_workbook(io.BytesIO(template.content)).worksheets[0].max_column == 12
    good = _own_file(ready.county, [OWN, {**OWN, "year": 2022, "value": 11.0}])
    client.post(reverse("indicators:import_own"), {"file": SimpleUploadedFile("own.xlsx", good)})
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.SUCCEEDED, run.errors
    indicator = Indicator.objects.get(code="OMA-1")
    assert indicator.owner == ready.county and indicator.attribution("fi") == "Lähde: Joensuu"
    assert Observation.objects.filter(indicator=indicator).count() == 2

    bad = _own_file(ready.county, [{**OWN, "year": 2021}, {**OWN, "year": 2021, "value": 3.0}])
    client.post(reverse("indicators:import_own"), {"file": SimpleUploadedFile("own.xlsx", bad)})
    failed = ImportRun.objects.order_by("-pk").first()
    assert failed.status == ImportRun.Status.FAILED
    assert failed.errors[0]["row"] == 3
    assert Observation.objects.filter(indicator=indicator).count() == 2


def test_an_own_code_of_a_sotkanet_indicator_is_refused(ready, client_for):
    client = client_for(ready.staff)
    Area.objects.get(sotkanet_id=74)
    bad = _own_file(ready.county, [{**OWN, "code": "181"}])
    client.post(reverse("indicators:import_own"), {"file": SimpleUploadedFile("own.xlsx", bad)})
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert not Observation.objects.exists()
