"""Documents: the Joensuu report PDF and the Joensuu municipality card PDF, with a cold and
a warm chart store.

    DEMO_MODE=1 DATABASE_URL=sqlite:////tmp/bench-documents.sqlite3 [CACHE_URL=redis://...] \
        .venv/bin/python bench/bench_documents.py [--load-demo] [--repeat 3] [--profile]

Uses the database DATABASE_URL names (`--load-demo` migrates it and loads the demo first).
Cold: the chart store emptied, every chart drawn while rendering. Warm: the charts pre-drawn
by the background task's function (`predraw_report`, Joensuu only, Finnish), then rendered
as a second app server would: a fresh connection to the shared cache, nothing kept in the
process. Prints seconds per
rendering (building the report, WeasyPrint) and the charts drawn.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.template.loader import render_to_string  # noqa: E402
from django.test import RequestFactory  # noqa: E402
from django.utils import translation  # noqa: E402

from yhdyspinta.documents import chart_cache  # noqa: E402
from yhdyspinta.documents.pdf import render_pdf_from_html  # noqa: E402
from yhdyspinta.indicators.models import ReportTemplate  # noqa: E402
from yhdyspinta.indicators.reporting.services.report_pdfs import report_pdf_bytes  # noqa: E402
from yhdyspinta.indicators.reporting.services.reports import (  # noqa: E402
    build_report,
    template_with_sections,
)
from yhdyspinta.indicators.services import chart_store  # noqa: E402
from yhdyspinta.indicators.views.cards import _card_context  # noqa: E402
from yhdyspinta.organizations.models import Organization  # noqa: E402


def second_server():
    """What another app server sees: a new connection to the cache, no memory of its own."""
    caches["default"].close()
    del caches["default"]


def report_pdf(template_pk, organization, year):
    started = time.perf_counter()
    report = build_report(template_with_sections(template_pk), organization, year)
    built = time.perf_counter()
    content = report_pdf_bytes(report, public=True)
    return built - started, time.perf_counter() - built, len(content)


def card_pdf(organization, user):
    request = RequestFactory().get("/")
    request.user = user
    started = time.perf_counter()
    context = _card_context(request, organization.pk)
    html = render_to_string("indicators/card_print.html", context, request=request)
    built = time.perf_counter()
    content = render_pdf_from_html(html)
    return built - started, time.perf_counter() - built, len(content)


def measure(label, function, repeat, before=None):
    rows = []
    for _ in range(repeat):
        if before:
            before()
        drawn = chart_cache.DRAWN.count
        build, pdf, size = function()
        rows.append((build + pdf, build, pdf, chart_cache.DRAWN.count - drawn, size))
    total, build, pdf = (statistics.median(r[i] for r in rows) for i in range(3))
    print(
        f"{label}: median {total:.2f} s of {repeat} (building {build:.2f} s, "
        f"WeasyPrint {pdf:.2f} s), charts drawn "
        f"{rows[-1][3]}, {rows[-1][4] / 1024:.0f} KiB; all: "
        + ", ".join(f"{r[0]:.2f}" for r in rows)
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--load-demo", action="store_true")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    if args.load_demo:
        call_command("migrate", verbosity=0)
        call_command("load_demo", verbosity=0)
    print(f"cache: {settings.CACHES['default']['BACKEND']}")
    translation.activate("fi")
    joensuu = Organization.objects.select_related("parent_county").get(
        code="167", kind="municipality"
    )
    template = ReportTemplate.objects.filter(county=joensuu.parent_county).order_by("-version")[0]
    user = get_user_model().objects.get(username="hva")
    report = lambda: report_pdf(template.pk, joensuu, 2024)  # noqa: E731
    measure("report PDF, cold chart store", report, args.repeat, caches["default"].clear)
    caches["default"].clear()
    started = time.perf_counter()
    drawn = chart_cache.DRAWN.count
    chart_store.predraw_report(template.pk, joensuu, ["fi"])
    print(f"pre-drawing task: {time.perf_counter() - started:.1f} s, "
          f"{chart_cache.DRAWN.count - drawn} charts drawn")  # fmt: skip
    measure("report PDF, warm chart store (second server)", report, args.repeat, second_server)
    card = lambda: card_pdf(joensuu, user)  # noqa: E731
    measure("municipality card PDF (no charts)", card, args.repeat, second_server)
    if args.profile:
        profile = cProfile.Profile()
        profile.runcall(report)
        pstats.Stats(profile).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
