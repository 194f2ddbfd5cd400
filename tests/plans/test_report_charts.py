"""The charts of a plan's report page are drawn in the background with the reports' charts
(after an import that changed rows): the page then draws none, and a plan whose period has
ended is left alone. Draws are counted, not timed."""

import pytest
from django.core.cache import caches
from django.urls import reverse
from indicators.factories import AreaFactory, IndicatorFactory, ObservationFactory
from plans.factories import MeasureIndicatorFactory, PlanFactory

from yhdyspinta.documents import chart_cache
from yhdyspinta.indicators.models import Area
from yhdyspinta.indicators.services import chart_store
from yhdyspinta.plans import report_charts


@pytest.fixture
def charted(plans, world, settings):
    settings.LANGUAGES = [("fi", "suomi")]
    m1 = AreaFactory(category=Area.Category.KUNTA, organization=world.m1, name_fi="Yksi")
    m2 = AreaFactory(category=Area.Category.KUNTA, organization=world.m2, name_fi="Kaksi")
    indicator = IndicatorFactory(title_fi="Yksinäisyyttä kokevat nuoret")
    for year, value in ((2019, 9.5), (2021, 10.5), (2023, 12.0)):
        ObservationFactory(indicator=indicator, area=m1, year=year, value=value)
        ObservationFactory(indicator=indicator, area=m2, year=year, value=value - 2)
    for measure in (plans["m1_measure"], plans["m1_own_measure"]):
        MeasureIndicatorFactory(measure=measure, indicator=indicator)
    return plans


def _second_server():
    """Another process: a new connection to the shared store, nothing kept in its memory."""
    caches["default"].close()
    del caches["default"]


def _drawn(function):
    before = chart_cache.DRAWN.count
    result = function()
    return result, chart_cache.DRAWN.count - before


@pytest.mark.parametrize("plan", ["regional", "m1_plan"])
def test_the_report_page_finds_its_charts_drawn_by_the_background_task(
    charted, client_for, world, plan
):
    _none, drawn_by_task = _drawn(chart_store.predraw_charts)
    assert drawn_by_task >= 2  # the region's comparison and M1's trend
    _second_server()
    url = reverse("plans:plan_report", args=[charted[plan].pk])
    response, drawn = _drawn(lambda: client_for(world.staff).get(url))
    assert response.status_code == 200
    assert "<svg" in response.content.decode()
    assert drawn == 0


def test_only_plans_whose_period_has_not_ended_are_drawn(charted, world):
    ended = PlanFactory(owner=world.county, slug="vanha", period_start=2017, period_end=2020)
    current = set(report_charts.current_plans().values_list("pk", flat=True))
    assert charted["regional"].pk in current and ended.pk not in current
