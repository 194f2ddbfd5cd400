"""The grants API: public calls and decisions (nothing personal), the applicant's own
applications, and every bad input answered with an error naming the field (nothing written)."""

import datetime as dt
from decimal import Decimal

import pytest
from grants.factories import DecisionFactory, GrantCallFactory

from yhdyspinta.grants.models import Application, ApplicationStatus

APPS = "/api/v1/grant-applications/"


@pytest.fixture
def fresh_call(grants, world):
    return GrantCallFactory(county=world.county, title="Uusi haku", themes=[world.theme])


def payload(world, the_call, **changes):
    data = {
        "call": the_call.pk,
        "business_id": "1234567-1",
        "contact_name": "Jaana Järjestö",
        "contact_email": "jaana@example.fi",
        "activity_description": "Vertaisryhmiä ikäihmisille.",
        "themes": [world.theme.pk],
        "target_groups": ["older"],
        "municipalities": [world.m1.pk],
        "members": 120,
        "requested_amount": "5000.50",
        "budget": [
            {"item": "Tilavuokrat", "amount": "3000.50"},
            {"item": "Matkat", "amount": 2000},
        ],
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


def test_calls_and_decisions_are_public_and_say_nothing_personal(grants, world, client):
    grants["other_draft"].contact_name = "Salainen Henkilö"
    grants["other_draft"].contact_email = "salainen@example.fi"
    grants["other_draft"].status = ApplicationStatus.DECIDED
    grants["other_draft"].save()
    DecisionFactory(application=grants["other_draft"], amount=Decimal("4200"), conditions="Ehto X")
    calls = client.get("/api/v1/grant-calls/").json()["results"]
    assert grants["call"].title in [c["title"] for c in calls]
    call = next(c for c in calls if c["id"] == grants["call"].pk)
    assert call["excluded_legal_forms"] == ["cooperative", "foundation"]
    assert [c["name"] for c in call["criteria"]] == ["Vaikuttavuus", "Kustannukset"]
    response = client.get("/api/v1/grant-decisions/", {"call": grants["call"].pk})
    assert response.status_code == 200
    (decision,) = response.json()["results"]
    assert decision["organization"] == "Toinen yhdistys ry"
    assert decision["amount"] == "4200.00"
    assert decision["call"] == grants["call"].pk
    text = response.content.decode()
    assert "Salainen" not in text and "salainen@" not in text and "Ehto X" not in text
    assert client.get("/api/v1/grant-decisions/", {"call": "x"}).status_code == 400


def test_an_applicant_lists_only_her_organisations_applications(grants, world, client_for):
    results = client_for(world.ngo_user).get(APPS).json()["results"]
    assert [a["id"] for a in results] == [grants["draft"].pk]
    staff = client_for(world.staff).get(APPS).json()["results"]
    assert {grants["draft"].pk, grants["other_draft"].pk} <= {a["id"] for a in staff}


def test_an_association_cannot_read_or_change_anothers_application_through_the_api(
    grants, world, client_for
):
    other = grants["other_draft"]
    client = client_for(world.ngo_user)
    url = f"{APPS}{other.pk}/"
    assert client.get(url).status_code == 404
    patch = client.patch(url, {"contact_name": "Kaapattu"}, content_type="application/json")
    assert patch.status_code == 404
    assert post(client, f"{url}submit/", {}).status_code == 404
    other.refresh_from_db()
    assert other.contact_name != "Kaapattu" and other.status == ApplicationStatus.DRAFT


def test_the_applicant_creates_changes_and_submits_a_draft(grants, world, client_for, fresh_call):
    client = client_for(world.ngo_user)
    response = post(client, APPS, payload(world, fresh_call))
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["status"] == "draft" and body["requested_amount"] == "5000.50"
    application = Application.objects.get(pk=body["id"])
    assert application.members == 120 and application.budget_total == Decimal("5000.50")
    url = f"{APPS}{application.pk}/"
    response = client.patch(url, {"contact_name": "Uusi nimi"}, content_type="application/json")
    assert response.status_code == 200, response.json()
    application.refresh_from_db()
    assert application.contact_name == "Uusi nimi"
    assert list(application.municipalities.all()) == [world.m1]  # unchanged by the PATCH
    response = post(client, f"{url}submit/", {})
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "eligible"
    again = post(client, f"{url}submit/", {})
    assert again.status_code == 400
    assert again.json()["non_field_errors"]
    locked = client.patch(url, {"contact_name": "Myöhässä"}, content_type="application/json")
    assert locked.status_code == 403


@pytest.mark.parametrize(
    ("changes", "field", "text"),
    [
        ({"business_id": "1234567-2"}, "business_id", ""),
        ({"requested_amount": "25000"}, "requested_amount", "20"),
        ({"requested_amount": "paljon"}, "requested_amount", ""),
        ({"themes": [999999]}, "themes", ""),
        ({"target_groups": "older"}, "target_groups", ""),
        ({"budget": [{"item": "Tilat", "amount": "x"}]}, "budget", ""),
        ({"members": -3}, "members", ""),
        ({"call": "abc"}, "call", ""),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(
    grants, world, client_for, fresh_call, changes, field, text
):
    before = Application.objects.count()
    response = post(client_for(world.ngo_user), APPS, payload(world, fresh_call, **changes))
    assert response.status_code == 400
    errors = response.json()
    assert field in errors, errors
    assert text in str(errors[field])
    assert Application.objects.count() == before


def test_a_submission_with_a_required_field_missing_names_it(grants, world, client_for):
    draft = grants["draft"]
    draft.activity_description = ""
    draft.save()
    response = post(client_for(world.ngo_user), f"{APPS}{draft.pk}/submit/", {})
    assert response.status_code == 400
    assert "activity_description" in response.json()
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT


def test_a_submission_after_the_deadline_is_refused(grants, world, client_for):
    call = grants["call"]
    call.opens, call.closes = dt.date(2020, 1, 1), dt.date(2020, 2, 1)
    call.save()
    response = post(client_for(world.ngo_user), f"{APPS}{grants['draft'].pk}/submit/", {})
    assert response.status_code == 400
    assert "1.2.2020" in response.json()["non_field_errors"][0]
    grants["draft"].refresh_from_db()
    assert grants["draft"].status == ApplicationStatus.DRAFT


def test_a_second_application_and_a_closed_call_are_refused(grants, world, client_for):
    client = client_for(world.ngo_user)
    response = post(client, APPS, payload(world, grants["call"]))
    assert response.status_code == 400 and response.json()["call"]
    closed = GrantCallFactory(
        county=world.county,
        themes=[world.theme],
        closes=dt.date(2020, 1, 31),
        opens=dt.date(2020, 1, 1),
    )
    response = post(client, APPS, payload(world, closed))
    assert response.status_code == 400 and "call" in response.json()
    assert not Application.objects.filter(call=closed).exists()


def test_staff_cannot_create_an_application(grants, world, client_for, fresh_call):
    response = post(client_for(world.staff), APPS, payload(world, fresh_call))
    assert response.status_code == 403


def test_the_endpoints_are_in_the_openapi_schema(client):
    schema = client.get("/api/v1/schema/").content.decode()
    for path in ("/api/v1/grant-calls/", "/api/v1/grant-decisions/", "/api/v1/grant-applications/"):
        assert path in schema
    assert "/api/v1/grant-applications/{id}/submit/" in schema


@pytest.mark.parametrize("key", ["9" * 5000, "9" * 25, "0", "abc"])
def test_a_submission_to_a_key_that_is_no_application_is_answered_not_crashed(
    grants, world, client_for, key
):
    """A key of thousands of digits is past Python's int conversion limit (ValueError), one of
    25 is past the database's: neither is a server error, and nothing is submitted."""
    response = post(client_for(world.ngo_user), f"{APPS}{key}/submit/", {})
    assert response.status_code in (400, 404), response.content[:200]
