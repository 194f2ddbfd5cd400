"""Editing goals, measures and measure indicators on the plan's page with HTMX: the "new" links
fetch a form fragment; saving returns the new goal, measure or indicator row to append (and
empties the form, out of band), and a form with errors comes back in place of the form, naming
the field; nothing is written then. Without HTMX these URLs hand over to the form pages."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.translation import gettext as _

from ..follow import goal_progress
from ..forms import GoalForm, MeasureForm, MeasureIndicatorForm
from ..scoping import get_goal_for_user, get_measure_for_user, get_plan_for_user
from . import parts


def _fragment(request, *, form, action, target, form_box, title, template, context):
    """Answer an HTMX create: the saved record's fragment, or the form with its errors."""
    if request.method == "POST" and form.is_valid() and _saved(form):
        html = render_to_string(template, {**context(form.instance), "request": request})
        box = format_html('<div id="{}" hx-swap-oob="innerHTML"></div>', form_box)
        return render(request, "plans/partials/_fragment.html", {"html": html, "box": box})
    response = render(
        request,
        "plans/partials/_hx_form.html",
        {"form": form, "action": action, "target": target, "title": title},
    )
    if request.method == "POST":
        response["HX-Retarget"] = f"#{form_box}"
        response["HX-Reswap"] = "innerHTML"
    return response


def _saved(form) -> bool:
    obj = form.save(commit=False)
    try:
        obj.full_clean()
    except ValidationError as exc:
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return False
    with transaction.atomic():
        obj.save()
        form.save_m2m()
    return True


@login_required
def goal_add(request, plan_pk):
    if not request.htmx:
        return parts.goal_create(request, plan_pk)
    plan = get_plan_for_user(request, plan_pk, write=True)
    form = GoalForm(request.POST or None, user=request.user, plan=plan, prefix="goal")

    def context(goal):
        goal.progress = goal_progress([goal])[goal.pk]
        return {"goal": goal, "can_edit": True}

    return _fragment(
        request,
        form=form,
        action=request.path,
        target="#goals",
        form_box="goal-form",
        title=_("New goal"),
        template="plans/partials/_goal.html",
        context=context,
    )


@login_required
def measure_add(request, goal_pk):
    if not request.htmx:
        return parts.measure_create(request, goal_pk)
    goal = get_goal_for_user(request, goal_pk, write=True)
    form = MeasureForm(request.POST or None, user=request.user, goal=goal, prefix=f"g{goal.pk}")

    def context(measure):
        measure.can_edit = True
        return {"measure": measure}

    return _fragment(
        request,
        form=form,
        action=request.path,
        target=f"#measures-{goal.pk}",
        form_box=f"measure-form-{goal.pk}",
        title=_("New measure: %(goal)s") % {"goal": goal.title},
        template="plans/partials/_measure.html",
        context=context,
    )


@login_required
def measure_indicator_add(request, measure_pk):
    if not request.htmx:
        return parts.measure_indicator_create(request, measure_pk)
    measure = get_measure_for_user(request, measure_pk, write=True)
    form = MeasureIndicatorForm(
        request.POST or None, user=request.user, measure=measure, prefix=f"m{measure.pk}"
    )
    measure.can_edit = True
    return _fragment(
        request,
        form=form,
        action=request.path,
        target=f"#indicators-{measure.pk}",
        form_box=f"indicator-form-{measure.pk}",
        title=_("New indicator: %(measure)s") % {"measure": measure.title},
        template="plans/partials/_measure_indicator_row.html",
        context=lambda mi: {"mi": mi, "measure": measure},
    )
