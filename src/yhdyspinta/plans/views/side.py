"""The regional plan beside the municipalities' plans: a row per goal of the region, a column per
municipality's plan of an overlapping period, the municipality's goal serving the same shared
goal in the cell; the municipalities' other goals in a last row; municipalities without a plan
listed as such. Four queries whatever the number of municipalities and goals."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from yhdyspinta.organizations.models import Organization

from ..models import Goal, Plan, PlanKind
from ..scoping import get_plan_for_user


def municipal_plans(plan: Plan) -> tuple[list[Plan], list[Organization]]:
    """Each municipality's broad plan overlapping the regional plan's period (the latest one),
    and the municipalities without one."""
    municipalities = list(
        Organization.objects.in_county(plan.owner).municipalities().order_by("name_fi")
    )
    found: dict[int, Plan] = {}
    candidates = Plan.objects.filter(
        owner__in=municipalities,
        kind=PlanKind.BROAD,
        period_start__lte=plan.period_end,
        period_end__gte=plan.period_start,
    ).select_related("owner")
    for candidate in candidates.order_by("owner_id", "-period_start", "pk"):
        found.setdefault(candidate.owner_id, candidate)
    with_plan = [found[m.pk] for m in municipalities if m.pk in found]
    without = [m for m in municipalities if m.pk not in found]
    return with_plan, without


@login_required
def side_by_side(request, pk):
    plan = get_plan_for_user(request, pk)
    if not plan.is_regional:
        raise Http404
    columns, without = municipal_plans(plan)
    region_goals = list(plan.goals.select_related("shared_goal").order_by("order", "pk"))
    goals_of: dict[int, list[Goal]] = {column.pk: [] for column in columns}
    for goal in (
        Goal.objects.filter(plan__in=columns).select_related("shared_goal").order_by("order", "pk")
    ):
        goals_of[goal.plan_id].append(goal)
    rows = []
    matched: set[int] = set()
    for goal in region_goals:
        cells = []
        for column in columns:
            same = [
                g
                for g in goals_of[column.pk]
                if goal.shared_goal_id and g.shared_goal_id == goal.shared_goal_id
            ]
            matched.update(g.pk for g in same)
            cells.append(same)
        rows.append((goal, cells))
    others = [[g for g in goals_of[c.pk] if g.pk not in matched] for c in columns]
    return render(
        request,
        "plans/side_by_side.html",
        {
            "plan": plan,
            "columns": columns,
            "rows": rows,
            "others": others if any(others) else None,
            "without": without,
        },
    )
