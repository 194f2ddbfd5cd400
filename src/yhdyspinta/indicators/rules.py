"""Who may see and do what in knowledge-based management.

Indicator data are public (CC BY 4.0): the public pages need no login. The explorer is for
every account of a county; the municipality cards carry other apps' sections (networks, rounds),
which are not public, so they are for the readers of the county (staff, coordinators, board
members) and not for NGO accounts, which read their own organisation only; imports are for
county staff of their own county.
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.rules import (
    account_of,
    county_id_of,
    is_county_staff,
    is_reader_of_county,
)


@rules.predicate
def has_county_account(user) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or county_id_of(user) is not None


@rules.predicate
def can_view_card(user, municipality) -> bool:
    if not is_reader_of_county(user):
        return False
    if municipality is None or user.is_superuser:
        return True
    return municipality.is_municipality and municipality.county_id == county_id_of(user)


@rules.predicate
def can_run_import(user) -> bool:
    return is_county_staff(user)


@rules.predicate
def can_view_import_run(user, run) -> bool:
    if not is_county_staff(user):
        return False
    if run is None or user.is_superuser:
        return True
    account = account_of(user)
    return run.county_id is not None and run.county_id == account.organization.county_id


rules.add_perm("indicators.view_observation", has_county_account)
rules.add_perm("indicators.view_card", can_view_card)
rules.add_perm("indicators.add_importrun", can_run_import)
rules.add_perm("indicators.view_importrun", can_view_import_run)
