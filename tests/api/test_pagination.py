"""Every API list is paginated with a bounded page; `limit` and `offset` out of range are a
400 naming the parameter or clamped, never a server error."""

import pytest
from django.urls import reverse

from yhdyspinta.api.pagination import MAX_LIMIT, BoundedCursorPagination
from yhdyspinta.api.urls import router

HUGE = "99999999999999999999"
LIST_ROUTES = sorted(basename for _prefix, _viewset, basename in router.registry)


def test_no_viewset_pages_without_a_maximum():
    for prefix, viewset, _basename in router.registry:
        paginator = getattr(viewset, "pagination_class", None)
        assert paginator is not None, f"{prefix} is not paginated"
        assert 0 < (paginator.max_limit or 0) <= MAX_LIMIT, prefix


@pytest.mark.parametrize("basename", LIST_ROUTES)
def test_every_list_is_paginated_and_bounded(client, world, basename):
    client.force_login(world.staff)
    response = client.get(reverse(f"{basename}-list"), {"limit": MAX_LIMIT + 1})
    assert response.status_code == 200, response.content[:300]
    page = response.json()
    cursor = issubclass(_viewset(basename).pagination_class, BoundedCursorPagination)
    # a cursor page (the indicator observations) has no count: it is read to the end
    expected = {"next", "previous", "results"} if cursor else {"count", "next", "previous"}
    assert expected <= set(page), basename
    assert len(page["results"]) <= MAX_LIMIT


def _viewset(basename):
    return next(viewset for _p, viewset, name in router.registry if name == basename)


@pytest.mark.parametrize("value", ["0", "-1", "abc", HUGE])
def test_a_bad_cursor_limit_is_a_400_naming_it(client, db, value):
    response = client.get("/api/v1/observations/", {"limit": value})
    assert response.status_code == 400, value
    assert "limit" in response.json()


def test_a_limit_past_the_maximum_is_clamped(client, world):
    from yhdyspinta.organizations.api import OrganizationViewSet
    from yhdyspinta.organizations.models import Organization

    maximum = OrganizationViewSet.pagination_class.max_limit

    Organization.objects.bulk_create(
        Organization(kind="ngo", name_fi=f"Yhdistys {i}", parent_county=world.county)
        for i in range(maximum + 5)
    )
    for limit in (str(MAX_LIMIT + 1), str(2**63 - 1)):
        response = client.get("/api/v1/organizations/", {"limit": limit})
        assert response.status_code == 200, limit[:30]
        page = response.json()
        assert len(page["results"]) == maximum
        assert f"limit={maximum}" in page["next"]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("limit", "-1"),
        ("limit", "0"),
        ("limit", "abc"),
        ("limit", "1e3"),
        ("limit", "nan"),
        ("offset", "-5"),
        ("offset", "abc"),
        ("offset", HUGE),
        ("offset", "-" + HUGE),
        ("offset", "inf"),
        ("limit", HUGE),
        ("limit", "9" * 5000),
    ],
)
def test_a_bad_limit_or_offset_is_a_400_naming_it(client, world, name, value):
    response = client.get("/api/v1/organizations/", {name: value})
    assert response.status_code == 400, value
    assert name in response.json()


def test_an_offset_past_the_end_is_an_empty_page(client, world):
    response = client.get("/api/v1/organizations/", {"offset": str(2**63 - 1)})
    assert response.status_code == 200
    assert response.json()["results"] == []


def test_the_schema_states_the_maximum_page_size(client, db):
    schema = client.get("/api/v1/schema/", {"format": "json"}).json()
    limit = next(
        p for p in schema["paths"]["/api/v1/rounds/"]["get"]["parameters"] if p["name"] == "limit"
    )
    assert limit["schema"].get("maximum") == MAX_LIMIT, limit
