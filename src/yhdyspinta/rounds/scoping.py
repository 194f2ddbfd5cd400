"""What a user sees of the rounds app, as querysets (the list-page counterpart of rules.py)."""

from __future__ import annotations

from django.db.models import QuerySet

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of, is_reader_of_county

from .models import Action, Finding, Negotiation, Request, Round


def county_of(user):
    """The user's county, or None for users who read no county (NGO users, plain users)."""
    if not is_reader_of_county(user):
        return None
    account = account_of(user)
    return account.organization.county if account else None


def own_municipality(user):
    """The coordinator's municipality (None for everyone else)."""
    account = account_of(user)
    if account is not None and account.level == AccessLevel.COORDINATOR:
        return account.organization
    return None


def visible_rounds(user) -> QuerySet[Round]:
    county = county_of(user)
    return Round.objects.filter(county=county) if county else Round.objects.none()


def visible_negotiations(user) -> QuerySet[Negotiation]:
    qs = Negotiation.objects.filter(round__in=visible_rounds(user)).select_related(
        "round", "municipality"
    )
    municipality = own_municipality(user)
    return qs.filter(municipality=municipality) if municipality else qs


def visible_findings(user) -> QuerySet[Finding]:
    qs = Finding.objects.filter(round__in=visible_rounds(user))
    municipality = own_municipality(user)
    return qs.concerning(municipality) if municipality else qs


def visible_actions(user) -> QuerySet[Action]:
    return Action.objects.filter(round__in=visible_rounds(user))


def visible_requests(user) -> QuerySet[Request]:
    county = county_of(user)
    if county is None:
        return Request.objects.none()
    return Request.objects.filter(municipality__parent_county=county)
