"""People's decisions about overlap pairs: "not an overlap" (remembered, with who and why) or
"coordinate" (a follow-up action in the rounds capability, linked to the decision)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yhdyspinta.organizations.rules import can_write_owned

from ..models import Decision, Network, OverlapDecision
from ..rules import can_decide_pair


def _action_owner(user, a: Network, b: Network):
    for network in (a, b):
        if can_write_owned(user, network.owner):
            return network.owner
    raise PermissionDenied


def _create_action(user, a: Network, b: Network, reason: str):
    from yhdyspinta.rounds.models import Action, Round

    owner = _action_owner(user, a, b)
    county_id = owner.county_id
    round_ = Round.objects.filter(county_id=county_id).order_by("-starts", "-pk").first()
    if round_ is None:
        raise ValidationError(_("There is no negotiation round to attach the follow-up action to."))
    shared = set(a.themes.values_list("pk", flat=True)) & set(b.themes.values_list("pk", flat=True))
    text = _(
        "Coordinate the overlapping networks '%(a)s' (%(a_owner)s) and '%(b)s' (%(b_owner)s): "
        "%(reason)s"
    ) % {
        "a": a.name,
        "a_owner": a.owner.name,
        "b": b.name,
        "b_owner": b.owner.name,
        "reason": reason,
    }
    action = Action(
        round=round_,
        owner=owner,
        theme_id=min(shared) if shared else None,
        text=text,
        in_summary=False,
    )
    action.full_clean()
    action.save()
    return action


def decide_pair(user, a: Network, b: Network, decision: str, reason: str, score=None):
    """Record (or replace) the decision about a pair; "coordinate" also creates an Action."""
    if a.pk > b.pk:
        a, b = b, a
    if not can_decide_pair(user, a, b):
        raise PermissionDenied
    if decision not in Decision.values:
        raise ValidationError({"decision": _("Choose a decision.")})
    with transaction.atomic():
        existing = OverlapDecision.objects.filter(network_a=a, network_b=b).first()
        record = existing or OverlapDecision(network_a=a, network_b=b)
        record.decision = decision
        record.reason = reason.strip()
        record.decided_by = user
        record.score = score
        if decision == Decision.COORDINATE and not record.action_id:
            record.action_id = _create_action(user, a, b, record.reason).pk
        record.full_clean()
        record.save()
    return record
