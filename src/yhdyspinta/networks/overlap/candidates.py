"""Blocking: the pairs worth scoring, without looking at every pair.

A pair can reach ``min_score`` only if it is found by one of these sources:

* members: the two networks share at least one member organisation or person
  (sparse incidence product, in row chunks);
* text: cosine of the TF-IDF vectors at least ``text_threshold(min_score)``, or the lower
  ``text_threshold(min_score, W_SAME_OWNER)`` that a pair of one owner needs;
* themes: the two share a theme, needed only for very low ``min_score``.

Why this is exact: a pair not found by the members source has organisations = people = 0,
so its score is at most ``W_TEXT * text + W_THEMES + W_TARGETS`` (+ W_SAME_OWNER when one
organisation runs both); and a pair without a shared theme qualifies only
with text >= TEXT_GATE. :func:`text_threshold` turns those two bounds into the smallest
text similarity that such a pair needs. The text source finds every pair above that
threshold with prefix filtering (Bayardo et al., "Scaling up all pairs similarity search",
WWW 2007): features are ordered from most to least common, and each row keeps only its
rarest features whose squared weights reach threshold^2. Two unit vectors whose cosine
reaches the threshold always share a kept feature (Cauchy-Schwarz), so the sparse product
of the kept parts, which is cheap because rare features have short posting lists, gives a
superset of the text pairs; their exact cosines are computed afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from scipy import sparse

from .features import EncodedNetworks, incidence_matrix
from .similarity import TEXT_GATE, W_SAME_OWNER, W_TARGETS, W_TEXT, W_THEMES, rowwise_dot

# Margin against rounding: candidates are a superset, so erring low only costs time.
MARGIN = 1e-6
CHUNK_ROWS = 1_000
# candidate_blocks: at most BLOCK_ROWS rows per block, and at most BLOCK_PAIRS entries in a
# block's products (bounded in advance from the posting lists), which bounds the memory
# (~40 bytes an entry) whatever the data: alike texts only cost time, block after block.
BLOCK_ROWS = 250
BLOCK_PAIRS = 2_000_000


def text_threshold(min_score: float, bonus: float = 0.0) -> tuple[float | None, bool]:
    """(text threshold of the text source or None, whether the themes source is needed) for
    pairs that share no member; bonus: what such a pair may have besides text, themes and
    target groups (W_SAME_OWNER for two networks of the same owner)."""
    with_theme = (min_score - W_THEMES - W_TARGETS - bonus) / W_TEXT
    without_theme = max(TEXT_GATE, (min_score - W_TARGETS - bonus) / W_TEXT)
    if with_theme > 1.0 + MARGIN:
        return None, False
    if with_theme > 0.0:
        return with_theme, False
    return without_theme, True


def upper_product_pairs(
    matrix: sparse.csr_matrix, chunk_rows: int = CHUNK_ROWS
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs (i, j), i < j, where rows i and j of a non-negative matrix share a column.

    Computes matrix @ matrix.T one block of rows at a time and only right of the diagonal,
    so memory is bounded by the block, not by n^2.
    """
    n = matrix.shape[0]
    transposed = matrix.T.tocsr()
    for start in range(0, n, chunk_rows):
        stop = min(start + chunk_rows, n)
        block = (matrix[start:stop] @ transposed[:, start:]).tocoo()
        rows = block.row.astype(np.int64) + start
        cols = block.col.astype(np.int64) + start
        keep = (cols > rows) & (block.data > 0)
        yield rows[keep], cols[keep]


def prefix_filtered(matrix: sparse.csr_matrix, threshold: float) -> sparse.csr_matrix:
    """Each row reduced to its rarest features carrying weight^2 >= threshold^2 - prefix."""
    matrix = matrix.tocsr()
    n_rows, n_cols = matrix.shape
    document_frequency = np.bincount(matrix.indices, minlength=n_cols)
    # rank 0 = the most common feature; ties broken by column for determinism
    by_frequency = np.lexsort((np.arange(n_cols), -document_frequency))
    rank = np.empty(n_cols, dtype=np.int64)
    rank[by_frequency] = np.arange(n_cols)
    rows = np.repeat(np.arange(n_rows, dtype=np.int64), np.diff(matrix.indptr))
    order = np.lexsort((rank[matrix.indices], rows))
    squares = matrix.data[order] ** 2
    cumulative = np.cumsum(squares)
    row_start = matrix.indptr[:-1]
    before_row = np.concatenate(([0.0], cumulative))[row_start]
    within_row = cumulative - np.repeat(before_row, np.diff(matrix.indptr))
    # the prefix (common features) has squared norm < threshold^2; keep the rest
    keep = within_row >= threshold * threshold
    kept = order[keep]
    return sparse.csr_matrix(
        (matrix.data[kept], (rows[kept], matrix.indices[kept])), shape=matrix.shape
    )


