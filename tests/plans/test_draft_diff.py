"""What changed since the latest version: the plan as it is now against its latest ready
version, for the plan's writers; without a version the page says so."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from plans.factories import GoalFactory

from yhdyspinta.plans.models import PlanVersion
from yhdyspinta.plans.publishing import build_content


def _url(plan):
    return reverse("plans:draft_diff", args=[plan.pk])


def _publish(plan, number=1, status="ready"):
    content = build_content(plan, "fi") if status == "ready" else {}
    return PlanVersion.objects.create(
        plan=plan, number=number, state="draft", status=status, content=content
    )


def test_without_a_version_the_page_says_so(client_for, world, plans):
    response = client_for(world.staff).get(_url(plans["regional"]), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert "no published version yet" in response.content.decode()


def test_the_changes_since_the_version_are_marked(client_for, world, plans):
    plan = plans["regional"]
    _publish(plan)
    goal = plans["goal"]
    goal.title = "Yksinäisyys vähenee selvästi"
    goal.save()
    GoalFactory(plan=plan, title="Uusi tavoite liikunnasta")
    client = client_for(world.staff)
    versions = client.get(reverse("plans:version_list", args=[plan.pk])).content.decode()
    assert _url(plan) in versions
    page = client.get(_url(plan), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "<ins>selvästi</ins>" in page or "<ins>Yksinäisyys vähenee selvästi" in page
    assert "Uusi tavoite liikunnasta" in page
    assert "Added:" in page and "Sections without changes" in page


def test_nothing_changed_says_so(client_for, world, plans):
    plan = plans["regional"]
    _publish(plan)
    page = client_for(world.staff).get(_url(plan), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Nothing has changed since that version." in page


def test_a_version_being_prepared_is_named_and_the_ready_one_compared(client_for, world, plans):
    plan = plans["regional"]
    _publish(plan)
    _publish(plan, 2, status="pending")
    page = client_for(world.staff).get(_url(plan), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Version 2 is not ready yet" in page or "not ready yet" in page


def test_readers_who_do_not_write_the_plan_are_refused(client_for, world, plans):
    plan = plans["regional"]
    assert client_for(world.board).get(_url(plan)).status_code == 403
    assert client_for(world.coordinator).get(_url(plan)).status_code == 403
    assert client_for(world.outsider).get(_url(plan)).status_code == 404
    versions = client_for(world.board).get(reverse("plans:version_list", args=[plan.pk]))
    assert _url(plan) not in versions.content.decode()


def test_the_page_has_a_bounded_number_of_queries(client_for, world, plans):
    plan = plans["regional"]
    _publish(plan)
    client = client_for(world.staff)

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(_url(plan)).status_code == 200
        return len(ctx)

    def grow(n):
        for i in range(n):
            GoalFactory(plan=plan, title=f"Tavoite {GoalFactory._meta.model.objects.count()} {i}")

    grow(2)
    queries()
    small = queries()
    grow(5)
    assert queries() == small
