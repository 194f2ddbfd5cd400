"""Page timings and SQL query counts of the main pages (not a test: prints figures).

Runs on a fresh SQLite database in a temporary folder (or DATABASE_URL if set):
  * demo: the North Karelia demo data;
  * national: the demo plus generated national-scale organisations (23 counties,
    308 municipalities, 12 people with roles and counterpart pairs per municipality).

    .venv/bin/python bench/bench_pages.py [--repeat 20] [--scale demo|national]
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DEMO_MODE", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
os.environ.setdefault("YHDYSPINTA_VAR_DIR", tempfile.mkdtemp(prefix="yhdyspinta-bench-"))


def generate_national(themes):
    from yhdyspinta.organizations.models import Counterpart, Organization, Person, Role

    counties = [
        Organization(kind="county", name_fi=f"Vertailualue {i}", code=f"{40 + i:02d}")
        for i in range(22)
    ]
    Organization.objects.bulk_create(counties)
    taken = set(Organization.objects.filter(kind="municipality").values_list("code", flat=True))
    codes = [f"{i:03d}" for i in range(1, 1000) if f"{i:03d}" not in taken][: 308 - len(taken)]
    municipalities = [
        Organization(
            kind="municipality",
            name_fi=f"Vertailukunta {code}",
            code=code,
            parent_county=counties[i % len(counties)],
        )
        for i, code in enumerate(codes)
    ]
    Organization.objects.bulk_create(municipalities)
    people, roles, pairs = [], [], []
    for org in municipalities:
        for j in range(12):
            people.append(
                Person(
                    first_name="Testi",
                    last_name=f"{org.code}-{j}",
                    organization=org,
                    email=f"t{org.code}{j}@example.fi",
                )
            )
    county_people = [
        Person(first_name="Alue", last_name=str(c.pk), organization=c) for c in counties
    ]
    Person.objects.bulk_create(people + county_people)
    by_org = {}
    for person in people:
        by_org.setdefault(person.organization_id, []).append(person)
    county_person = {p.organization_id: p for p in county_people}
    for org in municipalities:
        for j, theme in enumerate(themes[:10]):
            person = by_org[org.pk][j]
            roles.append(Role(person=person, organization=org, kind="contact", theme=theme))
            pairs.append(
                Counterpart(
                    theme=theme,
                    municipality=org,
                    municipality_person=person,
                    county_person=county_person[org.parent_county_id],
                )
            )
    Role.objects.bulk_create(roles)
    Counterpart.objects.bulk_create(pairs)
    return len(municipalities) + len(taken)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--scale", choices=["demo", "national"], default="demo")
    args = parser.parse_args()

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    from yhdyspinta.organizations.models import Body, Organization, Person, Theme

    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=open(os.devnull, "w"))
    if args.scale == "national":
        n = generate_national(list(Theme.objects.all()))
        print(f"generated national-scale data: {n} municipalities, {Person.objects.count()} people")

    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(username="hva"))
    joensuu = Organization.objects.get(code="167", kind="municipality")
    person = Person.objects.filter(organization=joensuu).first()
    pages = {
        "dashboard": reverse("web:dashboard"),
        "organization list": reverse("organizations:organization_list"),
        "organization detail": reverse("organizations:organization_detail", args=[joensuu.pk]),
        "people": reverse("organizations:person_list"),
        "person detail": reverse("organizations:person_detail", args=[person.pk]),
        "contact directory (all)": reverse("organizations:directory"),
        "contact directory (Joensuu)": reverse("organizations:directory")
        + f"?municipality={joensuu.pk}",
        "body": reverse("organizations:body_detail", args=[Body.objects.first().pk]),
        "API organisations": "/api/v1/organizations/?kind=municipality",
    }
    print(f"scale={args.scale} repeat={args.repeat} database={connection.vendor}")
    print(f"{'page':32} {'median ms':>10} {'p90 ms':>8} {'queries':>8}")
    for name, url in pages.items():
        client.get(url)  # warm
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        with CaptureQueriesContext(connection) as ctx:
            client.get(url)
        timings.sort()
        p90 = timings[int(len(timings) * 0.9) - 1]
        print(
            f"{name:32} {statistics.median(timings):10.1f} {p90:8.1f} "
            f"{len(ctx.captured_queries):8d}"
        )


if __name__ == "__main__":
    main()
