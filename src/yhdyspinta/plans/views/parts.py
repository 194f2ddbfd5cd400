"""Creating and editing the parts of a plan: milestones, goals, measures, measure indicators
and statements. Full-page forms that work without JavaScript; the plan's page links to them."""

from __future__ import annotations

from functools import partial

from django.contrib.auth.decorators import login_required
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import edit_object

from ..forms import GoalForm, MeasureForm, MeasureIndicatorForm, MilestoneForm, StatementForm
from ..scoping import (
    get_goal_for_user,
    get_measure_for_user,
    get_measure_indicator_for_user,
    get_milestone_for_user,
    get_plan_for_user,
    get_statement_for_user,
)


def _edit(request, form_class, owner, *, instance=None, title, cancel_url, **kwargs):
    return edit_object(
        request,
        form_class=partial(form_class, **kwargs),
        instance=instance,
        title=f"{title}: {owner}",
        cancel_url=cancel_url,
    )


@login_required
def milestone_create(request, plan_pk):
    plan = get_plan_for_user(request, plan_pk, write=True)
    return _edit(
        request,
        MilestoneForm,
        plan,
        plan=plan,
        title=_("New milestone"),
        cancel_url=plan.get_absolute_url(),
    )


@login_required
def milestone_edit(request, pk):
    milestone = get_milestone_for_user(request, pk, write=True)
    plan = milestone.plan
    return _edit(
        request,
        MilestoneForm,
        plan,
        plan=plan,
        instance=milestone,
        title=_("Edit milestone"),
        cancel_url=plan.get_absolute_url(),
    )


@login_required
def goal_create(request, plan_pk):
    plan = get_plan_for_user(request, plan_pk, write=True)
    return _edit(
        request,
        GoalForm,
        plan,
        plan=plan,
        title=_("New goal"),
        cancel_url=plan.get_absolute_url(),
    )


@login_required
def goal_edit(request, pk):
    goal = get_goal_for_user(request, pk, write=True)
    return _edit(
        request,
        GoalForm,
        goal.plan,
        plan=goal.plan,
        instance=goal,
        title=_("Edit goal"),
        cancel_url=goal.get_absolute_url(),
    )


@login_required
def measure_create(request, goal_pk):
    goal = get_goal_for_user(request, goal_pk, write=True)
    return _edit(
        request,
        MeasureForm,
        goal,
        goal=goal,
        title=_("New measure"),
        cancel_url=goal.get_absolute_url(),
    )


@login_required
def measure_edit(request, pk):
    measure = get_measure_for_user(request, pk, write=True)
    return _edit(
        request,
        MeasureForm,
        measure.goal,
        goal=measure.goal,
        instance=measure,
        title=_("Edit measure"),
        cancel_url=measure.get_absolute_url(),
    )


@login_required
def measure_indicator_create(request, measure_pk):
    measure = get_measure_for_user(request, measure_pk, write=True)
    return _edit(
        request,
        MeasureIndicatorForm,
        measure,
        measure=measure,
        title=_("New indicator"),
        cancel_url=measure.get_absolute_url(),
    )


@login_required
def measure_indicator_edit(request, pk):
    item = get_measure_indicator_for_user(request, pk, write=True)
    return _edit(
        request,
        MeasureIndicatorForm,
        item.measure,
        measure=item.measure,
        instance=item,
        title=_("Edit indicator"),
        cancel_url=item.get_absolute_url(),
    )


@login_required
def statement_create(request, plan_pk):
    plan = get_plan_for_user(request, plan_pk, write=True)
    return _edit(
        request,
        StatementForm,
        plan,
        plan=plan,
        title=_("New statement"),
        cancel_url=plan.get_absolute_url(),
    )


@login_required
def statement_edit(request, pk):
    statement = get_statement_for_user(request, pk, write=True)
    return _edit(
        request,
        StatementForm,
        statement.plan,
        plan=statement.plan,
        instance=statement,
        title=_("Statement and response"),
        cancel_url=statement.get_absolute_url(),
    )
