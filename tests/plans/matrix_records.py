"""The plans app's records for the site-wide access matrix (tests/web/matrix_world.py): a plan
of M1 with a milestone, a goal, a measure of M1, a measure indicator, a statement and the
measure's review entry of 2025; its indicator set (kept by county A) with one indicator left
out and one free; published versions (two public, one draft); the county's regional plan (for
the side-by-side view)."""

import datetime as dt

from indicators.factories import IndicatorFactory
from plans.factories import (
    GoalFactory,
    MeasureFactory,
    MeasureIndicatorFactory,
    MilestoneFactory,
    PlanFactory,
    StatementFactory,
)

from yhdyspinta.plans.models import (
    AnnualReview,
    IndicatorOmission,
    IndicatorSet,
    PlanVersion,
    ReviewEntry,
)


def _content(text: str) -> dict:
    return {
        "title": "Kunta Yhden suunnitelma",
        "blocks": [
            {"kind": "heading", "level": 1, "text": "1 Yhteenveto", "anchor": "h-1"},
            {"kind": "paragraph", "text": text, "style": ""},
        ],
    }


def records(w, o) -> dict:
    plan = PlanFactory(owner=w.m1, title="Kunta Yhden suunnitelma", slug="matrix-m1")
    goal = GoalFactory(plan=plan, title="Liikunta lisääntyy")
    measure = MeasureFactory(goal=goal, responsible_organization=w.m1, title="Liikuntaryhmät")
    chosen = IndicatorSet.objects.create(
        name="Otos", publisher="THL", level="municipality", county=w.county
    )
    left_out, free = IndicatorFactory(), IndicatorFactory()
    chosen.indicators.set([left_out, free])
    plan.indicator_set = chosen
    plan.save()
    versions = [
        PlanVersion.objects.create(
            plan=plan,
            number=number,
            state=state,
            approved_on=dt.date(2025, 11, 17) if state == "approved" else None,
            status="ready",
            content=_content(f"Versio {number}"),
        )
        for number, state in ((1, "statements"), (2, "approved"), (3, "draft"))
    ]
    review = AnnualReview.objects.create(plan=plan, year=2025)
    regional = PlanFactory(owner=w.county, title="Alueen suunnitelma", slug="matrix-county")
    return {
        "plan_review_entry": ReviewEntry.objects.create(review=review, measure=measure),
        "plan_regional": regional,
        "plan": plan,
        "plan_set": chosen,
        "plan_free_indicator": free,
        "plan_omission": IndicatorOmission.objects.create(
            plan=plan, indicator=left_out, reason="Ei koske kuntaa"
        ),
        "plan_public_version": versions[1],
        "plan_draft_version": versions[2],
        "plan_milestone": MilestoneFactory(plan=plan, kind="hyte_board", due="5/2025"),
        "plan_goal": goal,
        "plan_measure": measure,
        "plan_indicator": MeasureIndicatorFactory(measure=measure, name="Ryhmien määrä"),
        "plan_statement": StatementFactory(plan=plan, body=o["body"], received=dt.date(2025, 3, 1)),
    }
