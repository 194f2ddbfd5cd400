"""Dashboard cards: late annexes (the five most overdue) and missing counterparts."""

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import Card

from .rules import is_agreement_reader
from .scoping import visible_agreements
from .services.gaps import gaps
from .views.board import _own_municipality, board_annexes


def cards(request):
    user = request.user
    if not is_agreement_reader(user):
        return []
    today = timezone.localdate()
    late = board_annexes(user, today).filter(late_rank=0)
    found = gaps(visible_agreements(user), _own_municipality(user))
    return [
        Card(
            _("Late annexes"),
            "agreements/partials/_card_late.html",
            {
                "annexes": list(late[:5]),
                "count": late.count(),
                "url": reverse("agreements:status_board"),
            },
            order=50,
        ),
        Card(
            _("Missing counterparts"),
            "agreements/partials/_card_gaps.html",
            {"gaps": found[:5], "count": len(found), "url": reverse("agreements:gap_list")},
            order=51,
        ),
    ]
