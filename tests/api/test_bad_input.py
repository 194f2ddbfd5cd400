"""Bad values in every API parameter and body: a 4xx naming what was wrong, never a 5xx.
The parameters come from the OpenAPI schema, so a new filter is covered when it is added."""

import json

import pytest
from django.test import Client

from yhdyspinta.api.parsers import MAX_DEPTH

HUGE = "99999999999999999999"
BAD_VALUES = [HUGE, "-" + HUGE, "9" * 5000, "nan", "inf", "-inf", "1e400", "-1", "abc", "\x00"]


def _schema():
    from drf_spectacular.generators import SchemaGenerator

    return SchemaGenerator().get_schema(request=None, public=True)


def _query_parameters():
    """(path, parameter name) for every query parameter of every GET operation."""
    found = []
    for path, operations in _schema()["paths"].items():
        get = operations.get("get")
        if get is None or "{" in path:
            continue
        found += [(path, p["name"]) for p in get.get("parameters", []) if p["in"] == "query"]
    return sorted(found)


QUERY_PARAMETERS = _query_parameters()


def test_the_schema_declares_the_page_parameters():
    names = {name for _path, name in QUERY_PARAMETERS}
    assert {"limit", "offset"} <= names


@pytest.mark.parametrize(("path", "name"), QUERY_PARAMETERS)
def test_bad_values_in_a_query_parameter_never_cause_a_server_error(world, path, name):
    client = Client(raise_request_exception=False)
    client.force_login(world.staff)
    for value in BAD_VALUES:
        response = client.get(path, {name: value})
        assert response.status_code < 500, (path, name, value[:30])
        if response.status_code == 400 and value in (HUGE, "-" + HUGE):
            assert name in response.json(), (path, name, response.content[:200])


# Filters that the API reads but the schema does not declare (each app's get_queryset).
UNDECLARED_FILTERS = {
    "/api/v1/organizations/": ["county", "kind", "code"],
    "/api/v1/round-findings/": ["round"],
    "/api/v1/round-actions/": ["round", "owner", "theme", "status"],
    "/api/v1/networks/": ["owner", "theme", "themes", "round", "county", "status", "q"],
    "/api/v1/network-overlaps/": ["min_score", "scope"],
}


@pytest.mark.parametrize(
    ("path", "name"), [(path, name) for path, names in UNDECLARED_FILTERS.items() for name in names]
)
@pytest.mark.parametrize("anonymous", [True, False], ids=["anonymous", "staff"])
def test_an_integer_past_64_bits_in_a_filter_is_a_400_naming_it(world, path, name, anonymous):
    client = Client(raise_request_exception=False)
    if not anonymous:
        client.force_login(world.staff)
    for value in (HUGE, "-" + HUGE):
        response = client.get(path, {name: value})
        assert response.status_code in (200, 400, 401, 403), (path, name, response.status_code)
        if response.status_code == 400:
            assert name in response.json(), response.content[:200]
    for value in ("nan", "inf", "-inf", "1e400"):
        assert client.get(path, {name: value}).status_code < 500, (path, name, value)


def _post(world, body: str | bytes, path="/api/v1/networks/"):
    client = Client(raise_request_exception=False)
    client.force_login(world.staff)
    # The messages are checked in English; the API answers in the reader's language.
    return client.post(path, body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="en")


@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 1_000, 50_000])
def test_deeply_nested_json_is_a_400(world, depth):
    response = _post(world, "[" * depth + "]" * depth)
    assert response.status_code == 400
    assert "nested" in response.json()["detail"]


def test_the_nesting_error_is_in_finnish_for_a_finnish_reader(world):
    client = Client(raise_request_exception=False)
    client.force_login(world.staff)
    response = client.post(
        "/api/v1/networks/",
        "[" * 100 + "]" * 100,
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="fi",
    )
    assert response.status_code == 400
    assert response.json()["detail"] == "JSON on sisäkkäistetty liian syvälle."


def test_json_nested_within_the_limit_is_read(world):
    # A list of lists is not a valid network, but it parses: the answer names a field.
    body = {"name": "Verkosto", "target_groups": [[[]]]}
    response = _post(world, json.dumps(body))
    assert response.status_code == 400
    assert "target_groups" in response.json() or "owner" in response.json()


def test_a_body_larger_than_the_limit_is_refused(world, settings):
    settings.API_MAX_JSON_BYTES = 1000
    response = _post(world, json.dumps({"name": "x" * 2000}))
    assert response.status_code == 413


def test_a_ten_megabyte_string_is_refused_without_a_server_error(world):
    response = _post(world, json.dumps({"name": "x" * 10 * 1024 * 1024, "owner": world.m1.pk}))
    assert 400 <= response.status_code < 500


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity", "1e400", "-1e400"])
def test_nan_and_infinities_in_json_are_a_400(world, literal):
    response = _post(world, '{"name": "Verkosto", "owner": ' + literal + "}")
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


@pytest.mark.parametrize(
    "field", ["owner", "contact_person", "reports_to_body", "reports_to_network"]
)
@pytest.mark.parametrize("value", [int(HUGE), -int(HUGE), 2**63])
def test_an_integer_past_64_bits_in_a_body_is_a_400_naming_the_field(world, field, value):
    body = {"name": "Verkosto", "owner": world.m1.pk, field: value}
    response = _post(world, json.dumps(body))
    assert response.status_code == 400
    assert field in response.json()


def test_an_overflow_in_a_query_is_a_400_naming_the_parameter(rf):
    """The cross-cutting guard: any OverflowError the database driver raises becomes a 400."""
    from rest_framework.request import Request

    from yhdyspinta.api.exceptions import exception_handler

    request = Request(rf.get("/api/v1/x/", {"owner": HUGE, "q": "text"}))
    error = OverflowError("Python int too large to convert to SQLite INTEGER")
    response = exception_handler(error, {"request": request, "view": None})
    assert response.status_code == 400
    assert set(response.data) == {"owner"}
