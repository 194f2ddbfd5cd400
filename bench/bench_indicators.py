"""Indicators: import time of the full North Karelia snapshot, explorer and card query
counts and times.

    DEMO_MODE=1 DATABASE_URL=sqlite:////tmp/bench-indicators.sqlite3 \
        .venv/bin/python bench/bench_indicators.py

Uses the database DATABASE_URL names (migrates it); the Sotkanet snapshots come from
$YHDYSPINTA_SHARED_DATA or ../shared/data. Prints one line per figure.
"""

import os
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from yhdyspinta.indicators.models import Indicator, Observation  # noqa: E402
from yhdyspinta.indicators.services.catalogue import sotkanet_snapshot_dir  # noqa: E402
from yhdyspinta.organizations.models import Organization  # noqa: E402


def timed(label, function, repeat=1):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    print(f"{label}: median {statistics.median(times) * 1000:.0f} ms over {repeat} run(s)")
    return result


def page(client, url, repeat=5):
    client.get(url)  # warm
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    timed(f"GET {url} ({len(queries)} queries)", lambda: client.get(url), repeat)


def main():
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    folder = sotkanet_snapshot_dir()
    csv = str(folder / "north_karelia.csv")
    Observation.objects.all().delete()
    timed("import north_karelia.csv, empty table (9,848 rows)", lambda: call_command(
        "import_sotkanet", "--file", csv, verbosity=0))  # fmt: skip
    timed("import north_karelia.csv again, nothing changes", lambda: call_command(
        "import_sotkanet", "--file", csv, verbosity=0), repeat=3)  # fmt: skip
    client = Client()
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.get(username="hva"))
    joensuu = Organization.objects.get(code="167", kind="municipality")
    one = Indicator.objects.get(sotkanet_id=683)
    two = Indicator.objects.get(sotkanet_id=181)
    page(client, f"/indicators/explorer/?indicators={one.pk}")
    page(client, f"/indicators/explorer/?indicators={one.pk}&indicators={two.pk}")
    page(client, f"/indicators/explorer/data.csv?indicators={one.pk}&indicators={two.pk}")
    page(client, f"/indicators/cards/{joensuu.pk}/")
    page(client, f"/indicators/cards/{joensuu.pk}/card.pdf", repeat=3)
    page(Client(), f"/indicators/public/{one.pk}/")


if __name__ == "__main__":
    main()
