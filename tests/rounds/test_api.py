import pytest
from django.urls import reverse
from rounds.factories import RequestFactory

from yhdyspinta.rounds.models import ActionStatusChange

ENDPOINTS = ["round-list", "round-finding-list", "round-action-list", "round-request-list"]


@pytest.mark.parametrize("name", ENDPOINTS)
def test_anonymous_users_cannot_read_the_api(client, world, rec, name):
    assert client.get(reverse(name)).status_code in (401, 403)


@pytest.mark.parametrize("name", ENDPOINTS)
@pytest.mark.parametrize("role", ["staff", "coordinator", "board"])
def test_county_users_read_the_api(client_for, world, rec, name, role):
    RequestFactory(municipality=world.m1, text="Toive")
    response = client_for(world.user(role)).get(reverse(name))
    assert response.status_code == 200
    assert response.json()["count"] >= 1


@pytest.mark.parametrize("name", ENDPOINTS)
def test_an_outsider_reads_nothing_of_the_other_county(client_for, world, rec, name):
    response = client_for(world.outsider).get(reverse(name))
    assert response.status_code == 200 and response.json()["count"] == 0
    detail = reverse("round-action-detail", args=[rec["a1"].pk])
    assert client_for(world.outsider).get(detail).status_code == 404


def test_a_coordinator_gets_only_findings_that_concern_her(client_for, world, rec):
    texts = {
        row["text"]
        for row in client_for(world.coordinator)
        .get(reverse("round-finding-list"))
        .json()["results"]
    }
    assert texts == {"Kaikkia koskeva", "Vain Yksi"}


def _status(client, action, **data):
    url = reverse("round-action-status", args=[action.pk])
    return client.post(url, data, content_type="application/json")


def test_the_owner_updates_the_status_with_a_comment(client_for, world, rec):
    response = _status(client_for(world.coordinator), rec["a1"], status="done", comment="Valmis")
    assert response.status_code == 200 and response.json()["status"] == "done"
    rec["a1"].refresh_from_db()
    assert rec["a1"].status == "done"
    assert ActionStatusChange.objects.get().comment == "Valmis"


@pytest.mark.parametrize(
    "data",
    [
        {"status": "done"},
        {"status": "done", "comment": " "},
        {"status": "valmis", "comment": "x"},
        {"status": "open", "comment": "x"},
    ],
)
def test_an_invalid_status_update_is_400_and_writes_nothing(client_for, world, rec, data):
    assert _status(client_for(world.coordinator), rec["a1"], **data).status_code == 400
    rec["a1"].refresh_from_db()
    assert rec["a1"].status == "open" and not ActionStatusChange.objects.exists()


@pytest.mark.parametrize(
    ("role", "key", "code"),
    [
        ("coordinator", "a2", 403),
        ("board", "a1", 403),
        ("outsider", "a1", 404),
    ],
)
def test_a_status_update_without_permission_is_refused(client_for, world, rec, role, key, code):
    response = _status(client_for(world.user(role)), rec[key], status="done", comment="x")
    assert response.status_code == code
    rec[key].refresh_from_db()
    assert rec[key].status == "open"
