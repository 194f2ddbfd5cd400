"""Idempotent upsert of observations: a rerun with the same data writes nothing."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection

from ..models import Observation

BATCH = 2000


@dataclass(frozen=True, slots=True)
class Row:
    """One observation keyed by model primary keys."""

    indicator_id: int
    area_id: int
    year: int
    gender: str
    value: float
    numerator: float | None = None
    denominator: float | None = None


@dataclass
class UpsertCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def written(self) -> int:
        return self.created + self.updated


def upsert_observations(rows: Iterable[Row]) -> UpsertCounts:
    """Create new observations, update changed ones, leave equal ones alone.

    The caller owns the transaction. Queries: one to read the existing rows of the
    indicators concerned, then batched inserts and updates.
    """
    rows = list(rows)
    counts = UpsertCounts()
    if not rows:
        return counts
    indicator_ids = {row.indicator_id for row in rows}
    area_ids = {row.area_id for row in rows}
    existing = {
        (ind, area, year, gender): (pk, value, numerator, denominator)
        for pk, ind, area, year, gender, value, numerator, denominator in (
            Observation.objects.filter(indicator_id__in=indicator_ids, area_id__in=area_ids)
            .values_list(
                "pk",
                "indicator_id",
                "area_id",
                "year",
                "gender",
                "value",
                "numerator",
                "denominator",
            )  # fmt: skip
            .iterator(chunk_size=BATCH)
        )
    }
    to_create: list[tuple] = []
    to_update: list[Observation] = []
    for row in rows:
        key = (row.indicator_id, row.area_id, row.year, row.gender)
        current = existing.get(key)
        if current is None:
            to_create.append(
                (row.indicator_id, row.area_id, row.year, row.gender, row.value, row.numerator,
                 row.denominator)
            )  # fmt: skip
        elif current[1:] != (row.value, row.numerator, row.denominator):
            to_update.append(
                Observation(
                    pk=current[0],
                    value=row.value,
                    numerator=row.numerator,
                    denominator=row.denominator,
                )  # fmt: skip
            )
        else:
            counts.unchanged += 1
    _insert(to_create)
    Observation.objects.bulk_update(
        to_update, ["value", "numerator", "denominator"], batch_size=BATCH
    )
    counts.created = len(to_create)
    counts.updated = len(to_update)
    return counts


_COLUMNS = ("indicator_id", "area_id", "year", "gender", "value", "numerator", "denominator")


def _insert(rows: list[tuple]) -> None:
    """Plain parameterised INSERTs with executemany: the ORM's bulk_create spends most of
    its time building SQL (SQLite's parameter limit makes its batches small)."""
    if not rows:
        return
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in _COLUMNS)
    placeholders = ", ".join(["%s"] * len(_COLUMNS))
    sql = f"INSERT INTO {quote(Observation._meta.db_table)} ({columns}) VALUES ({placeholders})"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            cursor.executemany(sql, rows[start : start + BATCH])
