"""Issue 8, point 7 for organizations: every list page and API list has a maximum page size,
and every text field a maximum length, in the forms as in the API."""

import pytest
from django.urls import reverse
from factories import BodyFactory, MunicipalityFactory, PersonFactory, ThemeFactory
from rest_framework.test import APIClient

from yhdyspinta.organizations import models
from yhdyspinta.web.paging import PAGE_SIZE


@pytest.fixture
def many(world):
    PersonFactory.create_batch(PAGE_SIZE + 5, organization=world.m1)
    for i in range(PAGE_SIZE + 5):
        MunicipalityFactory(parent_county=world.county, code=f"{600 + i}")
    BodyFactory.create_batch(PAGE_SIZE + 5, organization=world.m1)
    ThemeFactory.create_batch(PAGE_SIZE + 5, county=world.county)
    return world


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("organizations:organization_list", "organizations"),
        ("organizations:person_list", "people"),
        ("organizations:body_list", "bodies"),
        ("organizations:theme_list", "tree"),
    ],
)
def test_list_pages_show_one_page_at_a_time(client_for, many, name, key):
    client = client_for(many.staff)
    first = client.get(reverse(name))
    assert len(first.context[key]) == PAGE_SIZE
    assert first.context["page"].paginator.num_pages == 2
    second = client.get(reverse(name), {"page": 2})
    assert 0 < len(second.context[key]) <= PAGE_SIZE
    assert _pks(first.context[key]).isdisjoint(_pks(second.context[key]))


def _pks(rows):
    return {row[0].pk if isinstance(row, tuple) else row.pk for row in rows}


def test_the_directory_of_all_municipalities_is_paged(client_for, many):
    response = client_for(many.staff).get(reverse("organizations:directory"))
    municipalities = {row.municipality.pk for row in response.context["rows"]}
    assert 0 < len(municipalities) <= response.context["page"].paginator.per_page
    assert response.context["page"].paginator.num_pages > 1


TEXT_FIELDS = [
    (model, field)
    for model in (
        models.Body,
        models.Theme,
        models.Organization,
        models.Person,
        models.Role,
        models.Counterpart,
    )
    for field in model._meta.get_fields()
    if getattr(field, "get_internal_type", None)
    and field.get_internal_type() in ("TextField", "CharField")
]


@pytest.mark.parametrize(
    ("model", "field"),
    TEXT_FIELDS,
    ids=lambda v: getattr(v, "name", v.__name__ if isinstance(v, type) else v),
)
def test_every_text_field_has_a_maximum_length(model, field):
    assert field.max_length and field.max_length <= 10_000


def test_a_megabyte_description_is_refused_with_the_field_named(client_for, world):
    body = BodyFactory(organization=world.m1)
    data = {
        "organization": world.m1.pk,
        "kind": body.kind,
        "name_fi": body.name_fi,
        "description": "x" * 1_000_000,
    }
    response = client_for(world.staff).post(
        reverse("organizations:body_edit", args=[body.pk]), data
    )
    assert response.status_code == 400
    assert "description" in response.context["form"].errors
    body.refresh_from_db()
    assert body.description == ""


def test_the_api_refuses_a_megabyte_title(world):
    api = APIClient()
    api.force_authenticate(world.staff)
    response = api.post(
        "/api/v1/people/",
        {
            "first_name": "A",
            "last_name": "B",
            "organization": world.m1.pk,
            "title": "x" * 1_000_000,
        },
    )
    assert response.status_code == 400
    assert "title" in response.json()
