"""The agreements' part of a round's board summary (slide 1 of the deck): the signed
agreements (how many, when), those in preparation, and the annexes of the responsibility
tables by theme with their status and due date as written, as the reader may see them
(``scoping.visible_agreements``). See ``rounds.summary.contributions``."""

from __future__ import annotations

from collections import Counter, defaultdict

from django.db.models import Count, Max, Min
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from yhdyspinta.documents.outline import format_date
from yhdyspinta.rounds.summary.contributions import Contribution, ThemedItem

from .models import Agreement, AgreementStatus, Annex, AnnexStatus
from .scoping import visible_agreements

COORDINATION = "hyte_coordination"  # the theme of the deck's agreement bullets


def _agreements(round_, reader):
    qs = visible_agreements(reader) if reader is not None else Agreement.objects.all()
    return qs.filter(county_id=round_.county_id)


def _signed_item(agreements) -> ThemedItem | None:
    rows = (
        agreements.filter(status=AgreementStatus.SIGNED)
        .values("kind")
        .annotate(count=Count("pk"), first=Min("signed_on"), last=Max("signed_on"))
        .order_by("kind")
    )
    parts = []
    for row in rows:
        label = str(Agreement(kind=row["kind"]).get_kind_display())
        when = format_date(row["first"])
        if row["last"] != row["first"]:
            when = f"{when}–{format_date(row['last'])}"
        parts.append(
            _("%(kind)s: %(count)s, signed %(when)s")
            % {"count": row["count"], "kind": capfirst(label), "when": when}
        )
    preparing = agreements.filter(status=AgreementStatus.IN_PREPARATION).order_by("title")
    titles = [agreement.title for agreement in preparing]
    if titles:
        parts.append(_("in preparation: %(titles)s") % {"titles": ", ".join(titles)})
    if not parts:
        return None
    return ThemedItem(_("Agreements signed"), meta="; ".join(parts), theme=COORDINATION)


def _annex_item(agreements) -> ThemedItem | None:
    annexes = (
        Annex.objects.filter(table__agreement__in=agreements.values("pk"))
        .exclude(status=AnnexStatus.NOT_STARTED, due_text="")
        .values("theme__slug", "theme__order", "status", "due_text")
        .annotate(count=Count("pk"))
        .order_by("theme__order", "theme__slug")
    )
    by_theme: dict[str, dict] = defaultdict(lambda: {"statuses": Counter(), "due": []})
    for row in annexes:
        entry = by_theme[row["theme__slug"]]
        entry["statuses"][row["status"]] += row["count"]
        if row["due_text"] and row["due_text"] not in entry["due"]:
            entry["due"].append(row["due_text"])
    if not by_theme:
        return None
    names = _theme_names(by_theme)
    children = []
    for slug, entry in by_theme.items():
        status = ", ".join(
            f"{AnnexStatus(key).label} ({count})" for key, count in entry["statuses"].items()
        )
        meta = ", ".join([status, *entry["due"]])
        children.append(
            ThemedItem(_("Annex: %(theme)s") % {"theme": names[slug]}, meta=meta, theme=slug)
        )
    total = sum(sum(entry["statuses"].values()) for entry in by_theme.values())
    meta = ngettext("%(count)s annex", "%(count)s annexes", total) % {"count": total}
    return ThemedItem(
        _("Annexes of the responsibility allocation table in preparation"),
        children,
        meta=meta,
        theme=COORDINATION,
    )


def _theme_names(by_theme) -> dict[str, str]:
    from yhdyspinta.organizations.models import Theme

    return {theme.slug: theme.name for theme in Theme.objects.filter(slug__in=list(by_theme))}


def summary_sections(round_, reader) -> list[Contribution]:
    agreements = _agreements(round_, reader)
    items = [item for item in (_signed_item(agreements), _annex_item(agreements)) if item]
    return [Contribution("status", items=items, order=10)] if items else []
