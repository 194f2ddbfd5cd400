"""API rate limits: anonymous clients per address, signed-in users per account; past the rate
a 429 with Retry-After. The counts are in Django's cache, so several app servers share them
when CACHE_URL points at Redis."""

import os
import subprocess
import sys

import pytest
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

URL = "/api/v1/themes/"


def _rate(scope: str) -> int:
    number, _ = SimpleRateThrottle.parse_rate(None, api_settings.DEFAULT_THROTTLE_RATES[scope])
    return number


@pytest.fixture
def rates(settings):
    def set_rates(anon: str, user: str = "1000/minute"):
        settings.REST_FRAMEWORK = {
            **settings.REST_FRAMEWORK,
            "DEFAULT_THROTTLE_RATES": {"anon": anon, "user": user},
        }

    return set_rates


def test_the_anonymous_request_past_the_configured_rate_gets_429_with_retry_after(client, db):
    allowed = _rate("anon")
    assert allowed == 300  # the documented default
    for _ in range(allowed):
        assert client.get(URL).status_code == 200
    response = client.get(URL)
    assert response.status_code == 429
    assert 0 < int(response.headers["Retry-After"]) <= 60


def test_a_forged_forwarded_for_header_does_not_escape_the_anonymous_limit(client, db, rates):
    rates("3/minute")
    statuses = [
        client.get(URL, headers={"x-forwarded-for": f"10.0.0.{i}"}).status_code for i in range(4)
    ]
    assert statuses == [200, 200, 200, 429]


def test_a_signed_in_user_has_her_own_limit(client_for, world, rates):
    rates("1/minute", "3/minute")
    client = client_for(world.staff)
    assert [client.get(URL).status_code for _ in range(4)] == [200, 200, 200, 429]


def test_one_users_requests_do_not_use_up_anothers_limit(client, world, rates):
    rates("1/minute", "2/minute")
    client.force_login(world.staff)
    assert [client.get(URL).status_code for _ in range(3)] == [200, 200, 429]
    client.force_login(world.coordinator)
    assert client.get(URL).status_code == 200


def _settings_in_a_fresh_process(**env) -> str:
    environment = {**os.environ, "DEMO_MODE": "1", **env}
    code = (
        "from django.conf import settings as s; "
        "print(s.REST_FRAMEWORK['DEFAULT_THROTTLE_RATES'], s.CACHES['default']['BACKEND'], "
        "s.CACHES['default'].get('LOCATION'))"
    )
    result = subprocess.run(
        [sys.executable, "-m", "yhdyspinta.cli", "shell", "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_rates_and_the_shared_cache_come_from_the_environment():
    out = _settings_in_a_fresh_process(
        API_THROTTLE_ANON="7/minute",
        API_THROTTLE_USER="70/minute",
        CACHE_URL="redis://127.0.0.1:6379/3",
    )
    assert "'anon': '7/minute'" in out and "'user': '70/minute'" in out
    assert "RedisCache" in out


def test_without_a_cache_url_the_processes_of_one_machine_share_files_under_var(tmp_path):
    """The web server's processes and the background worker share the drawn charts."""
    out = _settings_in_a_fresh_process(CACHE_URL="", YHDYSPINTA_VAR_DIR=str(tmp_path))
    assert "FileBasedCache" in out and str(tmp_path / "cache") in out
    assert "LocMemCache" in _settings_in_a_fresh_process(CACHE_URL="locmem://")
