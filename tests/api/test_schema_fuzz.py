"""Schemathesis drives every API operation from the OpenAPI schema; the server never answers
with a 5xx, authenticated or not."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from yhdyspinta.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


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


@pytest.fixture
def token(world):
    from rest_framework.authtoken.models import Token

    token, _ = Token.objects.get_or_create(user=world.staff)
    return token.key


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_the_api_never_answers_with_a_server_error(case, token):
    response = case.call(headers={"Authorization": f"Token {token}"})
    case.validate_response(response, checks=[not_a_server_error])


@schema.parametrize()
@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_anonymous_calls_never_cause_a_server_error(case, db):
    response = case.call()
    case.validate_response(response, checks=[not_a_server_error])
    if case.method.upper() not in ("GET", "HEAD", "OPTIONS"):
        assert response.status_code >= 400, case.path  # an anonymous write never succeeds
