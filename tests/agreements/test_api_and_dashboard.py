"""The API (read for the county's users, rows written by staff, frozen after approval) and
the dashboard cards."""

from django.urls import reverse

from yhdyspinta.agreements.models import Annex, AnnexRevision


def test_the_api_lists_a_coordinators_own_agreements_and_annexes(deal, world, client_for):
    from agreements.factories import AgreementFactory

    AgreementFactory(county=world.county, title="Kunta Kahden sopimus", parties=[world.m2])
    client = client_for(world.coordinator)
    data = client.get("/api/v1/agreements/").json()
    assert [a["title"] for a in data["results"]] == ["Puitesopimus Yksi"]
    annexes = client.get("/api/v1/agreement-annexes/").json()["results"]
    assert [(a["theme"], a["status"]) for a in annexes] == [("employment", "drafting")]
    assert len(client_for(world.board).get("/api/v1/agreements/").json()["results"]) == 2


def test_staff_correct_a_row_through_the_api_and_a_version_is_kept(deal, world, client_for):
    url = f"/api/v1/agreement-annex-rows/{deal['row'].pk}/"
    response = client_for(world.staff).patch(
        url, {"task": "Korjattu tehtävä"}, content_type="application/json"
    )
    assert response.status_code == 200
    deal["row"].refresh_from_db()
    assert deal["row"].task == "Korjattu tehtävä"
    assert AnnexRevision.objects.filter(annex=deal["annex"]).count() == 1
    response = client_for(world.coordinator).patch(
        url, {"task": "Kunnan muutos"}, content_type="application/json"
    )
    assert response.status_code == 403


def test_an_approved_annexs_row_is_frozen_in_the_api(deal, world, client_for):
    Annex.objects.filter(pk=deal["annex"].pk).update(
        status="approved", approved_by=deal["board"], approved_on="2024-01-15"
    )
    url = f"/api/v1/agreement-annex-rows/{deal['row'].pk}/"
    response = client_for(world.staff).patch(url, {"task": "X"}, content_type="application/json")
    assert response.status_code == 400 and "version" in response.json()
    response = client_for(world.staff).patch(url, {"task": ""}, content_type="application/json")
    assert response.status_code == 400


def test_the_endpoints_are_in_the_openapi_schema(db, client):
    schema = client.get(reverse("api-schema")).content.decode()
    for path in (
        "/api/v1/agreements/",
        "/api/v1/agreement-annexes/",
        "/api/v1/agreement-annex-rows/",
    ):
        assert path in schema


def test_the_dashboard_shows_late_annexes_and_missing_counterparts(deal, world, client_for):
    import datetime as dt

    from yhdyspinta.organizations.vaguedate import parse_vague_date

    annex = deal["annex"]
    annex.set_due(parse_vague_date("alkuvuosi 2024", reference=dt.date(2023, 10, 12)))
    annex.save()
    page = client_for(world.staff).get(reverse("web:dashboard")).content.decode()
    assert "Myöhässä olevat liitteet" in page and "1 liite on myöhässä" in page
    assert "Puuttuvat vastinparit" in page and "1 puute" in page
