from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem
from yhdyspinta.web.sections import PLANS

from .scoping import county_of


def items(request):
    if county_of(request.user) is None:
        return []
    return [NavItem(_("Welfare plans"), reverse("plans:plan_list"), 50, "/plans/", PLANS)]
