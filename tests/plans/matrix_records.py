"""The plans app's records for the site-wide access matrix (tests/web/matrix_world.py): a plan
of M1 with a milestone, a goal, a measure of M1, a measure indicator and a statement."""

import datetime as dt

from plans.factories import (
    GoalFactory,
    MeasureFactory,
    MeasureIndicatorFactory,
    MilestoneFactory,
    PlanFactory,
    StatementFactory,
)


def records(w, o) -> dict:
    plan = PlanFactory(owner=w.m1, title="Kunta Yhden suunnitelma", slug="matrix-m1")
    goal = GoalFactory(plan=plan, title="Liikunta lisääntyy")
    measure = MeasureFactory(goal=goal, responsible_organization=w.m1, title="Liikuntaryhmät")
    return {
        "plan": plan,
        "plan_milestone": MilestoneFactory(plan=plan, kind="hyte_board", due="5/2025"),
        "plan_goal": goal,
        "plan_measure": measure,
        "plan_indicator": MeasureIndicatorFactory(measure=measure, name="Ryhmien määrä"),
        "plan_statement": StatementFactory(plan=plan, body=o["body"], received=dt.date(2025, 3, 1)),
    }
