"""Preparing the next round: a negotiation for every municipality of the county, with an agenda
pre-filled with the municipality's open actions, the county's open actions and the previous
round's findings that concern it. Safe to run twice: nothing is duplicated and an agenda that
someone has already written is kept."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Organization

from ..models import Action, Finding, FindingKind, Negotiation, Round, RoundTeamMember

AGENDA_KINDS = (FindingKind.STRENGTH, FindingKind.CHALLENGE, FindingKind.PROPOSAL)


@dataclass
class PreparedRound:
    round: Round
    round_created: bool
    negotiations_created: int
    agendas_filled: int


def _action_line(action: Action) -> str:
    due = action.due_text or _("no due date")
    owner = action.owner_person or action.owner
    return f"- {action.text} ({owner}; {due}; {action.get_status_display()})"


def build_agenda(source: Round, municipality: Organization) -> str:
    """The agenda text for one municipality, from the open actions and the source findings."""
    open_actions = (
        Action.objects.filter(round__county=source.county)
        .not_closed()
        .select_related("owner", "owner_person")
        .order_by("round__starts", "order", "pk")
    )
    own = list(open_actions.filter(owner=municipality))
    county_actions = list(
        open_actions.filter(owner=source.county, part_of__isnull=True, parent__isnull=True)
    )
    findings = (
        Finding.objects.filter(round=source, kind__in=AGENDA_KINDS)
        .concerning(municipality)
        .order_by("order", "pk")
    )
    lines = [_("1. Opening and introductions"), ""]
    lines.append(
        _("2. Open follow-up actions of %(municipality)s") % {"municipality": municipality}
    )
    lines += [_action_line(a) for a in own] or [_("- none")]
    lines += ["", _("3. The county's open follow-up actions")]
    lines += [_action_line(a) for a in county_actions] or [_("- none")]
    lines += ["", _("4. Findings of the previous round (%(round)s)") % {"round": source.title}]
    kinds = dict(FindingKind.choices)
    lines += [f"- [{kinds[f.kind]}] {f.text}" for f in findings] or [_("- none")]
    lines += ["", _("5. New findings, wishes and support requests"), "", _("6. Agreed actions")]
    return "\n".join(lines)


@transaction.atomic
def prepare_round(
    source: Round, *, slug: str, title: str, period: str = "", starts=None, ends=None
) -> PreparedRound:
    if not slug or not title:
        raise ValidationError(_("Give the new round a code and a title."))
    if slug == source.slug:
        raise ValidationError(_("The new round needs a code of its own."))
    new_round, created = Round.objects.get_or_create(
        county=source.county,
        slug=slug,
        defaults={
            "title": title,
            "period": period,
            "starts": starts,
            "ends": ends,
            "previous": source,
            "status": Round.Status.PLANNED,
            "board": source.board,
        },
    )
    if created:
        new_round.full_clean()
        for member in source.team_members.all():
            RoundTeamMember.objects.create(
                round=new_round, person=member.person, role=member.role, order=member.order
            )
    municipalities = Organization.objects.filter(parent_county=source.county).municipalities()
    made = filled = 0
    for municipality in municipalities.order_by("name_fi"):
        negotiation, was_made = Negotiation.objects.get_or_create(
            round=new_round, municipality=municipality
        )
        made += was_made
        if not negotiation.agenda.strip():
            negotiation.agenda = build_agenda(source, municipality)
            negotiation.save(update_fields=["agenda"])
            filled += 1
    return PreparedRound(new_round, created, made, filled)
