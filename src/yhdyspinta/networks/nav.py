from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem
from yhdyspinta.web.sections import NETWORKS

from .scoping import county_of


def items(request):
    if county_of(request.user) is None:
        return []
    return [
        NavItem(_("Networks"), reverse("networks:network_list"), 30, "/networks/", NETWORKS),
        NavItem(_("Overlapping work"), reverse("networks:overlap_list"), 31,
                "/networks/overlaps/", NETWORKS),
        NavItem(_("Information flow"), reverse("networks:information_flow"), 32,
                "/networks/information-flow/", NETWORKS),
    ]  # fmt: skip
