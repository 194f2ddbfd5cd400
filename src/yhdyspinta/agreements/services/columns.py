"""The columns of an annex table, as data: the docx and xlsx exports and the xlsx import share
them (the header names the column in every language the import reads)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from .versions import counterpart_label

COLUMNS = [
    {"key": "task", "header": _("Task"), "width": 30, "accessor": lambda r: r.task},
    {"key": "county_duty", "header": _("County's duty"), "width": 30,
     "accessor": lambda r: r.county_duty},
    {"key": "municipality_duty", "header": _("Municipality's duty"), "width": 30,
     "accessor": lambda r: r.municipality_duty},
    {"key": "joint_duty", "header": _("Joint duty"), "width": 26,
     "accessor": lambda r: r.joint_duty},
    {"key": "counterparts", "header": _("Counterparts"), "width": 30,
     "accessor": lambda r: "\n".join(counterpart_label(c) for c in r.counterparts.all())},
    {"key": "legal_basis", "header": _("Legal basis"), "width": 20,
     "accessor": lambda r: r.legal_basis},
]  # fmt: skip
IMPORTED = ("task", "county_duty", "municipality_duty", "joint_duty", "legal_basis")


def export_rows(annex):
    return annex.rows.prefetch_related(
        "counterparts__municipality",
        "counterparts__county_person",
        "counterparts__municipality_person",
    )
