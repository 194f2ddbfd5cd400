"""Unit tests of the overlap engine: components, gate, reasons, exclusions, clusters."""

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from yhdyspinta.networks.overlap import (
    NetworkFeatures,
    OverlapPair,
    clusters,
    find_overlaps,
    naive_overlaps,
)
from yhdyspinta.networks.overlap.features import char_wb_ngrams, tfidf_matrix
from yhdyspinta.networks.overlap.labelled_pairs import NETWORKS
from yhdyspinta.networks.overlap.similarity import jaccard, overlap_coefficient

JOENSUU, LIEKSA, COUNTY, MLL, POLICE = 103, 107, 1, 204, 201


def network(id, **fields):
    defaults = {
        "name": f"Verkosto {id}",
        "purpose": "",
        "owner_id": JOENSUU,
        "themes": frozenset({"substance_prevention"}),
        "target_groups": frozenset({"young_people"}),
    }
    defaults.update(fields)
    return NetworkFeatures(id=id, **defaults)


def test_the_fast_tfidf_matrix_equals_sklearns_char_wb_vectorizer():
    ours = tfidf_matrix(NETWORKS)
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    theirs = reference.fit_transform([n.text for n in NETWORKS]).tocsr()
    theirs.sort_indices()
    assert ours.shape == theirs.shape
    assert np.array_equal(ours.indices, theirs.indices)
    assert np.allclose(ours.data, theirs.data, rtol=0, atol=1e-12)


def test_char_wb_ngrams_match_sklearn_for_short_and_long_words():
    analyse = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    for word in ["a", "ja", "työ", "päihdetyön"]:
        assert char_wb_ngrams(word) == analyse(word)


def test_jaccard_and_overlap_coefficient():
    assert jaccard(frozenset({1, 2}), frozenset({2, 3})) == pytest.approx(1 / 3)
    assert jaccard(frozenset(), frozenset()) == 0.0
    assert overlap_coefficient(frozenset({1, 2}), frozenset({1, 2, 3, 4})) == 1.0
    assert overlap_coefficient(frozenset(), frozenset({1})) == 0.0


def test_everyone_overlaps_every_target_group():
    everyone = network(1, target_groups=frozenset({"everyone"}), member_person_ids={5, 6})
    young = network(2, target_groups=frozenset({"young_people"}), member_person_ids={5, 6})
    older = network(3, target_groups=frozenset({"older_people"}), member_person_ids={5, 6})
    pairs = {(p.a, p.b): p for p in find_overlaps([everyone, young, older], min_score=0.01)}
    assert pairs[(1, 2)].components["target_groups"] == 0.25
    assert pairs[(1, 3)].components["target_groups"] == 0.25
    assert pairs[(2, 3)].components["target_groups"] == 0.0


def test_sharing_members_alone_does_not_qualify():
    people = frozenset({10301, 10302, 10303})
    first = network(1, name="Vanhusneuvosto", themes={"older"}, member_person_ids=people)
    second = network(2, name="Liikuntaverkosto", themes={"sports"}, member_person_ids=people)
    assert find_overlaps([first, second], min_score=0.01) == []
    assert naive_overlaps([first, second], min_score=0.01) == []


def test_a_duplicate_in_one_municipality_is_found_with_reasons_in_words():
    first = network(
        1,
        name="PAKKA-työryhmä",
        purpose="Ehkäisevä päihdetyö: alkoholin saatavuuden rajoittaminen nuorilta",
        member_org_ids={JOENSUU, POLICE, MLL, COUNTY},
        member_person_ids={10301, 10302},
        county_participates=True,
    )
    second = network(
        2,
        name="Ehkäisevän päihdetyön työryhmä",
        purpose="Ehkäisevässä päihdetyössä alkoholin saatavuuden rajoittaminen nuorille",
        member_org_ids={JOENSUU, POLICE, MLL},
        member_person_ids={10301, 10302, 10303},
        county_participates=True,
    )
    [pair] = find_overlaps([second, first])
    assert isinstance(pair, OverlapPair)
    assert (pair.a, pair.b, pair.a_name) == (1, 2, "PAKKA-työryhmä")
    assert pair.score >= 0.5
    assert pair.reasons[0] == "both work on substance abuse prevention for young people"
    assert pair.reasons[1].startswith("similar purpose (text similarity 0.")
    # the municipality and the county run networks of their own: only partners count
    assert "2 shared partner organisations" in pair.reasons
    assert "2 shared people" in pair.reasons
    assert "the county takes part in both" in pair.reasons
    assert pair.reasons[-1] == "same municipality"
    assert set(pair.components) == {
        "text",
        "themes",
        "target_groups",
        "organisations",
        "people",
        "same_owner",
    }


def test_reasons_use_singular_for_one_and_name_different_municipalities():
    first = network(1, owner_id=JOENSUU, member_org_ids={MLL}, member_person_ids={7})
    second = network(2, owner_id=LIEKSA, member_org_ids={MLL}, member_person_ids={7})
    [pair] = find_overlaps([first, second], min_score=0.01)
    assert "1 shared partner organisation" in pair.reasons
    assert "1 shared person" in pair.reasons
    assert pair.reasons[-1] == "different municipalities"


def test_theme_labels_can_be_given_by_the_caller():
    first = network(1, themes={"loneliness"}, member_person_ids={7})
    second = network(2, themes={"loneliness"}, member_person_ids={7})
    [pair] = find_overlaps([first, second], min_score=0.01, theme_labels={"loneliness": "yksi"})
    assert pair.reasons[0] == "both work on yksi for young people"


def test_pairs_marked_not_an_overlap_are_left_out_in_either_order():
    found = find_overlaps(NETWORKS)
    a, b = found[0].a, found[0].b
    for excluded in [{(a, b)}, {(b, a)}, {frozenset({a, b})}]:
        result = find_overlaps(NETWORKS, exclude_pairs=excluded)
        assert (a, b) not in {(p.a, p.b) for p in result}
        assert len(result) == len(found) - 1
    assert len(naive_overlaps(NETWORKS, exclude_pairs={(b, a)})) == len(found) - 1


def test_pairs_are_sorted_by_score_descending_and_scores_lie_in_0_1():
    found = find_overlaps(NETWORKS, min_score=0.2)
    scores = [p.score for p in found]
    assert scores == sorted(scores, reverse=True)
    assert all(0.2 <= s <= 1.0 for s in scores)
    assert all(p.a < p.b for p in found)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="appears twice"):
        find_overlaps([network(1), network(1)])
    with pytest.raises(ValueError, match="min_score"):
        find_overlaps(NETWORKS, min_score=0)
    with pytest.raises(ValueError, match="owner_kind"):
        network(1, owner_kind="ngo")
    with pytest.raises(ValueError, match="target groups"):
        network(1, target_groups={"pets"})


def test_fewer_than_two_networks_give_no_pairs():
    assert find_overlaps([]) == []
    assert find_overlaps([network(1)]) == []
    assert naive_overlaps([network(1)]) == []


def test_clusters_are_connected_components_largest_first():
    pairs = [(1, 2), (2, 3), (10, 11), (4, 5), (5, 6), (6, 4), (7, 4)]
    assert clusters(pairs) == [{4, 5, 6, 7}, {1, 2, 3}, {10, 11}]
    found = find_overlaps(NETWORKS)
    groups = clusters(found)
    assert {n for group in groups for n in group} == {n for p in found for n in (p.a, p.b)}
