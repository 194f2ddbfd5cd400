"""What of the network register a user sees: the networks of her own county."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.http import Http404

from yhdyspinta.organizations.models import AccessLevel, Organization
from yhdyspinta.organizations.rules import account_of, can_write_owned

from .models import OWNER_KINDS, CollectionRound, Network


def county_of(user) -> Organization | None:
    account = account_of(user)
    if account is None:
        return None
    return account.organization.county


def county_or_404(request) -> Organization:
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county


def own_municipality(user) -> Organization | None:
    """The coordinator's own municipality (None for everyone else)."""
    account = account_of(user)
    if account is None or account.level != AccessLevel.COORDINATOR:
        return None
    org = account.organization
    return org if org.is_municipality else None


def visible_networks(user) -> QuerySet[Network]:
    account = account_of(user)
    if account is None:
        return Network.objects.all() if user.is_superuser else Network.objects.none()
    if account.level == AccessLevel.NGO:
        return Network.objects.filter(owner_id=account.organization_id)
    return Network.objects.in_county(account.organization.county_id)


def visible_rounds(user) -> QuerySet[CollectionRound]:
    county = county_of(user)
    if county is None or account_of(user).level == AccessLevel.NGO:
        return CollectionRound.objects.none()
    return CollectionRound.objects.filter(county=county)


def owner_choices(county: Organization) -> QuerySet[Organization]:
    """Organisations that may own a network in the county."""
    return Organization.objects.filter(
        Q(pk=county.pk) | Q(parent_county=county), kind__in=OWNER_KINDS
    ).order_by("kind", "name_fi")


def writable_owners(user, county: Organization) -> list[Organization]:
    return [org for org in owner_choices(county) if can_write_owned(user, org)]
