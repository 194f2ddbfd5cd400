"""The overlaps page: pairs with reasons, clusters, the threshold as a filter, "concerning my
municipality", and decisions: "not an overlap" is remembered, "coordinate" creates an Action."""

import pytest
from django.urls import reverse
from django.utils import translation
from rounds.factories import RoundFactory

from yhdyspinta.networks.models import OverlapDecision
from yhdyspinta.rounds.models import Action


@pytest.fixture(autouse=True)
def low_threshold(settings):
    """The fixture's pairs score 0.2-0.6: compute and store from 0.2 up."""
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.2


def _page(client, **params):
    with translation.override("en"):
        return client.get(reverse("networks:overlap_list"), params)


def test_the_page_lists_the_same_work_twice_with_reasons_in_words(client_for, world, nets):
    response = _page(client_for(world.board), min_score="0.3")
    page = response.content.decode()
    assert nets["n1"].name in page and nets["n1b"].name in page
    pair = next(
        row
        for row in response.context["rows"]
        if {row["a"], row["b"]} == {nets["n1"].pk, nets["n1b"].pk}
    )
    assert pair["reasons"] and all(str(reason) in page for reason in pair["reasons"])


def test_the_default_threshold_comes_from_the_setting(client_for, world, nets, settings):
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.99
    response = _page(client_for(world.board))
    assert response.context["min_score"] == 0.99
    assert response.context["rows"] == []


def test_within_and_across_filters_split_the_pairs(client_for, world, nets):
    client = client_for(world.board)
    within = _page(client, min_score="0.2", scope="within").context["rows"]
    across = _page(client, min_score="0.2", scope="across").context["rows"]
    assert within and all(row["same_owner"] for row in within)
    assert all(not row["same_owner"] for row in across)


def test_concerning_my_municipality_keeps_only_pairs_with_her_networks(client_for, world, nets):
    rows = _page(client_for(world.coordinator), min_score="0.2", mine="1").context["rows"]
    ids = {nets["n1"].pk, nets["n1b"].pk}
    assert rows and all({row["a"], row["b"]} & ids for row in rows)


def _decide(client, nets, decision, reason="Eri kohderyhmä"):
    return client.post(
        reverse("networks:overlap_decide"),
        {"a": nets["n1b"].pk, "b": nets["n1"].pk, "decision": decision, "reason": reason},
    )


def test_not_an_overlap_is_remembered_with_who_and_why(client_for, world, nets):
    client = client_for(world.coordinator)
    assert _decide(client, nets, "not_overlap").status_code == 302
    decision = OverlapDecision.objects.get()
    assert (decision.network_a_id, decision.network_b_id) == tuple(
        sorted([nets["n1"].pk, nets["n1b"].pk])
    )
    assert decision.decided_by == world.coordinator
    assert decision.reason == "Eri kohderyhmä"
    rows = _page(client, min_score="0.2").context["rows"]
    assert not [r for r in rows if {r["a"], r["b"]} == {nets["n1"].pk, nets["n1b"].pk}]


def test_coordinate_creates_an_action_in_the_rounds_capability(client_for, world, nets):
    RoundFactory(county=world.county, slug="syksy", title="Syksy")
    client = client_for(world.coordinator)
    assert _decide(client, nets, "coordinate", "Yhdistetään").status_code == 302
    decision = OverlapDecision.objects.get()
    action = Action.objects.get(pk=decision.action_id)
    assert action.owner == world.m1
    assert nets["n1"].name in action.text and nets["n1b"].name in action.text
    assert action.theme == nets["theme"]


def test_coordinate_without_a_negotiation_round_is_an_error_and_saves_nothing(
    client_for, world, nets
):
    client = client_for(world.coordinator)
    _decide(client, nets, "coordinate")
    assert not OverlapDecision.objects.exists()
    assert not Action.objects.exists()


def test_a_decision_needs_a_reason(client_for, world, nets):
    _decide(client_for(world.coordinator), nets, "not_overlap", reason="  ")
    assert not OverlapDecision.objects.exists()


@pytest.mark.parametrize(("role", "status"), [("board", 403), ("outsider", 404)])
def test_board_members_and_outsiders_cannot_decide(client_for, world, nets, role, status):
    assert _decide(client_for(world.user(role)), nets, "not_overlap").status_code == status
    assert not OverlapDecision.objects.exists()


def test_a_coordinator_cannot_decide_a_pair_of_other_municipalities(client_for, world, nets):
    response = client_for(world.coordinator).post(
        reverse("networks:overlap_decide"),
        {"a": nets["n2"].pk, "b": nets["nc"].pk, "decision": "not_overlap", "reason": "Ei"},
    )
    assert response.status_code == 403
    assert not OverlapDecision.objects.exists()


def test_anonymous_decisions_go_to_the_login_page(client, nets):
    response = client.post(reverse("networks:overlap_decide"), {})
    assert response.status_code == 302 and "/login/" in response.url
