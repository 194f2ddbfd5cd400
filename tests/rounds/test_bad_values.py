"""Bad values in every filter and form field of the rounds pages and API: integers past 64 bits,
negative numbers, NaN, infinities, a year of 99999999, non-ASCII digits and a 10 MB string get a
400 or a form error naming the field, never a server error; a refused write changes nothing."""

import pytest
from django.urls import reverse

from yhdyspinta.rounds.models import Action, Finding, Negotiation, Request

HUGE = "99999999999999999999"
BAD_NUMBERS = [HUGE, "-1", "nan", "inf", "-inf", "1e300", "²", "1_0", "x" * 10_000_000]
BAD_DATES = ["99999999-01-01", "1.1.99999999", "31.12.99999999", HUGE, "nan"]


def _snapshot():
    return [
        (model.__name__, list(model.objects.order_by("pk").values()))
        for model in (Finding, Action, Request, Negotiation)
    ]


@pytest.mark.parametrize("value", BAD_NUMBERS, ids=lambda v: v[:20])
def test_page_filters_answer_400_or_ignore_never_500(world, client_for, rec, value):
    client = client_for(world.user("staff"))
    round_ = rec["round"]
    urls = [
        *(f"{reverse('rounds:action_board')}?{name}={value}" for name in ("owner", "theme")),
        *(f"{reverse('rounds:action_board')}?{name}={value}" for name in ("round", "status")),
        f"{reverse('rounds:action_board')}?page={value}",
        f"{reverse('rounds:round_detail', args=[round_.pk])}?municipality={value}",
        f"{reverse('rounds:round_detail', args=[round_.pk])}?theme={value}",
        f"{reverse('rounds:finding_create', args=[round_.pk])}?kind={value}",
        f"{reverse('rounds:request_list')}?page={value}",
        f"{reverse('rounds:my_items')}?page={value}",
        f"{reverse('rounds:municipality_history', args=[world.m1.pk])}?page={value}",
    ]
    statuses = {url[:80]: client.get(url).status_code for url in urls}
    assert all(status in (200, 400) for status in statuses.values()), statuses


@pytest.mark.parametrize("value", BAD_NUMBERS, ids=lambda v: v[:20])
def test_the_negotiation_of_a_new_finding_must_be_an_id(world, client_for, rec, value):
    url = reverse("rounds:finding_create", args=[rec["round"].pk])
    response = client_for(world.user("staff")).get(f"{url}?negotiation={value}")
    assert response.status_code == 400
    assert b"negotiation" in response.content


@pytest.mark.parametrize("value", BAD_NUMBERS, ids=lambda v: v[:20])
@pytest.mark.parametrize(
    ("endpoint", "name"),
    [
        ("round-finding-list", "round"),
        ("round-action-list", "round"),
        ("round-action-list", "owner"),
        ("round-action-list", "theme"),
    ],
)
def test_api_filters_answer_400_naming_the_parameter(world, client_for, rec, endpoint, name, value):
    response = client_for(world.user("staff")).get(reverse(endpoint), {name: value})
    assert response.status_code == 400
    assert name in response.json()


def test_api_filters_still_filter(world, client_for, rec):
    client = client_for(world.user("staff"))
    response = client.get(reverse("round-action-list"), {"owner": world.m1.pk})
    assert [row["text"] for row in response.json()["results"]] == ["Yhden toimenpide"]


def _forms(world, rec):
    """(url, valid data) of every write form of the app."""
    round_ = rec["round"]
    return {
        "finding": (
            reverse("rounds:finding_create", args=[round_.pk]),
            {"kind": "strength", "text": "Uusi", "all_municipalities": "on", "order": "1"},
        ),
        "action": (
            reverse("rounds:action_create", args=[round_.pk]),
            {"text": "Uusi", "owner": world.county.pk, "in_summary": "on", "order": "1"},
        ),
        "request": (
            reverse("rounds:request_create"),
            {"municipality": world.m1.pk, "kind": "wish", "text": "Uusi"},
        ),
        "round": (
            reverse("rounds:round_edit", args=[round_.pk]),
            {"title": "Syksy", "slug": "syksy", "status": "planned"},
        ),
        "negotiation": (reverse("rounds:negotiation_edit", args=[rec["n1"].pk]), {}),
        "status": (
            reverse("rounds:action_status", args=[rec["a1"].pk]),
            {"status": "done", "comment": "Valmis"},
        ),
    }


INTEGER_FIELDS = {
    "finding": ["order", "parent", "theme", "municipalities", "negotiations"],
    "action": ["order", "owner", "owner_person", "theme", "parent", "part_of", "origin_findings"],
    "action_body": ["body"],
    "request": ["municipality", "round", "theme"],
    "round": ["board", "presenter"],
    "negotiation": ["county_participants", "municipality_participants"],
}
DATE_FIELDS = {
    "action": ["body_date", "due"],
    "request": ["due"],
    "round": ["starts", "ends", "board_date"],
    "negotiation": ["date"],
}


def _cases(fields):
    return [(form, field) for form, names in fields.items() for field in names]


@pytest.mark.parametrize(("form", "field"), _cases(INTEGER_FIELDS))
def test_integer_and_choice_fields_give_a_form_error(world, client_for, rec, form, field):
    url, data = _forms(world, rec)[form.removesuffix("_body")]
    client = client_for(world.user("staff"))
    before = _snapshot()
    for value in (HUGE, "-1", "nan", "inf", "1e300", "²"):
        response = client.post(url, {**data, field: value})
        assert response.status_code == 400, value
        assert field in response.context["form"].errors, value
    assert _snapshot() == before


@pytest.mark.parametrize(("form", "field"), _cases(DATE_FIELDS))
def test_date_fields_give_a_form_error(world, client_for, rec, form, field):
    url, data = _forms(world, rec)[form]
    client = client_for(world.user("staff"))
    before = _snapshot()
    for value in BAD_DATES:
        response = client.post(url, {**data, field: value})
        assert response.status_code == 400, value
        assert field in response.context["form"].errors, value
    assert _snapshot() == before


@pytest.mark.parametrize("value", ["nan", "x" * 100, HUGE], ids=lambda v: v[:10])
def test_the_status_of_an_action_must_be_one_of_the_choices(world, client_for, rec, value):
    url, data = _forms(world, rec)["status"]
    before = _snapshot()
    response = client_for(world.user("staff")).post(url, {**data, "status": value})
    assert response.status_code == 400
    assert _snapshot() == before


def test_the_api_status_change_refuses_a_bad_status(world, client_for, rec):
    url = reverse("round-action-status", args=[rec["a1"].pk])
    before = _snapshot()
    response = client_for(world.user("staff")).post(
        url, {"status": "nan", "comment": "x"}, content_type="application/json"
    )
    assert response.status_code == 400 and "status" in response.json()
    assert _snapshot() == before
