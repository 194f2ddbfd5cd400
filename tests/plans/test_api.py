"""The plans API: scoped reads, writes by the responsible organisation and the plan's writers,
field errors for bad input (nothing written), and the OpenAPI schema."""

import pytest
from django.urls import reverse

from yhdyspinta.plans.models import AnnualReview, Measure, ReviewEntry


def _api(client_for, user):
    return client_for(user)


def test_a_coordinator_lists_the_plans_of_her_county(client_for, world, plans):
    rows = client_for(world.coordinator).get(reverse("plan-list")).json()["results"]
    assert {r["slug"] for r in rows} == {"alue-a", "m1", "m2"}
    assert (
        client_for(world.outsider)
        .get(reverse("plan-detail", args=[plans["regional"].pk]))
        .status_code
        == 404
    )


def test_the_responsible_organisation_fills_in_its_entry(client_for, world, plans):
    client = client_for(world.coordinator)
    response = client.post(
        reverse("plan-review-entry-list"),
        {"measure": plans["m1_measure"].pk, "year": 2025, "status": "on_track"},
        content_type="application/json",
    )
    assert response.status_code == 201, response.json()
    entry = ReviewEntry.objects.get(pk=response.json()["id"])
    assert entry.review.plan == plans["regional"] and entry.review.year == 2025
    patched = client.patch(
        reverse("plan-review-entry-detail", args=[entry.pk]),
        {"status": "done", "narrative": "Valmis"},
        content_type="application/json",
    )
    assert patched.status_code == 200 and patched.json()["status"] == "done"


def test_another_municipalitys_measure_is_refused(client_for, world, plans):
    response = client_for(world.coordinator).post(
        reverse("plan-review-entry-list"),
        {"measure": plans["m2_measure"].pk, "year": 2025, "status": "done"},
        content_type="application/json",
    )
    assert response.status_code == 403
    assert not AnnualReview.objects.exists()


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"year": 2031, "status": "done"}, "year"),
        ({"year": 2025, "status": "valmis"}, "status"),
        ({"year": "vuosi", "status": "done"}, "year"),
    ],
)
def test_bad_entries_name_the_field(client_for, world, plans, payload, field):
    response = client_for(world.staff).post(
        reverse("plan-review-entry-list"),
        {"measure": plans["m1_measure"].pk, **payload},
        content_type="application/json",
    )
    assert response.status_code == 400 and field in response.json()
    assert not ReviewEntry.objects.exists() and not AnnualReview.objects.exists()


def test_a_second_entry_of_the_year_is_refused(client_for, world, plans):
    client = client_for(world.staff)
    data = {"measure": plans["m1_measure"].pk, "year": 2025, "status": "done"}
    assert (
        client.post(
            reverse("plan-review-entry-list"), data, content_type="application/json"
        ).status_code
        == 201
    )
    again = client.post(reverse("plan-review-entry-list"), data, content_type="application/json")
    assert again.status_code == 400 and "measure" in again.json()


def test_a_measure_without_a_responsible_organisation_is_refused(client_for, world, plans):
    before = Measure.objects.count()
    client = client_for(world.staff)
    for bad in ({}, {"responsible_organization": None}):
        response = client.post(
            reverse("plan-measure-list"),
            {"goal": plans["goal"].pk, "title": "Uusi", **bad},
            content_type="application/json",
        )
        assert response.status_code == 400 and "responsible_organization" in response.json()
    assert Measure.objects.count() == before
    created = client.post(
        reverse("plan-measure-list"),
        {"goal": plans["goal"].pk, "title": "Uusi", "responsible_organization": world.m1.pk},
        content_type="application/json",
    )
    assert created.status_code == 201 and created.json()["partners"] == []


def test_a_duplicate_goal_is_refused(client_for, world, plans):
    response = client_for(world.staff).post(
        reverse("plan-goal-list"),
        {"plan": plans["regional"].pk, "title": "Yksinäisyys vähenee"},
        content_type="application/json",
    )
    assert response.status_code == 400 and "title" in response.json()


def test_the_responsible_coordinator_patches_her_measure_in_the_regional_plan(
    client_for, world, plans
):
    client = client_for(world.coordinator)
    url = reverse("plan-measure-detail", args=[plans["m1_measure"].pk])
    response = client.patch(url, {"schedule": "syksy 2025"}, content_type="application/json")
    assert response.status_code == 200
    moved = client.patch(
        url, {"responsible_organization": world.m2.pk}, content_type="application/json"
    )
    assert moved.status_code == 400 and "responsible_organization" in moved.json()
    other = reverse("plan-measure-detail", args=[plans["m2_measure"].pk])
    assert (
        client.patch(other, {"schedule": "x"}, content_type="application/json").status_code == 403
    )
    budget = client.patch(url, {"budget_year": 2040}, content_type="application/json")
    assert budget.status_code == 400 and "budget_year" in budget.json()


def test_a_coordinator_reads_only_her_entries_of_the_regional_plan(client_for, world, plans):
    review = AnnualReview.objects.create(plan=plans["regional"], year=2025)
    mine = ReviewEntry.objects.create(review=review, measure=plans["m1_measure"])
    ReviewEntry.objects.create(review=review, measure=plans["m2_measure"])
    rows = client_for(world.coordinator).get(reverse("plan-review-entry-list")).json()["results"]
    assert [r["id"] for r in rows] == [mine.pk]
    board = client_for(world.board).get(reverse("plan-review-entry-list")).json()["results"]
    assert len(board) == 2


def test_the_schema_has_the_plans_endpoints(client):
    schema = client.get(reverse("api-schema"), {"format": "json"}).json()
    for path in (
        "/api/v1/plans/",
        "/api/v1/plan-goals/",
        "/api/v1/plan-measures/",
        "/api/v1/plan-measure-indicators/",
        "/api/v1/plan-review-entries/{id}/",
    ):
        assert path in schema["paths"], path
    assert "patch" in schema["paths"]["/api/v1/plan-review-entries/{id}/"]


def test_a_target_year_outside_the_plan_period_is_refused(client_for, world, plans):
    client = client_for(world.coordinator)
    url = reverse("plan-measure-indicator-list")
    data = {"measure": plans["m1_measure"].pk, "name": "Ryhmät", "target_value": 5}
    for year in (2031, 2024):
        response = client.post(url, {**data, "target_year": year}, content_type="application/json")
        assert response.status_code == 400 and "target_year" in response.json()
    assert not plans["m1_measure"].indicators.filter(name="Ryhmät").exists()
    ok = client.post(url, {**data, "target_year": 2028}, content_type="application/json")
    assert ok.status_code == 201
    other = {**data, "measure": plans["m2_measure"].pk, "target_year": 2028}
    assert client.post(url, other, content_type="application/json").status_code == 403
