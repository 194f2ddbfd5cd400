"""Every list page of the rounds app shows a bounded page of rows, and text fields have length
limits that reach the forms (an oversize value is a form error naming the field)."""

import re

import pytest
from django.urls import reverse
from rounds.factories import ActionFactory, FindingFactory, RequestFactory

from yhdyspinta.rounds.models import Action, Finding, Negotiation, Request
from yhdyspinta.rounds.views import common

SIZE = 2


@pytest.fixture
def many(world, rec, monkeypatch):
    """One row more than a page of every kind (the page size made small)."""
    monkeypatch.setattr(common, "PAGE_SIZE", SIZE)
    round_ = rec["round"]
    for n in range(SIZE + 1):
        FindingFactory(round=round_, text=f"Monilukuinen havainto {n}")
        ActionFactory(round=round_, owner=world.m1, text=f"Monilukuinen toimenpide {n}")
        RequestFactory(municipality=world.m1, text=f"Monilukuinen toive {n}")
    return rec


def _numbers(response, word) -> set[str]:
    return set(re.findall(rf"Monilukuinen {word} (\d+)", response.content.decode()))


@pytest.mark.parametrize(
    ("name", "args", "word", "param"),
    [
        ("rounds:action_board", [], "toimenpide", "page"),
        ("rounds:my_items", [], "toimenpide", "page"),
        ("rounds:my_items", [], "toive", "requests_page"),
        ("rounds:request_list", [], "toive", "page"),
        ("rounds:round_detail", ["round"], "havainto", "page"),
        ("rounds:round_detail", ["round"], "toimenpide", "actions_page"),
        ("rounds:municipality_history", ["m1"], "havainto", "page"),
        ("rounds:municipality_history", ["m1"], "toimenpide", "actions_page"),
    ],
)
def test_a_list_shows_one_page_and_the_next(world, client_for, many, name, args, word, param):
    objects = {"round": many["round"].pk, "m1": world.m1.pk}
    url = reverse(name, args=[objects[a] for a in args])
    client = client_for(world.user("coordinator"))
    pages = [client.get(url, {param: n}) for n in range(1, 6)]
    assert {page.status_code for page in pages} == {200}
    assert f"{param}=2".encode() in pages[0].content
    assert all(len(_numbers(page, word)) <= SIZE for page in pages)
    # every row on some page
    assert set().union(*(_numbers(page, word) for page in pages)) == {"0", "1", "2"}


LONG = "x" * 100_001


def _posts(world, rec):
    round_ = rec["round"]
    return [
        (
            reverse("rounds:finding_create", args=[round_.pk]),
            {"kind": "strength", "text": LONG, "all_municipalities": "on", "order": "1"},
            "text",
        ),
        (
            reverse("rounds:action_create", args=[round_.pk]),
            {"text": LONG, "owner": world.county.pk, "in_summary": "on", "order": "1"},
            "text",
        ),
        (
            reverse("rounds:request_create"),
            {"municipality": world.m1.pk, "kind": "wish", "text": LONG},
            "text",
        ),
        (reverse("rounds:negotiation_edit", args=[rec["n1"].pk]), {"agenda": LONG}, "agenda"),
        (reverse("rounds:negotiation_edit", args=[rec["n1"].pk]), {"minutes": LONG}, "minutes"),
    ]


def _snapshot():
    return [
        list(m.objects.order_by("pk").values()) for m in (Finding, Action, Request, Negotiation)
    ]


def test_oversize_texts_are_form_errors_naming_the_field(world, client_for, rec):
    client = client_for(world.user("staff"))
    before = _snapshot()
    for url, data, field in _posts(world, rec):
        response = client.post(url, data)
        assert response.status_code == 400, (url, field)
        assert field in response.context["form"].errors, (url, field)
    request = RequestFactory(municipality=world.m1)
    response = client.post(
        reverse("rounds:request_answer", args=[request.pk]), {"status": "answered", "answer": LONG}
    )
    assert response.status_code == 400 and "answer" in response.context["form"].errors
    assert _snapshot()[:2] == before[:2]


def test_the_limits_reach_the_api_serializers():
    from yhdyspinta.rounds.api import FindingSerializer, RequestSerializer

    for serializer, field in (
        (FindingSerializer, "text"),
        (RequestSerializer, "text"),
        (RequestSerializer, "answer"),
    ):
        assert serializer().fields[field].max_length, (serializer, field)
