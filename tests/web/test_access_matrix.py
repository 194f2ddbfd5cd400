"""The access matrix: every route as every role, GET and a valid POST with CSRF.

The table is tests/web/access_matrix.py; a route of the URL resolver or the API router without an
entry fails `test_every_route_has_an_entry_in_the_matrix`. A refused write must leave the
database unchanged; an allowed one must change it (so the payload really is valid)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from web.access_matrix import LOGIN, OK, ROUTES, SKIPPED, XFAILS, Route
from web.matrix_world import (
    CSRF_FAILED,
    changed_tables,
    client_for,
    module_world,
    readable_bytes,
    snapshot,
    valid_payload,
)


def resolver_names(resolver=None, namespace="") -> dict[str, str]:
    """{url name (with namespaces): pattern} of every URL pattern, recursively."""
    resolver = resolver or get_resolver()
    names = {}
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}{pattern.namespace}:"
            for name, text in resolver_names(pattern, inner).items():
                names[name] = f"{pattern.pattern}{text}"
        elif isinstance(pattern, URLPattern):
            key = f"{namespace}{pattern.name or f'<unnamed {pattern.pattern}>'}"
            names[key] = str(pattern.pattern)
    return names


def router_names() -> set[str]:
    from yhdyspinta.api.urls import router

    return {pattern.name for pattern in router.urls}


def _skipped(name: str) -> bool:
    return name in SKIPPED or name.split(":")[0] in SKIPPED


def test_every_route_has_an_entry_in_the_matrix():
    table = {route.name for route in ROUTES}
    routes = set(resolver_names()) | router_names()
    missing = sorted(name for name in routes if not _skipped(name) and name not in table)
    assert not missing, f"routes without an entry in tests/web/access_matrix.py: {missing}"


def test_every_entry_of_the_matrix_is_a_route():
    routes = set(resolver_names()) | router_names()
    assert not sorted({route.name for route in ROUTES} - routes)


def test_the_matrix_names_each_route_once():
    names = [route.name for route in ROUTES]
    assert len(names) == len(set(names))


# --- the cases ------------------------------------------------------------------------------


def _cases():
    for route in ROUTES:
        for method, policy in (("GET", route.get), ("POST", route.post)):
            if policy is None:
                continue
            for role in route.roles:
                expected = policy.get(role, policy.get("staff"))
                verb = route.method.upper() if method == "POST" and route.api else method
                shown = _shown(expected, route, method)
                case_id = f"{route.name} {verb} as {role} gives {shown}"
                marks = []
                reason = XFAILS.get((route.name, role, method))
                if reason:
                    marks.append(pytest.mark.xfail(strict=True, reason=reason))
                yield pytest.param(route, role, method, expected, id=case_id, marks=marks)


def _shown(expected, route: Route, method: str) -> str:
    if expected == OK:
        expected = route.get_ok if method == "GET" else route.post_ok
    if expected == LOGIN:
        return "login"
    if isinstance(expected, frozenset):
        return " or ".join(str(s) for s in sorted(expected))
    return str(expected)


@pytest.fixture(scope="module")
def mw(django_db_setup, django_db_blocker):
    with module_world(django_db_blocker) as matrix_world:
        yield matrix_world


@pytest.fixture(autouse=True)
def _csrf_failures_are_visible(settings):
    settings.CSRF_FAILURE_VIEW = "web.matrix_world.csrf_failure"


def _check_status(route: Route, method: str, expected, response) -> None:
    got = response.status_code
    where = f"{route.name} {method}"
    assert got != CSRF_FAILED, f"{where}: refused by the CSRF check, not by the permissions"
    if route.api and got == 403:
        assert b"CSRF" not in response.content, f"{where}: refused by DRF's CSRF check"
    if expected == LOGIN:
        assert got == 302, f"{where}: expected a login redirect, got {got}"
        assert response["Location"].startswith(reverse(settings.LOGIN_URL)), response["Location"]
        return
    if expected == OK:
        expected = route.get_ok if method == "GET" else route.post_ok
    allowed = expected if isinstance(expected, frozenset) else {expected}
    assert got in allowed, f"{where}: expected {_shown(expected, route, method)}, got {got}"


@pytest.mark.parametrize(("route", "role", "method", "expected"), list(_cases()))
def test_access(mw, db, route: Route, role: str, method: str, expected):
    url = reverse(route.name, kwargs=route.kwargs(mw))
    if method == "GET":
        client, _token = client_for(mw.user(role))
        response = client.get(url, route.query(mw))
        _check_status(route, method, expected, response)
        if role in route.hidden_from and response.status_code == 200:
            content = readable_bytes(response)
            for text in route.hidden(mw):
                assert text.encode() not in content, f"{role} reads {text!r} on {url}"
        return
    payload = valid_payload(mw, route, url)
    client, token = client_for(mw.user(role))
    before = snapshot()
    if route.api:
        send = getattr(client, route.method)
        response = send(url, payload, content_type="application/json", HTTP_X_CSRFTOKEN=token)
    else:
        response = client.post(url, {**payload, "csrfmiddlewaretoken": token})
    _check_status(route, method, expected, response)
    changed = changed_tables(before, snapshot())
    refused = expected != OK or response.status_code >= 400
    if refused:
        assert not changed, f"a refused write changed {changed}"
    else:
        assert changed, "the owner's valid write changed nothing: is the payload valid?"
