"""What goes into a user's calendar feed: negotiation dates and action deadlines.

* A coordinator gets her municipality's negotiations and the open actions her municipality owns
  (its own actions and its shares of joint actions).
* County staff, county admins and board members get the whole county: every negotiation and every
  open action. A share of a joint action is left out when its deadline is the joint action's,
  so that thirteen identical deadlines do not fill one day.
* Everybody else (NGO users, users without an account) gets an empty calendar.

Done and dropped actions, undated actions and negotiations without a date are not listed.
An action's deadline is the end of its due window; a vague due date ("kevät 2024") is shown on
the last day of the window with the phrase as written in the summary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from django.db.models import F, Q, QuerySet
from django.utils.translation import gettext as _

from yhdyspinta.organizations.vaguedate import Precision

from ..models import Action, Negotiation
from ..scoping import county_of, own_municipality, visible_actions, visible_negotiations
from .ical import Event

UID_DOMAIN = "yhdyspinta"
SUMMARY_TEXT_LENGTH = 90
NEGOTIATION_LENGTH = timedelta(hours=2)


def _short(text: str, length: int = SUMMARY_TEXT_LENGTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def feed_negotiations(user) -> QuerySet[Negotiation]:
    if county_of(user) is None:
        return Negotiation.objects.none()
    return (
        visible_negotiations(user)
        .filter(date__isnull=False)
        .select_related("round", "municipality")
        .order_by("date", "pk")
    )


def feed_actions(user) -> QuerySet[Action]:
    if county_of(user) is None:
        return Action.objects.none()
    actions = visible_actions(user).not_closed().filter(due_end__isnull=False)
    municipality = own_municipality(user)
    if municipality is not None:
        actions = actions.filter(owner=municipality)
    else:
        actions = actions.filter(Q(part_of__isnull=True) | ~Q(due_end=F("part_of__due_end")))
    return actions.select_related("round", "owner", "owner_person").order_by("due_end", "pk")


def negotiation_event(negotiation: Negotiation, url: str = "") -> Event:
    summary = _("Negotiation: %(municipality)s") % {"municipality": negotiation.municipality}
    details = [str(negotiation.round)]
    if negotiation.agenda:
        details += ["", _("Agenda:"), negotiation.agenda.strip()]
    start = negotiation.date
    # Negotiations are dated by day today; should they get a time, they become timed events.
    end = start + NEGOTIATION_LENGTH if isinstance(start, datetime) else None
    return Event(
        uid=f"rounds-negotiation-{negotiation.pk}@{UID_DOMAIN}",
        start=start,
        end=end,
        summary=summary,
        description="\n".join(details),
        location=negotiation.place,
        url=url,
        categories=(str(_("Negotiation")),),
    )


def action_event(action: Action, url: str = "") -> Event:
    vague = action.due_precision != Precision.DAY
    if vague and action.due_text:
        summary = _("Deadline (%(due)s): %(text)s") % {
            "due": action.due_text,
            "text": _short(action.text),
        }
    else:
        summary = _("Deadline: %(text)s") % {"text": _short(action.text)}
    owner = str(action.owner)
    if action.owner_person_id:
        owner = f"{owner} – {action.owner_person}"
    details = [
        action.text,
        "",
        _("Owner: %(owner)s") % {"owner": owner},
        _("Due: %(due)s") % {"due": action.due_text or action.due.format()},
        _("Status: %(status)s") % {"status": action.get_status_display()},
        _("Round: %(round)s") % {"round": action.round},
    ]
    return Event(
        uid=f"rounds-action-{action.pk}@{UID_DOMAIN}",
        start=action.due_end,
        summary=summary,
        description="\n".join(details),
        url=url,
        categories=(str(_("Deadline")),),
    )


def events_for(user, build_url: Callable[[str], str] | None = None) -> list[Event]:
    """The user's events, negotiations first then deadlines, each in date order.

    ``build_url`` turns a path into an absolute URL (``request.build_absolute_uri``)."""
    build_url = build_url or (lambda path: "")
    events = [
        negotiation_event(n, build_url(n.get_absolute_url())) for n in feed_negotiations(user)
    ]
    events += [action_event(a, build_url(a.get_absolute_url())) for a in feed_actions(user)]
    return events
