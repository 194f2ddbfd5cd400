"""Dashboard cards: my overdue and upcoming actions, open requests, the next negotiation."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.registry import Card

from .models import Request, Round
from .scoping import county_of, visible_actions, visible_negotiations, visible_requests

UPCOMING_DAYS = 14


def _next_negotiation(user, municipality, today):
    negotiations = visible_negotiations(user).select_related("round", "municipality")
    if municipality is not None:
        negotiations = negotiations.filter(municipality=municipality)
    dated = negotiations.filter(date__gte=today).order_by("date").first()
    if dated is not None:
        return dated
    return (
        negotiations.filter(date__isnull=True, round__status__in=[Round.Status.PLANNED])
        .order_by("-round__pk", "municipality__name_fi")
        .first()
    )


def cards(request):
    user = request.user
    account = account_of(user)
    if county_of(user) is None or account is None or account.level == AccessLevel.BOARD_MEMBER:
        return []
    org = account.organization
    municipality = org if account.level == AccessLevel.COORDINATOR else None
    today = timezone.localdate()
    mine = visible_actions(user).filter(owner=org).select_related("round", "part_of")
    overdue = list(mine.overdue(today).order_by("due_end", "pk")[:8])
    overdue_count = mine.overdue(today).count()
    upcoming = list(mine.due_within(today, UPCOMING_DAYS).order_by("due_end", "pk")[:8])
    requests = visible_requests(user).filter(status__in=Request.OPEN_STATUSES)
    if municipality is not None:
        requests = requests.filter(municipality=municipality)
    open_requests = list(requests.select_related("municipality")[:8])
    negotiation = _next_negotiation(user, municipality, today)
    board_url = reverse("rounds:my_items")
    return [
        Card(
            _("My follow-up actions"),
            "rounds/partials/_card_actions.html",
            {
                "overdue": overdue,
                "overdue_count": overdue_count,
                "upcoming": upcoming,
                "days": UPCOMING_DAYS,
                "url": board_url,
            },
            order=20,
        ),
        Card(
            _("Open wishes and support requests"),
            "rounds/partials/_card_requests.html",
            {
                "requests": open_requests,
                "count": requests.count(),
                "url": reverse("rounds:request_list"),
                "can_add": user.has_perm("rounds.add_request", municipality),
            },
            order=21,
        ),
        Card(
            _("Next negotiation"),
            "rounds/partials/_card_negotiation.html",
            {"negotiation": negotiation},
            order=22,
        ),
    ]
