"""Overlap detection computed once per change and stored (docs/networks.md, "Overlap detection").

Every change that can change a county's pairs (a network created, edited or deleted, its
themes, members or people, an import, a decision) calls :func:`note_change`, which bumps the
county's data version and queues :func:`yhdyspinta.networks.tasks.compute_overlaps`. The task
scores the county's networks in bounded memory and stores the pairs (OverlapPair), how many
pairs each network has (OverlapNetwork) and the counts (OverlapComputation). Pages, the API
and the dashboard read what is stored: a page of pairs, a count.
"""

from __future__ import annotations

import contextlib
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator

import numpy as np
from django.db import transaction
from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from ..forms import default_min_score
from ..models import (
    Decision,
    Network,
    OverlapComputation,
    OverlapDecision,
    OverlapNetwork,
    OverlapPair,
)
from ..overlap import bounded_overlaps
from ..overlap.reasons import pair_reasons
from .overlaps import active_networks, decided_pairs, network_features, theme_labels

# Each network keeps at most its NEIGHBOUR_LIMIT most similar pairs: a pair is stored when it
# is among the best NEIGHBOUR_LIMIT of either of its networks. Near-identical networks (an
# import of the same sheet under many names) would otherwise make the pairs quadratic.
NEIGHBOUR_LIMIT = 20
BULK_BATCH = 2_000

_suspended = threading.local()


def computation_for(county_id: int) -> OverlapComputation:
    record, _created = OverlapComputation.objects.get_or_create(county_id=county_id)
    return record


def wanted_key(record: OverlapComputation) -> str:
    return f"{record.data_version}:{default_min_score()}:{NEIGHBOUR_LIMIT}"


def computed_key(record: OverlapComputation) -> str:
    return f"{record.computed_version}:{record.min_score}:{record.neighbour_limit}"


def is_current(record: OverlapComputation) -> bool:
    return record.finished_at is not None and computed_key(record) == wanted_key(record)


def is_pending(record: OverlapComputation) -> bool:
    """Queued or running for the register as it is now (and not failed)."""
    return not is_current(record) and record.requested_key == wanted_key(record)


def request_computation(county_id: int) -> OverlapComputation:
    """Queue a computation unless the stored pairs are current or one is already queued."""
    from ..tasks import compute_overlaps

    record = computation_for(county_id)
    if is_current(record) or is_pending(record):
        return record
    key = wanted_key(record)
    claimed = (
        OverlapComputation.objects.filter(pk=record.pk)
        .exclude(requested_key=key)
        .update(requested_key=key, requested_at=timezone.now())
    )
    if claimed:
        compute_overlaps.enqueue(county_id)
    record.refresh_from_db()
    return record


def note_change(county_id: int | None) -> None:
    """The county's register changed: its stored pairs are stale; queue a new computation."""
    if county_id is None:
        return
    pending = getattr(_suspended, "counties", None)
    if pending is not None:
        pending.add(county_id)
        return
    computation_for(county_id)
    OverlapComputation.objects.filter(county_id=county_id).update(
        data_version=F("data_version") + 1
    )
    request_computation(county_id)


@contextlib.contextmanager
def changes_batched() -> Iterator[None]:
    """Within the block, changes are collected; each county is noted once at the end (an
    import of 5,000 rows queues one computation, not 20,000)."""
    outer = getattr(_suspended, "counties", None)
    if outer is not None:
        yield
        return
    _suspended.counties = set()
    try:
        yield
        counties = _suspended.counties
    finally:
        _suspended.counties = None
    for county_id in sorted(counties):
        note_change(county_id)


def _clusters(result) -> dict[int, tuple[int, int]]:
    """network id -> (group id = smallest network id in it, group size), for the networks of
    stored pairs (connected components of the stored pairs, in bounded memory)."""
    if not len(result):
        return {}
    ids, inverse = np.unique(np.concatenate([result.a, result.b]), return_inverse=True)
    half = len(result)
    graph = sparse.coo_matrix(
        (np.ones(half), (inverse[:half], inverse[half:])), shape=(len(ids), len(ids))
    )
    _count, labels = connected_components(graph, directed=False)
    sizes = np.bincount(labels)
    smallest = np.full(len(sizes), np.iinfo(np.int64).max)
    np.minimum.at(smallest, labels, ids)
    return {
        int(nid): (int(smallest[label]), int(sizes[label]))
        for nid, label in zip(ids.tolist(), labels.tolist(), strict=True)
    }


