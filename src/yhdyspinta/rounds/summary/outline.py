"""A round as a ``Document``: the sections of the board summary deck, in the deck's order.

* Title: the summary's title (or the round's), the board it is reported to, the presenter's
  title and name (the footer of every slide), the county and the board meeting date.
* One section per ``SECTIONS`` entry: the top-level findings of that kind with their sub-points
  (whatever their own kind), of the findings the reader may open (a sub-point whose parent she
  may not see stands on its own, as on the round page) as child items, or for "way forward"
  the round's summary actions with their sub-points, each with its owner and due date as
  written.
* What the other apps add (``contributions``): the agreements and grants apps merge their
  facts into the first section (slide 1: the signed agreements, the annexes with status and
  due date, the NGO grant principles), the plans app adds the plan process and its decision
  around the elections after the round's sections (slides 8-9). So the whole deck comes from
  the data, each part as the reader may see it.
"""

from __future__ import annotations

from collections import defaultdict

from django.db.models import Count, Max, Min, Q
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from yhdyspinta.documents.outline import Document, Item, Section, format_date
from yhdyspinta.organizations.models import Organization

from ..models import SECTIONS, Action, Finding, Round, finding_tree
from ..scoping import visible_findings
from .contributions import contributions, place

WAY_FORWARD = "way_forward"


def _finding_items(findings: list[Finding]) -> tuple[dict[str, list[Item]], dict[str, list]]:
    """Top-level findings by kind, each with its sub-points (any kind) as children; and by
    kind, every item (at any depth, in reading order) with its finding's theme code."""
    roots, children = finding_tree(findings)
    themed: dict[str, list[tuple[Item, str]]] = defaultdict(list)

    def item(finding: Finding, kind: str) -> Item:
        made = Item(finding.text)
        themed[kind].append((made, finding.theme.slug if finding.theme_id else ""))
        made.children = [item(child, kind) for child in children[finding.pk]]
        return made

    by_kind: dict[str, list[Item]] = defaultdict(list)
    for finding in roots:
        by_kind[finding.kind].append(item(finding, finding.kind))
    return by_kind, themed


def person_text(person) -> str:
    """ "Kehittämisjohtaja Kaarina Vartiainen": the title first, as on a title slide."""
    if person is None:
        return ""
    return " ".join(part for part in (capfirst(person.title), person.full_name) if part)


def _owner_text(action: Action, county_id: int) -> str:
    """The person alone for the county's own actions (the deck is the county's), else the
    organisation with the person; a joint action names its sharers and its coordinator."""
    person = action.owner_person.full_name if action.owner_person_id else ""
    if action.owner_id == county_id and person:
        owner = person
    elif person:
        owner = _("%(organisation)s (%(person)s)") % {
            "organisation": action.owner.name,
            "person": person,
        }
    else:
        owner = action.owner.name
    shares = getattr(action, "share_count", 0)
    if shares and shares == getattr(action, "municipal_share_count", 0):
        return _("the municipalities (%(count)s), coordinated by %(owner)s") % {
            "count": shares,
            "owner": owner,
        }
    if shares:
        return _("%(count)s organisations, coordinated by %(owner)s") % {
            "count": shares,
            "owner": owner,
        }
    return owner


def action_meta(action: Action, county_id: int, parent: Action | None = None) -> str:
    """ "Vastuu: ...; määräaika: lokakuun loppuun mennessä" (a sub-point repeats only what
    differs from its parent)."""
    parts = []
    same_owner = parent is not None and (action.owner_id, action.owner_person_id) == (
        parent.owner_id,
        parent.owner_person_id,
    )
    if not same_owner:
        parts.append(_("Responsible: %(owner)s") % {"owner": _owner_text(action, county_id)})
    if action.due_text:
        parts.append(_("due %(due)s") % {"due": action.due_text})
    return "; ".join(parts)


def _action_items(round_: Round) -> list[Item]:
    actions = list(
        round_.actions.filter(in_summary=True, part_of__isnull=True)
        .select_related("owner", "owner_person")
        .annotate(
            share_count=Count("shares"),
            municipal_share_count=Count(
                "shares", filter=Q(shares__owner__kind=Organization.Kind.MUNICIPALITY)
            ),
        )
        .order_by("order", "pk")
    )
    children = defaultdict(list)
    for action in actions:
        children[action.parent_id].append(action)
    ids = {action.pk for action in actions}

    def item(action: Action, parent: Action | None) -> Item:
        return Item(
            action.text,
            [item(child, action) for child in children[action.pk]],
            meta=action_meta(action, round_.county_id, parent),
        )

    roots = [a for a in actions if a.parent_id is None or a.parent_id not in ids]
    return [item(action, None) for action in roots]


def _negotiations_note(round_: Round) -> str:
    span = round_.negotiations.aggregate(count=Count("pk"), first=Min("date"), last=Max("date"))
    if not span["count"]:
        return ""
    if span["first"] and span["last"] and span["first"] != span["last"]:
        return _("Negotiations with %(count)s municipalities, %(first)s–%(last)s.") % {
            "count": span["count"],
            "first": format_date(span["first"]),
            "last": format_date(span["last"]),
        }
    return _("Negotiations with %(count)s municipalities.") % {"count": span["count"]}


def build_outline(round_: Round, *, language: str = "fi", reader=None) -> Document:
    """The board summary of ``round_`` in ``language`` (the texts stay as written), with the
    findings ``reader`` may open (``scoping.visible_findings``, as the round page); without a
    reader, county staff's full view (the export command)."""
    round_ = Round.objects.select_related("county", "board", "presenter").get(pk=round_.pk)
    findings = visible_findings(reader) if reader is not None else Finding.objects.all()
    findings = findings.filter(round=round_).select_related("theme").order_by("order", "pk")
    with translation.override(language):
        by_kind, themed = _finding_items(list(findings))
        round_sections = []
        for key, title in SECTIONS:
            if key == WAY_FORWARD:
                section = Section(str(title), _action_items(round_))
            else:
                section = Section(str(title), by_kind.get(key, []))
            if key == "observation":
                section.note = _negotiations_note(round_)
            round_sections.append((key, section, themed.get(key, [])))
        # a section with nothing to say (a round still in progress) is left out by ``place``
        sections = place(round_sections, contributions(round_, reader))
        return Document(
            title=round_.summary_title or round_.title,
            subtitle=round_.board.name if round_.board else "",
            organisation_name=round_.county.name,
            date=round_.board_date,
            sections=sections,
            footer=person_text(round_.presenter),
            language=language,
        )
