"""The rules of the plan's records, as validation errors that name the field."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from plans.factories import (
    GoalFactory,
    MeasureFactory,
    MeasureIndicatorFactory,
    MilestoneFactory,
    PhaseFactory,
    PlanFactory,
    StatementFactory,
    planned,
)

from yhdyspinta.indicators.models import SharedGoal
from yhdyspinta.plans.models import (
    AnnualReview,
    Goal,
    Measure,
    MeasureIndicator,
    Milestone,
    Plan,
    Statement,
)


def _errors(obj) -> dict:
    with pytest.raises(ValidationError) as exc:
        obj.full_clean()
    return exc.value.message_dict


def test_a_plan_period_that_ends_before_it_starts_is_an_error_on_period_end(world):
    plan = Plan(owner=world.county, title="X", slug="x", period_start=2028, period_end=2025)
    assert "period_end" in _errors(plan)


def test_an_annual_report_covers_one_year(world):
    plan = Plan(
        owner=world.county, title="X", slug="x", kind="annual", period_start=2025, period_end=2026
    )
    assert "period_end" in _errors(plan)


def test_a_plan_belongs_to_the_county_or_a_municipality(world):
    plan = Plan(owner=world.ngo, title="X", slug="x", period_start=2025, period_end=2028)
    assert "owner" in _errors(plan)


def test_a_plan_spans_the_terms_of_its_own_level(world):
    from yhdyspinta.organizations.models import CouncilTerm

    old = CouncilTerm.objects.create(
        level="regional", starts=dt.date(2022, 3, 1), ends=dt.date(2025, 5, 31)
    )
    new = CouncilTerm.objects.create(
        level="regional", starts=dt.date(2025, 6, 1), ends=dt.date(2029, 5, 31)
    )
    CouncilTerm.objects.create(
        level="municipal", starts=dt.date(2025, 6, 1), ends=dt.date(2029, 5, 31)
    )
    plan = PlanFactory(owner=world.county)
    assert list(plan.terms_spanned()) == [old, new]


def test_a_council_decision_cannot_be_planned_before_the_hyte_boards(world):
    plan = PlanFactory(owner=world.county)
    MilestoneFactory(plan=plan, kind="hyte_board", due="5/2025")
    council = Milestone(plan=plan, kind="council_decision")
    council.set_due(planned("3/2025"))
    with translation.override("en"):
        errors = _errors(council)
    assert list(errors) == ["due"]
    assert "HYTE board" in errors["due"][0]


def test_a_council_decision_after_the_board_is_accepted(world):
    plan = PlanFactory(owner=world.county)
    MilestoneFactory(plan=plan, kind="hyte_board", due="5/2025")
    council = Milestone(plan=plan, kind="council_decision")
    council.set_due(planned("6/2025"))
    council.full_clean()


def test_a_board_meeting_moved_after_the_council_decision_is_an_error(world):
    plan = PlanFactory(owner=world.county)
    MilestoneFactory(plan=plan, kind="council_decision", due="6/2025")
    board = Milestone(plan=plan, kind="hyte_board")
    board.set_due(planned("9/2025"))
    assert "due" in _errors(board)


def test_actual_dates_are_checked_against_the_order_too(world):
    plan = PlanFactory(owner=world.county)
    MilestoneFactory(plan=plan, kind="hyte_board", due="5/2025")
    council = Milestone(
        plan=plan, kind="council_decision", status="done", actual_date=dt.date(2025, 4, 1)
    )
    council.set_due(planned("6/2025"))
    assert "actual_date" in _errors(council)


def test_a_done_milestone_needs_its_date(world):
    plan = PlanFactory(owner=world.county)
    milestone = Milestone(plan=plan, kind="planning", status="done")
    assert "actual_date" in _errors(milestone)


def test_a_phase_cannot_end_before_it_starts(world):
    plan = PlanFactory(owner=world.county)
    phase = PhaseFactory.build(plan=plan, planned_start=dt.date(2024, 6, 1))
    phase.set_due(planned("3/2024"))
    assert "due" in _errors(phase)


def test_a_duplicate_goal_is_an_error_on_the_title(world):
    plan = PlanFactory(owner=world.county)
    GoalFactory(plan=plan, title="Yksinäisyys vähenee")
    assert list(_errors(Goal(plan=plan, title="yksinäisyys vähenee"))) == ["title"]


def test_two_goals_cannot_serve_one_shared_goal(world):
    plan = PlanFactory(owner=world.county)
    shared = SharedGoal.objects.create(county=world.county, name_fi="Yksinäisyys vähenee")
    GoalFactory(plan=plan, shared_goal=shared)
    assert list(_errors(Goal(plan=plan, title="Toinen", shared_goal=shared))) == ["shared_goal"]


def test_a_shared_goal_of_another_county_is_refused(world):
    plan = PlanFactory(owner=world.county)
    shared = SharedGoal.objects.create(county=world.county_b, name_fi="Muualla")
    assert "shared_goal" in _errors(Goal(plan=plan, title="T", shared_goal=shared))


def test_a_measure_needs_a_responsible_organisation(world):
    goal = GoalFactory(plan=PlanFactory(owner=world.county))
    assert "responsible_organization" in _errors(Measure(goal=goal, title="T"))


def test_a_measure_of_another_countys_organisation_is_refused(world):
    goal = GoalFactory(plan=PlanFactory(owner=world.county))
    measure = Measure(goal=goal, title="T", responsible_organization=world.m3)
    assert "responsible_organization" in _errors(measure)


def test_a_budget_year_outside_the_period_is_refused(world):
    goal = GoalFactory(plan=PlanFactory(owner=world.county))
    measure = Measure(goal=goal, title="T", responsible_organization=world.m1, budget_year=2031)
    assert list(_errors(measure)) == ["budget_year"]


@pytest.mark.parametrize(("year", "ok"), [(2024, False), (2025, True), (2028, True), (2029, False)])
def test_the_target_year_lies_within_the_plan_period(world, year, ok):
    goal = GoalFactory(plan=PlanFactory(owner=world.county))
    measure = MeasureFactory(goal=goal, responsible_organization=world.county)
    item = MeasureIndicator(
        measure=measure,
        name="Ryhmät",
        baseline_value=1,
        baseline_year=2023,
        target_value=5,
        target_year=year,
    )
    if ok:
        item.full_clean()
    else:
        assert list(_errors(item)) == ["target_year"]


def test_a_measure_indicator_names_an_indicator_or_its_own(world):
    goal = GoalFactory(plan=PlanFactory(owner=world.county))
    measure = MeasureFactory(goal=goal, responsible_organization=world.county)
    assert "indicator" in _errors(MeasureIndicator(measure=measure))


@pytest.mark.parametrize("value", [float("nan"), float("inf")])
def test_a_baseline_must_be_a_finite_number(world, value):
    goal = GoalFactory(plan=PlanFactory(owner=world.county))
    measure = MeasureFactory(goal=goal, responsible_organization=world.county)
    item = MeasureIndicatorFactory.build(measure=measure, baseline_value=value, baseline_year=2023)
    assert "baseline_value" in _errors(item)


def test_a_statement_comes_from_a_body_or_a_municipality_not_both(world):
    from yhdyspinta.organizations.models import Body

    plan = PlanFactory(owner=world.county)
    body = Body.objects.create(organization=world.county, kind="youth_council", name_fi="NV")
    both = Statement(plan=plan, body=body, municipality=world.m1, received=dt.date(2025, 1, 1))
    both.text = "x"
    assert "body" in _errors(both)
    neither = Statement(plan=plan, received=dt.date(2025, 1, 1), text="x")
    assert "body" in _errors(neither)


def test_a_statement_on_a_closed_phase_is_refused(world):
    plan = PlanFactory(owner=world.county)
    phase = PhaseFactory(
        plan=plan, kind="decision_making", status="done", actual_end=dt.date(2025, 4, 1)
    )
    statement = StatementFactory.build(plan=plan, municipality=world.m1, phase=phase)
    assert list(_errors(statement)) == ["phase"]


def test_an_annual_review_year_lies_within_the_period(world):
    plan = PlanFactory(owner=world.county)
    assert "year" in _errors(AnnualReview(plan=plan, year=2030))
