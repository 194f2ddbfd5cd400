"""The indicator sets (such as THL's recommended lists that a plan's indicators are checked
against): the list and each set's read-only page (with its indicators) for every reader of a
county, creating for county staff, editing for the staff of the county that keeps the set.

A set is kept by the county whose staff created it (``IndicatorSet.county``): plans of every
county may choose it, but only its county's staff change it, since a plan's coverage depends on
it; staff of another county read the list and are refused the edit (403). A set without a county
is national data (THL's list, loaded by a command): only superusers edit it. Each change is
recorded in the set's history with who made it, shown on its page. A set chosen by a plan is
checked on the plan's indicator-set page; a change shows there (and in the plan's documents,
whose version follows the sets' history)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.forms.utils import ErrorDict
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from yhdyspinta.organizations.rules import county_id_of
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..forms_sets import MAX_INDICATORS, SHOWN_MATCHES, IndicatorSetForm
from ..models import IndicatorSet
from ..rules import can_read_indicator_sets, can_write_indicator_set

PAGE_SIZE = 25
INDICATOR_PAGE_SIZE = 50  # the indicators on a set's page


def _check(request, indicator_set: IndicatorSet | None = None, *, write: bool) -> bool:
    """Readers of a county read (others: 404); county staff create, the keeping county's staff
    edit (other readers: 403)."""
    if not can_read_indicator_sets(request.user):
        raise Http404
    can_write = can_write_indicator_set(request.user, indicator_set)
    if write and not can_write:
        raise PermissionDenied
    return can_write


@login_required
def set_list(request):
    can_create = _check(request, write=False)
    sets = (
        IndicatorSet.objects.select_related("county")
        .annotate(
            indicator_count=Count("indicators", distinct=True),
            plan_count=Count("plans", distinct=True),
        )
        .order_by("name", "pk")
    )
    page, query = page_of(request, sets, PAGE_SIZE)
    page.object_list = list(page.object_list)
    for indicator_set in page.object_list:
        indicator_set.can_edit = can_write_indicator_set(request.user, indicator_set)
    return render(
        request,
        "plans/sets/set_list.html",
        {"page": page, "query": query, "can_create": can_create},
    )


@login_required
def set_detail(request, pk):
    """One set, read-only, for every reader of a county: its facts and its indicators (a page of
    them; a set holds up to ``MAX_INDICATORS``), with the edit link for those who may edit."""
    _check(request, write=False)
    indicator_set = get_object_or_404(IndicatorSet.objects.select_related("county"), pk=pk)
    indicators = indicator_set.indicators.only(
        "pk", "code", "sotkanet_id", "title_fi", "title_sv", "title_en"
    ).order_by("title_fi", "pk")
    page, query = page_of(request, indicators, INDICATOR_PAGE_SIZE)
    return render(
        request,
        "plans/sets/set_detail.html",
        {
            "indicator_set": indicator_set,
            "page": page,
            "query": query,
            "can_edit": can_write_indicator_set(request.user, indicator_set),
        },
    )


@login_required
def set_create(request):
    _check(request, write=True)
    created = IndicatorSet(county_id=county_id_of(request.user))  # kept by the creator's county
    return _edit(request, created, _("New indicator set"))


@login_required
def set_edit(request, pk):
    _check(request, write=False)
    indicator_set = get_object_or_404(IndicatorSet.objects.select_related("county"), pk=pk)
    _check(request, indicator_set, write=True)
    return _edit(request, indicator_set, _("Edit %(name)s") % {"name": indicator_set.name})


def _edit(request, instance, title):
    """GET the form; POST with "find": the form again with the search's matches (nothing is
    saved); POST: save the set and its indicators, all or nothing."""
    posted = request.method == "POST"
    form = IndicatorSetForm(request.POST if posted else None, instance=instance, user=request.user)
    finding = posted and "find" in request.POST
    if finding:  # shown again as typed, not validated: a search is not a save
        form._errors, form.cleaned_data = ErrorDict(), {}
    elif posted and form.is_valid():
        try:
            with transaction.atomic():
                form.save()
        except IntegrityError:  # the same name saved meanwhile by another request
            form.add_error("name", form.name_taken_message(form.cleaned_data["name"]))
        else:
            messages.success(request, _("Saved."))
            return redirect("plans:set_list")
    context = {
        "form": form,
        "title": title,
        "indicator_set": instance,
        "finding": finding,
        "shown_matches": SHOWN_MATCHES,
        "max_indicators": MAX_INDICATORS,
        "history": history_for(instance, 20) if instance.pk else [],
    }
    status = 400 if posted and not finding else 200
    return render(request, "plans/sets/set_form.html", context, status=status)
