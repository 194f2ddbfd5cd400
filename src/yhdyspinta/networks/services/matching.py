"""Find organisations, bodies, networks and people named in a sheet, tolerating case, spacing
and small spelling differences (difflib), in memory after one query each."""

from __future__ import annotations

import difflib
import re

from django.db.models import Q

from yhdyspinta.documents.spreadsheets import normalize_key
from yhdyspinta.organizations.models import Body, Organization, Person

from ..models import Network

CLOSE_CUTOFF = 0.88
_HARD_SPLIT = re.compile(r"[;\n\r]+")
_DIGITS = re.compile(r"\d+")


class NameIndex:
    """Objects by normalised name; ``find`` tries the exact key, then the closest one."""

    def __init__(self, items: dict[str, object]) -> None:
        self.by_key: dict[str, object] = {}
        for name, obj in items.items():
            key = normalize_key(name)
            if key:
                self.by_key.setdefault(key, obj)
        self._by_length: dict[int, list[str]] = {}
        for key in self.by_key:
            self._by_length.setdefault(len(key), []).append(key)
        self._close: dict[str, str | None] = {}

    @property
    def _keys(self) -> list[str]:
        return list(self.by_key)

    def _candidates(self, key: str, cutoff: float) -> list[str]:
        """Keys long enough to reach the cutoff: difflib's ratio is at most
        2 * min(len) / (len(a) + len(b)), so the rest cannot match (same answer, less work)."""
        n = len(key)
        low = int(n * cutoff / (2 - cutoff))
        high = int(n * (2 - cutoff) / cutoff) + 1
        found = []
        for length in range(max(low, 1), high + 1):
            found.extend(self._by_length.get(length, ()))
        return found

    def find(self, name: str, *, cutoff: float = CLOSE_CUTOFF):
        """The object named so, or nearly so (cutoff 1.0: exactly, after normalising).

        A close match must have the same digits ("Kumppani 1 ry" is not "Kumppani 2 ry")."""
        key = normalize_key(name)
        if not key:
            return None
        if key in self.by_key:
            return self.by_key[key]
        if cutoff >= 1.0:
            return None
        if key not in self._close:
            close = difflib.get_close_matches(
                key, self._candidates(key, cutoff), n=1, cutoff=cutoff
            )
            found = (
                close[0] if close and _DIGITS.findall(close[0]) == _DIGITS.findall(key) else None
            )
            self._close[key] = found
        found = self._close[key]
        return self.by_key[found] if found is not None else None

    def closest(self, name: str):
        key = normalize_key(name)
        close = difflib.get_close_matches(key, self._candidates(key, 0.5), n=1, cutoff=0.5)
        return self.by_key[close[0]] if close else None

    def add(self, name: str, obj) -> None:
        key = normalize_key(name)
        if key not in self.by_key:
            self._by_length.setdefault(len(key), []).append(key)
        self.by_key[key] = obj
        self._close = {k: v for k, v in self._close.items() if v is not None}


def county_orgs(county_id: int) -> list[Organization]:
    return list(Organization.objects.filter(Q(pk=county_id) | Q(parent_county_id=county_id)))


def organisation_index(orgs: list[Organization]) -> NameIndex:
    names: dict[str, object] = {}
    for org in orgs:
        for name in (org.name_fi, org.name_sv, org.name_en):
            if name:
                names.setdefault(name, org)
    return NameIndex(names)


def owner_index(orgs: list[Organization]) -> NameIndex:
    owners = [o for o in orgs if o.kind in ("municipality", "county", "regional_council")]
    index = organisation_index(owners)
    for org in owners:
        if org.code:
            index.by_key.setdefault(normalize_key(org.code), org)
    return index


class ReportsIndex:
    """Where a network reports: a network of the same owner first (names repeat between
    municipalities), then a body, then a network anywhere in the county."""

    def __init__(self, county_id: int) -> None:
        bodies = Body.objects.filter(
            Q(organization_id=county_id) | Q(organization__parent_county_id=county_id)
        )
        self.bodies = NameIndex({body.name_fi: body for body in bodies})
        self.networks: dict[tuple[int, str], Network] = {}
        anywhere: dict[str, object] = {}
        for network in Network.objects.in_county(county_id).only("pk", "name", "owner_id"):
            self.networks.setdefault((network.owner_id, normalize_key(network.name)), network)
            anywhere.setdefault(network.name, network)
        self.anywhere = NameIndex(anywhere)

    def find(self, text: str, owner_id: int):
        own = self.networks.get((owner_id, normalize_key(text)))
        if own is not None:
            return own
        return self.bodies.find(text, cutoff=0.95) or self.anywhere.find(text, cutoff=1.0)


def reports_index(county_id: int) -> ReportsIndex:
    return ReportsIndex(county_id)


def people_by_email(county_id: int) -> dict[str, Person]:
    people = Person.objects.filter(
        Q(organization_id=county_id) | Q(organization__parent_county_id=county_id)
    ).exclude(email="")
    return {person.email.casefold(): person for person in people}


def split_organisations(text: str, index: NameIndex) -> list[str]:
    """Names in one cell: semicolons and line breaks always split; a comma splits unless the
    pieces together name a known organisation ("Kela, Itä-Suomen vakuutuspiiri")."""
    names: list[str] = []
    for piece in _HARD_SPLIT.split(text or ""):
        piece = piece.strip()
        if not piece:
            continue
        if index.find(piece, cutoff=1.0) is not None or "," not in piece:
            names.append(piece)
            continue
        tokens = [token.strip() for token in piece.split(",")]
        start = 0
        while start < len(tokens):
            end = len(tokens)
            while end > start + 1 and index.find(", ".join(tokens[start:end]), cutoff=1.0) is None:
                end -= 1
            names.append(", ".join(tokens[start:end]))
            start = end
    seen, unique = set(), []
    for name in names:
        key = normalize_key(name)
        if key and key not in seen:
            seen.add(key)
            unique.append(name)
    return unique
