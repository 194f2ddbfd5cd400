"""Take screenshots of the main pages of a running demo (make demo) into docs/screenshots/.

.venv/bin/python scripts/screenshots.py [--base http://127.0.0.1:8000] [--user hva]
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
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
    ("indicators-explorer", "/indicators/explorer/", "hva"),
    ("municipality-card-joensuu", "/indicators/cards/{joensuu}/", "hva"),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        ids = {}
        sessions = {}
        for name, path, user in PAGES:
            if args.only and name not in args.only:
                continue
            if user not in sessions:
                context = browser.new_context(
                    viewport={"width": 1280, "height": 900}, locale="fi-FI"
                )
                page = context.new_page()
                if user:
                    page.goto(f"{args.base}/login/")
                    page.fill("#id_username", user)
                    page.fill("#id_password", "demo1234")
                    page.click("form.form button[type=submit]")
                    page.wait_for_url(f"{args.base}/")
                sessions[user] = page
            page = sessions[user]
            if not ids:
                response = page.request.get(f"{args.base}/api/v1/organizations/?kind=municipality")
                for row in response.json()["results"]:
                    ids[row["name"].lower()] = row["id"]
            response = page.goto(args.base + path.format(**ids))
            if response is None or response.status != 200:
                print(f"skip {name}: {path} answered {response.status if response else '-'}")
                continue
            page.screenshot(path=str(OUT / f"{name}.png"), full_page=True)
            print(f"saved {name}.png")
        browser.close()


if __name__ == "__main__":
    main()
