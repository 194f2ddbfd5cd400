"""Who may read and write rounds, negotiations, findings, actions, requests and comments.

* County admin and staff: read and write everything of their county's rounds.
* Coordinator: reads rounds, actions and requests of the county; reads her own
  municipality's negotiations and the findings that concern all municipalities or hers;
  changes the status of actions her municipality owns; writes her municipality's requests;
  comments on what she reads.
* Board member: reads (as the coordinator, but every negotiation and finding); writes nothing.
* The board summary (pptx, docx, pdf) of a round carries what its reader may open as pages:
  the findings of ``scoping.visible_findings``, which ``can_read`` also uses for one finding.
* NGO users and users of other counties: nothing (404).

Predicates return bool. They are built on ``organizations.rules``.
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import (
    account_of,
    can_write_owned,
    is_county_staff,
    is_reader_of_county,
)

from .models import Action, Comment, Finding, Negotiation, Request, Round
from .scoping import visible_findings


def _same_county(user, county_id) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    account = account_of(user)
    return (
        account is not None
        and account.level != AccessLevel.NGO
        and account.organization.county_id == county_id
    )


def _coordinator_municipality_id(user) -> int | None:
    account = account_of(user)
    if account is not None and account.level == AccessLevel.COORDINATOR:
        return account.organization_id
    return None


def county_id_of_record(obj) -> int | None:
    if isinstance(obj, Round):
        return obj.county_id
    if isinstance(obj, Negotiation | Finding | Action):
        return obj.round.county_id
    if isinstance(obj, Request):
        return obj.municipality.parent_county_id
    if isinstance(obj, Comment):
        return county_id_of_record(obj.target)
    raise TypeError(f"No county rule for {type(obj).__name__}")


@rules.predicate
def can_read(user, obj) -> bool:
    if obj is None:
        return is_reader_of_county(user)
    if not is_reader_of_county(user) or not _same_county(user, county_id_of_record(obj)):
        return False
    municipality_id = _coordinator_municipality_id(user)
    if municipality_id is None:
        return True
    if isinstance(obj, Negotiation):
        return obj.municipality_id == municipality_id
    if isinstance(obj, Finding):
        # the same queryset as the round page and the board summary (scoping.visible_findings)
        return visible_findings(user).filter(pk=obj.pk).exists()
    return True


@rules.predicate
def can_manage(user, obj) -> bool:
    """County staff of the record's county create and edit it."""
    if not is_county_staff(user):
        return False
    return obj is None or _same_county(user, county_id_of_record(obj))


@rules.predicate
def can_change_action_status(user, action) -> bool:
    if action is None or not can_read(user, action):
        return False
    return can_manage(user, action) or can_write_owned(user, action.owner)


@rules.predicate
def can_add_request(user, municipality) -> bool:
    """County staff for any municipality of the county, a coordinator for her own."""
    if municipality is None:
        return is_county_staff(user) or _coordinator_municipality_id(user) is not None
    return municipality.is_municipality and can_write_owned(user, municipality)


@rules.predicate
def can_change_request(user, request) -> bool:
    if request is None or not can_read(user, request):
        return False
    if can_manage(user, request):
        return True
    return request.status == Request.Status.OPEN and can_write_owned(user, request.municipality)


@rules.predicate
def can_comment(user, target) -> bool:
    """County staff and coordinators write on what they may read; board members only read."""
    if target is None or not can_read(user, target):
        return False
    return is_county_staff(user) or _coordinator_municipality_id(user) is not None


for _model in ("round", "negotiation", "finding", "action", "request", "comment"):
    rules.add_perm(f"rounds.view_{_model}", can_read)
for _model in ("round", "negotiation", "finding", "action", "roundteammember"):
    rules.add_perm(f"rounds.add_{_model}", can_manage)
    rules.add_perm(f"rounds.change_{_model}", can_manage)
    rules.add_perm(f"rounds.delete_{_model}", can_manage)
rules.add_perm("rounds.change_action_status", can_change_action_status)
rules.add_perm("rounds.add_request", can_add_request)
rules.add_perm("rounds.change_request", can_change_request)
rules.add_perm("rounds.answer_request", can_manage)
rules.add_perm("rounds.delete_request", can_manage)
rules.add_perm("rounds.add_comment", can_comment)
rules.add_perm("rounds.prepare_round", can_manage)
