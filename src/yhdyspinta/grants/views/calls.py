"""The call list, a call's page (staff: every application, scores and distribution; an
applicant: the call, its rules and her own applications) and the decision list."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch
from django.shortcuts import render
from django.utils import timezone

from yhdyspinta.organizations.rules import is_county_staff
from yhdyspinta.web.paging import page_of

from ..distribution import chart as distribution_chart
from ..distribution import move_years, operating_to_partnership, tables
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
from .registrations import awaiting_count


@login_required
def call_list(request):
    county_or_404(request)
    calls = (
        visible_calls(request.user)
        .annotate(application_count=Count("applications"))
        .order_by("-year", "kind", "pk")
    )
    page, query = page_of(request, calls)
    staff = is_county_staff(request.user)
    context = {"page": page, "query": query, "staff": staff}
    if staff:
        context["registrations_awaiting"] = awaiting_count(request.user)
    return render(request, "grants/call_list.html", context)


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


@login_required
def distribution(request, pk):
    """Staff: the call's grants by theme, municipality, target group and organisation size
    (tables and charts) and the organisations moving from operating to partnership grants."""
    call = get_call_for_user(request, pk)
    if not is_call_staff(request.user, call):
        raise PermissionDenied
    years = move_years(call)
    sections = [
        {"title": title, "rows": rows, "chart": distribution_chart(title, rows, category)}
        for title, category, rows in tables(call)
    ]
    return render(
        request,
        "grants/distribution.html",
        {
            "call": call,
            "sections": sections,
            "moves": operating_to_partnership(call.county_id, *years),
            "operating_years": "–".join(map(str, years[0])),
            "partnership_years": "–".join(map(str, years[1])),
        },
    )