def _text_bound(threshold: float) -> float:
    # capped below 1 so that a row's float norm (1 +- ulp) always reaches bound^2
    return min(max(threshold - MARGIN, 0.0), 1.0 - 2 * MARGIN)


def text_pairs(
    encoded: EncodedNetworks, threshold: float
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Pairs whose text cosine is at least threshold (minus MARGIN)."""
    bound = _text_bound(threshold)
    if bound <= 0.0:
        # every pair sharing any n-gram; with non-negative TF-IDF this is the full product
        yield from upper_product_pairs(encoded.text)
        return
    reduced = prefix_filtered(encoded.text, bound)
    for left, right in upper_product_pairs(reduced):
        if len(left):
            similarity = rowwise_dot(encoded.text, left, right)
            keep = similarity >= bound
            yield left[keep], right[keep]


def _block_pairs(
    matrix: sparse.csr_matrix, transposed: sparse.csr_matrix, start: int, stop: int
) -> tuple[np.ndarray, np.ndarray]:
    block = (matrix[start:stop] @ transposed).tocoo()
    rows = block.row.astype(np.int64) + start
    cols = block.col.astype(np.int64)
    keep = (cols > rows) & (block.data > 0)
    return rows[keep], cols[keep]


def _blocks(
    sources: list[sparse.csr_matrix], block_rows: int, budget: int = BLOCK_PAIRS
) -> Iterator[tuple[int, int]]:
    """(start, stop) row ranges whose products have at most `budget` entries (a row alone may
    have more; then it is a block of its own)."""
    n = sources[0].shape[0]
    cost = np.zeros(n, dtype=np.int64)
    for matrix in sources:
        pattern = matrix.copy()
        pattern.data = np.ones_like(pattern.data)
        postings = np.asarray(pattern.sum(axis=0)).ravel()
        cost += np.rint(pattern @ postings).astype(np.int64)
    start = 0
    while start < n:
        within = np.searchsorted(np.cumsum(cost[start : start + block_rows]), budget, "right")
        stop = start + max(1, int(within))
        yield start, stop
        start = stop


def candidate_blocks(
    encoded: EncodedNetworks, min_score: float, block_rows: int = BLOCK_ROWS
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """The candidates, block by block of left rows: sorted unique (left, right), left < right,
    with left in the block; together every pair that may reach min_score.

    A pair that shares no member organisation or person needs the text similarity of
    :func:`text_threshold` (with the same-owner bonus when one organisation runs both), or
    a shared theme when that threshold falls to zero, so no source enumerates all the pairs
    of one owner: memory stays bounded by the block, and near-identical networks cost only
    their own pairs.
    """
    n = len(encoded.networks)
    general, general_themes = text_threshold(min_score)
    own, own_themes = text_threshold(min_score, W_SAME_OWNER)
    thresholds = [t for t in (general, own) if t is not None]
    sources = [sparse.hstack([encoded.orgs, encoded.people], format="csr")]
    bound = None
    if thresholds:
        bound = _text_bound(min(thresholds))
        sources.append(encoded.text if bound <= 0.0 else prefix_filtered(encoded.text, bound))
    if general_themes or own_themes:
        sources.append(incidence_matrix(network.themes for network in encoded.networks))
    transposed = [matrix.T.tocsr() for matrix in sources]
    for start, stop in _blocks(sources, block_rows):
        keys = [np.zeros(0, dtype=np.int64)]
        for index, (matrix, matrix_t) in enumerate(zip(sources, transposed, strict=True)):
            left, right = _block_pairs(matrix, matrix_t, start, stop)
            if index == 1 and bound is not None and bound > 0.0 and len(left):
                similarity = rowwise_dot(encoded.text, left, right)
                left, right = left[similarity >= bound], right[similarity >= bound]
            keys.append(left * n + right)
        unique = np.unique(np.concatenate(keys))
        if len(unique):
            yield unique // n, unique % n


def candidate_pairs(encoded: EncodedNetworks, min_score: float) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique (left, right) row pairs, left < right, that may reach min_score."""
    blocks = list(candidate_blocks(encoded, min_score))
    if not blocks:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return (
        np.concatenate([left for left, _right in blocks]),
        np.concatenate([right for _left, right in blocks]),
    )
