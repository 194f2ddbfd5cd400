"""The networks API: read and write with the register's permissions, overlaps read."""

import pytest
from django.urls import reverse

from yhdyspinta.networks.models import Network

LIST = "/api/v1/networks/"


def _detail(network):
    return f"{LIST}{network.pk}/"


def test_anonymous_users_cannot_read_networks(client, nets):
    assert client.get(LIST).status_code in (401, 403)
    assert client.get("/api/v1/network-overlaps/").status_code in (401, 403)


def test_county_users_read_their_own_countys_networks_only(client_for, world, nets):
    data = client_for(world.board).get(LIST).json()
    rows = data["results"] if isinstance(data, dict) else data
    names = {row["name"] for row in rows}
    assert nets["n1"].name in names and nets["nb"].name not in names


def test_an_outsider_gets_404_for_a_network_of_another_county(client_for, world, nets):
    assert client_for(world.outsider).get(_detail(nets["n1"])).status_code == 404


def test_a_board_member_cannot_write(client_for, world, nets):
    response = client_for(world.board).patch(
        _detail(nets["n1"]), {"purpose": "X"}, content_type="application/json"
    )
    assert response.status_code == 403


def test_a_coordinator_updates_her_own_network_and_not_another(client_for, world, nets):
    client = client_for(world.coordinator)
    response = client.patch(
        _detail(nets["n1"]),
        {"purpose": "API", "target_groups": ["everyone"], "themes": ["substance_prevention"]},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    nets["n1"].refresh_from_db()
    assert nets["n1"].purpose == "API" and nets["n1"].target_groups == "everyone"
    response = client.patch(_detail(nets["n2"]), {"purpose": "X"}, content_type="application/json")
    assert response.status_code == 403


def test_a_coordinator_cannot_create_a_network_for_another_municipality(client_for, world, nets):
    response = client_for(world.coordinator).post(
        LIST, {"owner": world.m2.pk, "name": "Vieras"}, content_type="application/json"
    )
    assert response.status_code == 400
    assert "owner" in response.json()
    assert not Network.objects.filter(name="Vieras").exists()


def test_staff_create_a_network_and_get_clear_field_errors(client_for, world, nets):
    client = client_for(world.staff)
    response = client.post(
        LIST,
        {"owner": world.m2.pk, "name": "Uusi", "target_groups": ["martians"],
         "county_participates": False, "county_participation": "x"},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 400
    assert "target_groups" in response.json()
    response = client.post(
        LIST,
        {"owner": world.m2.pk, "name": "Uusi", "county_participates": False,
         "county_participation": "Asiantuntija"},
        content_type="application/json",
    )  # fmt: skip
    assert response.status_code == 400
    assert "county_participation" in response.json()
    response = client.post(
        LIST,
        {"owner": world.m2.pk, "name": "Uusi", "themes": ["substance_prevention"]},
        content_type="application/json",
    )
    assert response.status_code == 201
    assert Network.objects.get(name="Uusi").themes.get() == nets["theme"]


@pytest.mark.parametrize(("role", "status"), [("coordinator", 204), ("board", 403)])
def test_deleting_follows_the_write_rules(client_for, world, nets, role, status):
    assert client_for(world.user(role)).delete(_detail(nets["n1"])).status_code == status


def test_overlaps_are_read_with_a_threshold(client_for, world, nets, settings):
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.2
    client = client_for(world.board)
    rows = client.get("/api/v1/network-overlaps/", {"min_score": "0.2"}).json()["results"]
    pair = {nets["n1"].pk, nets["n1b"].pk}
    assert any({row["a"], row["b"]} == pair for row in rows)
    assert rows == sorted(rows, key=lambda r: -r["score"])
    assert client.get("/api/v1/network-overlaps/", {"min_score": "1"}).json()["results"] == []


def test_outsiders_do_not_see_other_countys_overlaps(client_for, world, nets, settings):
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.1
    response = client_for(world.outsider).get("/api/v1/network-overlaps/?min_score=0.1")
    rows = response.json()["results"]
    ids = {nets["n1"].pk, nets["n2"].pk, nets["n1b"].pk}
    assert not any({row["a"], row["b"]} & ids for row in rows)


def test_the_dashboard_shows_the_collection_round(client_for, world, nets):
    response = client_for(world.coordinator).get(reverse("web:dashboard"))
    assert response.status_code == 200
    assert nets["round"].name in response.content.decode()
