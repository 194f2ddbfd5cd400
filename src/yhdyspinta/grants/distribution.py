"""How a call's applications and grants are distributed by theme, municipality and target group
(one query per table, bounded by the call)."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Count, Sum

from .models import Application, ApplicationStatus, TargetGroup

COUNTED = (
    ApplicationStatus.ELIGIBLE,
    ApplicationStatus.IN_REVIEW,
    ApplicationStatus.DECIDED,
)


def _rows(call, path: str, name: str):
    qs = (
        Application.objects.filter(call=call, status__in=COUNTED)
        .values(f"{path}__pk", f"{path}__{name}")
        .annotate(
            applications=Count("pk", distinct=True),
            requested=Sum("requested_amount"),
            granted=Sum("decision__amount"),
        )
        .order_by(f"{path}__{name}")
    )
    return [
        {
            "name": row[f"{path}__{name}"] or "–",
            "applications": row["applications"],
            "requested": row["requested"] or Decimal(0),
            "granted": row["granted"] or Decimal(0),
        }
        for row in qs
    ]


def by_theme(call):
    return _rows(call, "themes", "name_fi")


def by_municipality(call):
    return _rows(call, "municipalities", "name_fi")


def by_target_group(call):
    """Target groups are a list on each application: counted in Python over one query."""
    totals: dict[str, dict] = {}
    apps = Application.objects.filter(call=call, status__in=COUNTED).values_list(
        "target_groups", "requested_amount", "decision__amount"
    )
    for groups, requested, granted in apps:
        for group in groups:
            if group not in TargetGroup.values:
                continue
            row = totals.setdefault(
                group,
                {
                    "name": TargetGroup(group).label,
                    "applications": 0,
                    "requested": Decimal(0),
                    "granted": Decimal(0),
                },
            )
            row["applications"] += 1
            row["requested"] += requested or 0
            row["granted"] += granted or 0
    return [totals[g] for g in TargetGroup.values if g in totals]


def tables(call):
    from django.utils.translation import gettext as _

    return [
        (_("By theme"), by_theme(call)),
        (_("By municipality"), by_municipality(call)),
        (_("By target group"), by_target_group(call)),
    ]
