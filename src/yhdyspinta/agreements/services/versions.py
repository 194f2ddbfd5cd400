"""Versions of an annex: a snapshot after every change, the difference of two side by side,
and starting a new version after approval (the approved one stays as it was)."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..models import Annex, AnnexRevision, AnnexStatus

ROW_FIELDS = (
    ("task", gettext_lazy("Task")),
    ("county_duty", gettext_lazy("County's duty")),
    ("municipality_duty", gettext_lazy("Municipality's duty")),
    ("joint_duty", gettext_lazy("Joint duty")),
    ("counterparts", gettext_lazy("Counterparts")),
    ("legal_basis", gettext_lazy("Legal basis")),
    ("networks", gettext_lazy("Related networks")),
)


def counterpart_label(pair) -> str:
    people = f"{pair.county_person.full_name} / {pair.municipality_person.full_name}"
    return f"{pair.municipality.name}: {people}"


def snapshot(annex: Annex) -> dict:
    rows = annex.rows.prefetch_related(
        "counterparts__municipality",
        "counterparts__county_person",
        "counterparts__municipality_person",
        "networks",
    )
    return {
        "status": annex.get_status_display(),
        "due": annex.due_text,
        "approved_by": annex.approved_by.name if annex.approved_by_id else "",
        "approved_on": annex.approved_on.strftime("%-d.%-m.%Y") if annex.approved_on else "",
        "note": annex.note,
        "rows": [
            {
                "id": row.pk,
                "task": row.task,
                "county_duty": row.county_duty,
                "municipality_duty": row.municipality_duty,
                "joint_duty": row.joint_duty,
                "legal_basis": row.legal_basis,
                "counterparts": "; ".join(counterpart_label(c) for c in row.counterparts.all()),
                "networks": "; ".join(n.name for n in row.networks.all()),
            }
            for row in rows
        ],
    }


def record_revision(annex: Annex, user) -> AnnexRevision:
    """Keep the annex as it is now (called after every saved change)."""
    return AnnexRevision.objects.create(
        annex=annex,
        version=annex.version,
        created_by=user if user is not None and user.is_authenticated else None,
        data=snapshot(annex),
    )


def start_new_version(annex: Annex, user) -> Annex:
    """After approval: the next version, back to drafting; the approved one stays a revision."""
    if annex.status != AnnexStatus.APPROVED:
        raise ValidationError(
            {"version": _("Only an approved annex starts a new version; edit this one.")}
        )
    with transaction.atomic():
        locked = Annex.objects.select_for_update().get(pk=annex.pk)
        locked.version += 1
        locked.status = AnnexStatus.DRAFTING
        locked.approved_by = None
        locked.approved_on = None
        locked.save()
        record_revision(locked, user)
    return locked


@dataclass
class DiffLine:
    label: str
    left: str
    right: str

    @property
    def changed(self) -> bool:
        return self.left != self.right


ANNEX_FIELDS = (
    ("status", gettext_lazy("Status")),
    ("due", gettext_lazy("Due")),
    ("approved_by", gettext_lazy("Approved by")),
    ("approved_on", gettext_lazy("Approved on")),
    ("note", gettext_lazy("Note")),
)


def diff(left: dict, right: dict) -> list[dict]:
    """Sections of side-by-side lines: the annex's own fields, then each row (matched by id;
    a row only on one side is added or removed)."""
    labels = dict(ANNEX_FIELDS) | dict(ROW_FIELDS)
    sections = [
        {
            "title": _("Annex"),
            "lines": [
                DiffLine(str(labels[key]), str(left.get(key, "")), str(right.get(key, "")))
                for key, _label in ANNEX_FIELDS
            ],
        }
    ]
    left_rows = {row["id"]: row for row in left.get("rows", [])}
    right_rows = {row["id"]: row for row in right.get("rows", [])}
    order = [row["id"] for row in left.get("rows", [])] + [
        row["id"] for row in right.get("rows", []) if row["id"] not in left_rows
    ]
    for number, row_id in enumerate(order, start=1):
        a, b = left_rows.get(row_id, {}), right_rows.get(row_id, {})
        sections.append(
            {
                "title": _("Row %(n)s") % {"n": number},
                "state": "added" if not a else "removed" if not b else "",
                "lines": [
                    DiffLine(str(labels[key]), a.get(key, ""), b.get(key, ""))
                    for key, _label in ROW_FIELDS
                ],
            }
        )
    return sections
