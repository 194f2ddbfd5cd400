from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem
from yhdyspinta.web.sections import PLANS

from .rules import is_agreement_reader


def items(request):
    if not is_agreement_reader(request.user):
        return []
    return [
        NavItem(_("Agreements"), reverse("agreements:agreement_list"), 35, "/agreements/", PLANS)
    ]
