"""The indicator API: observations per second served, CSV streamed and JSON cursor pages.

    DEMO_MODE=1 DATABASE_URL=sqlite:////tmp/bench-indicator-api.sqlite3 \
        .venv/bin/python bench/bench_indicator_api.py [--rows 110400]

Migrates the database DATABASE_URL names, replaces its observations with ROWS synthetic ones
(5 indicators x areas x 23 years x 3 genders) and reads them back through the WSGI stack
(Django's test client, no network): `/api/v1/observations/?format=csv` (one streamed
response), JSON pages of 500 (the maximum) following the cursor, and the statistics CSV.
Goal: at least 50,000 observations a second for the observations CSV.
"""

import argparse
import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test import Client  # noqa: E402

from yhdyspinta.indicators.models import Area, Indicator, Observation  # noqa: E402
from yhdyspinta.indicators.services.upsert import Row, upsert_observations  # noqa: E402

GENDERS = ("male", "female", "total")
YEARS = range(2001, 2024)


def build(rows: int) -> int:
    Observation.objects.all().delete()
    indicators = [
        Indicator.objects.get_or_create(
            code=f"bench-{i}", defaults={"title_fi": f"Bench {i}", "value_type": "percentage"}
        )[0]
        for i in range(5)
    ]
    n_areas = max(1, rows // (5 * len(YEARS) * len(GENDERS)))
    areas = [
        Area.objects.get_or_create(
            sotkanet_id=700000 + i, defaults={"category": "KUNTA", "name_fi": f"Alue {i}"}
        )[0]
        for i in range(n_areas)
    ]
    with transaction.atomic():
        upsert_observations(
            Row(ind.pk, area.pk, year, gender, 10.0 + year % 7, 100.0 + year % 5)
            for ind in indicators
            for area in areas
            for year in YEARS
            for gender in GENDERS
        )
    return Observation.objects.count()


def timed_csv(client, url: str) -> tuple[int, float]:
    start = time.perf_counter()
    response = client.get(url)
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1
    return lines, time.perf_counter() - start


def timed_json(client, url: str) -> tuple[int, float]:
    start, count = time.perf_counter(), 0
    while url:
        body = client.get(url).json()
        count += len(body["results"])
        url = body["next"]
    return count, time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=110_400)
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    total = build(args.rows)
    client = Client()
    print(f"observations in the database: {total:,}")
    for label, function, url in (
        ("observations CSV (streamed)", timed_csv, "/api/v1/observations/?format=csv"),
        ("observations JSON (cursor, 500 a page)", timed_json,
         "/api/v1/observations/?limit=500"),
        ("observation statistics CSV (streamed)", timed_csv,
         "/api/v1/observation-statistics/?format=csv"),
    ):  # fmt: skip
        function(client, url.replace("?", "?year_from=2023&"))  # warm up
        count, seconds = function(client, url)
        print(f"{label}: {count:,} rows in {seconds:.2f} s = {count / seconds:,.0f} rows/s")


if __name__ == "__main__":
    main()
