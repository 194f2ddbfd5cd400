"""The call list, a call's page (staff: every application, scores and distribution; an
applicant: the call, its rules and her own applications) and the decision list."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Count, Prefetch
from django.shortcuts import render
from django.utils import timezone

from yhdyspinta.web.paging import page_of

from ..distribution import tables
from ..models import Review
from ..rules import is_call_staff
from ..scoping import (
    county_or_404,
    get_call_for_user,
    visible_applications,
    visible_calls,
    visible_decisions,
)
from ..services import score_summary


@login_required
def call_list(request):
    county_or_404(request)
    calls = (
        visible_calls(request.user)
        .annotate(application_count=Count("applications"))
        .order_by("-year", "kind", "pk")
    )
    page, query = page_of(request, calls)
    return render(request, "grants/call_list.html", {"page": page, "query": query})


@login_required
def call_detail(request, pk):
    call = get_call_for_user(request, pk)
    user = request.user
    staff = is_call_staff(user, call)
    criteria = list(call.criteria.all())
    applications = (
        visible_applications(user, call)
        .prefetch_related(Prefetch("reviews", queryset=Review.objects.select_related("reviewer")))
        .select_related("decision")
    )
    page, query = page_of(request, applications)
    for application in page:
        application.summary = score_summary(list(application.reviews.all()), criteria)
    return render(
        request,
        "grants/call_detail.html",
        {
            "call": call,
            "page": page,
            "query": query,
            "staff": staff,
            "criteria": criteria,
            "themes": call.themes.all(),
            "is_open": call.is_open(timezone.localdate()),
            "can_apply": getattr(getattr(user, "account", None), "level", "") == "ngo",
            "distribution": tables(call) if staff else [],
        },
    )


@login_required
def decision_list(request, pk):
    call = get_call_for_user(request, pk)
    decisions = visible_decisions(request.user, call).prefetch_related(
        "application__municipalities"
    )
    page, query = page_of(request, decisions)
    return render(
        request,
        "grants/decision_list.html",
        {
            "call": call,
            "page": page,
            "query": query,
            "staff": is_call_staff(request.user, call),
        },
    )
