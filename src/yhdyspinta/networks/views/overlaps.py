"""Pairs of networks that look like overlapping work, grouped into clusters, with decisions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import can_write_owned

from ..forms import DecisionForm, default_min_score
from ..models import Network, NetworkMember, OverlapDecision
from ..rules import can_decide_pair
from ..scoping import county_or_404, own_municipality, visible_networks
from ..services.decisions import decide_pair
from ..services.overlaps import overlap_report

SCOPES = ("", "within", "across")


def parse_min_score(value) -> float:
    try:
        score = float(str(value).replace(",", "."))
    except (TypeError, ValueError):
        return default_min_score()
    return min(max(score, 0.05), 1.0)


def overlap_rows(request, county, *, min_score: float, scope: str, mine: bool):
    report = overlap_report(county.pk, min_score=min_score)
    owners = Organization.objects.in_bulk(set(report.owners.values()))
    municipality = own_municipality(request.user) if mine else None
    concerning = set()
    if municipality is not None:
        concerning = set(
            NetworkMember.objects.filter(organization=municipality).values_list(
                "network_id", flat=True
            )
        ) | {nid for nid, owner in report.owners.items() if owner == municipality.pk}
    rows = []
    for pair in report.pairs:
        owner_a, owner_b = owners[report.owners[pair.a]], owners[report.owners[pair.b]]
        same = owner_a.pk == owner_b.pk
        if (scope == "within" and not same) or (scope == "across" and same):
            continue
        if municipality is not None and not ({pair.a, pair.b} & concerning):
            continue
        decision = report.decided.get((pair.a, pair.b))
        rows.append(
            {
                "pair": pair,
                "owner_a": owner_a,
                "owner_b": owner_b,
                "same_owner": same,
                "decision": decision,
                "can_decide": can_write_owned(request.user, owner_a)
                or can_write_owned(request.user, owner_b),
            }
        )
    shown = {row["pair"].a for row in rows} | {row["pair"].b for row in rows}
    clusters = [
        sorted(
            ({"id": i, "name": report.names[i], "owner": owners[report.owners[i]]} for i in group),
            key=lambda item: item["name"],
        )  # fmt: skip
        for group in report.clusters
        if group & shown
    ]
    return rows, clusters


@login_required
def overlap_list(request):
    county = county_or_404(request)
    min_score = parse_min_score(request.GET.get("min_score", default_min_score()))
    scope = request.GET.get("scope", "")
    scope = scope if scope in SCOPES else ""
    mine = request.GET.get("mine") == "1" and own_municipality(request.user) is not None
    rows, clusters = overlap_rows(request, county, min_score=min_score, scope=scope, mine=mine)
    ids = visible_networks(request.user).values("pk")
    decisions = (
        OverlapDecision.objects.filter(network_a__in=ids)
        .select_related("network_a", "network_b", "decided_by")
        .order_by("-decided_at")[:50]
    )
    return render(
        request,
        "networks/overlap_list.html",
        {
            "rows": rows,
            "clusters": clusters,
            "min_score": min_score,
            "default_min_score": default_min_score(),
            "scope": scope,
            "mine": mine,
            "has_municipality": own_municipality(request.user) is not None,
            "decisions": decisions,
        },
    )


@login_required
@require_POST
def overlap_decide(request):
    county = county_or_404(request)
    form = DecisionForm(request.POST)
    back = request.POST.get("next") or reverse("networks:overlap_list")
    if not back.startswith("/networks/"):
        back = reverse("networks:overlap_list")
    if not form.is_valid():
        messages.error(request, " ".join(str(e) for errors in form.errors.values() for e in errors))
        return redirect(back)
    networks = (
        visible_networks(request.user)
        .select_related("owner")
        .in_bulk([form.cleaned_data["a"], form.cleaned_data["b"]])
    )
    if len(networks) != 2 or any(n.owner.county_id != county.pk for n in networks.values()):
        raise Http404
    a, b = networks[form.cleaned_data["a"]], networks[form.cleaned_data["b"]]
    if not can_decide_pair(request.user, a, b):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    score = request.POST.get("score")
    try:
        decide_pair(
            request.user,
            a,
            b,
            form.cleaned_data["decision"],
            form.cleaned_data["reason"],
            score=float(score) if score else None,
        )
    except (ValidationError, ValueError) as exc:
        text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
        return redirect(back)
    messages.success(request, _("Decision saved."))
    return redirect(back)


def network_names(ids) -> dict[int, str]:
    return dict(Network.objects.filter(pk__in=ids).values_list("pk", "name"))
