import pytest
from factories import PersonFactory
from rest_framework.test import APIClient

from yhdyspinta.organizations.models import Person


@pytest.fixture
def api():
    return APIClient()


def test_organisations_are_public_and_filter_by_kind(api, world):
    response = api.get("/api/v1/organizations/", {"kind": "municipality"})
    assert response.status_code == 200
    rows = response.json()["results"]
    assert {row["code"] for row in rows} == {"167", "422", "091"}
    assert set(rows[0]) >= {"id", "name", "kind", "code", "sotkanet_id"}


def test_organisations_cannot_be_written_through_the_api(api, world):
    api.force_authenticate(world.staff)
    assert api.post("/api/v1/organizations/", {"name_fi": "x"}).status_code == 405


def test_people_need_a_login(api, world):
    assert api.get("/api/v1/people/").status_code in (401, 403)


def test_people_are_limited_to_the_users_county(api, world):
    api.force_authenticate(world.staff)
    orgs = {row["organization"] for row in api.get("/api/v1/people/").json()["results"]}
    assert world.m3.pk not in orgs and world.m1.pk in orgs
    other = Person.objects.filter(organization=world.m3).first()
    assert api.get(f"/api/v1/people/{other.pk}/").status_code == 404


@pytest.mark.parametrize(("role", "status"), [("coordinator", 201), ("board", 400), ("staff", 201)])
def test_creating_a_person_needs_write_access_to_the_organisation(api, world, role, status):
    api.force_authenticate(world.user(role))
    response = api.post(
        "/api/v1/people/",
        {
            "first_name": "Uusi",
            "last_name": "Henkilö",
            "organization": world.m1.pk,
            "email": "uusi@example.fi",
        },
        format="json",
    )
    assert response.status_code == status, response.content
    assert Person.objects.filter(first_name="Uusi").exists() == (status == 201)


def test_a_coordinator_cannot_update_a_person_of_another_municipality(api, world):
    other = PersonFactory(organization=world.m2)
    api.force_authenticate(world.coordinator)
    response = api.patch(f"/api/v1/people/{other.pk}/", {"title": "x"}, format="json")
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.title != "x"


def test_an_invalid_email_is_answered_with_the_field(api, world):
    api.force_authenticate(world.staff)
    response = api.post(
        "/api/v1/people/",
        {"first_name": "A", "last_name": "B", "organization": world.m1.pk, "email": "not-an-email"},
        format="json",
    )
    assert response.status_code == 400
    assert "email" in response.json()


def test_token_authentication_works(api, world):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=world.staff)
    api.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    assert api.get("/api/v1/people/").status_code == 200


def test_the_openapi_schema_is_served(api, db):
    response = api.get("/api/v1/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json")
    assert response.status_code == 200
    assert "/api/v1/organizations/" in response.json()["paths"]
