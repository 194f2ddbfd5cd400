"""How a call's applications and grants are distributed by theme, municipality, target group and
organisation size (one query per table, bounded by the call), drawn as bar charts; and what
moves from operating to partnership grants."""

from __future__ import annotations

from decimal import Decimal

from django.db.models import Count, Sum
from django.utils.translation import gettext_lazy

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


# Organisation size by the number of members given on the application: (lowest, label).
SIZES = (
    (1000, gettext_lazy("1 000 members or more")),
    (200, gettext_lazy("200–999 members")),
    (50, gettext_lazy("50–199 members")),
    (1, gettext_lazy("1–49 members")),
)


def _size_label(members):

    if members is None or members < 1:
        return None
    return next(str(label) for lowest, label in SIZES if members >= lowest)


def by_size(call):
    """Applications by the organisation's number of members (one query over the call)."""
    from django.utils.translation import gettext as _

    totals: dict[str, dict] = {}
    apps = Application.objects.filter(call=call, status__in=COUNTED).values_list(
        "members", "requested_amount", "decision__amount"
    )
    for members, requested, granted in apps:
        name = _size_label(members) or _("size not given")
        row = totals.setdefault(
            name, {"name": name, "applications": 0, "requested": Decimal(0), "granted": Decimal(0)}
        )
        row["applications"] += 1
        row["requested"] += requested or 0
        row["granted"] += granted or 0
    order = [str(label) for _lowest, label in reversed(SIZES)]
    return sorted(
        totals.values(), key=lambda r: order.index(r["name"]) if r["name"] in order else 99
    )


def tables(call):
    from django.utils.translation import gettext as _

    return [
        (_("By theme"), _("Theme"), by_theme(call)),
        (_("By municipality"), _("Municipality"), by_municipality(call)),
        (_("By target group"), _("Target group"), by_target_group(call)),
        (_("By organisation size"), _("Organisation size"), by_size(call)),
    ]


def chart(title: str, rows, category: str = ""):
    """A bar chart of the amounts granted (drawn once and cached; SVG for the strict CSP,
    with its alt text and data table); ``category`` names what the bars are (a theme, ...)."""
    from django.utils.translation import get_language
    from django.utils.translation import gettext as _

    from yhdyspinta.documents.chart_cache import cached_chart
    from yhdyspinta.documents.charts import Bar, comparison_bars

    if not rows:
        return None
    bars = [Bar(str(row["name"])[:60], float(row["granted"])) for row in rows]
    return cached_chart(
        comparison_bars,
        bars,
        title=title,
        category=str(category),
        value_label=_("granted (€)"),
        decimals=0,
        language=(get_language() or "fi")[:2],
    )


MAX_MOVES = 200


def move_years(call) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(operating years, partnership years) a call's page looks at: an operating call's
    grantees applying for a partnership grant of the same or the next year; a partnership
    call's applicants with an operating grant of the same or the previous year."""
    if call.kind == call.Kind.OPERATING:
        return (call.year,), (call.year, call.year + 1)
    return (call.year - 1, call.year), (call.year,)


def operating_to_partnership(county_id: int, operating_years, partnership_years) -> list[dict]:
    """Organisations with an operating grant decided in the county in ``operating_years`` that
    apply for a partnership grant of ``partnership_years``: the partnership application's
    status and the amount granted, next to the operating grant (two queries)."""
    from .models import Decision, GrantCall

    partnership = list(
        Application.objects.filter(
            call__county_id=county_id,
            call__kind=GrantCall.Kind.PARTNERSHIP,
            call__year__in=partnership_years,
        )
        .exclude(status=ApplicationStatus.DRAFT)
        .select_related("organization", "call", "decision")
        .order_by("organization__name_fi", "pk")[:MAX_MOVES]
    )
    operating = {}
    for decision in (
        Decision.objects.filter(
            application__call__county_id=county_id,
            application__call__kind=GrantCall.Kind.OPERATING,
            application__call__year__in=operating_years,
            application__organization__in=[a.organization_id for a in partnership],
        )
        .select_related("application__call")
        .order_by("application__call__year")
    ):
        operating[decision.application.organization_id] = decision
    rows = []
    for application in partnership:
        previous = operating.get(application.organization_id)
        if previous is None:
            continue
        granted = getattr(application, "decision", None)
        rows.append(
            {
                "organization": application.organization,
                "operating_year": previous.application.call.year,
                "operating_amount": previous.amount,
                "application": application,
                "partnership_amount": granted.amount if granted else None,
            }
        )
    return rows
