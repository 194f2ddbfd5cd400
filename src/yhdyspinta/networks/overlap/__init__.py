"""Overlap detection for the cooperation network register.

Public API::

    find_overlaps(networks, *, min_score=0.5, exclude_pairs=frozenset(), theme_labels=None)
        -> list[OverlapPair]          # blocking + vectorised scoring, for real use
    naive_overlaps(networks, *, min_score=0.5, exclude_pairs=frozenset(), theme_labels=None)
        -> list[OverlapPair]          # every pair one by one: the reference
    clusters(pairs) -> list[set[int]] # networks that all seem to do the same thing

Both methods return exactly the same pairs and scores (tests/networks/test_overlap_*.py);
see similarity.py for the score and candidates.py for why the blocking is exact.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from .candidates import candidate_pairs
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
    "NetworkFeatures",
    "OverlapPair",
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
    left, right = candidate_pairs(encoded, min_score)
    found = []
    for start in range(0, len(left), SCORING_CHUNK):
        lefts, rights = left[start : start + SCORING_CHUNK], right[start : start + SCORING_CHUNK]
        # first without text (as if it were 1): an upper bound that drops most candidates
        possible = score_components(pair_components(encoded, lefts, rights, text=False))
        lefts, rights = lefts[possible >= min_score], rights[possible >= min_score]
        components = pair_components(encoded, lefts, rights)
        scores = score_components(components)
        for k in np.flatnonzero(scores >= min_score):
            found.append(
                (
                    int(lefts[k]),
                    int(rights[k]),
                    float(scores[k]),
                    {name: float(components[name][k]) for name in COMPONENTS},
                )
            )
    return _build_pairs(networks, found, _excluded(exclude_pairs), theme_labels)


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
