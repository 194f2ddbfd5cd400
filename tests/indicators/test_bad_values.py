"""Bad integers in filters answer 400 (never 500), and values that pass as numbers but make
no sense (a percentage of 250, 1e300, the year 0) are refused by every form and import."""

import pytest
from django.urls import reverse
from indicators.reporting_factories import make_goal, make_template

from yhdyspinta.documents.spreadsheets import write_xlsx
from yhdyspinta.indicators.models import (
    GoalTarget,
    HyteCoefficientIndicator,
    ImportRun,
    Indicator,
    Observation,
)
from yhdyspinta.indicators.services.catalogue import link_areas_to_organizations
from yhdyspinta.indicators.services.own_import import import_own_excel, own_columns
from yhdyspinta.indicators.services.sotkanet_import import import_file, new_run

BAD_INTEGERS = ["99999999999999999999", "-1", "NaN", "abc", "1e3"]


@pytest.fixture
def setup(world, catalogue, client_for):
    link_areas_to_organizations()
    world.goal = make_goal(world.county)
    world.template = make_template(world.county)
    world.client = client_for(world.staff)
    world.client.raise_request_exception = False
    return world


def _get(setup, name, query, *args):
    return setup.client.get(reverse(name, args=args) + query)


def test_bad_integers_in_filters_answer_400(setup):
    goal, template = setup.goal, setup.template
    pages = [
        ("indicators:explorer", "?indicators={}", ()),
        ("indicators:explorer", "?areas={}", ()),
        ("indicators:explorer_csv", "?indicators={}", ()),
        ("indicators:explorer_xlsx", "?areas={}", ()),
        ("indicators_reporting:goal_detail", "?area={}", (goal.pk,)),
        ("indicators_reporting:report", "?year={}", (template.pk, setup.m1.pk)),
        ("indicators_reporting:report_xlsx", "?year={}", (template.pk, setup.m1.pk)),
        ("indicators_reporting:report_pdf", "?year={}", (template.pk, setup.m1.pk)),
    ]
    answers = {
        (name, query, bad): _get(setup, name, query.format(bad), *args).status_code
        for name, query, args in pages
        for bad in BAD_INTEGERS
    }
    assert {key: code for key, code in answers.items() if code != 400} == {}


@pytest.mark.parametrize("year", ["99999999", "0", "1899", "2101"])
def test_implausible_years_in_filters_answer_400(setup, year):
    args = (setup.template.pk, setup.m1.pk)
    assert _get(setup, "indicators_reporting:report", f"?year={year}", *args).status_code == 400
    assert _get(setup, "indicators:explorer", f"?year_from={year}").status_code == 400


def test_an_unknown_but_valid_area_is_not_found(setup):
    url = reverse("indicators_reporting:goal_detail", args=[setup.goal.pk])
    assert setup.client.get(url + "?area=123456").status_code == 404
    assert setup.client.get(url + f"?area={setup.m1.pk}").status_code == 200


def test_an_explorer_form_error_names_the_field(setup):
    response = _get(setup, "indicators:explorer", "?indicators=99999999999999999999")
    assert response.status_code == 400
    assert "indicators" in response.context["form"].errors


GOOD_TARGET = {"target_value": "12", "target_year": "2030", "order": "1"}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("target_value", "250"),
        ("target_value", "-50"),
        ("target_value", "1e300"),
        ("target_value", "inf"),
        ("target_value", "NaN"),
        ("baseline_value", "101"),
        ("target_year", "0"),
        ("target_year", "99999999"),
        ("baseline_year", "1800"),
    ],
)
def test_a_target_out_of_the_indicators_range_is_a_form_error(setup, field, value):
    indicator = Indicator.objects.get(sotkanet_id=181)
    indicator.value_type = "percentage"
    indicator.save()
    data = {**GOOD_TARGET, "indicator": indicator.pk, field: value}
    response = setup.client.post(
        reverse("indicators_reporting:target_create", args=[setup.goal.pk]), data
    )
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not GoalTarget.objects.filter(indicator=indicator).exists()


def test_a_plausible_target_is_saved(setup):
    indicator = Indicator.objects.get(sotkanet_id=181)
    data = {**GOOD_TARGET, "indicator": indicator.pk, "target_value": "99.5"}
    url = reverse("indicators_reporting:target_create", args=[setup.goal.pk])
    assert setup.client.post(url, data).status_code == 302
    assert GoalTarget.objects.get(indicator=indicator).target_value == 99.5


@pytest.mark.parametrize("year", ["0", "99999"])
def test_a_coefficient_entry_with_an_implausible_year_is_a_form_error(setup, client_for, year):
    data = {"indicator": Indicator.objects.get(sotkanet_id=683).pk, "group": "G", "order": "1"}
    response = client_for(setup.admin).post(
        reverse("indicators_reporting:coefficient_add"), {**data, "valid_from_year": year}
    )
    assert response.status_code == 400
    assert "valid_from_year" in response.context["form"].errors
    assert not HyteCoefficientIndicator.objects.exists()


OWN = {
    "code": "OMA-1", "title_fi": "Liikuntaryhmiin osallistuneet, %", "producer_fi": "Joensuu",
    "value_type": "percentage", "polarity": "higher_is_better", "decimals": 1, "area": 74,
    "year": 2023, "gender": "total", "value": 12.5, "numerator": None, "denominator": None,
}  # fmt: skip


@pytest.mark.parametrize(
    "change",
    [
        {"value": -50},
        {"value": 250},
        {"value": 1e300},
        {"value_type": "count", "value": -1},
        {"value_type": "other", "value": 1e300},
        {"year": 0},
        {"year": 99999999},
    ],
)
def test_the_own_import_refuses_implausible_values_and_writes_nothing(setup, change):
    rows = [OWN, {**OWN, "code": "OMA-2", "year": 2022, **change}]
    content = write_xlsx(own_columns(setup.county), rows, sheet_title="Own")
    run = new_run(ImportRun.Source.OWN_EXCEL, county=setup.county)
    run = import_own_excel(run, content, "own.xlsx")
    assert run.status == ImportRun.Status.FAILED
    assert {e["row"] for e in run.errors} == {3}, run.errors
    assert not Observation.objects.exists()


HEADER = "indicator;region;year;gender;primary value;absolute value"


@pytest.mark.parametrize(
    "row", ["683;74;99999999;total;8.5;", "683;74;0;total;8.5;", "683;74;2023;total;1e300;"]
)
def test_the_sotkanet_import_refuses_implausible_years_and_values(setup, row):
    content = "\r\n".join([HEADER, "683;74;2022;total;8.5;4321", row]) + "\r\n"
    run = import_file(new_run(ImportRun.Source.SOTKANET_FILE), content.encode(), "up.csv")
    assert run.status == ImportRun.Status.FAILED, run.errors
    assert not Observation.objects.exists()
