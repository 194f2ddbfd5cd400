from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem
from yhdyspinta.web.sections import ADMINISTRATION, KNOWLEDGE

from .reporting.rules import is_reader
from .rules import can_run_import, can_view_card, has_county_account


def items(request):
    if not has_county_account(request.user):
        return [
            NavItem(
                _("Indicators"), reverse("indicators:public_list"), 40, "/indicators/", KNOWLEDGE
            )
        ]
    found = [
        NavItem(_("Indicators"), reverse("indicators:explorer"), 40, "/indicators/", KNOWLEDGE)
    ]
    if can_view_card(request.user, None):
        found.append(
            NavItem(
                _("Municipality cards"),
                reverse("indicators:card_list"),
                41,
                "/indicators/cards/",
                KNOWLEDGE,
            )
        )
    # the reporting pages are for the county's and the municipalities' readers (not an NGO)
    found += [] if not is_reader(request.user) else [
        NavItem(_("Shared goals"), reverse("indicators_reporting:goal_list"), 43,
                "/indicators/goals/", KNOWLEDGE),
        NavItem(_("Reporting templates"), reverse("indicators_reporting:template_list"), 44,
                "/indicators/reports/", KNOWLEDGE),
        NavItem(_("HYTE trend review"), reverse("indicators_reporting:trend_review"), 45,
                "/indicators/trends/", KNOWLEDGE),
        NavItem(_("HYTE coefficient"), reverse("indicators_reporting:coefficient"), 46,
                "/indicators/hyte-coefficient/", KNOWLEDGE),
    ]  # fmt: skip
    if can_run_import(request.user):
        found.append(
            NavItem(
                _("Indicator imports"),
                reverse("indicators:import_list"),
                42,
                "/indicators/imports/",
                ADMINISTRATION,
            )
        )
    return found
