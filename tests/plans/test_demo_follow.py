"""The demo's Joensuu plan (goals on the shared goals, for the side-by-side view) and the
regional plan's 2025 follow-up with varied statuses and indicator values."""

from io import StringIO

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from yhdyspinta.plans.models import Plan, ReviewEntry


def test_the_demo_has_joensuus_plan_and_a_2025_follow_up(db):
    call_command("load_demo", stdout=StringIO())
    joensuu = Plan.objects.get(slug="joensuu-2025-2028")
    assert joensuu.owner.code == "167"
    assert joensuu.goals.exclude(shared_goal=None).count() == 2
    regional = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    statuses = set(
        ReviewEntry.objects.filter(review__plan=regional, review__year=2025).values_list(
            "status", flat=True
        )
    )
    assert {"on_track", "delayed", "done", "not_started"} <= statuses
    client = Client()
    client.post("/login/", {"username": "joensuu", "password": "demo1234"})
    side = client.get(reverse("plans:side_by_side", args=[regional.pk])).content.decode()
    assert "Nuorten mielen hyvinvointi vahvistuu Joensuussa" in side
    follow = client.get(reverse("plans:follow_up", args=[regional.pk, 2025])).content.decode()
    assert "Mielenterveystaitojen opetus" in follow  # Joensuu's measure
    assert "PAKKA-toimintamalli" not in follow  # the county's, not hers
