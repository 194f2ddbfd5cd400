"""Bad input on the plan's forms: a form error naming the field (400), nothing written."""

import datetime as dt

from django.urls import reverse
from plans.factories import MilestoneFactory, PhaseFactory

from yhdyspinta.plans.models import Goal, Measure, MeasureIndicator, Milestone, Statement


def _post(client, name, pk, data):
    response = client.post(reverse(name, args=[pk]), data)
    assert response.status_code == 400
    return response.context["form"].errors


def test_a_council_decision_before_the_board_is_an_error_on_the_planned_date(
    client_for, world, plans
):
    before = Milestone.objects.count()
    errors = _post(
        client_for(world.staff),
        "plans:milestone_create",
        plans["regional"].pk,
        {"kind": "council_decision", "due": "3/2025", "status": "planned", "order": 0},
    )
    assert list(errors) == ["due"]
    assert Milestone.objects.count() == before


def test_an_unreadable_planned_date_is_an_error_on_the_field(client_for, world, plans):
    errors = _post(
        client_for(world.staff),
        "plans:milestone_create",
        plans["regional"].pk,
        {"kind": "hyte_board", "due": "joskus", "status": "planned", "order": 0},
    )
    assert "due" in errors


def test_a_measure_without_a_responsible_organisation_is_refused(client_for, world, plans):
    before = Measure.objects.count()
    errors = _post(
        client_for(world.staff),
        "plans:measure_create",
        plans["goal"].pk,
        {"title": "Liikuntaryhmät", "order": 0},
    )
    assert "responsible_organization" in errors
    assert Measure.objects.count() == before


def test_an_empty_required_field_says_so_once(client_for, world, plans):
    """The form's "required" and the model's own check of the same field are one error."""
    errors = _post(client_for(world.staff), "plans:measure_create", plans["goal"].pk, {"order": 0})
    assert len(errors["title"]) == 1
    assert len(errors["responsible_organization"]) == 1


def test_a_target_year_outside_the_period_is_refused(client_for, world, plans):
    before = MeasureIndicator.objects.count()
    errors = _post(
        client_for(world.staff),
        "plans:measure_indicator_create",
        plans["county_measure"].pk,
        {"kind": "outcome", "name": "Osuus", "target_value": 5, "target_year": 2031, "order": 0},
    )
    assert list(errors) == ["target_year"]
    assert MeasureIndicator.objects.count() == before


def test_a_duplicate_goal_is_refused(client_for, world, plans):
    before = Goal.objects.count()
    errors = _post(
        client_for(world.staff),
        "plans:goal_create",
        plans["regional"].pk,
        {"title": plans["goal"].title, "order": 0},
    )
    assert list(errors) == ["title"]
    assert Goal.objects.count() == before


def test_a_statement_on_a_closed_phase_is_refused(client_for, world, plans):
    phase = PhaseFactory(
        plan=plans["regional"],
        kind="decision_making",
        status="done",
        actual_end=dt.date(2025, 4, 1),
    )
    before = Statement.objects.count()
    errors = _post(
        client_for(world.staff),
        "plans:statement_create",
        plans["regional"].pk,
        {"body": plans["youth"].pk, "phase": phase.pk, "received": "2.4.2025", "text": "X"},
    )
    assert list(errors) == ["phase"]
    assert Statement.objects.count() == before


def test_the_plan_page_shows_the_timeline_the_flags_and_late_items(client_for, world, plans):
    from yhdyspinta.organizations.models import CouncilTerm

    CouncilTerm.objects.create(
        level="regional", starts=dt.date(2022, 3, 1), ends=dt.date(2025, 5, 31)
    )
    CouncilTerm.objects.create(
        level="regional", starts=dt.date(2025, 6, 1), ends=dt.date(2029, 5, 31)
    )
    plan = plans["regional"]
    MilestoneFactory(plan=plan, kind="planning", title="Suunnittelu alkaa", due="1/2024")
    MilestoneFactory(plan=plan, kind="council_decision", title="Hyväksyntä", due="5/2025")
    response = client_for(world.board).get(reverse("plans:plan_detail", args=[plan.pk]))
    html = response.content.decode()
    assert "<svg" in html and 'id="timeline-table"' in html
    assert "Hyväksyntä" in html
    assert "badge--bad" in html  # late milestones
    assert "badge--warn" in html  # the election-year flag
    assert plans["statement"].text in html
