"""A NUL character in the address, a query parameter or a form field is refused with a 400
that names where it was (web/middleware.py): PostgreSQL cannot store or search text with NUL,
and a view that passed one on would answer with a server error."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_a_nul_in_a_search_is_refused_naming_the_parameter(client, django_user_model):
    user = django_user_model.objects.create_user("nul-reader", password="x", is_staff=True)
    client.force_login(user)
    response = client.get("/organizations/", {"q": "Joen\x00suu"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "0x00" in text
    assert ": q." in text


def test_a_nul_in_the_api_is_answered_in_json(client):
    response = client.get("/api/v1/organizations/", {"search": "\x00"}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json() == {"detail": "A null character (0x00) is not allowed in: search."}


def test_a_nul_in_a_posted_form_field_is_refused(client):
    response = client.post("/login/", {"username": "a\x00", "password": "x"})
    assert response.status_code == 400
    assert "username" in response.content.decode()


def test_a_nul_in_the_address_is_refused(client):
    response = client.get("/organizations/%00/")
    assert response.status_code == 400


def test_ordinary_requests_pass(client):
    assert client.get("/login/", {"next": "/organizations/"}).status_code == 200
