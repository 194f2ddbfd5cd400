"""Overlap detection is computed once per change in a background task and stored; the page,
the API and the dashboard read what is stored, a page at a time, and say when it is stale."""

import math

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from networks.factories import NetworkFactory, NetworkMemberFactory

from yhdyspinta.networks import dashboard
from yhdyspinta.networks.models import OverlapComputation, OverlapDecision, OverlapPair
from yhdyspinta.networks.services import stored
from yhdyspinta.networks.views import overlaps as overlap_views

OVERLAPS = reverse("networks:overlap_list")
API = "/api/v1/network-overlaps/"


@pytest.fixture(autouse=True)
def low_threshold(settings):
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.2


@pytest.fixture
def no_engine(monkeypatch):
    """Any overlap computation during the request fails the test."""

    def fail(*args, **kwargs):
        raise AssertionError("overlaps computed during a request")

    monkeypatch.setattr("yhdyspinta.networks.services.overlaps.find_overlaps", fail)
    monkeypatch.setattr("yhdyspinta.networks.services.stored.bounded_overlaps", fail)


@pytest.fixture
def dummy_tasks(settings):
    """Tasks are queued and never run (a worker that has not got to them yet)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


def _record(world):
    return OverlapComputation.objects.get(county=world.county)


def test_a_change_computes_and_stores_the_pairs_once(world, nets):
    record = _record(world)
    assert record.computed_version == record.data_version
    assert OverlapPair.objects.filter(
        computation=record, network_a=min(nets["n1"].pk, nets["n1b"].pk)
    ).exists()
    version = record.data_version
    nets["n2"].purpose = "Jotain aivan muuta."
    nets["n2"].save()
    record.refresh_from_db()
    assert record.data_version == version + 1 == record.computed_version


def test_pages_the_api_and_the_dashboard_read_the_stored_pairs(client_for, world, nets, no_engine):
    client = client_for(world.coordinator)
    assert client.get(OVERLAPS).context["rows"]
    assert client.get(API).json()["results"]
    assert client.get(reverse("web:dashboard")).status_code == 200


def test_the_dashboard_card_reads_a_stored_count(world, nets, no_engine):
    request = RequestFactory().get("/")
    request.user = world.coordinator
    with CaptureQueriesContext(connection) as queries, translation.override("en"):
        cards = dashboard.cards(request)
    overlap_reads = [q["sql"] for q in queries if "networks_overlap" in q["sql"]]
    network_rows = [  # the round card counts networks; nothing else reads them one by one
        q["sql"]
        for q in queries
        if "networks_network" in q["sql"]
        and "COUNT(" not in q["sql"]
        and q["sql"] not in overlap_reads
    ]
    assert len(overlap_reads) <= 2 and network_rows == []
    card = next(c for c in cards if c.template.endswith("_card_overlaps.html"))
    expected = (
        OverlapPair.objects.filter(owner_a=world.m1).count()
        + OverlapPair.objects.filter(owner_b=world.m1).exclude(owner_a=world.m1).count()
    )
    assert card.context["count"] == expected > 0


def test_a_stale_result_says_when_it_was_computed_and_that_it_is_recomputing(
    client_for, world, nets, dummy_tasks
):
    nets["n2"].name = "Muutettu nimi"
    nets["n2"].save()
    page = client_for(world.staff).get(OVERLAPS, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Computed " in page and "recomputing" in page


def test_before_the_first_computation_the_page_says_it_is_computing(client_for, world, dummy_tasks):
    NetworkFactory(owner=world.m1, name="Yksi")
    page = client_for(world.staff).get(OVERLAPS, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "being computed" in page


def test_the_pairs_are_shown_a_page_at_a_time(client_for, world, nets, monkeypatch):
    monkeypatch.setattr(overlap_views, "PAGE_SIZE", 2)
    client = client_for(world.staff)
    first = client.get(OVERLAPS)
    total = first.context["page"].paginator.count
    assert total > 2 and len(first.context["rows"]) == 2
    assert "page=2" in first.content.decode()
    second = client.get(OVERLAPS, {"page": "2"}).context["rows"]
    assert {(r["a"], r["b"]) for r in second}.isdisjoint(
        {(r["a"], r["b"]) for r in first.context["rows"]}
    )


def test_the_api_is_paginated(client_for, world, nets):
    body = client_for(world.staff).get(API, {"limit": "1"}).json()
    assert body["count"] > 1 and len(body["results"]) == 1 and body["next"]


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "5.0", "-1", "0.1", "x"])
def test_a_threshold_out_of_range_is_refused_naming_the_field(client_for, world, nets, value):
    client = client_for(world.staff)
    page = client.get(OVERLAPS, {"min_score": value})
    assert page.status_code == 400 and "min_score" in page.context["errors"]
    api = client.get(API, {"min_score": value})
    assert api.status_code == 400 and "min_score" in api.json()


@pytest.mark.parametrize("field", ["a", "b"])
def test_a_decision_about_an_id_beyond_64_bits_is_a_form_error(client_for, world, nets, field):
    values = {"a": nets["n1"].pk, "b": nets["n1b"].pk, "decision": "not_overlap", "reason": "x"}
    values[field] = "99999999999999999999"
    response = client_for(world.coordinator).post(reverse("networks:overlap_decide"), values)
    assert response.status_code == 302
    assert not OverlapDecision.objects.exists()


@pytest.mark.parametrize("score", ["inf", "5.0", "nan", "-1"])
def test_a_decision_records_the_computed_score_not_the_clients(client_for, world, nets, score):
    a, b = sorted([nets["n1"].pk, nets["n1b"].pk])
    computed = OverlapPair.objects.get(network_a=a, network_b=b).score
    client_for(world.coordinator).post(
        reverse("networks:overlap_decide"),
        {"a": a, "b": b, "decision": "not_overlap", "reason": "Eri asia", "score": score},
    )
    decision = OverlapDecision.objects.get()
    assert math.isfinite(decision.score) and 0 < decision.score <= 1
    assert decision.score == computed


def test_a_not_an_overlap_decision_hides_the_pair_and_recomputes(client_for, world, nets):
    a, b = sorted([nets["n1"].pk, nets["n1b"].pk])
    version = _record(world).data_version
    client_for(world.coordinator).post(
        reverse("networks:overlap_decide"),
        {"a": a, "b": b, "decision": "not_overlap", "reason": "Eri asia"},
    )
    record = _record(world)
    assert record.data_version > version and record.computed_version == record.data_version
    assert not OverlapPair.objects.filter(network_a=a, network_b=b).exists()


def test_a_lower_setting_makes_the_stored_pairs_stale(client_for, world, nets, settings):
    before = _record(world).pair_count
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.5
    client_for(world.staff).get(OVERLAPS)
    record = _record(world)
    assert record.min_score == 0.5 and record.pair_count < before


def test_each_network_keeps_its_best_neighbours_and_the_page_says_it_has_more(
    client_for, world, monkeypatch
):
    monkeypatch.setattr(stored, "NEIGHBOUR_LIMIT", 2)
    monkeypatch.setattr("yhdyspinta.networks.views.overlaps.NEIGHBOUR_LIMIT", 2)
    with stored.changes_batched():
        for i in range(7):
            network = NetworkFactory(
                owner=world.m1,
                name=f"Päihdetyöryhmä {'abcdefg'[i]}",
                purpose="Ehkäisevän päihdetyön suunnittelu kunnassa.",
            )
            network.themes.set([world.theme])
            NetworkMemberFactory(network=network, organization=world.ngo)
    record = _record(world)
    assert record.found_count == 21 and record.pair_count <= 2 * 7 < 21
    page = client_for(world.staff).get(OVERLAPS, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "has 6 possible overlaps; only its 2 most similar are kept" in page


def test_find_overlaps_store_computes_and_stores(world, nets, dummy_tasks):
    import io

    from django.core.management import call_command

    nets["n2"].save()
    assert _record(world).computed_version < _record(world).data_version
    out = io.StringIO()
    call_command("find_overlaps", "--store", "--county", str(world.county.pk), stdout=out)
    record = _record(world)
    assert record.computed_version == record.data_version
    assert f"{record.pair_count} pairs stored" in out.getvalue()


def test_a_network_moved_to_another_county_leaves_the_old_countys_pairs(world, nets):
    moved = nets["n1"]
    old = _record(world)
    assert OverlapPair.objects.filter(computation=old, network_a=moved.pk).exists() or (
        OverlapPair.objects.filter(computation=old, network_b=moved.pk).exists()
    )
    moved.owner = world.m3  # a municipality of county B
    moved.save()
    old.refresh_from_db()
    assert old.computed_version == old.data_version  # recomputed without it
    assert not OverlapPair.objects.filter(computation=old, network_a=moved.pk).exists()
    assert not OverlapPair.objects.filter(computation=old, network_b=moved.pk).exists()
