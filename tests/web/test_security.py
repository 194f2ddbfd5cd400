"""Settings refuse insecure production defaults; the headers and cookies are safe."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.urls import reverse

from yhdyspinta.organizations.models import AccessLevel

GOOD_KEY = "k" * 50


def _run_django(env_overrides: dict, *args: str) -> subprocess.CompletedProcess:
    drop = ("DEMO_MODE", "DEBUG", "SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "-m", "yhdyspinta.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = _run_django({"ALLOWED_HOSTS": "hyte.example.fi"}, "check")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_mode_refuses_to_start_without_allowed_hosts():
    result = _run_django({"SECRET_KEY": GOOD_KEY}, "check")
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_a_bad_boolean_fails_loudly():
    result = _run_django({"DEMO_MODE": "maybe"}, "check")
    assert result.returncode != 0
    assert "DEMO_MODE" in result.stderr


def test_check_deploy_is_clean_in_production_mode():
    result = _run_django(
        {"SECRET_KEY": "x8#k2!" + GOOD_KEY, "ALLOWED_HOSTS": "hyte.example.fi"},
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_passwords_are_hashed_with_argon2_in_production():
    """The tests hash with MD5 for speed (conftest), so this asks a process started the way
    production starts: the first hasher is Argon2 and a new password hash is an Argon2 one."""
    code = (
        "from django.conf import settings; from django.contrib.auth.hashers import make_password; "
        "print('HASHER', settings.PASSWORD_HASHERS[0], make_password('salasana-123'))"
    )
    result = _run_django(
        {"SECRET_KEY": "x8#k2!" + GOOD_KEY, "ALLOWED_HOSTS": "hyte.example.fi"}, "shell", "-c", code
    )
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if line.startswith("HASHER "))
    _, first_hasher, password_hash = line.split()
    assert first_hasher == "django.contrib.auth.hashers.Argon2PasswordHasher"
    assert password_hash.startswith("argon2$argon2id$")


def test_pages_carry_a_content_security_policy_without_inline_scripts(client, db):
    response = client.get(reverse("login"))
    policy = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"


def test_sessions_expire(db):
    assert settings.SESSION_COOKIE_AGE <= 12 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE


def test_logins_are_throttled_after_repeated_failures(client, world):
    from factories import make_user

    make_user(AccessLevel.COORDINATOR, world.m2, "target")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(reverse("login"), {"username": "target", "password": "wrong"})
    assert response.status_code in (403, 429)
    response = client.post(reverse("login"), {"username": "target", "password": "salasana-123"})
    assert response.status_code in (403, 429)
    assert not response.wsgi_request.user.is_authenticated


def test_a_correct_login_reaches_the_dashboard(client, world):
    from factories import make_user

    make_user(AccessLevel.COORDINATOR, world.m2, "kirsi")
    response = client.post(reverse("login"), {"username": "kirsi", "password": "salasana-123"})
    assert response.status_code == 302
    assert response.url == reverse("web:dashboard")


def test_logout_needs_a_post(client, world):
    client.force_login(world.staff)
    assert client.get(reverse("logout")).status_code == 405


@pytest.mark.parametrize("path", ["/health/", "/robots.txt"])
def test_operational_endpoints_need_no_login(client, db, path):
    assert client.get(path).status_code == 200
