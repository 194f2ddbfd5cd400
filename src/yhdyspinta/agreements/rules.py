"""Who may read and write agreements and responsibility tables.

County staff write every agreement of their county. A coordinator reads the agreements her
municipality is a party to and comments on their annex rows, nothing more. Board members read
the county's agreements. NGO accounts and other counties see none (404).
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import COUNTY_LEVELS, account_of

from .models import Agreement, Annex, AnnexRow, ResponsibilityTable, RowComment


def agreement_of(obj) -> Agreement:
    if isinstance(obj, Agreement):
        return obj
    if isinstance(obj, ResponsibilityTable):
        return obj.agreement
    if isinstance(obj, Annex):
        return obj.table.agreement
    if isinstance(obj, AnnexRow):
        return obj.annex.table.agreement
    if isinstance(obj, RowComment):
        return obj.row.annex.table.agreement
    raise TypeError(f"No agreement rule for {type(obj).__name__}")


def _party_ids(agreement: Agreement) -> set[int]:
    cached = getattr(agreement, "_party_ids", None)
    if cached is None:
        cached = set(agreement.parties.values_list("pk", flat=True))
        agreement._party_ids = cached
    return cached


def can_read_agreement(user, agreement: Agreement) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    account = account_of(user)
    if account is None or account.organization.county_id != agreement.county_id:
        return False
    if account.level in (*COUNTY_LEVELS, AccessLevel.BOARD_MEMBER):
        return True
    if account.level == AccessLevel.COORDINATOR:
        return account.organization_id in _party_ids(agreement)
    return False


def can_write_agreement(user, agreement: Agreement | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    account = account_of(user)
    if account is None or account.level not in COUNTY_LEVELS:
        return False
    return agreement is None or account.organization.county_id == agreement.county_id


def can_comment(user, obj) -> bool:
    """Staff and the coordinators of a party comment on rows they read; the board only reads."""
    if not can_read_agreement(user, agreement_of(obj)):
        return False
    account = account_of(user)
    return user.is_superuser or (
        account is not None and account.level in (*COUNTY_LEVELS, AccessLevel.COORDINATOR)
    )


def is_agreement_reader(user) -> bool:
    """Users with an agreements page at all: the county's staff, coordinators and board."""
    account = account_of(user)
    if user is not None and user.is_authenticated and user.is_superuser:
        return True
    return account is not None and account.level in (
        *COUNTY_LEVELS,
        AccessLevel.COORDINATOR,
        AccessLevel.BOARD_MEMBER,
    )


@rules.predicate
def can_read(user, obj) -> bool:
    if obj is None:
        return is_agreement_reader(user)
    return can_read_agreement(user, agreement_of(obj))


@rules.predicate
def can_write(user, obj) -> bool:
    if obj is None:
        return can_write_agreement(user, None)
    return can_write_agreement(user, agreement_of(obj))


@rules.predicate
def can_comment_on(user, obj) -> bool:
    return obj is not None and can_comment(user, obj)


for model in ("agreement", "responsibilitytable", "annex", "annexrow", "rowcomment"):
    rules.add_perm(f"agreements.view_{model}", can_read)
    rules.add_perm(f"agreements.change_{model}", can_write)
    rules.add_perm(f"agreements.delete_{model}", can_write)
rules.add_perm("agreements.add_agreement", can_write)
rules.add_perm("agreements.add_rowcomment", can_comment_on)
