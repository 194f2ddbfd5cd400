"""Overlap detection for the cooperation network register.

Public API::

    find_overlaps(networks, *, min_score=0.5, exclude_pairs=frozenset(), theme_labels=None)
        -> list[OverlapPair]          # blocking + vectorised scoring, for real use
    naive_overlaps(networks, *, min_score=0.5, exclude_pairs=frozenset(), theme_labels=None)
        -> list[OverlapPair]          # every pair one by one: the reference
    bounded_overlaps(networks, *, min_score=0.5, exclude_pairs=frozenset(), neighbour_limit=10)
        -> BoundedOverlaps            # each network's best pairs only, in bounded memory
    clusters(pairs) -> list[set[int]] # networks that all seem to do the same thing

Both methods return exactly the same pairs and scores (tests/networks/test_overlap_*.py);
see similarity.py for the score and candidates.py for why the blocking is exact.
bounded_overlaps returns the pairs of find_overlaps that are among the neighbour_limit best
of either of their networks (all of them when no network has more), with how many pairs
each network has in all; its memory grows with neighbour_limit x networks, not with pairs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .candidates import candidate_blocks
from .clusters import clusters
from .features import (
    EncodedNetworks,
    NetworkFeatures,
    check_unique_ids,
    expanded_target_groups,
    owner_organisations,
    partner_organisations,
    tfidf_matrix,
)
from .reasons import pair_reasons
from .similarity import (
    COMPONENTS,
    DEFAULT_MIN_SCORE,
    SCORE_DECIMALS,
    WEIGHTS,
    combine_scores,
    jaccard,
    overlap_coefficient,
    pair_components,
    score_components,
)

__all__ = [
    "COMPONENTS",
    "DEFAULT_MIN_SCORE",
    "WEIGHTS",
    "BoundedOverlaps",
    "NetworkFeatures",
    "OverlapPair",
    "bounded_overlaps",
    "clusters",
    "find_overlaps",
    "naive_overlaps",
]

SCORING_CHUNK = 100_000


@dataclass(frozen=True)
class OverlapPair:
    """Two networks (a < b by id) that look like overlapping work, and why."""

    a: int
    b: int
    a_name: str
    b_name: str
    score: float
    reasons: list[str] = field(default_factory=list)
    components: dict[str, float] = field(default_factory=dict)


def _check_min_score(min_score: float) -> None:
    if not 0.0 < min_score <= 1.0:
        raise ValueError(f"min_score must be in (0, 1], not {min_score!r}")


def _excluded(exclude_pairs: Iterable) -> set[tuple[int, int]]:
    """Pairs marked "not an overlap", as (smaller id, larger id) whatever their order."""
    normalised = set()
    for pair in exclude_pairs:
        a, b = tuple(pair)
        normalised.add((min(a, b), max(a, b)))
    return normalised


def _build_pairs(
    networks: Sequence[NetworkFeatures],
    rows: Iterable[tuple[int, int, float, dict[str, float]]],
    exclude: set[tuple[int, int]],
    theme_labels: Mapping[str, str] | None,
) -> list[OverlapPair]:
    owners = owner_organisations(networks)
    result = []
    for i, j, score, components in rows:
        first, second = networks[i], networks[j]
        if first.id > second.id:
            first, second = second, first
        if (first.id, second.id) in exclude:
            continue
        result.append(
            OverlapPair(
                a=first.id,
                b=second.id,
                a_name=first.name,
                b_name=second.name,
                score=score,
                reasons=pair_reasons(first, second, components, owners, theme_labels),
                components={
                    name: round(value, SCORE_DECIMALS) for name, value in components.items()
                },
            )
        )
    result.sort(key=lambda pair: (-pair.score, pair.a, pair.b))
    return result


def _exclusion_keys(networks: Sequence[NetworkFeatures], exclude_pairs: Iterable) -> np.ndarray:
    """Excluded pairs as sorted keys left * n + right of row numbers (left < right)."""
    row_of = {network.id: row for row, network in enumerate(networks)}
    n = len(networks)
    keys = []
    for a, b in _excluded(exclude_pairs):
        if a in row_of and b in row_of:
            left, right = sorted((row_of[a], row_of[b]))
            keys.append(left * n + right)
    return np.unique(np.asarray(keys, dtype=np.int64))


def _scored(
    encoded: EncodedNetworks, min_score: float, excluded: np.ndarray
) -> Iterable[tuple[np.ndarray, np.ndarray, np.ndarray, dict[str, np.ndarray]]]:
    """(left rows, right rows, scores, components) of the pairs reaching min_score, chunk by
    chunk: at most SCORING_CHUNK candidates are scored at once."""
    n = len(encoded.networks)
    for left, right in candidate_blocks(encoded, min_score):
        for start in range(0, len(left), SCORING_CHUNK):
            lefts = left[start : start + SCORING_CHUNK]
            rights = right[start : start + SCORING_CHUNK]
            if len(excluded):
                keep = ~np.isin(lefts * n + rights, excluded)
                lefts, rights = lefts[keep], rights[keep]
            # first without text (as if it were 1): an upper bound that drops most candidates
            possible = score_components(pair_components(encoded, lefts, rights, text=False))
            lefts, rights = lefts[possible >= min_score], rights[possible >= min_score]
            components = pair_components(encoded, lefts, rights)
            scores = score_components(components)
            found = scores >= min_score
            if found.any():
                yield (
                    lefts[found],
                    rights[found],
                    scores[found],
                    {name: components[name][found] for name in COMPONENTS},
                )


def find_overlaps(
    networks: Iterable[NetworkFeatures],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    exclude_pairs: Iterable = frozenset(),
    theme_labels: Mapping[str, str] | None = None,
) -> list[OverlapPair]:
    """Pairs of networks scoring at least min_score, best first, without comparing all pairs.

    exclude_pairs: pairs of network ids that a person has marked "not an overlap".
    theme_labels: display names of theme codes for the reasons (defaults: national themes).
    """
    _check_min_score(min_score)
    networks = list(networks)
    if len(networks) < 2:
        check_unique_ids(networks)
        return []
    encoded = EncodedNetworks.build(networks)
    found = []
    excluded = _exclusion_keys(networks, exclude_pairs)
    for lefts, rights, scores, components in _scored(encoded, min_score, excluded):
        for k in range(len(lefts)):
            found.append(
                (
                    int(lefts[k]),
                    int(rights[k]),
                    float(scores[k]),
                    {name: float(components[name][k]) for name in COMPONENTS},
                )
            )
    return _build_pairs(networks, found, set(), theme_labels)


@dataclass
class BoundedOverlaps:
    """Pairs as arrays (a < b network ids), best first, and the pairs' counts.

    neighbours: network id -> its pairs at or above the threshold (all, not only those kept);
    found: the pairs at or above the threshold in all.
    """

    a: np.ndarray
    b: np.ndarray
    scores: np.ndarray
    components: dict[str, np.ndarray]
    neighbours: dict[int, int]
    found: int

    def __len__(self) -> int:
        return len(self.scores)

    def rows(self) -> Iterable[tuple[int, int, float, dict[str, float]]]:
        for k in range(len(self.scores)):
            yield (
                int(self.a[k]),
                int(self.b[k]),
                float(self.scores[k]),
                {
                    name: round(float(self.components[name][k]), SCORE_DECIMALS)
                    for name in COMPONENTS
                },
            )


def _best_of_either(
    rows: tuple[np.ndarray, np.ndarray], order_keys: tuple[np.ndarray, ...], limit: int
) -> np.ndarray:
    """Mask of the pairs among the `limit` best (by order_keys) of either of their rows."""
    size = len(order_keys[0])
    network = np.concatenate(rows)  # each pair twice: once for each of its networks
    keys = tuple(np.concatenate([key, key]) for key in order_keys)
    order = np.lexsort((*keys, network))
    grouped = network[order]
    starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
    group_start = np.repeat(starts, np.diff(np.r_[starts, 2 * size]))
    rank = np.arange(2 * size) - group_start
    keep = np.zeros(size, dtype=bool)
    keep[order[rank < limit] % size] = True
    return keep


def bounded_overlaps(
    networks: Iterable[NetworkFeatures],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    exclude_pairs: Iterable = frozenset(),
    neighbour_limit: int = 10,
) -> BoundedOverlaps:
    """The pairs of find_overlaps that are among the neighbour_limit best pairs of either
    network (best = higher score, then smaller ids), in memory bounded by
    neighbour_limit x networks plus a scoring chunk, however many pairs there are."""
    _check_min_score(min_score)
    if neighbour_limit < 1:
        raise ValueError("neighbour_limit must be at least 1")
    networks = list(networks)
    check_unique_ids(networks)
    n = len(networks)
    empty = np.zeros(0, dtype=np.int64)
    if n < 2:
        return BoundedOverlaps(
            empty, empty, np.zeros(0), {name: np.zeros(0) for name in COMPONENTS}, {}, 0
        )
    encoded = EncodedNetworks.build(networks)
    ids = np.array([network.id for network in networks], dtype=np.int64)
    counts = np.zeros(n, dtype=np.int64)
    kept: list[np.ndarray] = [empty, empty, np.zeros(0), np.zeros((0, len(COMPONENTS)))]
    buffered: list[list[np.ndarray]] = [[], [], [], []]
    prune_at = max(SCORING_CHUNK, neighbour_limit * n)

    def prune() -> None:
        nonlocal kept
        merged = [np.concatenate([kept[k], *buffered[k]]) for k in range(4)]
        for part in buffered:
            part.clear()
        left, right, scores = merged[0], merged[1], merged[2]
        a = np.minimum(ids[left], ids[right])
        b = np.maximum(ids[left], ids[right])
        keep = _best_of_either((left, right), (b, a, -scores), neighbour_limit)
        kept = [part[keep] for part in merged]

    waiting = 0
    for lefts, rights, scores, components in _scored(
        encoded, min_score, _exclusion_keys(networks, exclude_pairs)
    ):
        counts += np.bincount(lefts, minlength=n) + np.bincount(rights, minlength=n)
        for k, part in enumerate(
            (lefts, rights, scores, np.column_stack([components[c] for c in COMPONENTS]))
        ):
            buffered[k].append(part)
        waiting += len(lefts)
        if waiting >= prune_at:
            prune()
            waiting = 0
    prune()
    left, right, scores, matrix = kept
    a = np.minimum(ids[left], ids[right])
    b = np.maximum(ids[left], ids[right])
    order = np.lexsort((b, a, -scores))
    return BoundedOverlaps(
        a=a[order],
        b=b[order],
        scores=scores[order],
        components={name: matrix[order, k] for k, name in enumerate(COMPONENTS)},
        neighbours={int(ids[r]): int(counts[r]) for r in np.flatnonzero(counts)},
        found=int(counts.sum() // 2),
    )


def naive_overlaps(
    networks: Iterable[NetworkFeatures],
    *,
    min_score: float = DEFAULT_MIN_SCORE,
    exclude_pairs: Iterable = frozenset(),
    theme_labels: Mapping[str, str] | None = None,
) -> list[OverlapPair]:
    """The reference: every pair scored one by one with plain set operations.

    O(n^2) in time and O(n^2) in memory for the similarity matrix: for tests and
    benchmarks, not for the register.
    """
    _check_min_score(min_score)
    networks = list(networks)
    check_unique_ids(networks)
    n = len(networks)
    if n < 2:
        return []
    matrix = tfidf_matrix(networks)
    similarity = (matrix @ matrix.T).toarray()
    targets = [expanded_target_groups(network.target_groups) for network in networks]
    owners = owner_organisations(networks)
    partners = [partner_organisations(network, owners) for network in networks]
    found = []
    for i in range(n - 1):
        a = networks[i]
        others = range(i + 1, n)
        row = {name: np.empty(n - i - 1, dtype=np.float64) for name in COMPONENTS}
        for k, j in enumerate(others):
            b = networks[j]
            row["text"][k] = similarity[i, j]
            row["themes"][k] = jaccard(a.themes, b.themes)
            row["target_groups"][k] = jaccard(targets[i], targets[j])
            row["organisations"][k] = overlap_coefficient(partners[i], partners[j])
            row["people"][k] = overlap_coefficient(a.member_person_ids, b.member_person_ids)
            row["same_owner"][k] = float(a.owner_id is not None and a.owner_id == b.owner_id)
        scores = combine_scores(*(row[name] for name in COMPONENTS))
        for k in np.flatnonzero(scores >= min_score):
            components = {name: float(row[name][k]) for name in COMPONENTS}
            found.append((i, i + 1 + int(k), float(scores[k]), components))
    return _build_pairs(networks, found, _excluded(exclude_pairs), theme_labels)
