"""'Changed by whom, when, what' for any record with django-simple-history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import models


@dataclass
class Change:
    field: str
    old: str
    new: str


@dataclass
class HistoryEntry:
    when: datetime
    who: str
    kind: str
    changes: list[Change] = field(default_factory=list)


def _display(record, field_name: str) -> str:
    model_field = record._meta.get_field(field_name)
    value = getattr(record, field_name)
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value) or "")
    if isinstance(model_field, models.ForeignKey):
        try:
            related = getattr(record, model_field.name)
        except models.ObjectDoesNotExist:
            return f"#{getattr(record, model_field.attname)}"
        return str(related) if related is not None else ""
    return "" if value is None else str(value)


def _m2m_change(obj, change) -> Change | None:
    """A many-to-many field recorded by simple-history: lists of through-table rows."""
    model_field = obj._meta.get_field(change.field)
    related = model_field.related_model
    key = next(
        (f.name for f in model_field.remote_field.through._meta.fields
         if f.is_relation and f.related_model is related and f.name != obj._meta.model_name),
        None,
    )  # fmt: skip
    if key is None:
        return None
    old_ids = {row[key] for row in change.old}
    new_ids = {row[key] for row in change.new}
    if old_ids == new_ids:
        return None
    names = {
        pk: str(item) for pk, item in related._default_manager.in_bulk(old_ids | new_ids).items()
    }
    return Change(
        str(model_field.verbose_name),
        ", ".join(sorted(names.get(pk, f"#{pk}") for pk in old_ids)),
        ", ".join(sorted(names.get(pk, f"#{pk}") for pk in new_ids)),
    )


def history_for(obj, limit: int = 50) -> list[HistoryEntry]:
    """Newest first; each entry lists the fields that changed from the previous version."""
    records = list(
        obj.history.select_related("history_user").order_by("-history_date", "-history_id")[
            : limit + 1
        ]
    )
    entries = []
    for index, record in enumerate(records[:limit]):
        previous = records[index + 1] if index + 1 < len(records) else None
        changes = []
        if previous is not None and record.history_type == "~":
            delta = record.diff_against(previous)
            for change in delta.changes:
                if obj._meta.get_field(change.field).many_to_many:
                    m2m = _m2m_change(obj, change)
                    if m2m is not None:
                        changes.append(m2m)
                    continue
                label = str(record._meta.get_field(change.field).verbose_name)
                changes.append(
                    Change(label, _display(previous, change.field), _display(record, change.field))
                )
        if record.history_type == "~" and previous is not None and not changes:
            continue  # saved without a change (e.g. an idempotent re-import): nothing to show
        user = record.history_user
        who = (user.get_full_name() or user.username) if user is not None else ""
        entries.append(HistoryEntry(record.history_date, who, record.history_type, changes))
    return entries
