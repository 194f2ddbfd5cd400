"""Plain-data description of a network and its encodings for the overlap engine.

The engine works on :class:`NetworkFeatures` only; the Django models are turned into these
by the caller. Everything here is deterministic: the same networks in the same order give
the same matrices, so the fast and the naive method see identical numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfTransformer

OWNER_KINDS = frozenset({"municipality", "county", "regional"})

CHILDREN_FAMILIES = "children_families"
YOUNG_PEOPLE = "young_people"
WORKING_AGE = "working_age"
OLDER_PEOPLE = "older_people"
EVERYONE = "everyone"
# The specific groups; "everyone" stands for all of them (see target_group_bits).
SPECIFIC_TARGET_GROUPS = (CHILDREN_FAMILIES, YOUNG_PEOPLE, WORKING_AGE, OLDER_PEOPLE)
TARGET_GROUPS = frozenset((*SPECIFIC_TARGET_GROUPS, EVERYONE))

# TF-IDF on character n-grams inside word boundaries: Finnish is highly inflected
# ("päihdetyö", "päihdetyön", "päihdetyössä"), so whole-word features would miss
# most matches while 3-5 character grams keep the shared stem.
NGRAM_RANGE = (3, 5)
TFIDF_OPTIONS = {"sublinear_tf": True, "norm": "l2", "use_idf": True, "smooth_idf": True}

_NON_WORD = re.compile(r"[\W_\d]+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class NetworkFeatures:
    """What the overlap engine needs to know about one cooperation network."""

    id: int
    name: str
    purpose: str = ""
    owner_id: int | None = None
    owner_kind: str = "municipality"
    themes: frozenset[str] = field(default_factory=frozenset)
    target_groups: frozenset[str] = field(default_factory=frozenset)
    member_org_ids: frozenset[int] = field(default_factory=frozenset)
    member_person_ids: frozenset[int] = field(default_factory=frozenset)
    county_participates: bool = False
    coordinator_org_id: int | None = None

    def __post_init__(self):
        if self.owner_kind not in OWNER_KINDS:
            raise ValueError(f"unknown owner_kind {self.owner_kind!r}; expected {OWNER_KINDS}")
        unknown = set(self.target_groups) - TARGET_GROUPS
        if unknown:
            raise ValueError(f"unknown target groups {sorted(unknown)}")
        for name in ("themes", "target_groups", "member_org_ids", "member_person_ids"):
            value = getattr(self, name)
            if not isinstance(value, frozenset):
                object.__setattr__(self, name, frozenset(value))

    @property
    def text(self) -> str:
        """Name and purpose as one normalised string (letters only, single spaces)."""
        return normalise_text(f"{self.name} {self.purpose}")


def normalise_text(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def expanded_target_groups(groups: frozenset[str]) -> frozenset[str]:
    """ "everyone" overlaps every group, so it is replaced by all the specific groups."""
    if EVERYONE in groups:
        return frozenset(SPECIFIC_TARGET_GROUPS)
    return groups


def check_unique_ids(networks: Sequence[NetworkFeatures]) -> None:
    seen: set[int] = set()
    for network in networks:
        if network.id in seen:
            raise ValueError(f"network id {network.id} appears twice")
        seen.add(network.id)


def owner_organisations(networks: Sequence[NetworkFeatures]) -> frozenset[int]:
    """Organisations that run a network in this register (municipalities, the county, ...)."""
    return frozenset(n.owner_id for n in networks if n.owner_id is not None)


def partner_organisations(network: NetworkFeatures, owners: frozenset[int]) -> frozenset[int]:
    """The member organisations compared between networks: the partners.

    The organisations that run networks (the municipalities, the county, the regional
    council) are left out: they take part in nearly every network, so sharing them says
    little, and their part is already in the score as same_owner (and in the reasons as
    "the county takes part in both"). What is left (NGOs, schools, the police, the
    employment area, Kela, parishes) tells whether the same partners do the same work twice.
    """
    return network.member_org_ids - owners


def char_wb_ngrams(word: str, ngram_range: tuple[int, int] = NGRAM_RANGE) -> list[str]:
    """The n-grams sklearn's analyzer="char_wb" makes of one word (padded with spaces)."""
    padded = f" {word} "
    low, high = ngram_range
    grams = []
    for n in range(low, high + 1):
        if len(padded) <= n:
            grams.append(padded)  # a short word counts once, as in sklearn
            break
        grams.extend(padded[offset : offset + n] for offset in range(len(padded) - n + 1))
    return grams


