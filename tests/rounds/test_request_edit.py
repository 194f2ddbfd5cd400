"""Who may edit a wish or support request (/rounds/requests/<id>/edit/): GET and a valid POST
for every role; a refused write leaves the database as it was."""

import pytest
from django.urls import reverse
from factories import AccessLevel, make_user
from rounds.factories import RequestFactory

from yhdyspinta.rounds.models import Request


@pytest.fixture
def req(world):
    return RequestFactory(municipality=world.m1, text="Toive asiantuntijatuesta")


@pytest.fixture
def other_municipality_coordinator(world):
    return make_user(AccessLevel.COORDINATOR, world.m2, "coordinator2")


def _valid(world):
    return {"municipality": world.m1.pk, "kind": "expert_support", "text": "Muutettu toive"}


def _row(req):
    return list(Request.objects.filter(pk=req.pk).values())


@pytest.mark.parametrize(
    ("role", "status"),
    [("anonymous", 302), ("outsider", 404), ("ngo", 404), ("board", 403), ("m2", 403)],
)
def test_refused_users_change_nothing(
    world, client_for, req, other_municipality_coordinator, role, status
):
    user = other_municipality_coordinator if role == "m2" else world.user(role)
    client = client_for(user)
    url = reverse("rounds:request_edit", args=[req.pk])
    before = _row(req)
    get, post = client.get(url), client.post(url, _valid(world))
    assert (get.status_code, post.status_code) == (status, status)
    if role == "anonymous":
        assert post["Location"].startswith(reverse("login"))
    assert _row(req) == before


@pytest.mark.parametrize("role", ["coordinator", "staff"])
def test_the_owner_and_county_staff_edit(world, client_for, req, role):
    client = client_for(world.user(role))
    url = reverse("rounds:request_edit", args=[req.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, _valid(world))
    assert response.status_code == 302
    req.refresh_from_db()
    assert (req.text, req.kind) == ("Muutettu toive", "expert_support")


def test_an_answered_request_is_closed_to_the_coordinator(world, client_for, req):
    req.status = Request.Status.ANSWERED
    req.save()
    client = client_for(world.user("coordinator"))
    before = _row(req)
    response = client.post(reverse("rounds:request_edit", args=[req.pk]), _valid(world))
    assert response.status_code == 403
    assert _row(req) == before


def test_the_owner_cannot_move_her_request_to_another_municipality(world, client_for, req):
    client = client_for(world.user("coordinator"))
    before = _row(req)
    response = client.post(
        reverse("rounds:request_edit", args=[req.pk]),
        {**_valid(world), "municipality": world.m2.pk},
    )
    assert response.status_code == 400
    assert "municipality" in response.context["form"].errors
    assert _row(req) == before
