"""Report PDFs: the background rendering of the public Joensuu report and the time to serve
the stored file afterwards (the request path never renders).

    DEMO_MODE=1 DATABASE_URL=sqlite:////tmp/bench-report-pdf.sqlite3 \
        .venv/bin/python bench/bench_report_pdf.py

Uses the database DATABASE_URL names (migrates it, loads the demo) and MEDIA_ROOT for the
files. Prints one line per figure.
"""

import os

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
django.setup()

from bench_indicators import timed  # noqa: E402  (bench/ is on the path)
from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from yhdyspinta.indicators.models import ReportPublication, ReportTemplate, StoredPdf  # noqa: E402
from yhdyspinta.organizations.models import Organization  # noqa: E402


def download(client, url):
    response = client.get(url)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return response.status_code, len(body)


def main():
    settings.ALLOWED_HOSTS = ["*"]
    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)
    template = ReportTemplate.objects.order_by("-version").first()
    joensuu = Organization.objects.get(code="167", kind="municipality")
    publication, _ = ReportPublication.objects.update_or_create(
        organization=joensuu,
        year=2024,
        defaults={"template": template, "slug": "bench-joensuu-2024", "is_public": True},
    )
    StoredPdf.objects.all().delete()
    url = f"/indicators/reports/public/{publication.slug}/report.pdf"
    client = Client(HTTP_ACCEPT_LANGUAGE="fi")
    status, _size = timed("first anonymous request (enqueues, renders nothing)", lambda: download(
        client, url))  # fmt: skip
    print(f"  answered {status} (the first request of the process also imports the views)")
    status, _size = timed("a request while it is being prepared", lambda: download(
        client, url), 5)  # fmt: skip
    print(f"  answered {status}")
    timed("the worker renders and stores the PDF (db_worker --batch)", lambda: call_command(
        "db_worker", "--batch", "--no-startup-delay", verbosity=0))  # fmt: skip
    stored = StoredPdf.objects.get()
    print(f"  {stored.status}, {stored.file.size / 1024:.0f} KiB, "
          f"rendering {stored.render_seconds:.1f} s")  # fmt: skip
    status, size = timed("serve the stored PDF (anonymous)", lambda: download(client, url), 20)
    print(f"  answered {status}, {size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
