"""Precision and recall on the hand-labelled North Karelia evaluation set."""

from yhdyspinta.networks.overlap import DEFAULT_MIN_SCORE, find_overlaps
from yhdyspinta.networks.overlap.labelled_pairs import LABELLED_PAIRS, NETWORKS

PRECISION_FLOOR = 0.8
RECALL_FLOOR = 0.7


def test_the_labelled_set_is_consistent():
    ids = {n.id for n in NETWORKS}
    assert len(ids) == len(NETWORKS) >= 40
    keys = [(a, b) for a, b, _ in LABELLED_PAIRS]
    assert len(keys) == len(set(keys)) >= 55
    assert all(a < b and a in ids and b in ids for a, b in keys)
    positives = sum(label for _, _, label in LABELLED_PAIRS)
    assert 15 <= positives <= len(keys) - 15


def test_precision_and_recall_at_the_default_threshold(capsys):
    found = {(p.a, p.b) for p in find_overlaps(NETWORKS, min_score=DEFAULT_MIN_SCORE)}
    true_positives = sum((a, b) in found for a, b, label in LABELLED_PAIRS if label)
    false_positives = sum((a, b) in found for a, b, label in LABELLED_PAIRS if not label)
    positives = sum(label for _, _, label in LABELLED_PAIRS)
    precision = true_positives / (true_positives + false_positives)
    recall = true_positives / positives
    labelled = {(a, b) for a, b, _ in LABELLED_PAIRS}
    unlabelled_found = found - labelled
    with capsys.disabled():
        print(  # noqa: T201
            f"\noverlap evaluation at min_score {DEFAULT_MIN_SCORE}: precision {precision:.2f}, "
            f"recall {recall:.2f} ({true_positives} TP, {false_positives} FP, "
            f"{positives - true_positives} FN; {len(unlabelled_found)} unlabelled pairs found)"
        )
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR
    assert not unlabelled_found
