"""The overlap score of a pair of networks: components, weights and their combination.

score = W_TEXT * text + W_THEMES * themes + W_TARGETS * target_groups
        + W_ORGS * organisations + W_PEOPLE * people + W_SAME_OWNER * same_owner

* text: cosine of the TF-IDF character n-gram vectors of name + purpose (0..1);
* themes: Jaccard of the theme codes;
* target_groups: Jaccard of the target groups, "everyone" standing for every group;
* organisations, people: overlap coefficient |A & B| / min(|A|, |B|) of the partner
  organisations (members other than the organisations that run networks, see
  features.partner_organisations) and of the member people (the overlap coefficient,
  not Jaccard, so that a small network inside a big one counts);
* same_owner: 1 when the same municipality (or the county) runs both.

The weights add up to 1, so the score is in 0..1. They encode what "overlapping work"
means in the register: doing the same thing (text, themes, target groups) *with the same
people or in the same organisation*. W_TEXT + W_THEMES + W_TARGETS is deliberately below
the default threshold 0.5: every municipality has its own family centre network and
student welfare group, and two municipalities doing the same thing for their own
residents is not duplicated work. Sharing members alone is not duplicated work either
(the same people sit in many networks), so a pair qualifies only when its text similarity
reaches TEXT_GATE or it shares a theme; a pair that does not qualify scores 0.

The weights were set by this reasoning and then checked, not fitted, against the labelled
set in labelled_pairs.py (precision and recall printed by tests/networks/
test_overlap_labelled.py): people shared count more than organisations shared, because
regional partners (an NGO's district, the police) sit in every municipality's network.

Scores are rounded to SCORE_DECIMALS so that the fast and the naive method, which add
the same numbers in the same order but may compute the text cosine with a different
summation order (a difference of ~1e-16), give identical scores.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse

W_TEXT = 0.28
W_THEMES = 0.10
W_TARGETS = 0.10
W_ORGS = 0.15
W_PEOPLE = 0.22
W_SAME_OWNER = 0.15

TEXT_GATE = 0.25
DEFAULT_MIN_SCORE = 0.5
SCORE_DECIMALS = 9

COMPONENTS = ("text", "themes", "target_groups", "organisations", "people", "same_owner")
WEIGHTS = {
    "text": W_TEXT,
    "themes": W_THEMES,
    "target_groups": W_TARGETS,
    "organisations": W_ORGS,
    "people": W_PEOPLE,
    "same_owner": W_SAME_OWNER,
}
if abs(sum(WEIGHTS.values()) - 1.0) > 1e-12:
    raise ImportError("the overlap weights must add up to 1 so that the score stays in 0..1")


def combine_scores(
    text: np.ndarray,
    themes: np.ndarray,
    target_groups: np.ndarray,
    organisations: np.ndarray,
    people: np.ndarray,
    same_owner: np.ndarray,
) -> np.ndarray:
    """Weighted sum of the component arrays, zero where the pair does not qualify.

    Both methods call this one function with float64 arrays, so equal components give
    bit-identical scores.
    """
    text = np.clip(np.asarray(text, dtype=np.float64), 0.0, 1.0)
    themes = np.asarray(themes, dtype=np.float64)
    score = W_TEXT * text
    score = score + W_THEMES * themes
    score = score + W_TARGETS * np.asarray(target_groups, dtype=np.float64)
    score = score + W_ORGS * np.asarray(organisations, dtype=np.float64)
    score = score + W_PEOPLE * np.asarray(people, dtype=np.float64)
    score = score + W_SAME_OWNER * np.asarray(same_owner, dtype=np.float64)
    score = np.round(score, SCORE_DECIMALS)
    qualifies = (np.round(text, SCORE_DECIMALS) >= TEXT_GATE) | (themes > 0)
    return np.where(qualifies, score, 0.0)


# --- one pair at a time (the naive method) ---------------------------------------------


def jaccard(a: frozenset, b: frozenset) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def overlap_coefficient(a: frozenset, b: frozenset) -> float:
    smaller = min(len(a), len(b))
    return len(a & b) / smaller if smaller else 0.0


# --- many pairs at once (the fast method) ----------------------------------------------


_BITS_IN_BYTE = np.array([bin(value).count("1") for value in range(256)], dtype=np.int64)


def _popcount(words: np.ndarray) -> np.ndarray:
    """Set bits per row of uint64 words (a byte table: np.bitwise_count needs numpy 2)."""
    as_bytes = np.ascontiguousarray(words).view(np.uint8).reshape(len(words), words.shape[1] * 8)
    return _BITS_IN_BYTE[as_bytes].sum(axis=1)


def bitmask_jaccard(masks: np.ndarray, left: np.ndarray, right: np.ndarray) -> np.ndarray:
    a, b = masks[left], masks[right]
    inter = _popcount(a & b)
    union = _popcount(a | b)
    out = np.zeros(len(left), dtype=np.float64)
    nonzero = union > 0
    out[nonzero] = inter[nonzero] / union[nonzero]
    return out


def rowwise_dot(
    matrix: sparse.csr_matrix, left: np.ndarray, right: np.ndarray, chunk: int = 20_000
) -> np.ndarray:
    """matrix[left[k]] . matrix[right[k]] for every k, in chunks to bound memory."""
    out = np.empty(len(left), dtype=np.float64)
    for start in range(0, len(left), chunk):
        stop = start + chunk
        product = matrix[left[start:stop]].multiply(matrix[right[start:stop]])
        out[start:stop] = np.asarray(product.sum(axis=1)).ravel()
    return out


def overlap_coefficients(
    incidence: sparse.csr_matrix, counts: np.ndarray, left: np.ndarray, right: np.ndarray
) -> np.ndarray:
    inter = np.rint(rowwise_dot(incidence, left, right)).astype(np.int64)
    smaller = np.minimum(counts[left], counts[right])
    out = np.zeros(len(left), dtype=np.float64)
    nonzero = smaller > 0
    out[nonzero] = inter[nonzero] / smaller[nonzero]
    return out


def pair_components(
    encoded, left: np.ndarray, right: np.ndarray, *, text: bool = True
) -> dict[str, np.ndarray]:
    """Score components for the pairs (left[k], right[k]) of encoded rows.

    With text=False the text component is 1 (its maximum), which makes the score an upper
    bound: find_overlaps uses it to drop candidates before the costlier text cosines.
    """
    return {
        "text": rowwise_dot(encoded.text, left, right) if text else np.ones(len(left)),
        "themes": bitmask_jaccard(encoded.themes, left, right),
        "target_groups": bitmask_jaccard(encoded.targets, left, right),
        "organisations": overlap_coefficients(encoded.orgs, encoded.org_counts, left, right),
        "people": overlap_coefficients(encoded.people, encoded.people_counts, left, right),
        "same_owner": (encoded.owners[left] == encoded.owners[right]).astype(np.float64),
    }


def score_components(components: dict[str, np.ndarray]) -> np.ndarray:
    return combine_scores(*(components[name] for name in COMPONENTS))
