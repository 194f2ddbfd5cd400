"""Main pages use a bounded number of SQL queries, whatever the amount of data."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from factories import BodyFactory, CounterpartFactory, PersonFactory, RoleFactory


def _grow(world, n):
    for i in range(n):
        person = PersonFactory(organization=world.m1 if i % 2 else world.county)
        RoleFactory(person=person, theme=world.theme)
        CounterpartFactory(
            theme=world.theme,
            municipality=world.m1,
            county_person=PersonFactory(organization=world.county),
            municipality_person=person if i % 2 else PersonFactory(organization=world.m1),
        )
    BodyFactory(organization=world.county)


def _queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


@pytest.mark.parametrize(
    "page",
    [
        "organization_list",
        "organization_detail",
        "person_list",
        "person_detail",
        "directory",
        "body_detail",
        "dashboard",
    ],
)
def test_the_query_count_does_not_grow_with_the_data(client_for, world, page):
    client = client_for(world.staff)
    _grow(world, 3)
    person = world.m1.people.first()
    body = world.county.bodies.first()
    urls = {
        "organization_list": reverse("organizations:organization_list"),
        "organization_detail": reverse("organizations:organization_detail", args=[world.m1.pk]),
        "person_list": reverse("organizations:person_list"),
        "person_detail": reverse("organizations:person_detail", args=[person.pk]),
        "directory": reverse("organizations:directory"),
        "body_detail": reverse("organizations:body_detail", args=[body.pk]),
        "dashboard": reverse("web:dashboard"),
    }
    small = _queries(client, urls[page])
    _grow(world, 30)
    large = _queries(client, urls[page])
    assert large == small, f"{page}: {small} queries with little data, {large} with more"
    # The dashboard collects every app's cards (21 queries with seven apps, none per row).
    assert small <= (24 if page == "dashboard" else 20)
