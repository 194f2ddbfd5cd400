"""The plan's report page (/plans/<id>/report/) as a new web server process sees it: the first
request of the process, and the next ones (not a test: prints figures).

Prepare a demo var folder first, and let the worker do its tasks (the chart drawing after the
demo's import):

    export DEMO_MODE=1 YHDYSPINTA_VAR_DIR=/tmp/planbench
    .venv/bin/yhdyspinta demo --no-serve
    .venv/bin/python -m yhdyspinta.cli db_worker --batch --queue-name '*'
    .venv/bin/python bench/bench_plan_report.py [--repeat 3]

Each measurement runs in a new process, once with the default chart store (files under
var/cache, which the worker filled) and once with CACHE_URL=locmem:// (each process its own:
what a web process had before, nothing drawn by the worker is seen).
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MEASURE = """
import json, time
import django
django.setup()
from django.test import Client
from yhdyspinta.documents import chart_cache
from yhdyspinta.plans.models import Plan
client = Client()
client.post("/login/", {"username": "hva", "password": "demo1234"})
figures = {}
for plan in (Plan.objects.filter(owner__kind="county").order_by("pk").first(),
             Plan.objects.filter(owner__name_fi="Joensuu").order_by("pk").first()):
    url = f"/plans/{plan.pk}/report/"
    times = []
    for _ in range(3):
        drawn = chart_cache.DRAWN.count
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start, chart_cache.DRAWN.count - drawn))
        assert response.status_code == 200, response.status_code
    figures[plan.owner.name_fi] = times
print(json.dumps(figures))
"""


def measure(cache_url: str | None) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "yhdyspinta.settings"}
    env["PYTHONPATH"] = str(ROOT / "src")
    if cache_url is not None:
        env["CACHE_URL"] = cache_url
    else:
        env.pop("CACHE_URL", None)
    out = subprocess.run(
        [sys.executable, "-c", MEASURE], env=env, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if "YHDYSPINTA_VAR_DIR" not in os.environ:
        sys.exit("Set YHDYSPINTA_VAR_DIR to a prepared demo folder (see the docstring).")
    for label, url in (("files (default)", None), ("locmem://", "locmem://")):
        runs = [measure(url) for _ in range(args.repeat)]
        for plan in runs[0]:
            first = [run[plan][0][0] for run in runs]
            later = [t for run in runs for t, _drawn in run[plan][1:]]
            drawn = [run[plan][0][1] for run in runs]
            print(
                f"{label:16} {plan:32} first request median {statistics.median(first):.2f} s "
                f"(charts drawn {max(drawn)}), later median {statistics.median(later):.2f} s"
            )


if __name__ == "__main__":
    main()
