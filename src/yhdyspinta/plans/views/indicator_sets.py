"""The plan's indicator set: which of the set's indicators the plan covers, which it leaves
out (with the reason) and which still lack either; choosing the set; recording an omission."""

from __future__ import annotations

from functools import partial

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import edit_object

from ..document.coverage import coverage
from ..forms_publishing import OmissionForm, PlanIndicatorSetForm
from ..models import IndicatorOmission
from ..rules import can_write_plan
from ..scoping import get_plan_for_user


@login_required
def plan_indicator_set(request, pk):
    write = request.method == "POST"
    plan = get_plan_for_user(request, pk, write=write)
    can_edit = write or can_write_plan(request.user, plan)
    form = None
    if can_edit:
        form = PlanIndicatorSetForm(
            request.POST if write else None, instance=plan, user=request.user
        )
        if write and form.is_valid():
            form.save()
            messages.success(request, _("Saved."))
            return redirect("plans:plan_indicator_set", pk=plan.pk)
    return render(
        request,
        "plans/indicator_set.html",
        {"plan": plan, "coverage": coverage(plan), "form": form, "can_edit": can_edit},
        status=400 if write else 200,
    )


@login_required
def omission_create(request, plan_pk):
    plan = get_plan_for_user(request, plan_pk, write=True)
    initial = {"indicator": request.GET.get("indicator")} if request.GET.get("indicator") else None
    return edit_object(
        request,
        form_class=partial(OmissionForm, plan=plan),
        initial=initial,
        title=f"{_('Leave an indicator out')}: {plan}",
        cancel_url=plan.get_absolute_url(),
    )


@login_required
def omission_edit(request, pk):
    queryset = IndicatorOmission.objects.select_related("plan__owner", "indicator")
    omission = get_for_user(request, queryset, pk, write=True)
    return edit_object(
        request,
        form_class=partial(OmissionForm, plan=omission.plan),
        instance=omission,
        title=f"{_('Reason for leaving out')}: {omission.indicator}",
        cancel_url=omission.get_absolute_url(),
    )
