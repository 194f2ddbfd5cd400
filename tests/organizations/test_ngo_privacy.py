"""Issue 8, point 3: an NGO account reads people of its own organisation only, on every page
and in the API that lists people."""

import pytest
from django.urls import reverse
from factories import BodyFactory, CounterpartFactory, PersonFactory, RoleFactory
from rest_framework.test import APIClient

from yhdyspinta.organizations.models import BodyMembership


@pytest.fixture
def people(world):
    municipal = PersonFactory(organization=world.m1, first_name="Kuntalainen", email="kunta@m1.fi")
    county = PersonFactory(organization=world.county, first_name="Maakuntalainen", email="hva@a.fi")
    own = PersonFactory(organization=world.ngo, first_name="Järjestöläinen", email="ry@ngo.fi")
    RoleFactory(person=municipal, theme=world.theme, kind="responsible")
    RoleFactory(person=county, theme=world.theme, kind="responsible")
    CounterpartFactory(
        theme=world.theme,
        municipality=world.m1,
        county_person=county,
        municipality_person=municipal,
    )
    m1_body = BodyFactory(organization=world.m1, name_fi="Kunnan ryhmä")
    BodyMembership.objects.create(body=m1_body, person=municipal)
    ngo_body = BodyFactory(organization=world.ngo, name_fi="Järjestön hallitus")
    BodyMembership.objects.create(body=ngo_body, person=own)
    BodyMembership.objects.create(body=ngo_body, person=county)  # a county person on its board
    return {
        "municipal": municipal,
        "county": county,
        "own": own,
        "m1_body": m1_body,
        "ngo_body": ngo_body,
    }


FOREIGN = ("Kuntalainen", "kunta@m1.fi", "Maakuntalainen", "hva@a.fi")


def _assert_no_foreign_people(text):
    for secret in FOREIGN:
        assert secret not in text, secret


@pytest.mark.parametrize("org", ["m1", "county"])
def test_an_ngo_user_sees_no_people_on_another_organisations_page(client_for, world, people, org):
    response = client_for(world.ngo_user).get(
        reverse("organizations:organization_detail", args=[getattr(world, org).pk])
    )
    assert response.status_code == 200  # organisations are public to the county's accounts
    _assert_no_foreign_people(response.text)
    assert "Kunnan ryhmä" not in response.text


def test_an_ngo_user_does_not_read_the_contact_directory(client_for, world, people):
    for query in ({}, {"municipality": world.m1.pk}, {"theme": world.theme.pk}):
        response = client_for(world.ngo_user).get(reverse("organizations:directory"), query)
        assert response.status_code == 404
        _assert_no_foreign_people(response.text)


def test_an_ngo_user_lists_only_its_own_people_and_bodies(client_for, world, people):
    client = client_for(world.ngo_user)
    people_page = client.get(reverse("organizations:person_list")).text
    assert "Järjestöläinen" in people_page
    _assert_no_foreign_people(people_page)
    bodies_page = client.get(reverse("organizations:body_list")).text
    assert "Järjestön hallitus" in bodies_page
    assert "Kunnan ryhmä" not in bodies_page


def test_an_ngo_user_sees_only_its_own_people_on_its_own_pages(client_for, world, people):
    client = client_for(world.ngo_user)
    body_page = client.get(reverse("organizations:body_detail", args=[people["ngo_body"].pk]))
    assert body_page.status_code == 200
    assert "Järjestöläinen" in body_page.text
    _assert_no_foreign_people(body_page.text)
    own_page = client.get(reverse("organizations:organization_detail", args=[world.ngo.pk]))
    assert "Järjestöläinen" in own_page.text
    _assert_no_foreign_people(own_page.text)


def test_an_ngo_user_cannot_open_other_peoples_or_bodies_pages(client_for, world, people):
    client = client_for(world.ngo_user)
    for url in (
        reverse("organizations:person_detail", args=[people["municipal"].pk]),
        reverse("organizations:person_detail", args=[people["county"].pk]),
        reverse("organizations:body_detail", args=[people["m1_body"].pk]),
    ):
        assert client.get(url).status_code == 404, url


def test_the_api_gives_an_ngo_user_its_own_people_only(world, people):
    api = APIClient()
    api.force_authenticate(world.ngo_user)
    rows = api.get("/api/v1/people/").json()["results"]
    assert {row["organization"] for row in rows} == {world.ngo.pk}
    assert api.get(f"/api/v1/people/{people['municipal'].pk}/").status_code == 404


def test_the_county_staff_still_see_everyones_contacts(client_for, world, people):
    client = client_for(world.staff)
    page = client.get(reverse("organizations:organization_detail", args=[world.m1.pk])).text
    assert "kunta@m1.fi" in page
    directory = client.get(reverse("organizations:directory"), {"municipality": world.m1.pk}).text
    assert "kunta@m1.fi" in directory and "hva@a.fi" in directory
    body_page = client.get(reverse("organizations:body_detail", args=[people["ngo_body"].pk])).text
    assert "Maakuntalainen" in body_page
