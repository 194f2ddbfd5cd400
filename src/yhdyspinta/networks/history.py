"""A network's history: ``web.history.history_for`` plus its themes (an m2m field recorded by
django-simple-history, which the generic helper does not know how to label)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Theme
from yhdyspinta.web.history import Change, HistoryEntry, _display

from .models import Network


def network_history(network: Network, limit: int = 50) -> list[HistoryEntry]:
    records = list(
        network.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : limit + 1
        ]
    )
    theme_names = dict(Theme.objects.values_list("pk", "name_fi"))
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous)
            for change in delta.changes:
                if change.field == "themes":
                    old = sorted(theme_names.get(row["theme"], "?") for row in change.old)
                    new = sorted(theme_names.get(row["theme"], "?") for row in change.new)
                    if old != new:
                        changes.append(Change(str(_("themes")), ", ".join(old), ", ".join(new)))
                    continue
                label = str(record._meta.get_field(change.field).verbose_name)
                changes.append(
                    Change(label, _display(previous, change.field), _display(record, change.field))
                )
        if record.history_type == "~" and previous is not None and not changes:
            continue
        user = record.history_user
        who = (user.get_full_name() or user.username) if user is not None else ""
        entries.append(HistoryEntry(record.history_date, who, record.history_type, changes))
    return entries
