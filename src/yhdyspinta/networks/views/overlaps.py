"""Pairs of networks that look like overlapping work, grouped into clusters, with decisions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import F, Q, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.models import AccessLevel, Organization
from yhdyspinta.organizations.rules import account_of, can_write_owned

from ..forms import DecisionForm, OverlapFilterForm, default_min_score
from ..models import Network, NetworkMember, OverlapDecision, OverlapNetwork
from ..rules import can_decide_pair
from ..scoping import county_or_404, own_municipality, visible_networks
from ..services.decisions import decide_pair
from ..services.stored import (
    NEIGHBOUR_LIMIT,
    is_current,
    is_pending,
    pair_rows,
    request_computation,
    stored_pairs,
    stored_score,
)

PAGE_SIZE = 50
CLUSTER_SHOWN = 12


def overlap_filters(params) -> tuple[dict, dict]:
    """(cleaned filters, errors by field) of the page's or the API's query parameters."""
    form = OverlapFilterForm(params)
    if form.is_valid():
        return form.cleaned_data, {}
    defaults = {"min_score": default_min_score(), "scope": "", "mine": False, "page": 1}
    cleaned = {**defaults, **{k: v for k, v in form.cleaned_data.items() if v is not None}}
    return cleaned, form.errors


def filtered_pairs(user, record, county, *, min_score: float, scope: str, mine: bool):
    """The stored pairs the user asked for (a queryset, best first)."""
    pairs = stored_pairs(record).filter(score__gte=min_score - 1e-9)
    if scope == "within":
        pairs = pairs.filter(same_owner=True)
    elif scope == "across":
        pairs = pairs.filter(same_owner=False)
    account = account_of(user)
    if account is not None and account.level == AccessLevel.NGO:
        visible = visible_networks(user).values("pk")
        pairs = pairs.filter(network_a__in=visible, network_b__in=visible)
    municipality = own_municipality(user) if mine else None
    if municipality is not None:
        member_of = NetworkMember.objects.filter(organization=municipality).values("network_id")
        pairs = pairs.filter(
            Q(owner_a=municipality)
            | Q(owner_b=municipality)
            | Q(network_a__in=member_of)
            | Q(network_b__in=member_of)
        )
    return pairs


def _clusters(record, network_ids) -> list[dict]:
    """Groups (more than two networks) touching the page's networks, each with at most
    CLUSTER_SHOWN names."""
    groups = sorted(
        set(
            OverlapNetwork.objects.filter(
                computation=record, network_id__in=network_ids, cluster__isnull=False
            ).values_list("cluster", "cluster_size")
        ),
        key=lambda group: (-group[1], group[0]),
    )
    if not groups:
        return []
    members = (
        OverlapNetwork.objects.filter(computation=record, cluster__in=[g for g, _s in groups])
        .annotate(
            place=Window(RowNumber(), partition_by=F("cluster"), order_by=F("network__name").asc())
        )
        .filter(place__lte=CLUSTER_SHOWN)
        .select_related("network__owner")
    )
    by_group: dict[int, list] = {}
    for member in members:
        by_group.setdefault(member.cluster, []).append(member.network)
    return [
        {
            "networks": sorted(by_group.get(group, []), key=lambda n: n.name),
            "size": size,
            "more": max(size - CLUSTER_SHOWN, 0),
        }
        for group, size in groups
    ]


def _decisions_for(rows) -> dict[tuple[int, int], OverlapDecision]:
    if not rows:
        return {}
    found = OverlapDecision.objects.filter(
        network_a__in={row["a"] for row in rows}, network_b__in={row["b"] for row in rows}
    ).select_related("decided_by")
    return {(d.network_a_id, d.network_b_id): d for d in found}


def page_rows(request, record, county, page) -> list[dict]:
    rows = pair_rows(list(page.object_list), county.pk)
    owners = Organization.objects.in_bulk(
        {row["stored"].owner_a_id for row in rows} | {row["stored"].owner_b_id for row in rows}
    )
    decided = _decisions_for(rows)
    for row in rows:
        stored = row["stored"]
        owner_a, owner_b = owners[stored.owner_a_id], owners[stored.owner_b_id]
        row.update(
            owner_a=owner_a,
            owner_b=owner_b,
            same_owner=stored.same_owner,
            decision=decided.get((row["a"], row["b"])),
            can_decide=can_write_owned(request.user, owner_a)
            or can_write_owned(request.user, owner_b),
        )
    return rows


@login_required
def overlap_list(request):
    county = county_or_404(request)
    record = request_computation(county.pk)
    chosen, errors = overlap_filters(request.GET)
    mine = chosen["mine"] and own_municipality(request.user) is not None
    pairs = filtered_pairs(
        request.user,
        record,
        county,
        min_score=chosen["min_score"],
        scope=chosen["scope"],
        mine=mine,
    )
    page = Paginator(pairs, PAGE_SIZE).get_page(chosen["page"])
    rows = page_rows(request, record, county, page)
    ids = {row["a"] for row in rows} | {row["b"] for row in rows}
    visible = visible_networks(request.user).values("pk")
    decisions = (
        OverlapDecision.objects.filter(network_a__in=visible)
        .select_related("network_a", "network_b", "decided_by")
        .order_by("-decided_at")[:50]
    )
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "networks/overlap_list.html",
        {
            "rows": rows,
            "page": page,
            "query": query.urlencode(),
            "clusters": _clusters(record, ids),
            "record": record,
            "current": is_current(record),
            "pending": is_pending(record),
            "neighbour_limit": NEIGHBOUR_LIMIT,
            "errors": errors,
            "min_score": chosen["min_score"],
            "default_min_score": default_min_score(),
            "scope": chosen["scope"],
            "mine": mine,
            "has_municipality": own_municipality(request.user) is not None,
            "decisions": decisions,
        },
        status=400 if errors else 200,
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
        raise PermissionDenied
    try:
        decide_pair(
            request.user,
            a,
            b,
            form.cleaned_data["decision"],
            form.cleaned_data["reason"],
            score=stored_score(county.pk, a.pk, b.pk),
        )
    except (ValidationError, ValueError) as exc:
        text = "; ".join(exc.messages) if isinstance(exc, ValidationError) else str(exc)
        messages.error(request, text)
        return redirect(back)
    messages.success(request, _("Decision saved."))
    return redirect(back)


def network_names(ids) -> dict[int, str]:
    return dict(Network.objects.filter(pk__in=ids).values_list("pk", "name"))
