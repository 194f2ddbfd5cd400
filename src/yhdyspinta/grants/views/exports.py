"""Downloads: the decision list (docx for the board, xlsx) and the reservation proposal (docx),
prepared in the background and stored (grants/stored.py): 202 and a page that asks again until
the file is ready, then the file."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.shortcuts import render

from yhdyspinta.indicators.views.stored import stored_pdf_response
from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import level_of

from .. import exports, stored
from ..models import FundingReservation
from ..rules import is_call_staff
from ..scoping import county_or_404, get_call_for_user, visible_projects


def _staff_call(request, pk):
    call = get_call_for_user(request, pk)
    if not is_call_staff(request.user, call):
        raise PermissionDenied
    return call


@login_required
def decision_list_docx(request, pk):
    call = _staff_call(request, pk)
    return stored_pdf_response(request, *stored.request_decision_list(call, "docx"))


@login_required
def decision_list_xlsx(request, pk):
    call = _staff_call(request, pk)
    return stored_pdf_response(request, *stored.request_decision_list(call, "xlsx"))


def _projects(request):
    reservations = FundingReservation.objects.select_related("funder").prefetch_related(
        "municipalities"
    )
    return visible_projects(request.user).prefetch_related(
        Prefetch("reservations", queryset=reservations)
    )


@login_required
def reservation_list(request):
    county_or_404(request)
    if level_of(request.user) == AccessLevel.NGO:
        raise PermissionDenied
    projects = list(_projects(request)[:200])
    return render(
        request,
        "grants/reservation_list.html",
        {"projects": projects, "totals": exports.reservation_totals(projects)},
    )


@login_required
def reservations_docx(request):
    county = county_or_404(request)
    if not request.user.has_perm("grants.add_project"):
        raise PermissionDenied
    return stored_pdf_response(request, *stored.request_reservations(county))
