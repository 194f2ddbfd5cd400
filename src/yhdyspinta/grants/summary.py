"""The grants' part of a round's board summary (slide 1 of the deck): the principles of the NGO
grants as the county's operating-grant call applies them (by activity, not by the kind of
organisation; the legal forms the call leaves out). The call is the first operating call of the
round's county from the round's year on (else the latest), of those the reader may see
(``scoping.visible_calls``). See ``rounds.summary.contributions``."""

from __future__ import annotations

from django.utils.translation import gettext as _

from yhdyspinta.rounds.summary.contributions import Contribution, ThemedItem

from .models import GrantCall
from .scoping import visible_calls

NGO_THEME = "ngo_cooperation"  # the theme of the deck's grant bullets


def _call(round_, reader) -> GrantCall | None:
    calls = visible_calls(reader) if reader is not None else GrantCall.objects.all()
    calls = calls.filter(county_id=round_.county_id, kind=GrantCall.Kind.OPERATING)
    day = round_.board_date or round_.starts
    if day is not None:
        later = calls.filter(year__gte=day.year).order_by("year", "pk").first()
        if later is not None:
            return later
    return calls.order_by("-year", "-pk").first()


def summary_sections(round_, reader) -> list[Contribution]:
    call = _call(round_, reader)
    if call is None:
        return []
    children = [
        ThemedItem(
            _("Operating grants by activity, not by the kind of organisation"),
            theme=NGO_THEME,
        )
    ]
    if call.excluded_legal_forms:
        children.append(
            ThemedItem(
                _("Not in the call: %(forms)s")
                % {"forms": ", ".join(call.excluded_legal_form_labels())},
                meta=_("excluded: %(forms)s")
                % {"forms": ", ".join(call.excluded_legal_form_labels())},
                theme=NGO_THEME,
            )
        )
    principles = ThemedItem(
        _("Principles of the NGO grants agreed"),
        children,
        meta=call.title,
        theme=NGO_THEME,
    )
    return [Contribution("status", items=[principles], order=20)]
