from datetime import timedelta

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import Card

from .directory import build_directory
from .models import AccessLevel, Organization, Role, Theme
from .rules import account_of


def cards(request):
    account = account_of(request.user)
    if account is None or account.organization.county is None:
        return []
    county = account.organization.county
    if account.level == AccessLevel.COORDINATOR:
        municipalities = [account.organization]
    elif account.level in (AccessLevel.COUNTY_ADMIN, AccessLevel.COUNTY_STAFF):
        municipalities = list(Organization.objects.filter(parent_county=county).municipalities())
    else:
        return []
    themes = list(Theme.objects.for_county(county).filter(parent__isnull=True))
    rows = build_directory(county, municipalities, themes)
    gaps = [row for row in rows if row.has_gap]
    today = timezone.localdate()
    org_ids = [county.pk] if len(municipalities) > 1 else [municipalities[0].pk]
    ending = (
        Role.objects.filter(
            organization_id__in=org_ids, valid_to__gte=today, valid_to__lte=today + timedelta(60)
        )
        .select_related("person", "theme")
        .order_by("valid_to")[:10]
    )
    return [
        Card(
            _("Contact directory gaps"),
            "organizations/partials/_card_gaps.html",
            {
                "gaps": gaps[:8],
                "count": len(gaps),
                "url": reverse("organizations:directory"),
            },
            order=50,
        ),
        *(
            [
                Card(
                    _("Roles ending within 60 days"),
                    "organizations/partials/_card_roles_ending.html",
                    {"roles": ending},
                    order=60,
                )
            ]
            if ending
            else []
        ),
    ]
