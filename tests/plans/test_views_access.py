"""The access matrix of every page of the plans app: anonymous -> login, other county and NGO
-> 404, board member -> 403 on writes, a coordinator -> her own municipality's plan and the
measures her municipality owns in the regional plan, nothing else; staff -> success (checked
with refresh_from_db). Refused writes leave the database unchanged."""

import pytest
from django.urls import reverse

from yhdyspinta.plans.models import Goal, Measure, MeasureIndicator, Milestone, Plan, Statement

READ_PAGES = [("plans:plan_list", None), ("plans:plan_detail", "regional")]
WRITE_PAGES = [
    ("plans:plan_create", None),
    ("plans:plan_edit", "regional"),
    ("plans:milestone_create", "regional"),
    ("plans:milestone_edit", "milestone"),
    ("plans:goal_create", "regional"),
    ("plans:goal_edit", "goal"),
    ("plans:measure_create", "goal"),
    ("plans:measure_edit", "county_measure"),
    ("plans:measure_indicator_create", "county_measure"),
    ("plans:measure_indicator_edit", "indicator"),
    ("plans:statement_create", "regional"),
    ("plans:statement_edit", "statement"),
]
# The same write pages on county B's records.
OTHER_COUNTY = {
    "regional": "other",
    "milestone": "other_milestone",
    "goal": "other_goal",
    "county_measure": "other_measure",
    "indicator": "other_indicator",
    "statement": "other_statement",
}


def _url(name, key, plans):
    return reverse(name, args=[plans[key].pk]) if key else reverse(name)


def _snapshot():
    return {
        model.__name__: sorted(model.objects.values_list("pk", flat=True))
        for model in (Plan, Milestone, Goal, Measure, MeasureIndicator, Statement)
    } | {
        "titles": sorted(Plan.objects.values_list("title", flat=True))
        + sorted(Goal.objects.values_list("title", flat=True))
        + sorted(Measure.objects.values_list("title", flat=True))
    }


def _post_data(name, plans, world):
    """Valid form data for each write page (as county staff would send it)."""
    if name in ("plans:plan_create", "plans:plan_edit"):
        return {
            "owner": world.county.pk,
            "title": "Uusi nimi",
            "slug": "uusi" if name == "plans:plan_create" else plans["regional"].slug,
            "kind": "broad",
            "period_start": 2025,
            "period_end": 2028,
            "status": "preparation",
            "summary": "",
        }
    if name in ("plans:milestone_create", "plans:milestone_edit"):
        return {
            "kind": "hyte_board",
            "title": "Uusi nimi",
            "due": "5/2025",
            "status": "planned",
            "order": 0,
        }
    if name in ("plans:goal_create", "plans:goal_edit"):
        return {"title": "Uusi nimi", "description": "", "order": 0}
    if name in ("plans:measure_create", "plans:measure_edit"):
        measure = plans["county_measure"]
        return {
            "title": "Uusi nimi",
            "responsible_organization": measure.responsible_organization_id,
            "order": 0,
        }
    if name in ("plans:measure_indicator_create", "plans:measure_indicator_edit"):
        return {"kind": "process", "name": "Uusi nimi", "order": 0}
    return {"body": plans["youth"].pk, "received": "1.3.2025", "text": "Uusi nimi"}


@pytest.mark.parametrize(("name", "key"), READ_PAGES + WRITE_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client, plans, name, key):
    response = client.get(_url(name, key, plans))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board"])
def test_county_users_read_every_page(client_for, world, plans, name, key, role):
    response = client_for(world.user(role)).get(_url(name, key, plans))
    assert response.status_code == 200


def test_the_list_shows_only_the_users_county(client_for, world, plans):
    html = client_for(world.staff).get(reverse("plans:plan_list")).content.decode()
    assert plans["regional"].title in html and plans["m1_plan"].title in html
    assert plans["other"].title not in html


@pytest.mark.parametrize(("name", "key"), [p for p in READ_PAGES + WRITE_PAGES if p[1]])
@pytest.mark.parametrize("role", ["outsider", "ngo"])
def test_other_counties_and_ngos_get_404(client_for, world, plans, name, key, role):
    client = client_for(world.user(role))
    assert client.get(_url(name, key, plans)).status_code == 404
    before = _snapshot()
    assert client.post(_url(name, key, plans), _post_data(name, plans, world)).status_code == 404
    assert _snapshot() == before


def test_an_ngo_user_has_no_plan_list(client_for, world, plans):
    assert client_for(world.ngo_user).get(reverse("plans:plan_list")).status_code == 404


