"""The new pages of the plan (the report part, the indicator set, the versions, the public
version and the diff) answer with a number of queries that does not grow with the data."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from indicators.factories import AreaFactory, IndicatorFactory, ObservationFactory
from plans.factories import GoalFactory, MeasureFactory, MeasureIndicatorFactory, PlanFactory

from yhdyspinta.indicators.models import Area
from yhdyspinta.plans.models import (
    AnnualReview,
    Conclusion,
    IndicatorOmission,
    IndicatorSet,
    PlanVersion,
    ReviewEntry,
)


def _content(n: int) -> dict:
    blocks = [{"kind": "heading", "level": 1, "text": f"{i} Osa {i}", "anchor": f"h-{i}"}
              for i in range(1, n + 1)]  # fmt: skip
    blocks += [{"kind": "paragraph", "text": f"Kappale {i}", "style": ""} for i in range(n)]
    return {"title": "Suunnitelma", "blocks": blocks}


@pytest.fixture
def setup(plans, world):
    plan = plans["regional"]
    chosen = IndicatorSet.objects.create(name="Otos", publisher="THL", level="region")
    plan.indicator_set = chosen
    plan.save()
    previous = PlanFactory(owner=world.county, slug="aiempi", period_start=2021, period_end=2024)
    review = AnnualReview.objects.create(plan=previous, year=2024)
    area = AreaFactory(category=Area.Category.KUNTA, organization=world.m1)
    return {"plan": plan, "set": chosen, "previous": previous, "review": review, "area": area}


def _grow(setup, world, n):
    plan, previous = setup["plan"], setup["previous"]
    for i in range(n):
        indicator = IndicatorFactory(title_fi=f"Nuorten mittari {i}")
        ObservationFactory(indicator=indicator, area=setup["area"], year=2023, value=5.0 + i)
        setup["set"].indicators.add(indicator, IndicatorFactory())
        measure = MeasureFactory(goal=GoalFactory(plan=plan), responsible_organization=world.m1)
        MeasureIndicatorFactory(measure=measure, indicator=indicator)
        Conclusion.objects.create(plan=plan, kind="strength", text=f"Ilo {i}")
        omitted = IndicatorFactory()
        setup["set"].indicators.add(omitted)
        IndicatorOmission.objects.create(plan=plan, indicator=omitted, reason="Syy")
        old = MeasureFactory(goal=GoalFactory(plan=previous), responsible_organization=world.m1)
        MeasureIndicatorFactory(measure=old, indicator=indicator, baseline_value=4.0,
                                baseline_year=2020)  # fmt: skip
        ReviewEntry.objects.create(review=setup["review"], measure=old, status="done")
        number = PlanVersion.objects.filter(plan=plan).count() + 1
        PlanVersion.objects.create(
            plan=plan,
            number=number,
            state="approved",
            status="ready",
            approved_on=dt.date(2025, 11, 17),
            content=_content(number),
        )


def _queries(client, url, query=None):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, query or {})
        assert response.status_code == 200, url
    return len(ctx)


@pytest.mark.parametrize(
    "name", ["plans:plan_report", "plans:plan_indicator_set", "plans:version_list"]
)
def test_the_plan_pages_have_a_bounded_number_of_queries(client_for, world, setup, name):
    client = client_for(world.staff)
    url = reverse(name, args=[setup["plan"].pk])
    _grow(setup, world, 2)
    _queries(client, url)  # warm the session and caches
    small = _queries(client, url)
    _grow(setup, world, 5)
    assert _queries(client, url) == small


@pytest.mark.parametrize("name", ["plans:public_list", "plans:public_version", "plans:public_diff"])
def test_the_public_pages_have_a_bounded_number_of_queries(client, world, setup, name):
    slug = setup["plan"].slug
    args = [slug, 1] if name == "plans:public_version" else [slug]
    url = reverse(name, args=args)
    _grow(setup, world, 2)
    _queries(client, url, {"a": 1, "b": 2})
    small = _queries(client, url, {"a": 1, "b": 2})
    _grow(setup, world, 5)
    assert _queries(client, url, {"a": 1, "b": 2}) == small
