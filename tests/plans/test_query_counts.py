"""The plan's page answers with a number of queries that does not grow with the plan."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from plans.factories import (
    GoalFactory,
    MeasureFactory,
    MeasureIndicatorFactory,
    MilestoneFactory,
    StatementFactory,
)


def _grow(plans, world, n):
    plan = plans["regional"]
    for i in range(n):
        goal = GoalFactory(plan=plan)
        for owner in (world.county, world.m1):
            measure = MeasureFactory(goal=goal, responsible_organization=owner)
            measure.partners.set([world.ngo])
            MeasureIndicatorFactory(measure=measure)
        MilestoneFactory(plan=plan, kind="other", title=f"Muu {i}", due="6/2025")
        StatementFactory(plan=plan, municipality=world.m1)


def _queries(client, plan):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(reverse("plans:plan_detail", args=[plan.pk])).status_code == 200
    return len(ctx)


def test_the_plan_page_has_a_bounded_number_of_queries(client_for, world, plans):
    client = client_for(world.coordinator)
    _queries(client, plans["regional"])  # warm the session and caches
    _grow(plans, world, 2)
    small = _queries(client, plans["regional"])
    _grow(plans, world, 6)
    assert _queries(client, plans["regional"]) == small