def tfidf_matrix(networks: Sequence[NetworkFeatures]) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows (one per network) of name + purpose.

    The same matrix as ``TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5),
    sublinear_tf=True)`` on the normalised texts (tests/networks/test_overlap_engine.py
    checks it), built ten times faster: char_wb n-grams never cross a word boundary, so the
    counts are (document x word counts) @ (word x n-gram counts), with each distinct word
    analysed once. Columns are in sklearn's order (n-grams sorted). A network whose text
    has no letters gets an all-zero row (similarity 0 with everyone).
    """
    documents = [network.text.split() for network in networks]
    words: dict[str, int] = {}
    doc_words = incidence_counts(documents, words)
    grams: dict[str, int] = {}
    ordered_words = sorted(words, key=words.__getitem__)
    word_grams = incidence_counts((char_wb_ngrams(word) for word in ordered_words), grams)
    if not grams:
        return sparse.csr_matrix((len(documents), 1), dtype=np.float64)
    counts = (doc_words @ word_grams).tocsr()
    order = sorted(grams, key=str)
    permutation = np.empty(len(grams), dtype=np.int64)
    permutation[[grams[gram] for gram in order]] = np.arange(len(order))
    counts = sparse.csr_matrix(
        (counts.data, permutation[counts.indices], counts.indptr), shape=counts.shape
    )
    counts.sort_indices()
    matrix = TfidfTransformer(**TFIDF_OPTIONS).fit_transform(counts)
    matrix = sparse.csr_matrix(matrix, dtype=np.float64)
    matrix.sort_indices()
    return matrix


def incidence_counts(rows: Iterable[Iterable], vocabulary: dict) -> sparse.csr_matrix:
    """Count matrix: row i counts each item of rows[i] in the column the vocabulary gives."""
    indptr = [0]
    indices: list[int] = []
    for items in rows:
        indices.extend(vocabulary.setdefault(item, len(vocabulary)) for item in items)
        indptr.append(len(indices))
    matrix = sparse.csr_matrix(
        (
            np.ones(len(indices), dtype=np.float64),
            np.asarray(indices, dtype=np.int64),
            np.asarray(indptr, dtype=np.int64),
        ),
        shape=(len(indptr) - 1, max(len(vocabulary), 1)),
    )
    matrix.sum_duplicates()
    return matrix


def incidence_matrix(
    sets: Iterable[frozenset], vocabulary: dict | None = None
) -> sparse.csr_matrix:
    """Binary CSR matrix: row i has a 1 in the column of every element of sets[i]."""
    vocabulary = {} if vocabulary is None else vocabulary
    indptr = [0]
    indices: list[int] = []
    for items in sets:
        for item in items:
            indices.append(vocabulary.setdefault(item, len(vocabulary)))
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.float64)
    shape = (len(indptr) - 1, max(len(vocabulary), 1))
    matrix = sparse.csr_matrix(
        (data, np.asarray(indices, dtype=np.int64), np.asarray(indptr, dtype=np.int64)),
        shape=shape,
    )
    matrix.sort_indices()
    return matrix


def bitmask_matrix(sets: Sequence[frozenset[str]]) -> np.ndarray:
    """Sets of codes as rows of 64-bit words (one bit per distinct code), for fast popcounts."""
    codes = sorted({code for items in sets for code in items})
    position = {code: index for index, code in enumerate(codes)}
    words = max(1, (len(codes) + 63) // 64)
    masks = np.zeros((len(sets), words), dtype=np.uint64)
    for row, items in enumerate(sets):
        for code in items:
            bit = position[code]
            masks[row, bit // 64] |= np.uint64(1) << np.uint64(bit % 64)
    return masks


@dataclass(frozen=True)
class EncodedNetworks:
    """Matrices and arrays derived from a list of networks (row i is networks[i])."""

    networks: Sequence[NetworkFeatures]
    text: sparse.csr_matrix
    themes: np.ndarray
    targets: np.ndarray
    orgs: sparse.csr_matrix
    people: sparse.csr_matrix
    org_counts: np.ndarray
    people_counts: np.ndarray
    owners: np.ndarray

    @classmethod
    def build(cls, networks: Sequence[NetworkFeatures]) -> EncodedNetworks:
        check_unique_ids(networks)
        owners = owner_organisations(networks)
        orgs = incidence_matrix(partner_organisations(n, owners) for n in networks)
        people = incidence_matrix(network.member_person_ids for network in networks)
        owner_codes: dict = {}
        owner_rows = np.array(
            [
                # A network without an owner shares its owner with no one.
                owner_codes.setdefault(("owner", n.owner_id), len(owner_codes))
                if n.owner_id is not None
                else owner_codes.setdefault(("none", n.id), len(owner_codes))
                for n in networks
            ],
            dtype=np.int64,
        )
        return cls(
            networks=networks,
            text=tfidf_matrix(networks),
            themes=bitmask_matrix([n.themes for n in networks]),
            targets=bitmask_matrix([expanded_target_groups(n.target_groups) for n in networks]),
            orgs=orgs,
            people=people,
            org_counts=np.diff(orgs.indptr).astype(np.int64),
            people_counts=np.diff(people.indptr).astype(np.int64),
            owners=owner_rows,
        )
