"""The "what changed since the latest version" page of a large plan: the demo's regional plan
with its goals, measures and measure indicators copied until it has ``--times`` as many, all
new since the latest ready version (the worst case: every copy is an addition).

    DEMO_MODE=1 YHDYSPINTA_SHARED_DATA=/work/shared/data \
        .venv/bin/python bench/bench_plan_diff.py [--times 50] [--repeat 3]

Uses the database DATABASE_URL names, with the demo loaded (``yhdyspinta load_demo``); the
copies are made in a transaction that is rolled back at the end. Prints the seconds, queries
and bytes of each request, as the plan's writer (``hva``) asks for the page.
"""

import argparse
import os
import time

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "yhdyspinta.settings")
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402

from yhdyspinta.plans.models import Goal, Plan  # noqa: E402

SLUG = "pohjois-karjala-2025-2028"


class RollbackError(Exception):
    pass


def _copy(obj, **changes):
    obj.pk = None
    obj.id = None
    obj._state.adding = True
    for name, value in changes.items():
        setattr(obj, name, value)
    obj.save()
    return obj


def enlarge(plan: Plan, times: int) -> tuple[int, int, int]:
    goals = list(Goal.objects.filter(plan=plan).prefetch_related("measures__indicators",
                                                                 "measures__partners"))  # fmt: skip
    for n in range(1, times):
        for goal in goals:
            measures = list(goal.measures.all())
            new_goal = _copy(
                Goal.objects.get(pk=goal.pk),
                title=f"{goal.title} ({n + 1})",
                shared_goal=None,
                order=goal.order + 10 * n,
            )
            for measure in measures:
                indicators = list(measure.indicators.all())
                partners = list(measure.partners.all())
                new_measure = _copy(type(measure).objects.get(pk=measure.pk), goal=new_goal)
                new_measure.partners.set(partners)
                for indicator in indicators:
                    _copy(type(indicator).objects.get(pk=indicator.pk), measure=new_measure)
    goals = Goal.objects.filter(plan=plan)
    measures = sum(g.measures.count() for g in goals)
    indicators = sum(m.indicators.count() for g in goals for m in g.measures.all())
    return goals.count(), measures, indicators


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--times", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    plan = Plan.objects.get(slug=SLUG)
    client = Client()
    client.force_login(get_user_model().objects.get(username="hva"))
    url = reverse("plans:draft_diff", args=[plan.pk])
    try:
        with transaction.atomic():
            goals, measures, indicators = enlarge(plan, args.times)
            print(f"plan: {goals} goals, {measures} measures, {indicators} measure indicators")
            for _ in range(args.repeat):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url, HTTP_ACCEPT_LANGUAGE="fi")
                    took = time.perf_counter() - started
                print(f"{url}: {response.status_code}, {took:.2f} s, {len(queries)} queries, "
                      f"{len(response.content):,} bytes")  # fmt: skip
            raise RollbackError
    except RollbackError:
        pass


if __name__ == "__main__":
    main()
