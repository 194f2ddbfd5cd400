"""The plan list, a plan's page, creating and editing a plan."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..follow import goal_progress
from ..forms import PlanForm
from ..models import Goal, Measure, MeasureIndicator, Milestone
from ..rules import can_write_measure, can_write_plan
from ..scoping import county_or_404, get_plan_for_user, visible_plans, writable_plan_owners
from ..timeline import build_timeline, render_svg

PAGE_SIZE = 25


@login_required
def plan_list(request):
    county_or_404(request)
    plans = (
        visible_plans(request.user)
        .annotate(goal_count=Count("goals", distinct=True))
        .order_by("-period_start", "owner__name_fi", "kind", "pk")
    )
    page, query = page_of(request, plans, PAGE_SIZE)
    return render(
        request,
        "plans/plan_list.html",
        {"page": page, "query": query, "can_add": bool(writable_plan_owners(request.user))},
    )


@login_required
def plan_create(request):
    county_or_404(request)
    if not writable_plan_owners(request.user):
        raise PermissionDenied
    return edit_object(
        request,
        form_class=PlanForm,
        title=_("New welfare report and plan"),
        cancel_url=reverse("plans:plan_list"),
    )


@login_required
def plan_edit(request, pk):
    plan = get_plan_for_user(request, pk, write=True)
    return edit_object(
        request,
        form_class=PlanForm,
        instance=plan,
        title=_("Edit %(name)s") % {"name": plan.title},
        cancel_url=plan.get_absolute_url(),
    )


@login_required
def plan_detail(request, pk):
    plan = get_plan_for_user(request, pk)
    user = request.user
    today = timezone.localdate()
    timeline = build_timeline(plan, today)
    flags = {item.anchor: item.flags for item in timeline.items if item.kind == "milestone"}
    milestones = list(
        Milestone.objects.filter(plan=plan)
        .select_related("phase", "body", "responsible")
        .order_by("due_end", "order", "pk")
    )
    for milestone in milestones:
        milestone.late = milestone.is_late(today)
        milestone.flags = flags.get(f"milestone-{milestone.pk}", [])
    phases = list(plan.phases.select_related("responsible"))
    for phase in phases:
        phase.late = phase.is_late(today)
    measures = Measure.objects.select_related(
        "responsible_organization", "goal__plan__owner"
    ).prefetch_related(
        "partners",
        Prefetch(
            "indicators",
            queryset=MeasureIndicator.objects.select_related("indicator"),
        ),
    )
    goals = list(
        Goal.objects.filter(plan=plan)
        .select_related("shared_goal")
        .prefetch_related(Prefetch("measures", queryset=measures))
    )
    can_edit = can_write_plan(user, plan)
    progress = goal_progress(goals)
    for goal in goals:
        goal.progress = progress[goal.pk]
        for measure in goal.measures.all():
            measure.can_edit = can_edit or can_write_measure(user, measure)
    title = _("Timeline of %(name)s") % {"name": plan.title}
    description = _(
        "Council terms, elections, phases and milestones from 2023 to 2029; the same items are "
        "listed in the table below the picture."
    )
    return render(
        request,
        "plans/plan_detail.html",
        {
            "plan": plan,
            "phases": phases,
            "milestones": milestones,
            "late_count": len(timeline.late),
            "flags": [flag for m in milestones for flag in m.flags],
            "timeline": timeline,
            "timeline_svg": mark_safe(render_svg(timeline, title=title, description=description)),  # noqa: S308 -- built with escape()
            "goals": goals,
            "conclusions": plan.conclusions.prefetch_related("indicators", "findings"),
            "workshops": plan.workshops.prefetch_related("municipalities", "stakeholders"),
            "statements": plan.statements.select_related("body", "municipality", "phase"),
            "terms": plan.council_terms.all(),
            "can_edit": can_edit,
            "history": history_for(plan, 20),
        },
    )
