"""Dashboard: the collection round ("12 / 13 municipalities submitted by 31.10.2023"); for a
coordinator her municipality's submission and the overlaps that concern her networks."""

from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.registry import Card

from .forms import default_min_score
from .services.collection import latest_round, round_status
from .services.overlaps import overlap_report


def cards(request):
    account = account_of(request.user)
    if account is None or account.level == AccessLevel.NGO:
        return []
    county = account.organization.county
    if county is None:
        return []
    collection = latest_round(county.pk)
    result = []
    mine = account.organization if account.level == AccessLevel.COORDINATOR else None
    if collection is not None:
        status = round_status(collection)
        result.append(
            Card(
                _("Network descriptions"),
                "networks/partials/_card_round.html",
                {
                    "status": status,
                    "mine": status.row_for(mine.pk) if mine else None,
                    "url": collection.get_absolute_url(),
                },
                order=40,
            )
        )
    if mine is not None:
        report = overlap_report(county.pk, min_score=default_min_score())
        own = {nid for nid, owner in report.owners.items() if owner == mine.pk}
        pairs = [p for p in report.pairs if {p.a, p.b} & own and (p.a, p.b) not in report.decided]
        result.append(
            Card(
                _("Overlaps concerning your networks"),
                "networks/partials/_card_overlaps.html",
                {
                    "pairs": pairs[:5],
                    "count": len(pairs),
                    "url": reverse("networks:overlap_list") + "?mine=1",
                },
                order=41,
            )
        )
    return result
