"""The timeline picture renders under the CSP (presentation attributes only) and its text
alternative lists every milestone."""

import datetime as dt
import re

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from plans.factories import MilestoneFactory, PhaseFactory, PlanFactory, planned

from yhdyspinta.organizations.models import CouncilTerm
from yhdyspinta.plans.models import Election
from yhdyspinta.plans.timeline import build_timeline, render_svg

TODAY = dt.date(2025, 9, 1)


def _plan(world):
    old = CouncilTerm.objects.create(
        level="regional", starts=dt.date(2022, 3, 1), ends=dt.date(2025, 5, 31)
    )
    new = CouncilTerm.objects.create(
        level="regional", starts=dt.date(2025, 6, 1), ends=dt.date(2029, 5, 31)
    )
    Election.objects.create(term=old, date=dt.date(2022, 1, 23))
    Election.objects.create(term=new, date=dt.date(2025, 4, 13))
    plan = PlanFactory(owner=world.county)
    phase = PhaseFactory(plan=plan, kind="workshops", planned_start=dt.date(2024, 3, 1))
    phase.set_due(planned("syksy 2024"))
    phase.save()
    MilestoneFactory(plan=plan, kind="report", title="Kertomus valtuustolle", due="2/2025")
    MilestoneFactory(plan=plan, kind="hyte_board", title="Lautakunta käsittelee", due="5/2025")
    MilestoneFactory(plan=plan, kind="council_decision", title="Valtuusto hyväksyy", due="5/2025")
    return plan


def test_the_svg_uses_no_style_attribute_or_element(world):
    svg = render_svg(build_timeline(_plan(world), TODAY), title="T", description="D")
    assert svg.startswith("<svg")
    assert not re.search(r"\sstyle\s*=", svg)
    assert "<style" not in svg
    assert "<script" not in svg


def test_every_milestone_appears_in_the_text_alternative(world):
    plan = _plan(world)
    timeline = build_timeline(plan, TODAY)
    html = render_to_string(
        "plans/partials/_timeline.html",
        {
            "timeline": timeline,
            "timeline_svg": mark_safe(render_svg(timeline, title="T", description="D")),
        },
    )
    table = html.split('id="timeline-table"')[1]
    for milestone in plan.milestones.all():
        assert milestone.title in table
    assert "13.4.2025" in table  # the election


def test_late_items_and_the_election_year_flag_are_marked(world):
    plan = _plan(world)
    timeline = build_timeline(plan, TODAY)
    late = {(item.kind, item.label) for item in timeline.late if item.kind == "milestone"}
    assert late == {
        ("milestone", "Kertomus valtuustolle"),
        ("milestone", "Lautakunta käsittelee"),
        ("milestone", "Valtuusto hyväksyy"),
    }
    assert [item.kind for item in timeline.late if item.kind == "phase"] == ["phase"]
    approval = next(i for i in timeline.items if i.label == "Valtuusto hyväksyy")
    assert approval.flags  # approved by the outgoing council (before 1.6.2025)
    report = next(i for i in timeline.items if i.label == "Kertomus valtuustolle")
    assert report.flags == []


def test_a_done_milestone_is_not_late(world):
    plan = _plan(world)
    milestone = plan.milestones.get(kind="report")
    milestone.status, milestone.actual_date = "done", dt.date(2025, 2, 24)
    milestone.save()
    timeline = build_timeline(plan, TODAY)
    assert "Kertomus valtuustolle" not in {item.label for item in timeline.late}
