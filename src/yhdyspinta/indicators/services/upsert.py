"""Idempotent upsert of observations: a rerun with the same data writes nothing.

One statement per batch, `INSERT ... ON CONFLICT (key) DO UPDATE ... WHERE <a value changed>`:
the database itself merges, so two imports at once cannot clash on the unique key (the
second waits for the first's rows, then updates or leaves them), and unchanged rows are not
written. On PostgreSQL the rows are first copied (`COPY`) into a temporary staging table and
merged in key order with one `INSERT ... SELECT`; on SQLite batches of parameterised rows.
Rows are consumed as an iterator, a batch at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

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


def upsert_observations(rows: Iterable[Row]) -> UpsertCounts:
    """Create new observations, update changed ones, leave equal ones alone.

    The caller owns the transaction. `rows` are read once, a batch at a time; keys must be
    unique within them (the readers refuse a key given twice).
    """
    table = Observation._meta.db_table
    scope: set[int] = set()
    tuples = (_as_tuple(row, scope) for row in rows)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            seen, written, created = _copy_and_merge(cursor, table, tuples)
        else:
            seen, written, created = _sqlite_batches(cursor, table, tuples, scope)
    return UpsertCounts(created=created, updated=written - created, unchanged=seen - written)


def _sqlite_batches(cursor, table: str, tuples, scope: set[int]) -> tuple[int, int, int]:
    """Batches of rows, one executemany each; created = rows of the indicators after - before."""
    sql = _upsert_sql(table, "VALUES (" + ", ".join(["%s"] * len(_COLUMNS)) + ")")
    seen = written = 0
    before = None
    while batch := list(islice(tuples, BATCH)):
        if before is None:
            before = _count(cursor, table, scope)
        cursor.executemany(sql, batch)
        seen += len(batch)
        written += max(cursor.rowcount, 0)
    created = _count(cursor, table, scope) - before if seen else 0
    return seen, written, created


def _as_tuple(row: Row, scope: set[int]) -> tuple:
    scope.add(row.indicator_id)
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


def _count(cursor, table: str, indicator_ids: set[int]) -> int:
    if not indicator_ids:
        return 0
    quote = connection.ops.quote_name
    marks = ", ".join(["%s"] * len(indicator_ids))
    cursor.execute(
        f"SELECT COUNT(*) FROM {quote(table)} WHERE {quote('indicator_id')} IN ({marks})",
        sorted(indicator_ids),
    )
    return cursor.fetchone()[0]


def _copy_and_merge(cursor, table: str, tuples) -> tuple[int, int, int]:
    """PostgreSQL: COPY into a staging table, then one INSERT ... SELECT in key order."""
    quote = connection.ops.quote_name
    columns = ", ".join(quote(column) for column in _COLUMNS)
    cursor.execute(
        "CREATE TEMPORARY TABLE IF NOT EXISTS observation_staging (indicator_id bigint, "
        "area_id bigint, year smallint, gender varchar(6), value double precision, "
        "numerator double precision, denominator double precision) ON COMMIT DROP"
    )
    cursor.execute("TRUNCATE observation_staging")
    seen = 0
    with cursor.cursor.copy(f"COPY observation_staging ({columns}) FROM STDIN") as copy:
        for row in tuples:
            copy.write_row(row)
            seen += 1
    key = ", ".join(quote(column) for column in _KEY)
    source = f"SELECT {columns} FROM observation_staging ORDER BY {key}"
    cursor.execute(_upsert_sql(table, source) + " RETURNING (xmax = 0)")
    flags = [inserted for (inserted,) in cursor.fetchall()]
    return seen, len(flags), sum(flags)
