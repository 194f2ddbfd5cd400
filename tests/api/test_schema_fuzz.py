"""Schemathesis drives every API operation from the OpenAPI schema; the server never answers
with a 5xx, authenticated or not. Beyond what the schema allows, hooks put hostile values into
every query parameter (declared or one of the filters the views read), path parameter and body
field: integers past 64 bits, NaN and infinities, long strings (10 MB in bodies), JSON nested
past the parser's limit. CI (CI=true) explores the same examples on every run."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from yhdyspinta.api.parsers import MAX_DEPTH
from yhdyspinta.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)

TEN_MB = "x" * (10 * 1024 * 1024)
# A URL past 8 KB never reaches the application (gunicorn refuses a request line over 4 KB).
LONG_IN_URL = "x" * 8192
HUGE_INTEGERS = [2**63, -(2**63) - 1, 10**20, -(10**20), 10**30]
HOSTILE_TEXT = [
    *(str(number) for number in HUGE_INTEGERS),
    "9" * 5000,
    "nan",
    "NaN",
    "inf",
    "-Infinity",
    "1e400",
    "-1",
    "0",
    "\x00",
    "' OR '1'='1",
    LONG_IN_URL,
]


def _deep(depth: int):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


# NaN and infinities cannot be sent as JSON numbers by the test transport (it refuses to write
# them); test_bad_input sends them as the literals NaN, Infinity and 1e400 into a body.
HOSTILE_VALUES = [
    *HUGE_INTEGERS,
    1e308,
    -1e308,
    *HOSTILE_TEXT,
    TEN_MB,
    _deep(MAX_DEPTH + 10),
    {"id": 10**20},
    [10**20],
    None,
    True,
]
# Filters the views read from the query string without declaring them in the schema.
UNDECLARED_FILTERS = ["county", "kind", "code", "round", "owner", "theme", "themes", "status"]
UNDECLARED_FILTERS += ["target_group", "q", "min_score", "scope", "limit", "offset"]
# Body fields that refer to other records by id.
ID_FIELDS = ["owner", "organization", "contact_person", "reports_to_body", "reports_to_network"]


def _with_one_hostile(container: dict | None, extra_keys: list[str], values) -> st.SearchStrategy:
    container = dict(container or {})
    keys = sorted(set(container) | set(extra_keys))
    if not keys:
        return st.just(container)
    hostile = st.builds(
        lambda key, value: {**container, key: value}, st.sampled_from(keys), st.sampled_from(values)
    )
    return st.one_of(st.just(container), hostile)


@schema.hook
def flatmap_query(context, query):
    return _with_one_hostile(query, UNDECLARED_FILTERS, HOSTILE_TEXT)


@schema.hook
def flatmap_path_parameters(context, path_parameters):
    return _with_one_hostile(path_parameters, [], HOSTILE_TEXT)


@schema.hook
def flatmap_body(context, body):
    if not isinstance(body, dict):
        return st.just(body)
    whole = st.sampled_from([_deep(MAX_DEPTH + 10), _deep(500), 10**30, 1e308, TEN_MB])
    return st.one_of(_with_one_hostile(body, ID_FIELDS, HOSTILE_VALUES), whole)


@pytest.fixture(autouse=True)
def _keep_the_test_connection_open():
    """Schemathesis calls the real WSGI application, whose request signals would close the
    database connection that holds the test's transaction; Django's test client disconnects
    them the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture(autouse=True)
def _no_rate_limits(settings):
    """Many calls a minute from one address: the rate limits are tested in test_throttling."""
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anon": "100000/minute", "user": "100000/minute"},
    }


@pytest.fixture(params=["staff", "coordinator"])
def token(request, world):
    from rest_framework.authtoken.models import Token

    token, _ = Token.objects.get_or_create(user=getattr(world, request.param))
    return token.key


FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)


@schema.parametrize()
@FUZZ
def test_the_api_never_answers_with_a_server_error(case, token):
    response = case.call(headers={"Authorization": f"Token {token}"})
    case.validate_response(response, checks=[not_a_server_error])


@schema.parametrize()
@settings(FUZZ, max_examples=15)
def test_anonymous_calls_never_cause_a_server_error(case, db):
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    if case.method.upper() not in ("GET", "HEAD", "OPTIONS"):
        assert response.status_code >= 400, case.path  # an anonymous write never succeeds
