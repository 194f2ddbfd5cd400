"""Serve the demo and take screenshots of the main pages into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py [--only dashboard indicators-explorer] [--port 8150]

A fresh SQLite demo (migrate + load_demo) is served by ``runserver`` on 127.0.0.1:<port>, with
background tasks run at once (so that a report PDF is there when asked for); each page is taken
at 1366 px width, full length, by Playwright driving /usr/bin/chromium, logged in as the demo
user who would look at it. Report PDFs are pictured page by page with pdftoppm at 60 dpi.
Look at every picture before committing it.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
YHDYSPINTA = str(Path(sys.executable).parent / "yhdyspinta")
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTH = 1366
# (file name, path, demo user or None for anonymous); {names} come from ``ids()``.
PAGES = [
    ("login", "/login/", None),
    ("dashboard", "/", "hva"),
    ("dashboard-joensuu", "/", "joensuu"),
    ("directory-lieksa", "/directory/?municipality={lieksa}", "hva"),
    ("organization-joensuu", "/organizations/{joensuu}/", "hva"),
    ("organizations", "/organizations/", "hva"),
    ("themes", "/themes/", "hva"),
    ("rounds", "/rounds/", "hva"),
    ("action-board", "/rounds/actions/", "joensuu"),
    ("networks", "/networks/", "joensuu"),
    ("network-overlaps", "/networks/overlaps/", "hva"),
    ("information-flow", "/networks/information-flow/?municipality={joensuu}", "hva"),
    ("indicators-explorer", "/indicators/explorer/", "hva"),
    ("municipality-card-joensuu", "/indicators/cards/{joensuu}/", "hva"),
    ("indicator-public", "/indicators/public/{diabetes}/", None),
    ("municipality-cards-public", "/indicators/public/cards/", None),
    ("municipality-card-public-joensuu", "/indicators/public/cards/{joensuu}/", None),
    ("goal", "/indicators/goals/{goal}/?area={joensuu}", "hva"),
    ("report-joensuu-page", "/indicators/reports/{template}/for/{joensuu}/", "joensuu"),
    ("front-page", "/", None),
    ("navigation", "/indicators/cards/", "hva"),
    ("grants-distribution", "/grants/{call}/distribution/", "hva"),
    ("plan-follow-up", "/plans/{plan}/follow-up/2025/", "hva"),
    ("plan-side-by-side", "/plans/{plan}/side-by-side/", "hva"),
    ("plan-report", "/plans/{plan}/report/", "hva"),
]
# (file name prefix, path, user, pages): a PDF, pictured page by page.
PDFS = [("report-joensuu", "/indicators/reports/{template}/for/{joensuu}/report.pdf", "hva", 2)]


def server_env(database: str) -> dict:
    return {
        **os.environ,
        "DEMO_MODE": "1",
        "DATABASE_URL": f"sqlite:///{database}",
        "TASKS_BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
    }


def ids(env: dict) -> dict:
    """Primary keys the page paths need, read from the demo database."""
    code = (
        "from yhdyspinta.organizations.models import Organization as O;"
        "from yhdyspinta.indicators.models import Indicator, ReportTemplate, SharedGoal;"
        "m={o.name.lower(): o.pk for o in O.objects.filter(kind='municipality')};"
        "m['diabetes']=Indicator.objects.get(sotkanet_id=683).pk;"
        "m['goal']=SharedGoal.objects.order_by('order').first().pk;"
        "m['template']=ReportTemplate.objects.get(name='Yhteinen raportointipohja', version=1).pk;"
        "from yhdyspinta.grants.models import GrantCall;"
        "from yhdyspinta.plans.models import Plan;"
        "m['call']=GrantCall.objects.get(year=2024, kind='operating').pk;"
        "m['plan']=Plan.objects.get(slug='pohjois-karjala-2025-2028').pk;"
        "print(repr(m))"
    )
    out = subprocess.run(
        [YHDYSPINTA, "shell", "-c", code], env=env, check=True, capture_output=True, text=True
    )
    return eval(out.stdout.strip().splitlines()[-1])  # noqa: S307 - our own repr of a dict


def serve(port: int, env: dict) -> subprocess.Popen:
    for command in (["migrate", "--verbosity", "0"], ["load_demo"]):
        done = subprocess.run([YHDYSPINTA, *command], env=env, capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr[-3000:]}")
    log = tempfile.TemporaryFile(mode="w+")  # noqa: SIM115 - read back when the server fails
    server = subprocess.Popen(
        [YHDYSPINTA, "runserver", f"127.0.0.1:{port}", "--noreload", "--insecure"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    for _attempt in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    log.seek(0)
    raise SystemExit(f"the demo server did not start:\n{log.read()[-3000:]}")


def take(base: str, keys: dict, only) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        sessions = {}

        def page_of(user):
            if user not in sessions:
                context = browser.new_context(
                    viewport={"width": WIDTH, "height": 900}, locale="fi-FI"
                )
                page = context.new_page()
                if user:
                    page.goto(f"{base}/login/")
                    page.fill("#id_username", user)
                    page.fill("#id_password", "demo1234")
                    page.click("form.form button[type=submit]")
                    page.wait_for_url(f"{base}/")
                sessions[user] = page
            return sessions[user]

        for name, path, user in PAGES:
            if only and name not in only:
                continue
            page = page_of(user)
            response = page.goto(base + path.format(**keys))
            if response is None or response.status != 200:
                print(f"skip {name}: {path} answered {response.status if response else '-'}")
                continue
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
            print(f"saved {name}.png")
        for name, path, user, count in PDFS:
            if only and name not in only:
                continue
            response = page_of(user).request.get(base + path.format(**keys), timeout=120_000)
            if response.headers.get("content-type") != "application/pdf":
                print(f"skip {name}: {path} answered {response.status}, not a PDF")
                continue
            with tempfile.TemporaryDirectory() as tmp:
                pdf = Path(tmp) / "file.pdf"
                pdf.write_bytes(response.body())
                subprocess.run(
                    ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", str(count), pdf, f"{tmp}/p"],
                    check=True,
                )
                for index, picture in enumerate(sorted(Path(tmp).glob("p-*.png")), start=1):
                    picture.replace(OUT / f"{name}-{index}.png")
                    print(f"saved {name}-{index}.png")
        browser.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--only", nargs="*", help="file names without .png")
    parser.add_argument(
        "--database", help="an SQLite file to keep and reuse (load_demo is idempotent)"
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = server_env(args.database or f"{tmp}/screenshots.sqlite3")
        server = serve(args.port, env)
        try:
            take(f"http://127.0.0.1:{args.port}", ids(env), args.only)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
