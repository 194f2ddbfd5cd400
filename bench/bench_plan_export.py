"""The welfare plan's document: time to build the content and to write docx and pdf, for the
demo's regional plan (13 municipalities' indicator tables and charts), and the same for the
plan's 2025 annual report to the council.

    DEMO_MODE=1 YHDYSPINTA_SHARED_DATA=/work/shared/data \
        .venv/bin/python bench/bench_plan_export.py

Uses the database DATABASE_URL names, with the demo loaded (``yhdyspinta load_demo``).
Prints one line per figure.
"""

import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
django.setup()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone, translation  # noqa: E402

from yhdyspinta.plans.document.annual import export_review  # noqa: E402
from yhdyspinta.plans.document.content import build_document  # noqa: E402
from yhdyspinta.plans.document.export import export_plan  # noqa: E402
from yhdyspinta.plans.models import Plan  # noqa: E402

SLUG = "pohjois-karjala-2025-2028"


def main() -> None:
    plan = Plan.objects.select_related("owner").get(slug=SLUG)
    with translation.override("fi"), CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        document = build_document(plan, timezone.localdate())
        built = time.perf_counter() - started
    print(f"content with charts: {built:.2f} s, {len(queries)} queries, "
          f"{len(document.blocks)} blocks")  # fmt: skip
    for fmt in ("docx", "pdf"):
        started = time.perf_counter()
        exported = export_plan(plan, fmt)
        print(f"{fmt}: {time.perf_counter() - started:.2f} s, {len(exported.content):,} bytes")
    for fmt in ("docx", "pdf"):  # the 2025 annual report to the council
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            exported = export_review(plan, 2025, fmt)
            took = time.perf_counter() - started
        print(f"annual report {fmt}: {took:.2f} s, {len(exported.content):,} bytes, "
              f"{len(queries)} queries")  # fmt: skip


if __name__ == "__main__":
    main()
