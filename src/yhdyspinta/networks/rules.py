"""Who may read and write the network register.

A network is owned by a municipality, the county or the regional council: coordinators write
their own municipality's networks, county staff every network in the county (the county's and
the regional council's included), board members read. Collection rounds are the county's;
a municipality's submission is written by its coordinator or county staff. An overlap decision
may be made by anyone who may write either network of the pair.
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.rules import (
    account_of,
    can_read_owned,
    can_write_owned,
    is_county_staff,
    is_reader_of_county,
)

from .models import (
    CollectionRound,
    Network,
    NetworkMember,
    NetworkPerson,
    OverlapDecision,
    Submission,
)


def owner_of(obj):
    if isinstance(obj, Network):
        return obj.owner
    if isinstance(obj, NetworkMember | NetworkPerson):
        return obj.network.owner
    if isinstance(obj, CollectionRound):
        return obj.county
    if isinstance(obj, Submission):
        return obj.municipality
    if isinstance(obj, OverlapDecision):
        return obj.network_a.owner
    raise TypeError(f"No owner rule for {type(obj).__name__}")


@rules.predicate
def can_read(user, obj) -> bool:
    if obj is None:
        return is_reader_of_county(user)
    return can_read_owned(user, owner_of(obj))


@rules.predicate
def can_write(user, obj) -> bool:
    if obj is None:
        return is_county_staff(user)
    if isinstance(obj, OverlapDecision):
        return can_decide_pair(user, obj.network_a, obj.network_b)
    return can_write_owned(user, owner_of(obj))


@rules.predicate
def can_add_network(user, owner=None) -> bool:
    """With an owner: may the user create a network for it; without: for any owner."""
    if owner is not None:
        return can_write_owned(user, owner)
    account = account_of(user)
    return bool(
        user
        and user.is_authenticated
        and (
            user.is_superuser
            or is_county_staff(user)
            or (account and account.level == "coordinator")
        )
    )


def can_decide_pair(user, a: Network, b: Network) -> bool:
    return can_write_owned(user, a.owner) or can_write_owned(user, b.owner)


def writable_owner_ids(user, owners) -> set[int]:
    return {owner.pk for owner in owners if can_write_owned(user, owner)}


for model in ("network", "networkmember", "networkperson", "submission", "overlapdecision"):
    rules.add_perm(f"networks.view_{model}", can_read)
    rules.add_perm(f"networks.change_{model}", can_write)
    rules.add_perm(f"networks.delete_{model}", can_write)
rules.add_perm("networks.view_collectionround", can_read)
rules.add_perm("networks.change_collectionround", can_write)
rules.add_perm("networks.add_collectionround", rules.predicate(is_county_staff))
rules.add_perm("networks.add_network", can_add_network)
