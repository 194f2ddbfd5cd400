"""The decision list (docx for the board, xlsx) and the reservation proposal, read back."""

import io
from decimal import Decimal

import docx
import openpyxl
import pytest
from django.urls import reverse
from factories import BodyFactory
from grants.factories import (
    ApplicationFactory,
    DecisionFactory,
    FundingReservationFactory,
    ProjectFactory,
)

from yhdyspinta.grants.models import ApplicationStatus
from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def fetch(client, url):
    """The stored file: 202 until the worker has rendered it (done here as the worker would),
    then 200 with the file (its bytes in ``response.body``)."""
    waiting = client.get(url)
    assert waiting.status_code == 202, waiting.status_code
    assert waiting["Retry-After"]
    for pending in StoredPdf.objects.filter(status=StoredPdf.Status.PENDING):
        stored_pdfs.render(pending.pk, pending.version)
    response = client.get(url)
    response.body = b"".join(response.streaming_content)
    return response


@pytest.fixture
def decided(grants, world):
    board = BodyFactory(organization=world.county, kind="hyte_board", name_fi="Hyte-lautakunta")
    draft = grants["draft"]
    draft.status = ApplicationStatus.DECIDED
    draft.save()
    DecisionFactory(application=draft, amount=Decimal("4000"), conditions="Ehto A", body=board)
    other = grants["other_draft"]
    other.status = ApplicationStatus.DECIDED
    other.requested_amount = Decimal("12345.60")
    other.save()
    DecisionFactory(application=other, amount=Decimal("10000.50"), conditions="Ehto B", body=board)
    return grants


def test_the_decision_list_docx_lists_every_decision_with_totals_and_signatures(
    decided, world, client_for
):
    response = fetch(
        client_for(world.staff), reverse("grants:decision_list_docx", args=[decided["call"].pk])
    )
    assert response.status_code == 200
    document = docx.Document(io.BytesIO(response.body))
    text = "\n".join(p.text for p in document.paragraphs)
    assert decided["call"].title in text
    assert "Hyte-lautakunta" in text
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert len(rows) == 1 + 2 + 1  # header, two decisions, the total
    names = [row[1] for row in rows[1:3]]
    assert names == sorted(names)
    assert world.ngo.name_fi in names and "Toinen yhdistys ry" in names
    by_name = {row[1]: row for row in rows[1:3]}
    assert by_name[world.ngo.name_fi][2] == "1234567-1"
    assert by_name[world.ngo.name_fi][3] == "Kunta Yksi"
    assert by_name["Toinen yhdistys ry"][5] == "10\u00a0000,50 €"
    assert rows[-1][5] == "14\u00a0000,50 €"
    assert "Ehto B" in by_name["Toinen yhdistys ry"][6]
    signatures = document.tables[1]
    assert len(signatures.rows) == 2


def test_the_decision_list_xlsx_has_numbers_and_dates(decided, world, client_for):
    response = fetch(
        client_for(world.staff), reverse("grants:decision_list_xlsx", args=[decided["call"].pk])
    )
    sheet = openpyxl.load_workbook(io.BytesIO(response.body)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 3
    by_name = {row[1]: row for row in rows[1:]}
    other = by_name["Toinen yhdistys ry"]
    assert other[4] == pytest.approx(12345.60) and other[5] == pytest.approx(10000.50)
    assert other[7].year == 2024


def test_the_decision_list_page_is_bounded(
    decided, world, client_for, django_assert_max_num_queries
):
    for n in range(5):
        application = ApplicationFactory(
            call=decided["call"],
            organization=_ngo(world, n),
            municipalities=[world.m1],
            status="decided",
        )
        DecisionFactory(application=application)
    client = client_for(world.staff)
    with django_assert_max_num_queries(14):
        assert (
            client.get(reverse("grants:decision_list", args=[decided["call"].pk])).status_code
            == 200
        )
    with django_assert_max_num_queries(20):
        assert (
            client.get(reverse("grants:call_detail", args=[decided["call"].pk])).status_code == 200
        )


def _ngo(world, n):
    from factories import NGOFactory

    return NGOFactory(name_fi=f"Lisäyhdistys {n} ry", parent_county=world.county)


def test_the_reservation_proposal_lists_years_and_funders(world, client_for):
    project = ProjectFactory(county=world.county, name="Yhteinen hanke", starts=2025, ends=2026)
    r = FundingReservationFactory(
        project=project, funder=world.county, year=2025, amount=Decimal("30000")
    )
    r.municipalities.set([world.m1, world.m2])
    FundingReservationFactory(project=project, funder=world.m1, year=2026, amount=Decimal("5000"))
    client = client_for(world.staff)
    page = client.get(reverse("grants:reservation_list")).content.decode()
    assert "Yhteinen hanke" in page
    response = fetch(client, reverse("grants:reservations_docx"))
    document = docx.Document(io.BytesIO(response.body))
    assert "Yhteinen hanke" in "\n".join(p.text for p in document.paragraphs)
    rows = [[c.text for c in row.cells] for row in document.tables[0].rows]
    assert rows[1] == ["2025", world.county.name_fi, "Kunta Kaksi, Kunta Yksi", "30\u00a0000,00 €"]
    totals = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert totals[1:] == [
        ["2025", world.county.name_fi, "30\u00a0000,00 €"],
        ["2026", "Kunta Yksi", "5\u00a0000,00 €"],
    ]
