"""The report part of the plan as a web page: the current state by age group and municipality
(the document's indicator tables, with the indicators app's charts), the joys and concerns of
the workshops, and the evaluation of the previous period's goals."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from ..document.coverage import coverage
from ..document.evaluation import evaluate
from ..document.wellbeing import plan_areas
from ..models import Conclusion
from ..report_charts import report_groups
from ..scoping import get_plan_for_user


@login_required
def plan_report(request, pk):
    plan = get_plan_for_user(request, pk)
    areas = plan_areas(plan)
    groups = report_groups(plan, areas)
    conclusions = list(plan.conclusions.all())
    return render(
        request,
        "plans/plan_report.html",
        {
            "plan": plan,
            "groups": groups,
            "areas": areas,
            "joys": [c for c in conclusions if c.kind == Conclusion.Kind.STRENGTH],
            "concerns": [c for c in conclusions if c.kind == Conclusion.Kind.NEED],
            "workshops": plan.workshops.all(),
            "evaluation": evaluate(plan),
            "coverage": coverage(plan),
        },
    )
