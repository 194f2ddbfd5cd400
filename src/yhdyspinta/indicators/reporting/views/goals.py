"""Shared goals: the list, the goal page (region and each municipality), editing."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import delete_object, edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ...models import GoalTarget, SharedGoal
from ..forms import GoalTargetForm, SharedGoalForm
from ..services.areas import municipalities_of
from ..services.goals import describe_target, goal_progress
from .common import county_of_user, int_query, organization_in


@login_required
def goal_list(request):
    county = county_of_user(request)
    goals = (
        SharedGoal.objects.filter(county=county)
        .select_related("theme")
        .prefetch_related("targets__indicator")
        .order_by("order", "name_fi", "pk")
    )
    page, query = page_of(request, goals)
    return render(
        request,
        "indicators/reporting/goal_list.html",
        {
            "goals": page.object_list,
            "page": page,
            "query": query,
            "can_add": request.user.has_perm("indicators.add_sharedgoal", county),
        },
    )


@login_required
def goal_detail(request, pk):
    goal = get_for_user(request, SharedGoal.objects.select_related("county", "theme"), pk)
    chosen = goal.county
    area = int_query(request, "area")
    if area is not None:
        chosen = organization_in(goal.county, area)
    progress = goal_progress(goal, chosen)
    attributions = sorted({p.target.indicator.attribution() for p in progress})
    return render(
        request,
        "indicators/reporting/goal_detail.html",
        {
            "goal": goal,
            "chosen": chosen,
            "choices": [goal.county, *municipalities_of(goal.county)],
            "progress": [(p, describe_target(p.target)) for p in progress],
            "attributions": attributions,
            "can_edit": request.user.has_perm("indicators.change_sharedgoal", goal),
            "history": history_for(goal),
        },
    )


@login_required
def goal_create(request):
    county = county_of_user(request)
    if not request.user.has_perm("indicators.add_sharedgoal", county):
        raise PermissionDenied

    def before_save(goal):
        goal.county = county

    return edit_object(
        request,
        form_class=SharedGoalForm,
        title=_("New shared goal"),
        cancel_url=reverse("indicators_reporting:goal_list"),
        before_save=before_save,
    )


@login_required
def goal_edit(request, pk):
    goal = get_for_user(request, SharedGoal.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=SharedGoalForm,
        instance=goal,
        title=_("Edit shared goal"),
        cancel_url=goal.get_absolute_url(),
    )


@login_required
def target_create(request, pk):
    goal = get_for_user(request, SharedGoal.objects.all(), pk, write=True)

    def before_save(target):
        target.goal = goal

    return edit_object(
        request,
        form_class=GoalTargetForm,
        title=_("New target for %(goal)s") % {"goal": goal.name},
        cancel_url=goal.get_absolute_url(),
        before_save=before_save,
    )


@login_required
def target_edit(request, pk):
    target = get_for_user(request, GoalTarget.objects.select_related("goal"), pk, write=True)
    return edit_object(
        request,
        form_class=GoalTargetForm,
        instance=target,
        title=_("Edit target"),
        cancel_url=target.get_absolute_url(),
    )


@login_required
def target_delete(request, pk):
    target = get_for_user(
        request,
        GoalTarget.objects.select_related("goal"),
        pk,
        write=True,
        perm="indicators.delete_goaltarget",
    )
    url = target.get_absolute_url()
    return delete_object(request, target, title=_("Delete target"), cancel_url=url, success_url=url)
