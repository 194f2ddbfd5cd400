"""Indicator sets: which of the set's indicators a plan covers, and leaving one out only with a
reason (bad input: a field error, nothing written)."""

import pytest
from django.urls import reverse
from indicators.factories import IndicatorFactory

from yhdyspinta.plans.document.coverage import coverage
from yhdyspinta.plans.models import Conclusion, IndicatorOmission, IndicatorSet


@pytest.fixture
def chosen(plans):
    indicators = [IndicatorFactory() for _ in range(4)]
    indicator_set = IndicatorSet.objects.create(
        name="Vähimmäistietosisältö (otos)", publisher="THL", level="region", note="Otos"
    )
    indicator_set.indicators.set(indicators)
    plan = plans["regional"]
    plan.indicator_set = indicator_set
    plan.save()
    measure_indicator = plans["indicator"]
    measure_indicator.indicator = indicators[0]
    measure_indicator.save()
    conclusion = Conclusion.objects.create(plan=plan, kind="need", text="Huoli")
    conclusion.indicators.set([indicators[1]])
    IndicatorOmission.objects.create(plan=plan, indicator=indicators[2], reason="Ei koske")
    return indicators


def test_the_plan_covers_through_measures_and_conclusions_and_lists_the_rest(plans, chosen):
    found = coverage(plans["regional"])
    assert found.covered == sorted(chosen[:2], key=lambda i: i.title_fi)
    assert [o.indicator for o in found.omitted] == [chosen[2]]
    assert found.missing == [chosen[3]]


def _post(client, plan, data):
    before = IndicatorOmission.objects.count()
    response = client.post(reverse("plans:omission_create", args=[plan.pk]), data)
    assert response.status_code == 400
    assert IndicatorOmission.objects.count() == before
    return response.context["form"].errors


def test_an_omission_without_a_reason_is_an_error_on_the_reason(client_for, world, plans, chosen):
    errors = _post(client_for(world.staff), plans["regional"],
                   {"indicator": chosen[3].pk, "reason": "   "})  # fmt: skip
    assert list(errors) == ["reason"]


def test_an_omission_of_an_indicator_outside_the_set_is_an_error(client_for, world, plans, chosen):
    other = IndicatorFactory()
    errors = _post(client_for(world.staff), plans["regional"],
                   {"indicator": other.pk, "reason": "Syy"})  # fmt: skip
    assert list(errors) == ["indicator"]


def test_a_second_omission_of_the_same_indicator_is_an_error(client_for, world, plans, chosen):
    errors = _post(client_for(world.staff), plans["regional"],
                   {"indicator": chosen[2].pk, "reason": "Toinen syy"})  # fmt: skip
    assert list(errors) == ["indicator"]


def test_a_recorded_omission_is_saved_and_listed(client_for, world, plans, chosen):
    client = client_for(world.staff)
    url = reverse("plans:omission_create", args=[plans["regional"].pk])
    response = client.post(url, {"indicator": chosen[3].pk, "reason": "Tieto puuttuu"})
    assert response.status_code == 302
    page = client.get(reverse("plans:plan_indicator_set", args=[plans["regional"].pk]))
    assert "Tieto puuttuu" in page.content.decode()
    assert coverage(plans["regional"]).missing == []


def test_the_coordinator_of_another_plan_may_not_choose_the_set(client_for, world, plans, chosen):
    client = client_for(world.coordinator)  # of M1; the regional plan is the county's
    url = reverse("plans:plan_indicator_set", args=[plans["regional"].pk])
    assert client.post(url, {"indicator_set": ""}).status_code == 403
    plans["regional"].refresh_from_db()
    assert plans["regional"].indicator_set_id is not None
