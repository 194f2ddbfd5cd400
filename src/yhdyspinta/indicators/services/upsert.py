"""Idempotent upsert of observations: a rerun with the same data writes nothing.

One statement per batch, `INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE <a value changed>`:
the database itself merges, so two imports at once cannot clash on the unique key (the
second waits for the first's rows, then updates or leaves them), and unchanged rows are not
written. On PostgreSQL the rows are first copied (`COPY`) into a temporary staging table and
merged in key order with one `INSERT ... SELECT`; on SQLite batches of parameterised rows.
Rows are consumed as an iterator, a batch at a time, and each batch is first compared with
the rows the database holds (one indexed read), so that only new and changed rows are sent:
a rerun that changes nothing is a read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from django.db import connection

from ..models import Observation

BATCH = 5000


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


_KEY = ("indicator_id", "area_id", "year", "gender")
_DATA = ("value", "numerator", "denominator")
_COLUMNS = (*_KEY, *_DATA)
_key_of = itemgetter(0, 1, 2, 3)


def upsert_observations(rows: Iterable[Row]) -> UpsertCounts:
    """Create new observations, update changed ones, leave equal ones alone.

    The caller owns the transaction. `rows` are read once, a batch at a time; keys must be
    unique within them (the readers refuse a key given twice).
    """
    return upsert_tuples(_as_tuple(row) for row in rows)


def upsert_tuples(tuples: Iterable[tuple]) -> UpsertCounts:
    """`upsert_observations` of plain tuples in `_COLUMNS` order (the importers' fast path).

    Each batch is first compared with what the database holds for its (indicator, area)
    pairs (one indexed read per indicator of the batch); only new and changed rows are
    written, so a rerun that changes nothing writes nothing and costs a read."""
    counts = UpsertCounts()
    tuples = iter(tuples)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _copy_and_merge(cursor, _table(), _changed_batches(cursor, tuples, counts), counts)
        else:
            sql = _upsert_sql(_table(), "VALUES (" + ", ".join(["%s"] * len(_COLUMNS)) + ")")
            for batch in _changed_batches(cursor, tuples, counts):
                # in key order, each row lands next to the one before it in the unique index
                cursor.executemany(sql, sorted(batch, key=_key_of))
    return counts


def _table() -> str:
    return Observation._meta.db_table


def _changed_batches(cursor, tuples, counts: UpsertCounts):
    """Batches of the rows that differ from the database (new or changed), counted."""
    while batch := list(islice(tuples, BATCH)):
        existing = _existing(cursor, batch)
        if not existing:  # none of the batch's (indicator, area) pairs is stored yet
            counts.created += len(batch)
            yield batch
            continue
        changed = []
        for row in batch:
            old = existing.get(row[:4])
            if old is None:
                counts.created += 1
                changed.append(row)
            elif old != row[4:]:
                counts.updated += 1
                changed.append(row)
            else:
                counts.unchanged += 1
        if changed:
            yield changed


def _existing(cursor, batch: list[tuple]) -> dict[tuple, tuple]:
    """(indicator, area, year, gender) -> (value, numerator, denominator) in the database,
    for the (indicator, area) pairs of ``batch``."""
    areas: dict[int, set[int]] = {}
    for row in batch:
        areas.setdefault(row[0], set()).add(row[1])
    quote = connection.ops.quote_name
    columns = ", ".join(quote(c) for c in ("area_id", "year", "gender", *_DATA))
    found: dict[tuple, tuple] = {}
    for indicator, ids in areas.items():
        marks = ", ".join(["%s"] * len(ids))
        cursor.execute(
            f"SELECT {columns} FROM {quote(_table())} WHERE {quote('indicator_id')} = %s "
            f"AND {quote('area_id')} IN ({marks})",
            [indicator, *ids],
        )
        for area, year, gender, *data in cursor.fetchall():
            found[indicator, area, year, gender] = tuple(data)
    return found


def _as_tuple(row: Row) -> tuple:
    return (row.indicator_id, row.area_id, row.year, row.gender, row.value, row.numerator,
            row.denominator)  # fmt: skip


def _upsert_sql(table: str, source: str) -> str:
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in _COLUMNS)
    key = ", ".join(quote(column) for column in _KEY)
    updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in _DATA)
    distinct = "IS DISTINCT FROM" if connection.vendor == "postgresql" else "IS NOT"
    changed = " OR ".join(
        f"{quote(table)}.{quote(c)} {distinct} excluded.{quote(c)}" for c in _DATA
    )
    return (
        f"INSERT INTO {quote(table)} ({columns}) {source} "
        f"ON CONFLICT ({key}) DO UPDATE SET {updates} WHERE {changed}"
    )


def _copy_and_merge(cursor, table: str, batches, counts: UpsertCounts) -> None:
    """PostgreSQL: COPY the changed rows into a staging table (a COPY per batch: the reads
    of the next batch go between), then one INSERT ... SELECT in key order. The counts come
    from the merge itself (RETURNING), so they stay right when another import got there
    first."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in _COLUMNS)
    cursor.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS observation_staging (indicator_id bigint, "
        "area_id bigint, year smallint, gender varchar(6), value double precision, "
        "numerator double precision, denominator double precision) ON COMMIT DROP"
    )
    cursor.execute("TRUNCATE observation_staging")
    staged = 0
    for batch in batches:
        with cursor.cursor.copy(f"COPY observation_staging ({columns}) FROM STDIN") as copy:
            for row in batch:
                copy.write_row(row)
        staged += len(batch)
    seen = counts.created + counts.updated + counts.unchanged
    if not staged:
        counts.created = counts.updated = 0
        counts.unchanged = seen
        return
    key = ", ".join(quote(column) for column in _KEY)
    source = f"SELECT {columns} FROM observation_staging ORDER BY {key}"
    cursor.execute(_upsert_sql(table, source) + " RETURNING (xmax = 0)")
    flags = [inserted for (inserted,) in cursor.fetchall()]
    counts.created = sum(flags)
    counts.updated = len(flags) - counts.created
    counts.unchanged = seen - len(flags)
