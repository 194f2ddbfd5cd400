from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem
from yhdyspinta.web.sections import NEGOTIATIONS

from .scoping import county_of


def items(request):
    if county_of(request.user) is None:
        return []
    return [
        NavItem(
            _("Negotiation rounds"), reverse("rounds:round_list"), 20, "/rounds/", NEGOTIATIONS
        ),
        NavItem(
            _("Follow-up actions"),
            reverse("rounds:action_board"),
            21,
            "/rounds/actions/",
            NEGOTIATIONS,
        ),
        NavItem(
            _("My organisation"), reverse("rounds:my_items"), 22, "/rounds/mine/", NEGOTIATIONS
        ),
    ]
