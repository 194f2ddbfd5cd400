"""The municipality card's networks section: how many networks, and the themes without one."""

from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.indicators.card_sections import CardSection

from .scoping import visible_networks
from .services.flow import gap_matrix


def card_sections(municipality, request):
    networks = visible_networks(request.user)
    if not networks.filter(owner=municipality).exists() and not request.user.has_perm(
        "networks.view_network"
    ):
        return []
    county = municipality.county
    if county is None:
        return []
    own = networks.filter(owner=municipality).exclude(status="ended")
    matrix = gap_matrix(networks.filter(owner=municipality), county)
    gaps = [t for t in matrix.themes if not matrix.counts.get((t.pk, municipality.pk))]
    return [
        CardSection(
            _("Cooperation networks"),
            "networks/partials/_municipality_section.html",
            {
                "count": own.count(),
                "gaps": gaps,
                "url": reverse("networks:network_list") + f"?owner={municipality.pk}",
                "flow_url": reverse("networks:information_flow")
                + f"?municipality={municipality.pk}",
            },
            order=60,
        )
    ]
