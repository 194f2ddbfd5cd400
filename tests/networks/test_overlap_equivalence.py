"""The fast method (blocking) finds exactly the pairs of the naive all-pairs method."""

import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from yhdyspinta.networks.overlap import NetworkFeatures, find_overlaps, naive_overlaps
from yhdyspinta.networks.overlap.candidates import text_pairs, text_threshold
from yhdyspinta.networks.overlap.features import EncodedNetworks
from yhdyspinta.networks.overlap.labelled_pairs import NETWORKS

STEMS = [
    "ehkäisevä päihdetyö",
    "ehkäisevän päihdetyön",
    "perhekeskusverkosto",
    "perhekeskuksen verkosto",
    "oppilashuoltoryhmä",
    "opiskeluhuollon ohjausryhmä",
    "työllisyyspalvelujen yhteistyöryhmä",
    "kotoutumisen verkosto",
    "valmiussuunnittelu",
    "vanhusneuvosto",
    "liikuntaverkosto",
    "kulttuurihyvinvointi",
]
THEMES = ["substance_prevention", "family_centre", "student_welfare", "employment", "culture"]
GROUPS = ["children_families", "young_people", "working_age", "older_people", "everyone"]


def random_networks(count, seed, first_id=0):
    rng = random.Random(seed)
    networks = []
    for id in range(1, count + 1):
        owner = rng.randrange(100, 110)
        kind = rng.choice(["municipality"] * 8 + ["county", "regional"])
        words = rng.sample(STEMS, rng.randint(1, 3))
        networks.append(
            NetworkFeatures(
                id=first_id + id * 7,  # ids need not be row numbers
                name=" ".join(words[:1]),
                purpose=" ja ".join(words) + f" kunta {rng.randint(1, 4)}",
                owner_id=None if rng.random() < 0.05 else owner,
                owner_kind=kind,
                themes=frozenset(rng.sample(THEMES, rng.randint(0, 2))),
                target_groups=frozenset(rng.sample(GROUPS, rng.randint(0, 2))),
                member_org_ids=frozenset(rng.sample(range(100, 140), rng.randint(0, 4))),
                member_person_ids=frozenset(rng.sample(range(500), rng.randint(0, 6))),
                county_participates=rng.random() < 0.5,
            )
        )
    return networks


def summary(pairs):
    return [(p.a, p.b, p.score, p.reasons, p.components) for p in pairs]


@pytest.mark.parametrize("min_score", [0.6, 0.5, 0.45, 0.35, 0.25, 0.2, 0.1])
@pytest.mark.parametrize("seed", [1, 2])
def test_fast_equals_naive_on_random_networks(seed, min_score):
    networks = random_networks(300, seed)
    fast = find_overlaps(networks, min_score=min_score)
    naive = naive_overlaps(networks, min_score=min_score)
    assert summary(fast) == summary(naive)
    assert fast, "the random data should produce some overlaps"


@pytest.mark.parametrize("min_score", [0.5, 0.4, 0.3, 0.2])
def test_fast_equals_naive_on_the_labelled_set(min_score):
    assert summary(find_overlaps(NETWORKS, min_score=min_score)) == summary(
        naive_overlaps(NETWORKS, min_score=min_score)
    )


@pytest.mark.parametrize("threshold", [0.2, 0.5, 0.8, 0.95, 1.0])
def test_the_text_source_finds_every_pair_above_its_threshold(threshold):
    encoded = EncodedNetworks.build(random_networks(300, 3, first_id=10_000) + list(NETWORKS))
    dense = (encoded.text @ encoded.text.T).toarray()
    rows, cols = np.nonzero(np.triu(dense >= threshold - 1e-9, k=1))
    expected = set(zip(rows.tolist(), cols.tolist(), strict=True))
    found = set()
    for left, right in text_pairs(encoded, threshold):
        found |= set(zip(left.tolist(), right.tolist(), strict=True))
    assert expected <= found
    assert all(dense[i, j] >= threshold - 1e-5 for i, j in found)


def test_text_threshold_follows_the_score_bound():
    assert text_threshold(0.5) == (None, False)  # text, themes and groups alone stay below 0.5
    threshold, themes = text_threshold(0.35)
    assert 0 < threshold < 1 and not themes
    threshold, themes = text_threshold(0.1)
    assert threshold >= 0.25 and themes


network_strategy = st.builds(
    NetworkFeatures,
    id=st.integers(0, 10**6),
    name=st.sampled_from(STEMS),
    purpose=st.lists(st.sampled_from(STEMS), max_size=3).map(" ".join),
    owner_id=st.one_of(st.none(), st.integers(1, 4)),
    owner_kind=st.sampled_from(["municipality", "county", "regional"]),
    themes=st.frozensets(st.sampled_from(THEMES), max_size=3),
    target_groups=st.frozensets(st.sampled_from(GROUPS), max_size=3),
    member_org_ids=st.frozensets(st.integers(1, 12), max_size=4),
    member_person_ids=st.frozensets(st.integers(1, 20), max_size=5),
    county_participates=st.booleans(),
)


@settings(max_examples=60, deadline=None)
@given(
    networks=st.lists(network_strategy, min_size=2, max_size=25, unique_by=lambda n: n.id),
    min_score=st.sampled_from([0.15, 0.3, 0.45, 0.5, 0.7]),
)
def test_fast_equals_naive_for_generated_small_registers(networks, min_score):
    assert summary(find_overlaps(networks, min_score=min_score)) == summary(
        naive_overlaps(networks, min_score=min_score)
    )
