"""Who may read and write what, in one place.

Every record hangs under an owner organisation, and so under a county. A user's account gives an
access level and an organisation:

* county admin: reads and writes everything in the county, including the theme vocabulary;
* county staff: reads and writes everything in the county except the theme vocabulary;
* coordinator: reads everything in the county, writes her own municipality's records;
* board member: reads everything in the county, writes nothing;
* NGO user: reads and writes its own organisation's records only.

Other apps build their permissions from `can_read_owned` and `can_write_owned` by naming the
organisation that owns the record. Predicates return bool, never None.
"""

from __future__ import annotations

import rules

from .models import AccessLevel, Account, Organization

COUNTY_LEVELS = (AccessLevel.COUNTY_ADMIN, AccessLevel.COUNTY_STAFF)
READ_COUNTY_LEVELS = (*COUNTY_LEVELS, AccessLevel.COORDINATOR, AccessLevel.BOARD_MEMBER)


def account_of(user) -> Account | None:
    """The user's account (cached on the user object), or None for anonymous and plain users."""
    if user is None or not user.is_authenticated:
        return None
    if not hasattr(user, "_yhdyspinta_account"):
        user._yhdyspinta_account = (
            Account.objects.select_related("organization").filter(user=user).first()
        )
    return user._yhdyspinta_account


def county_id_of(user) -> int | None:
    account = account_of(user)
    return account.organization.county_id if account else None


def level_of(user) -> str | None:
    account = account_of(user)
    return account.level if account else None


def _org_county_id(org: Organization | None) -> int | None:
    return org.county_id if org is not None else None


def can_read_owned(user, owner: Organization | None) -> bool:
    """May the user read a record owned by `owner`?"""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    account = account_of(user)
    if account is None or owner is None:
        return False
    if account.level == AccessLevel.NGO:
        return owner.pk == account.organization_id
    return _org_county_id(owner) == account.organization.county_id


def can_write_owned(user, owner: Organization | None) -> bool:
    """May the user write a record owned by `owner`?"""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    account = account_of(user)
    if account is None or owner is None:
        return False
    if account.level in COUNTY_LEVELS:
        return _org_county_id(owner) == account.organization.county_id
    if account.level in (AccessLevel.COORDINATOR, AccessLevel.NGO):
        return owner.pk == account.organization_id
    return False


def is_county_staff(user) -> bool:
    return bool(
        user and user.is_authenticated and (user.is_superuser or level_of(user) in COUNTY_LEVELS)
    )


def is_county_admin(user) -> bool:
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or level_of(user) == AccessLevel.COUNTY_ADMIN)
    )


def is_reader_of_county(user) -> bool:
    """Users who read the whole county: staff, coordinators, board members."""
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or level_of(user) in READ_COUNTY_LEVELS)
    )


# --- record owners --------------------------------------------------------------------------


def owner_of(obj) -> Organization | None:
    """The organisation that owns a record of this app."""
    from .models import Body, BodyMembership, Counterpart, Person, Role, Theme

    if isinstance(obj, Organization):
        return obj
    if isinstance(obj, Person | Role | Body):
        return obj.organization
    if isinstance(obj, BodyMembership):
        return obj.body.organization
    if isinstance(obj, Counterpart):
        return obj.municipality
    if isinstance(obj, Theme):
        return obj.county
    raise TypeError(f"No owner rule for {type(obj).__name__}")


def can_read_organization(user, org: Organization) -> bool:
    """Organisations are public information: every account reads its own county's."""
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return county_id_of(user) is not None and org.county_id == county_id_of(user)


@rules.predicate
def can_read(user, obj) -> bool:
    if obj is None:
        return is_reader_of_county(user) or level_of(user) == AccessLevel.NGO
    if isinstance(obj, Organization):
        return can_read_organization(user, obj)
    return can_read_owned(user, owner_of(obj))


@rules.predicate
def can_write(user, obj) -> bool:
    if obj is None:
        return is_county_staff(user)
    return can_write_owned(user, owner_of(obj))


@rules.predicate
def can_edit_theme(user, theme) -> bool:
    if not is_county_admin(user):
        return False
    if theme is None or user.is_superuser:
        return True
    return theme.county_id is not None and theme.county_id == county_id_of(user)


@rules.predicate
def can_read_theme(user, theme) -> bool:
    """The national themes and the user's own county's themes (another county's: 404)."""
    if user is None or not user.is_authenticated:
        return False
    if theme is None or theme.county_id is None or user.is_superuser:
        return True
    return theme.county_id == county_id_of(user)


@rules.predicate
def can_add_person(user, organization) -> bool:
    return (
        can_write_owned(user, organization) if organization is not None else is_county_staff(user)
    )


for model in ("organization", "person", "role", "counterpart", "body", "bodymembership"):
    rules.add_perm(f"organizations.view_{model}", can_read)
    rules.add_perm(f"organizations.change_{model}", can_write)
    rules.add_perm(f"organizations.delete_{model}", can_write)
rules.add_perm("organizations.add_person", can_add_person)
rules.add_perm("organizations.add_role", can_add_person)
rules.add_perm("organizations.add_counterpart", can_add_person)
rules.add_perm("organizations.add_organization", rules.predicate(is_county_staff))
rules.add_perm("organizations.add_body", rules.predicate(is_county_staff))
rules.add_perm("organizations.view_theme", can_read_theme)
rules.add_perm("organizations.change_theme", can_edit_theme)
rules.add_perm("organizations.add_theme", can_edit_theme)
