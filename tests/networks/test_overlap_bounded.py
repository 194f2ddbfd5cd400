"""bounded_overlaps: each network's best pairs in bounded memory, and exactly find_overlaps
below the bound (the pairs of networks with at most neighbour_limit pairs)."""

from collections import Counter, defaultdict

import pytest
from networks.test_overlap_equivalence import random_networks

from yhdyspinta.networks.overlap import NetworkFeatures, bounded_overlaps, find_overlaps


def near_identical(count, first_id=50_000):
    """The same sheet imported under many names: every pair of them overlaps."""
    return [
        NetworkFeatures(
            id=first_id + i,
            name=f"Ehkäisevän päihdetyön työryhmä {i}",
            purpose="Ehkäisevän päihdetyön suunnittelu kunnassa: PAKKA-toimintamalli.",
            owner_id=900,
            themes=frozenset({"substance_prevention"}),
            member_org_ids=frozenset({901, 902}),
            member_person_ids=frozenset({903}),
        )
        for i in range(count)
    ]


def rows(pairs):
    return [(p.a, p.b, p.score, p.components) for p in pairs]


def best_of_either(pairs, limit):
    """The reference bound: a pair is kept when it is among the limit best of a or of b."""
    per_network = defaultdict(list)
    for pair in pairs:  # find_overlaps: best first, ties by (a, b)
        per_network[pair.a].append(pair)
        per_network[pair.b].append(pair)
    kept = {(p.a, p.b) for best in per_network.values() for p in best[:limit]}
    return [pair for pair in pairs if (pair.a, pair.b) in kept]


@pytest.mark.parametrize("min_score", [0.6, 0.4])
def test_below_the_bound_the_pairs_are_exactly_those_of_find_overlaps(min_score):
    networks = random_networks(300, 1)
    full = find_overlaps(networks, min_score=min_score)
    most = max(Counter([p.a for p in full] + [p.b for p in full]).values())
    bounded = bounded_overlaps(networks, min_score=min_score, neighbour_limit=most)
    assert list(bounded.rows()) == rows(full)
    assert bounded.found == len(full)


@pytest.mark.parametrize("limit", [1, 3, 10])
def test_each_network_keeps_its_best_pairs_and_counts_all(limit):
    networks = random_networks(200, 2) + near_identical(60)
    full = find_overlaps(networks, min_score=0.5)
    bounded = bounded_overlaps(networks, min_score=0.5, neighbour_limit=limit)
    assert list(bounded.rows()) == rows(best_of_either(full, limit))
    assert bounded.found == len(full) > len(bounded)
    assert bounded.neighbours == dict(Counter([p.a for p in full] + [p.b for p in full]))
    assert bounded.neighbours[50_000] == 59


def test_near_identical_networks_store_a_bounded_number_of_pairs():
    bounded = bounded_overlaps(near_identical(400), min_score=0.6, neighbour_limit=5)
    assert bounded.found == 400 * 399 // 2
    assert len(bounded) <= 5 * 400
    assert Counter(bounded.a.tolist() + bounded.b.tolist()).most_common(1)[0][1] >= 5


def test_excluded_pairs_are_not_kept_nor_counted():
    networks = near_identical(5)
    bounded = bounded_overlaps(networks, min_score=0.6, exclude_pairs={(50_001, 50_000)})
    assert (50_000, 50_001) not in set(zip(bounded.a.tolist(), bounded.b.tolist(), strict=True))
    assert bounded.found == 9 and bounded.neighbours[50_000] == 3
