"""Issue 8, point 10: no integer in a query parameter or a form field answers 500 in the
organizations pages and API: huge, negative, text or NaN get a 400 or a form error naming the
field (or, where the value only picks a record, 404)."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

BAD = ["99999999999999999999", "-99999999999999999999", "-1", "abc", "NaN", "1e3"]

API_PARAMS = [
    ("/api/v1/organizations/", "county", None),
    ("/api/v1/organizations/", "limit", None),
    ("/api/v1/organizations/", "offset", None),
    ("/api/v1/themes/", "limit", None),
    ("/api/v1/themes/", "offset", None),
    ("/api/v1/people/", "limit", "staff"),
    ("/api/v1/people/", "offset", "staff"),
]


@pytest.mark.parametrize(("url", "param", "role"), API_PARAMS)
@pytest.mark.parametrize("value", BAD)
def test_a_bad_integer_in_an_api_filter_is_a_400_naming_it(world, url, param, role, value):
    api = APIClient()
    if role:
        api.force_authenticate(world.user(role))
    response = api.get(url, {param: value})
    assert response.status_code == 400, response.status_code
    assert param in response.json()


def test_a_good_county_filter_still_works(world):
    rows = APIClient().get("/api/v1/organizations/", {"county": world.county.pk}).json()["results"]
    assert {row["name_fi"] for row in rows} == {"Kunta Yksi", "Kunta Kaksi", "Yhdistys ry"}


PAGE_PARAMS = [
    ("organizations:directory", "municipality"),
    ("organizations:directory", "theme"),
    ("organizations:counterpart_create", "municipality"),
    ("organizations:counterpart_create", "theme"),
    ("organizations:person_create", "organization"),
    ("organizations:organization_list", "page"),
    ("organizations:person_list", "page"),
    ("organizations:body_list", "page"),
    ("organizations:theme_list", "page"),
    ("organizations:directory", "page"),
]


@pytest.mark.parametrize(("name", "param"), PAGE_PARAMS)
@pytest.mark.parametrize("value", BAD)
def test_a_bad_integer_in_a_page_parameter_is_never_a_server_error(
    client_for, world, name, param, value
):
    response = client_for(world.staff).get(reverse(name), {param: value})
    assert response.status_code in (200, 400, 404)


@pytest.mark.parametrize("value", BAD)
def test_a_bad_municipality_in_the_directory_is_a_form_error(client_for, world, value):
    response = client_for(world.staff).get(
        reverse("organizations:directory"), {"municipality": value}
    )
    assert response.status_code == 400
    assert "municipality" in response.context["form"].errors


@pytest.mark.parametrize("field", ["organization", "theme"])
@pytest.mark.parametrize("value", BAD)
def test_a_bad_integer_in_a_form_field_is_a_form_error(client_for, world, field, value):
    person = world.m1.people.first()
    data = {"kind": "contact", "organization": world.m1.pk, "theme": world.theme.pk, field: value}
    response = client_for(world.staff).post(
        reverse("organizations:role_create", args=[person.pk]), data
    )
    assert response.status_code == 400
    assert field in response.context["form"].errors


@pytest.mark.parametrize("value", BAD)
def test_a_bad_sotkanet_id_is_a_form_error(client_for, world, value):
    org = world.m1
    data = {
        "kind": org.kind,
        "name_fi": org.name_fi,
        "code": org.code,
        "legal_form": org.legal_form,
        "parent_county": org.parent_county_id,
        "sotkanet_id": value,
    }
    response = client_for(world.staff).post(
        reverse("organizations:organization_edit", args=[org.pk]), data
    )
    assert response.status_code == 400
    assert "sotkanet_id" in response.context["form"].errors
