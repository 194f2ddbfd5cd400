"""The report part of the plan as a web page: the current state by age group and municipality
(the document's indicator tables, with the indicators app's charts), the joys and concerns of
the workshops, and the evaluation of the previous period's goals."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from yhdyspinta.indicators.presenting import comparison_figure, trend_figure

from ..document.coverage import coverage
from ..document.evaluation import evaluate
from ..document.wellbeing import grouped_results, indicator_table, plan_areas, plan_indicators
from ..models import Conclusion
from ..scoping import get_plan_for_user


@login_required
def plan_report(request, pk):
    plan = get_plan_for_user(request, pk)
    indicators, areas = plan_indicators(plan), plan_areas(plan)
    many = len(areas) > 1
    groups = []
    if indicators and areas:
        for title, results in grouped_results(indicators, areas):
            groups.append(
                {
                    "title": title,
                    "indicators": [
                        {
                            "indicator": result.indicator,
                            "table": indicator_table(result, many=many),
                            "chart": (comparison_figure if many else trend_figure)(result),
                        }
                        for result in results
                    ],
                }
            )
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
