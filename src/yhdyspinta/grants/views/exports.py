"""Downloads: the decision list (docx for the board, xlsx) and the reservation proposal (docx).
They are small (one call's decisions, a county's projects) and built on request."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import render

from yhdyspinta.organizations.models import AccessLevel, Organization
from yhdyspinta.organizations.rules import level_of

from .. import exports
from ..models import FundingReservation
from ..rules import is_call_staff
from ..scoping import county_or_404, get_call_for_user, visible_decisions, visible_projects

MAX_DECISIONS = 2000


def _download(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _decisions(request, pk):
    call = get_call_for_user(request, pk)
    if not is_call_staff(request.user, call):
        raise PermissionDenied
    decisions = visible_decisions(request.user, call).prefetch_related(
        Prefetch("application__municipalities", queryset=Organization.objects.order_by("name_fi"))
    )
    return call, list(decisions[:MAX_DECISIONS])


@login_required
def decision_list_docx(request, pk):
    call, decisions = _decisions(request, pk)
    content = exports.decision_list_docx(call, decisions)
    return _download(content, exports.DOCX_TYPE, f"paatokset-{call.year}-{call.pk}.docx")


@login_required
def decision_list_xlsx(request, pk):
    call, decisions = _decisions(request, pk)
    content = exports.decision_list_xlsx(call, decisions)
    return _download(content, exports.XLSX_TYPE, f"paatokset-{call.year}-{call.pk}.xlsx")


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
    content = exports.reservations_docx(county, list(_projects(request)[:200]))
    return _download(content, exports.DOCX_TYPE, "hankerahoitusvaraukset.docx")