def _batches(items, size: int = BULK_BATCH):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def store_overlaps(county_id: int) -> OverlapComputation:
    """Compute the county's pairs now and store them (the task's body)."""
    from .committing import _insert_rows

    record = computation_for(county_id)
    if is_current(record):
        return record
    version, min_score = record.data_version, default_min_score()
    OverlapComputation.objects.filter(pk=record.pk).update(started_at=timezone.now(), error="")
    try:
        features = network_features(active_networks(county_id))
        decided = decided_pairs()
        dismissed = {pair for pair, d in decided.items() if d.decision == Decision.NOT_OVERLAP}
        result = bounded_overlaps(
            features,
            min_score=min_score,
            exclude_pairs=dismissed,
            neighbour_limit=NEIGHBOUR_LIMIT,
        )
    except Exception as exc:
        OverlapComputation.objects.filter(pk=record.pk).update(
            finished_at=timezone.now(), error=f"{type(exc).__name__}: {exc}"[:500]
        )
        raise
    owners = {f.id: f.owner_id for f in features}
    del features
    groups = _clusters(result)
    open_by_owner: Counter = Counter()
    for a, b in zip(result.a.tolist(), result.b.tolist(), strict=True):
        if (a, b) not in decided:
            for owner in {owners[a], owners[b]}:
                open_by_owner[str(owner)] += 1
    with transaction.atomic():
        locked = OverlapComputation.objects.select_for_update().get(pk=record.pk)
        if locked.computed_version > version:
            return locked  # a later computation has already stored newer pairs
        OverlapPair.objects.filter(computation=locked).delete()
        OverlapNetwork.objects.filter(computation=locked).delete()
        # Plain INSERTs in batches: model instances would cost most of the time (and memory).
        pair_columns = ["computation", "network_a", "network_b", "owner_a", "owner_b",
                        "same_owner", "score", "components"]  # fmt: skip
        pairs = (
            (locked.pk, a, b, owners[a], owners[b], owners[a] == owners[b], score,
             json.dumps(components))
            for a, b, score, components in result.rows()
        )  # fmt: skip
        for batch in _batches(pairs):
            _insert_rows(OverlapPair, pair_columns, batch)
        network_columns = ["computation", "network", "neighbours", "cluster", "cluster_size"]
        networks = (
            (
                locked.pk,
                nid,
                count,
                groups[nid][0] if groups.get(nid, (0, 0))[1] > 2 else None,
                groups.get(nid, (0, 0))[1],
            )
            for nid, count in sorted(result.neighbours.items())
        )
        for batch in _batches(networks):
            _insert_rows(OverlapNetwork, network_columns, batch)
        locked.computed_version = version
        locked.min_score = min_score
        locked.neighbour_limit = NEIGHBOUR_LIMIT
        locked.network_count = len(owners)
        locked.found_count = result.found
        locked.pair_count = len(result)
        locked.open_by_owner = dict(open_by_owner)
        locked.finished_at = timezone.now()
        locked.error = ""
        locked.save()
    return locked


# --- reading -----------------------------------------------------------------------------


def stored_pairs(record: OverlapComputation) -> QuerySet[OverlapPair]:
    """The stored pairs best first, without those marked "not an overlap" since."""
    dismissed = OverlapDecision.objects.filter(
        network_a=OuterRef("network_a"),
        network_b=OuterRef("network_b"),
        decision=Decision.NOT_OVERLAP,
    )
    return (
        OverlapPair.objects.filter(computation=record)
        .exclude(Exists(dismissed))
        .order_by("-score", "network_a", "network_b")
    )


def concerning(pairs: QuerySet[OverlapPair], network_ids) -> QuerySet[OverlapPair]:
    return pairs.filter(Q(network_a__in=network_ids) | Q(network_b__in=network_ids))


def pair_rows(pairs: list[OverlapPair], county_id: int) -> list[dict]:
    """Reasons in words for a page of stored pairs (in the reader's language), with the
    networks' names and how many pairs each network has."""
    ids = {p.network_a_id for p in pairs} | {p.network_b_id for p in pairs}
    if not ids:
        return []
    features = {f.id: f for f in network_features(Network.objects.filter(pk__in=ids))}
    owners = frozenset(
        Network.objects.in_county(county_id).values_list("owner_id", flat=True).distinct()
    )
    labels = theme_labels(county_id)
    neighbours = dict(
        OverlapNetwork.objects.filter(
            computation_id=pairs[0].computation_id, network_id__in=ids
        ).values_list("network_id", "neighbours")
    )
    rows = []
    for pair in pairs:
        a, b = features.get(pair.network_a_id), features.get(pair.network_b_id)
        if a is None or b is None:
            continue
        components = defaultdict(float, pair.components)
        rows.append(
            {
                "a": a.id,
                "b": b.id,
                "a_name": a.name,
                "b_name": b.name,
                "score": pair.score,
                "reasons": pair_reasons(a, b, components, owners, labels),
                "crowded": [
                    (feature.name, neighbours[feature.id])
                    for feature in (a, b)
                    if neighbours.get(feature.id, 0) > NEIGHBOUR_LIMIT
                ],
                "stored": pair,
            }
        )
    return rows


def stored_score(county_id: int, a: int, b: int) -> float | None:
    """The computed score of a pair (what a decision records; never a client's number)."""
    first, second = sorted((a, b))
    return (
        OverlapPair.objects.filter(
            computation__county_id=county_id, network_a_id=first, network_b_id=second
        )
        .values_list("score", flat=True)
        .first()
    )


def open_pairs_of(record: OverlapComputation, owner_id: int) -> QuerySet[OverlapPair]:
    """Stored pairs concerning the owner's networks that nobody has decided about yet."""
    decided = OverlapDecision.objects.filter(
        network_a=OuterRef("network_a"), network_b=OuterRef("network_b")
    )
    return (
        OverlapPair.objects.filter(computation=record)
        .filter(Q(owner_a_id=owner_id) | Q(owner_b_id=owner_id))
        .exclude(Exists(decided))
        .order_by("-score", "network_a", "network_b")
    )
