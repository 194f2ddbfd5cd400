"""The status board of every annex (late first) and the counterpart gaps with their
follow-up actions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.models import AccessLevel, Organization, Theme
from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.params import InvalidParameterError, parse_int

from ..models import AnnexStatus
from ..rules import can_write_agreement
from ..scoping import county_or_404, visible_agreements, visible_annexes
from ..services.gaps import create_follow_up, gaps
from .common import paged


def board_annexes(user, today):
    """The user's annexes, late first, then by due date (undated last)."""
    late = Q(due_end__lt=today) & ~Q(status=AnnexStatus.APPROVED)
    return (
        visible_annexes(user)
        .select_related("theme", "table__agreement")
        .annotate(
            late_rank=Case(When(late, then=Value(0)), default=Value(1), output_field=IntegerField())
        )
        .order_by("late_rank", F("due_end").asc(nulls_last=True), "theme__order", "pk")
    )


@login_required
def status_board(request):
    county_or_404(request.user)
    today = timezone.localdate()
    page, query = paged(request, board_annexes(request.user, today))
    return render(
        request,
        "agreements/status_board.html",
        {"page": page, "query": query, "annexes": page.object_list, "today": today},
    )


def _own_municipality(user):
    account = account_of(user)
    if account is not None and account.level == AccessLevel.COORDINATOR:
        return account.organization
    return None


@login_required
def gap_list(request):
    county_or_404(request.user)
    found = gaps(visible_agreements(request.user), _own_municipality(request.user))
    page, query = paged(request, found, size=100)
    return render(
        request,
        "agreements/gap_list.html",
        {
            "page": page,
            "query": query,
            "gaps": page.object_list,
            "can_follow_up": can_write_agreement(request.user, None),
        },
    )


def _choice(queryset, raw):
    try:
        return queryset.filter(pk=parse_int(str(raw))).first()
    except (ValueError, InvalidParameterError):
        return None


@login_required
@require_POST
def gap_action(request):
    """Create the follow-up action of a gap in rounds (staff; once per theme and town)."""
    county = county_or_404(request.user)
    if not can_write_agreement(request.user, None):
        raise PermissionDenied
    municipality = _choice(
        Organization.objects.filter(parent_county=county, kind=Organization.Kind.MUNICIPALITY),
        request.POST.get("municipality", ""),
    )
    theme = _choice(Theme.objects.for_county(county), request.POST.get("theme", ""))
    if municipality is None or theme is None:
        raise Http404
    try:
        action = create_follow_up(request.user, county, theme, municipality)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(reverse("agreements:gap_list"))
    messages.success(request, _("Follow-up action created."))
    return redirect(action.get_absolute_url())
