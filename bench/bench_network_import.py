"""Time importing a generated 5,000-row network sheet (preview + commit) into a fresh database.

Run: DEMO_MODE=1 .venv/bin/python bench/bench_network_import.py [--rows N]
Prints one line of figures; the goal is under 10 s for 5,000 rows.
"""

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
os.environ.setdefault("DEMO_MODE", "1")
_db = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{_db}"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402

from yhdyspinta.documents.spreadsheets import write_xlsx  # noqa: E402
from yhdyspinta.networks.models import Network, NetworkMember  # noqa: E402
from yhdyspinta.networks.services.columns import network_columns  # noqa: E402
from yhdyspinta.networks.services.committing import commit_preview  # noqa: E402
from yhdyspinta.networks.services.importing import build_preview  # noqa: E402
from yhdyspinta.organizations.models import Organization  # noqa: E402

WORDS = ["hyvinvointi", "päihdetyö", "perhekeskus", "nuoret", "työllisyys",
         "kotoutuminen", "valmius", "liikunta", "kulttuuri", "ikäihmiset", "opiskeluhuolto",
         "järjestöt"]  # fmt: skip
THEMES = ["employment", "integration", "family_centre", "student_welfare",
          "substance_prevention", "preparedness", "lifestyle_guidance", "loneliness"]  # fmt: skip
TARGETS = ["children_families", "young_people", "working_age", "older_people", "everyone"]


def generated_rows(n: int, partners: list[str], rng: random.Random) -> list[dict]:
    rows = []
    for i in range(n):
        words = rng.sample(WORDS, 3)
        members = rng.sample(partners, rng.randint(2, 6))
        rows.append({
            "name": f"{words[0].capitalize()}verkosto {i}",
            "purpose": " ".join(rng.choice(WORDS) for _ in range(12)),
            "themes": rng.sample(THEMES, rng.randint(1, 2)),
            "target_groups": rng.sample(TARGETS, rng.randint(1, 2)),
            "members": "; ".join(members[1:]),
            "coordinator": members[0],
            "county_participates": rng.random() < 0.5,
            "meeting_frequency": rng.choice(["monthly", "quarterly", "twice_a_year"]),
            "reports_to": "Hyvinvointityöryhmä",
            "contact": f"Henkilö {i}",
            "email": f"henkilo.{i}@kunta.example.fi",
            "owner": "",
            "status": "active",
        })  # fmt: skip
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    from yhdyspinta.demo.context import DemoContext
    from yhdyspinta.demo.steps import s10_organizations

    s10_organizations.load(DemoContext())
    joensuu = Organization.objects.get(code="167", kind="municipality")
    rng = random.Random(7)
    partners = [f"Kumppani {i} ry" for i in range(150)]
    partners += list(Organization.objects.values_list("name_fi", flat=True))
    data = write_xlsx(
        network_columns(joensuu.county_id),
        generated_rows(args.rows, partners, rng),
        sheet_title="Verkostot",
    )
    started = time.perf_counter()
    preview = build_preview(data, filename="bench.xlsx", organization=joensuu)
    previewed = time.perf_counter()
    counts = commit_preview(preview)
    finished = time.perf_counter()
    print(
        f"rows={args.rows} file_kb={len(data) // 1024} preview_s={previewed - started:.2f} "
        f"commit_s={finished - previewed:.2f} total_s={finished - started:.2f} "
        f"networks={Network.objects.count()} members={NetworkMember.objects.count()} "
        f"new_orgs={counts['organisations']} goal_s=10"
    )


if __name__ == "__main__":
    main()
