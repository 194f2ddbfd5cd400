"""The observation upsert: ON CONFLICT DO UPDATE only where a value changed; counts right on
both databases; two imports at once on PostgreSQL merge instead of failing on the key."""

import threading
import time

import pytest
from django.db import connection, connections, transaction

from yhdyspinta.indicators.models import Observation
from yhdyspinta.indicators.services.upsert import Row, upsert_observations

from .factories import AreaFactory, IndicatorFactory


def _rows(indicator, areas, value=1.0, years=range(2000, 2010)):
    return [Row(indicator.pk, area.pk, year, "total", value + year, None) for area in areas
            for year in years]  # fmt: skip


@pytest.mark.django_db
def test_counts_created_updated_unchanged():
    indicator, areas = IndicatorFactory(), AreaFactory.create_batch(3)
    first = upsert_observations(iter(_rows(indicator, areas)))
    assert (first.created, first.updated, first.unchanged) == (30, 0, 0)
    again = upsert_observations(iter(_rows(indicator, areas)))
    assert (again.created, again.updated, again.unchanged, again.written) == (0, 0, 30, 0)
    changed = _rows(indicator, areas[:1], value=2.0) + _rows(indicator, areas[1:])
    changed.append(Row(indicator.pk, areas[0].pk, 2020, "total", 5.0, 3.0))
    mixed = upsert_observations(changed)
    assert (mixed.created, mixed.updated, mixed.unchanged) == (1, 10, 20)
    assert Observation.objects.get(area=areas[0], year=2001).value == 2003.0
    assert Observation.objects.get(area=areas[0], year=2020).numerator == 3.0
    count_only = [Row(indicator.pk, areas[0].pk, 2020, "total", 5.0, None)]
    assert upsert_observations(count_only).updated == 1  # a count removed is a change
    assert Observation.objects.get(area=areas[0], year=2020).numerator is None


@pytest.mark.django_db(transaction=True)
def test_two_imports_at_once_merge_on_postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite writes one transaction at a time; the race is PostgreSQL's")
    indicator, areas = IndicatorFactory(), AreaFactory.create_batch(20)
    start = threading.Barrier(2)
    errors, results = [], {}

    def run(name, value, hold):
        try:
            start.wait(timeout=10)
            with transaction.atomic():
                results[name] = upsert_observations(_rows(indicator, areas, value=value))
                time.sleep(hold)  # keep the rows locked while the other import arrives
        except Exception as exc:  # noqa: BLE001 (the test reports it)
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=("a", 1.0, 0.5)),
        threading.Thread(target=run, args=("b", 2.0, 0.0)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert errors == []
    assert Observation.objects.filter(indicator=indicator).count() == 200
    created = results["a"].created + results["b"].created
    assert created == 200
    assert results["a"].written == results["b"].written == 200


@pytest.mark.django_db
def test_an_observation_id_is_a_plain_rowid_on_sqlite_and_an_identity_on_postgresql():
    """AUTOINCREMENT made SQLite update sqlite_sequence on every imported row (half of a large
    import's time, docs/decisions/0005); new ids still come after every stored one."""
    table = Observation._meta.db_table
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [table])
            (sql,) = cursor.fetchone()
            assert '"id" integer NOT NULL PRIMARY KEY' in sql
            assert "AUTOINCREMENT" not in sql
        else:
            columns = connection.introspection.get_table_description(cursor, table)
            (column,) = [c for c in columns if c.name == "id"]
            assert column.is_autofield
    indicator, areas = IndicatorFactory(), AreaFactory.create_batch(2)
    upsert_observations(_rows(indicator, areas[:1]))
    highest = Observation.objects.order_by("-pk").first().pk
    upsert_observations(_rows(indicator, areas[1:]))
    new = Observation.objects.filter(area=areas[1]).values_list("pk", flat=True)
    assert min(new) > highest