@pytest.mark.parametrize(("name", "key"), WRITE_PAGES)
def test_a_board_member_may_not_open_or_post_any_write_page(client_for, world, plans, name, key):
    client = client_for(world.board)
    assert client.get(_url(name, key, plans)).status_code == 403
    before = _snapshot()
    assert client.post(_url(name, key, plans), _post_data(name, plans, world)).status_code == 403
    assert _snapshot() == before


@pytest.mark.parametrize(("name", "key"), WRITE_PAGES)
def test_staff_open_every_write_page(client_for, world, plans, name, key):
    assert client_for(world.staff).get(_url(name, key, plans)).status_code == 200


@pytest.mark.parametrize(("name", "key"), WRITE_PAGES)
def test_staff_save_every_form(client_for, world, plans, name, key):
    response = client_for(world.staff).post(_url(name, key, plans), _post_data(name, plans, world))
    assert response.status_code == 302, response.content.decode()[:2000]
    if name.endswith("_edit") and key in ("milestone", "goal", "county_measure", "indicator"):
        obj = plans[key]
        obj.refresh_from_db()
        assert "Uusi nimi" in (getattr(obj, "title", "") or getattr(obj, "name", ""))
    elif name == "plans:statement_edit":
        plans["statement"].refresh_from_db()
        assert plans["statement"].text == "Uusi nimi"


@pytest.mark.parametrize(("name", "key"), [p for p in WRITE_PAGES if p[1]])
def test_a_coordinator_cannot_write_the_regional_plan(client_for, world, plans, name, key):
    client = client_for(world.coordinator)
    assert client.get(_url(name, key, plans)).status_code == 403
    before = _snapshot()
    assert client.post(_url(name, key, plans), _post_data(name, plans, world)).status_code == 403
    assert _snapshot() == before


@pytest.mark.parametrize("key", ["m1_measure", "m1_indicator"])
def test_a_coordinator_edits_what_her_municipality_owns_in_the_regional_plan(
    client_for, world, plans, key
):
    client = client_for(world.coordinator)
    if key == "m1_measure":
        url = reverse("plans:measure_edit", args=[plans[key].pk])
        data = {"title": "Uusi nimi", "responsible_organization": world.m1.pk, "order": 0}
    else:
        url = reverse("plans:measure_indicator_edit", args=[plans[key].pk])
        data = {"kind": "process", "name": "Uusi nimi", "order": 0}
    assert client.get(url).status_code == 200
    assert client.post(url, data).status_code == 302
    obj = plans[key]
    obj.refresh_from_db()
    assert "Uusi nimi" in (getattr(obj, "title", "") or getattr(obj, "name", ""))
    add = reverse("plans:measure_indicator_create", args=[plans["m1_measure"].pk])
    assert client.get(add).status_code == 200


def test_a_coordinator_cannot_hand_her_measure_to_another_municipality(client_for, world, plans):
    measure = plans["m1_measure"]
    response = client_for(world.coordinator).post(
        reverse("plans:measure_edit", args=[measure.pk]),
        {"title": measure.title, "responsible_organization": world.m2.pk, "order": 0},
    )
    assert response.status_code == 400
    assert "responsible_organization" in response.context["form"].errors
    measure.refresh_from_db()
    assert measure.responsible_organization_id == world.m1.pk


def test_a_coordinator_cannot_edit_another_municipalitys_measure(client_for, world, plans):
    url = reverse("plans:measure_edit", args=[plans["m2_measure"].pk])
    assert client_for(world.coordinator).get(url).status_code == 403


def test_a_coordinator_edits_her_municipalitys_plan_and_not_anothers(client_for, world, plans):
    client = client_for(world.coordinator)
    own, other = plans["m1_plan"], plans["m2_plan"]
    assert client.get(reverse("plans:goal_create", args=[own.pk])).status_code == 200
    response = client.post(
        reverse("plans:goal_create", args=[own.pk]), {"title": "Uusi tavoite", "order": 0}
    )
    assert response.status_code == 302
    assert own.goals.filter(title="Uusi tavoite").exists()
    before = _snapshot()
    response = client.post(
        reverse("plans:goal_create", args=[other.pk]), {"title": "Uusi tavoite", "order": 0}
    )
    assert response.status_code == 403
    assert _snapshot() == before
    assert client.get(reverse("plans:plan_detail", args=[other.pk])).status_code == 200


def test_a_coordinator_creates_only_her_own_municipalitys_plan(client_for, world, plans):
    client = client_for(world.coordinator)
    form = client.get(reverse("plans:plan_create")).context["form"]
    assert list(form.fields["owner"].queryset) == [world.m1]
    data = _post_data("plans:plan_create", plans, world) | {"owner": world.m2.pk}
    before = _snapshot()
    response = client.post(reverse("plans:plan_create"), data)
    assert response.status_code == 400
    assert "owner" in response.context["form"].errors
    assert _snapshot() == before
