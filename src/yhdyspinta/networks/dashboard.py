"""Dashboard: the collection round ("12 / 13 municipalities submitted by 31.10.2023"); for a
coordinator her municipality's submission and the overlaps that concern her networks."""

from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.registry import Card

from .services.collection import latest_round, round_status
from .services.stored import open_pairs_of, request_computation


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
        # What the background computation stored: a count and the five best pairs.
        record = request_computation(county.pk)
        pairs = open_pairs_of(record, mine.pk).select_related("network_a", "network_b")[:5]
        result.append(
            Card(
                _("Overlaps concerning your networks"),
                "networks/partials/_card_overlaps.html",
                {
                    "pairs": list(pairs),
                    "count": record.open_by_owner.get(str(mine.pk), 0),
                    "computed_at": record.finished_at,
                    "url": reverse("networks:overlap_list") + "?mine=1",
                },
                order=41,
            )
        )
    return result
