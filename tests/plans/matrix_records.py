"""The plans app's records for the site-wide access matrix (tests/web/matrix_world.py): a plan
of M1 with a milestone, a goal, a measure of M1, a measure indicator, a statement and the
measure's review entry of 2025; the county's regional plan (for the side-by-side view)."""

import datetime as dt

from plans.factories import (
    GoalFactory,
    MeasureFactory,
    MeasureIndicatorFactory,
    MilestoneFactory,
    PlanFactory,
    StatementFactory,
)

from yhdyspinta.plans.models import AnnualReview, ReviewEntry


def records(w, o) -> dict:
    plan = PlanFactory(owner=w.m1, title="Kunta Yhden suunnitelma", slug="matrix-m1")
    goal = GoalFactory(plan=plan, title="Liikunta lisääntyy")
    measure = MeasureFactory(goal=goal, responsible_organization=w.m1, title="Liikuntaryhmät")
    review = AnnualReview.objects.create(plan=plan, year=2025)
    regional = PlanFactory(owner=w.county, title="Alueen suunnitelma", slug="matrix-county")
    return {
        "plan_review_entry": ReviewEntry.objects.create(review=review, measure=measure),
        "plan_regional": regional,
        "plan": plan,
        "plan_milestone": MilestoneFactory(plan=plan, kind="hyte_board", due="5/2025"),
        "plan_goal": goal,
        "plan_measure": measure,
        "plan_indicator": MeasureIndicatorFactory(measure=measure, name="Ryhmien määrä"),
        "plan_statement": StatementFactory(plan=plan, body=o["body"], received=dt.date(2025, 3, 1)),
    }
