from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from yhdyspinta.organizations.models import Body, Counterpart, Organization, Person, Theme


@pytest.fixture
def demo(db):
    out = StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def _counts():
    return {m.__name__: m.objects.count() for m in (Organization, Person, Theme, Body, Counterpart)}


def test_the_demo_holds_the_county_and_its_13_municipalities(demo):
    county = Organization.objects.get(kind="county")
    assert county.name_fi == "Pohjois-Karjalan hyvinvointialue"
    assert (county.code, county.sotkanet_id) == ("14", 972)
    municipalities = Organization.objects.filter(parent_county=county, kind="municipality")
    assert municipalities.count() == 13
    assert municipalities.get(name_fi="Joensuu").sotkanet_id == 74
    assert Organization.objects.filter(kind="regional_council").count() == 1


def test_the_demo_has_every_body_the_deck_names(demo):
    kinds = set(Body.objects.values_list("kind", flat=True))
    assert kinds >= {
        "hyte_board",
        "council",
        "executive_board",
        "audit_committee",
        "youth_council",
        "older_peoples_council",
        "disability_council",
    }


def test_loading_twice_duplicates_nothing(demo):
    before = _counts()
    call_command("load_demo", stdout=StringIO())
    assert _counts() == before


def test_it_prints_the_demo_logins(demo):
    for username in ("hva", "joensuu", "lieksa", "lautakunta"):
        assert username in demo
    assert "demo1234" in demo


@pytest.mark.parametrize(
    ("username", "can_edit_joensuu", "can_edit_lieksa"),
    [
        ("hva", True, True),
        ("joensuu", True, False),
        ("lieksa", False, True),
        ("lautakunta", False, False),
    ],
)
def test_the_four_logins_have_the_rights_the_readme_promises(
    demo, username, can_edit_joensuu, can_edit_lieksa
):
    client = Client()
    response = client.post("/login/", {"username": username, "password": "demo1234"})
    assert response.status_code == 302, f"{username} could not log in"
    joensuu = Organization.objects.get(name_fi="Joensuu")
    lieksa = Organization.objects.get(name_fi="Lieksa")
    user = response.wsgi_request.user
    assert user.has_perm("organizations.change_organization", joensuu) == can_edit_joensuu
    assert user.has_perm("organizations.change_organization", lieksa) == can_edit_lieksa
    assert client.get("/").status_code == 200


def test_land_use_counterparts_are_a_gap_as_the_deck_says(demo):
    land_use = Theme.objects.get(slug="land_use")
    assert not Counterpart.objects.filter(theme=land_use).exists()


def test_the_demo_queues_one_overlap_computation_per_county_not_one_per_network(demo):
    from django_tasks_db.models import DBTaskResult

    queued = DBTaskResult.objects.filter(task_path__endswith="compute_overlaps").count()
    assert 1 <= queued <= Organization.objects.filter(kind="county").count()
