"""Benchmark of stored overlap detection at county scale (issue 8, point 6).

Run: DEMO_MODE=1 .venv/bin/python bench/bench_overlaps_scale.py [--networks 50000]
         [--cluster 2000] [--db /tmp/bench_overlaps_scale.sqlite3]

Builds (seeded) one county with 13 municipalities and --networks networks in a SQLite database
of its own: near-identical clusters (one of --cluster networks, the same sheet imported under
many names, and 500 small ones of 6) among varied networks (purposes of common and made-up
words) with shared partners and people. Then prints:

* the whole computation (what the background task runs: read the register, score in chunks,
  keep each network's best pairs, store them), timed in a subprocess whose peak memory is its
  resource.getrusage maxrss;
* the dashboard (a coordinator) and the overlaps page (county staff, pages 1 and 2), timed
  with Django's test client, with their SQL query counts.

Prints figures; it is not a test (docs/benchmarks.md records them with the machine).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django(db: str) -> None:
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DEMO_MODE", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
    os.environ["TASKS_BACKEND"] = "django_tasks.backends.dummy.DummyBackend"
    sys.path.insert(0, str(ROOT / "src"))
    import django

    django.setup()


WORDS = (
    "nuoret perheet ikäihmiset työllisyys kotoutuminen liikunta kulttuuri päihteet "
    "mielenterveys koulu neuvola järjestöt asuminen turvallisuus osallisuus ravitsemus "
    "yksinäisyys harrastukset vapaaehtoiset seurakunta kirjasto ohjaus palveluohjaus "
    "valmius lähisuhdeväkivalta liikenne kaavoitus vammaiset omaishoitajat"
).split()


SYLLABLES = "ka ko ku la lo lu ma mi mu na ni no pa pe pi ra ri ro sa se si ta te ti va".split()


def vocabulary(rng: random.Random, size: int = 4000) -> list[str]:
    """Made-up words (a real register's purposes use thousands of distinct words)."""
    words = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 5))))
    return sorted(words)


def build(count: int, cluster: int, seed: int = 1) -> None:
    from django.core.management import call_command
    from django.db import transaction

    from yhdyspinta.networks.models import Network, NetworkMember, NetworkPerson
    from yhdyspinta.organizations.models import Organization, Person, Theme

    call_command("migrate", verbosity=0)
    rng = random.Random(seed)
    made_up = vocabulary(rng)
    with transaction.atomic():
        county = Organization.objects.create(kind="county", name_fi="Penkkialue", code="99")
        municipalities = [
            Organization.objects.create(
                kind="municipality", name_fi=f"Kunta {i}", code=f"9{i:02d}", parent_county=county
            )
            for i in range(13)
        ]
        partners = Organization.objects.bulk_create(
            Organization(
                kind="other", name_fi=f"Kumppani {i}", parent_county=county, legal_form="other"
            )
            for i in range(400)
        )
        people = Person.objects.bulk_create(
            Person(first_name="Etu", last_name=f"Suku {i}", organization=municipalities[i % 13])
            for i in range(2000)
        )
        themes = [
            Theme.objects.get_or_create(slug=f"bench_{i}", defaults={"name_fi": f"Teema {i}"})[0]
            for i in range(10)
        ]
        owners = [county, *municipalities]
        rows = []
        spec = []  # (themes, partners, people) per network
        for i in range(count):
            if i < cluster:  # one sheet imported many times: every pair overlaps
                name, purpose = f"Päihdetyöryhmä {i}", "Ehkäisevä päihdetyö, PAKKA-malli."
                owner, net_themes, net_partners, net_people = owners[1], [0], [1, 2], [1]
            elif i < cluster + 3000:  # 500 small clusters of 2-10 near-identical networks
                group = (i - cluster) // 6
                words = " ".join(made_up[(group * 7 + k) % len(made_up)] for k in range(6))
                name, purpose = f"Ryhmä {group} {i}", f"Yhteistyö: {words}."
                owner = owners[group % len(owners)]
                net_themes, net_partners, net_people = [group % 10], [group % 400], [group % 2000]
            else:
                words = " ".join(rng.sample(WORDS, 2) + rng.sample(made_up, 6))
                name, purpose = f"Verkosto {i}", f"Tavoitteena {words} {rng.randrange(10**6)}."
                owner = rng.choice(owners)
                net_themes = rng.sample(range(10), rng.randint(0, 2))
                net_partners = rng.sample(range(400), rng.randint(0, 4))
                net_people = rng.sample(range(2000), rng.randint(0, 5))
            rows.append(
                Network(owner=owner, name=name, purpose=purpose, target_groups="young_people")
            )
            spec.append((net_themes, net_partners, net_people))
        Network.objects.bulk_create(rows, batch_size=2000)
        through = Network.themes.through
        through.objects.bulk_create(
            (through(network_id=n.pk, theme_id=themes[t].pk)
             for n, (ts, _p, _q) in zip(rows, spec, strict=True) for t in ts),
            batch_size=5000,
        )  # fmt: skip
        NetworkMember.objects.bulk_create(
            (NetworkMember(network_id=n.pk, organization_id=partners[p].pk)
             for n, (_t, ps, _q) in zip(rows, spec, strict=True) for p in ps),
            batch_size=5000,
        )  # fmt: skip
        NetworkPerson.objects.bulk_create(
            (NetworkPerson(network_id=n.pk, person_id=people[q].pk)
             for n, (_t, _p, qs) in zip(rows, spec, strict=True) for q in qs),
            batch_size=5000,
        )  # fmt: skip


