"""Self-registration by e-mail: the confirmation link, the account only for the organisation,
bad input naming the field, no user enumeration, the rate limit, broken links answered."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail, signing
from django.urls import reverse

from yhdyspinta.grants.models import Registration
from yhdyspinta.grants.registration import RATE_LIMIT, make_token
from yhdyspinta.organizations.models import AccessLevel, Organization

URL = "/grants/register/"


def data(world, **changes):
    values = {
        "first_name": "Aino",
        "last_name": "Aktiivinen",
        "email": "Aino@Example.fi",
        "business_id": "1234567-1",
        "organization_name": "",
        "county": "",
        "password1": "vahva-salasana-2024",
        "password2": "vahva-salasana-2024",
    }
    values.update(changes)
    return values


def logs_in(client, username, password) -> bool:
    response = client.post(reverse("login"), {"username": username, "password": password})
    return response.status_code == 302


def link_in(message) -> str:
    return re.search(r"https?://\S+", message.body).group(0)


@pytest.fixture
def ngo(world):
    world.ngo.business_id = "1234567-1"
    world.ngo.save()
    return world.ngo


def test_registration_matches_the_organisation_and_activates_after_the_link(ngo, world, client):
    response = client.post(URL, data(world))
    assert response.status_code == 200, response.context["form"].errors
    user = get_user_model().objects.get(email="aino@example.fi")
    assert not user.is_active
    assert user.account.organization == ngo and user.account.level == AccessLevel.NGO
    assert not Registration.objects.get(user=user).created_organization
    (message,) = mail.outbox
    assert message.to == ["aino@example.fi"]
    assert not logs_in(client, "aino@example.fi", "vahva-salasana-2024")
    page = client.get(link_in(message))
    assert page.status_code == 200
    user.refresh_from_db()
    assert user.is_active and Registration.objects.get(user=user).confirmed_at
    assert client.get(link_in(message)).status_code == 200  # a second click: already active
    assert logs_in(client, "aino@example.fi", "vahva-salasana-2024")


def test_a_new_association_is_created_for_a_staff_check(world, client):
    response = client.post(
        URL,
        data(world, business_id="7654321-2", organization_name="Uusi ry", county=world.county.pk),
    )
    assert response.status_code == 200, response.content.decode()[:2000]
    org = Organization.objects.get(business_id="7654321-2")
    assert org.kind == "ngo" and org.legal_form == "association"
    assert org.parent_county == world.county
    registration = Registration.objects.get(organization=org)
    assert registration.created_organization and not registration.org_checked


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"business_id": "1234567-2"}, "business_id"),
        ({"business_id": "123"}, "business_id"),
        ({"email": "ei-osoite"}, "email"),
        ({"first_name": ""}, "first_name"),
        ({"password2": "toinen-salasana-2024"}, "password2"),
        ({"password1": "123", "password2": "123"}, "password1"),
        ({"business_id": "7654321-2"}, "organization_name"),
        ({"business_id": "7654321-2", "organization_name": "Uusi ry"}, "county"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(ngo, world, client, changes, field):
    users = get_user_model().objects.count()
    response = client.post(URL, data(world, **changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert get_user_model().objects.count() == users and not mail.outbox


def test_a_municipalitys_business_id_is_refused(world, client):
    world.m1.business_id = "1234567-1"
    world.m1.save()
    response = client.post(URL, data(world))
    assert response.status_code == 400 and "business_id" in response.context["form"].errors


def test_an_existing_address_gets_the_same_answer_and_no_second_account(ngo, world, client):
    get_user_model().objects.create_user("olemassa", email="aino@example.fi", password="x")
    response = client.post(URL, data(world))
    assert response.status_code == 200
    assert get_user_model().objects.filter(email__iexact="aino@example.fi").count() == 1
    (message,) = mail.outbox  # told to the owner of the address, not on the page
    assert "/login/" in message.body


def test_the_rate_limit(ngo, world, client):
    for n in range(RATE_LIMIT):
        client.post(URL, data(world, email=f"a{n}@example.fi"))
    response = client.post(URL, data(world, email="liikaa@example.fi"))
    assert response.status_code == 429
    assert not get_user_model().objects.filter(email="liikaa@example.fi").exists()


def test_a_tampered_or_expired_link_is_a_clear_page(ngo, world, client, monkeypatch):
    client.post(URL, data(world))
    user = get_user_model().objects.get(email="aino@example.fi")
    token = make_token(user)
    tampered = client.get(reverse("grants:register_confirm", args=[token[:-3] + "abc"]))
    assert tampered.status_code == 400 and tampered.context["expired"] is False
    garbage = client.get(reverse("grants:register_confirm", args=["x"]))
    assert garbage.status_code == 400
    expired_token = signing.dumps(
        {"u": user.pk, "e": user.email}, salt="yhdyspinta.grants.registration", compress=True
    )
    real = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real() + 4 * 24 * 3600)
    expired = client.get(reverse("grants:register_confirm", args=[expired_token]))
    monkeypatch.undo()
    assert expired.status_code == 400 and expired.context["expired"] is True
    user.refresh_from_db()
    assert not user.is_active


def test_the_registered_user_reads_only_her_organisations_applications(grants, world, client):
    client.post(URL, data(world))
    client.get(link_in(mail.outbox[0]))
    assert logs_in(client, "aino@example.fi", "vahva-salasana-2024")
    results = client.get("/api/v1/grant-applications/").json()["results"]
    assert [a["id"] for a in results] == [grants["draft"].pk]
    assert client.get(grants["other_draft"].get_absolute_url()).status_code == 404
