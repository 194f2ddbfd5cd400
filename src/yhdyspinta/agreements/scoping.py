"""What of the agreements a user sees, as queries."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from yhdyspinta.organizations.models import AccessLevel, Organization
from yhdyspinta.organizations.rules import COUNTY_LEVELS, account_of

from .models import Agreement, Annex


def county_or_404(user) -> Organization:
    account = account_of(user)
    if account is None or account.level == AccessLevel.NGO or account.organization.county is None:
        raise Http404
    return account.organization.county


def visible_agreements(user) -> QuerySet[Agreement]:
    qs = Agreement.objects.all()
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    county_id = account.organization.county_id
    if account.level in (*COUNTY_LEVELS, AccessLevel.BOARD_MEMBER):
        return qs.filter(county_id=county_id)
    if account.level == AccessLevel.COORDINATOR:
        return qs.filter(county_id=county_id, parties=account.organization_id)
    return qs.none()


def visible_annexes(user) -> QuerySet[Annex]:
    return Annex.objects.filter(table__agreement__in=visible_agreements(user).values("pk"))