def compute() -> None:
    """In its own process: the background task's work, with its peak memory."""
    from yhdyspinta.networks.services.stored import store_overlaps
    from yhdyspinta.organizations.models import Organization

    county = Organization.objects.get(kind="county", code="99")
    started = time.perf_counter()
    record = store_overlaps(county.pk)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(
        f"computation: {elapsed:.1f} s, peak memory (maxrss) {peak:.0f} MiB; "
        f"{record.network_count} networks, {record.found_count} pairs at or above "
        f"{record.min_score}, {record.pair_count} stored (each network keeps its best "
        f"{record.neighbour_limit})"
    )


def requests() -> None:
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from yhdyspinta.organizations.models import Account, Organization

    county = Organization.objects.get(kind="county", code="99")
    municipality = Organization.objects.get(code="900")
    users = {}
    for name, org, level in (("bench_staff", county, "county_staff"),
                             ("bench_coord", municipality, "coordinator")):  # fmt: skip
        user, _ = get_user_model().objects.get_or_create(username=name)
        Account.objects.get_or_create(user=user, defaults={"organization": org, "level": level})
        users[name] = user
    pages = [
        ("dashboard (coordinator)", "bench_coord", "/"),
        ("overlaps page 1 (staff)", "bench_staff", "/networks/overlaps/"),
        ("overlaps page 2 (staff)", "bench_staff", "/networks/overlaps/?page=2"),
        ("overlaps, mine (coordinator)", "bench_coord", "/networks/overlaps/?mine=1"),
        ("API overlaps (staff)", "bench_staff", "/api/v1/network-overlaps/?limit=100"),
        ("register page 1 (staff)", "bench_staff", "/networks/"),
    ]
    for label, username, path in pages:
        client = Client()
        client.force_login(users[username])
        client.get(path)  # warm up (templates, translations)
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
        print(
            f"{label}: {elapsed * 1000:.0f} ms, {len(queries)} queries, "
            f"{len(response.content) / 1024:.0f} KiB, status {response.status_code}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--networks", type=int, default=50_000)
    parser.add_argument("--cluster", type=int, default=2_000)
    parser.add_argument("--db", default="/tmp/bench_overlaps_scale.sqlite3")
    parser.add_argument("--step", choices=["all", "compute"], default="all")
    args = parser.parse_args()
    if args.step == "compute":
        setup_django(args.db)
        compute()
        return
    Path(args.db).unlink(missing_ok=True)
    setup_django(args.db)
    started = time.perf_counter()
    build(args.networks, args.cluster)
    print(f"built {args.networks} networks in {time.perf_counter() - started:.0f} s")
    subprocess.run([sys.executable, __file__, "--step", "compute", "--db", args.db], check=True)
    requests()


if __name__ == "__main__":
    main()
