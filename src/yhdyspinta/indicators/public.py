"""What the indicators app offers visitors without a login on the front page: the published
welfare reports (newest first, a bounded number), the public indicator pages and the public
municipality cards."""

from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import PublicLink

from .models import ReportPublication

SHOWN_REPORTS = 30


def links(request):
    published = (
        ReportPublication.objects.filter(is_public=True)
        .select_related("organization")
        .order_by("-year", "organization__name_fi")[:SHOWN_REPORTS]
    )
    found = [
        PublicLink(
            _("%(organisation)s: report %(year)s")
            % {"organisation": publication.organization, "year": publication.year},
            publication.get_absolute_url(),
            group=_("Published reports"),
            order=10,
        )
        for publication in published
    ]
    found.append(
        PublicLink(
            _("Indicators"),
            reverse("indicators:public_list"),
            group=_("Open data"),
            description=_(
                "Wellbeing and health indicators for the country, the wellbeing services "
                "counties and the regions (THL, CC BY 4.0)."
            ),
            order=20,
        )
    )
    found.append(
        PublicLink(
            _("Municipality cards"),
            reverse("indicators:public_card_list"),
            group=_("Open data"),
            description=_(
                "Each municipality's key wellbeing and health indicators against its region "
                "and the whole country, with the recent trend (THL, CC BY 4.0)."
            ),
            order=21,
        )
    )
    return found
