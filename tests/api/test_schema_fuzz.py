"""Schemathesis drives every API operation from the OpenAPI schema; the server never answers
with a 5xx, authenticated or not."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from yhdyspinta.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/v1/schema/", application)


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
