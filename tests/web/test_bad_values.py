"""Bad values in every filter and form field of the UI: never a server error.

For every GET route of the access matrix (tests/web/access_matrix.py), the query parameters the
views read (the filter forms' fields and a generic list) get values chosen by hypothesis:
integers beyond 64 bits, negative numbers, 0, NaN, infinities, 1e300, a 10 MB string, unicode
and NUL bytes, repeated parameters. Every write route's form is posted with one field at a time
replaced by such a value. A 200 page with a form error, a 400 or a 404 are all fine; a 5xx
(the test client raises the view's exception) is not. The API has its own fuzzing
(tests/api/test_schema_fuzz.py)."""

from __future__ import annotations

import contextlib

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from web.access_matrix import OK, ROUTES, Route
from web.matrix_world import client_for, module_world, owner_of_route, valid_payload

BIG = "x" * (10 * 1024 * 1024)
HUGE_INT = "99999999999999999999"
BAD_VALUES = [
    HUGE_INT,
    str(2**64),
    str(-(2**63) - 1),
    "-1",
    "0",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "Infinity",
    "1e300",
    "-1e300",
    "1.5",
    "",
    " ",
    "\x00",
    "1\x00",
    "ä€😀",
    "[]",
    "{'a': 1}",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "2024-02-30",
    "99999999-01-01",
]

# The parameters some view reads, beyond the filter forms' fields.
GENERIC_PARAMS = [
    "page",
    "q",
    "year",
    "area",
    "areas",
    "owner",
    "round",
    "themes",
    "theme",
    "indicators",
    "min_score",
    "municipality",
    "kind",
    "limit",
    "offset",
    "scope",
    "status",
    "target_group",
    "county",
    "year_from",
    "year_to",
    "mine",
    "max_networks",
    "organization",
    "negotiation",
    "next",
    "gender",
    "genders",
    "code",
    "sort",
]


def filter_form_params() -> list[str]:
    from yhdyspinta.indicators.forms import ExplorerForm
    from yhdyspinta.organizations.forms import MunicipalityThemeFilterForm
    from yhdyspinta.rounds.forms import BoardFilterForm

    forms = (ExplorerForm, MunicipalityThemeFilterForm, BoardFilterForm)
    return sorted({name for form in forms for name in form.base_fields})


PARAMS = sorted(set(GENERIC_PARAMS) | set(filter_form_params()))


def bad_value():
    return st.one_of(
        st.sampled_from(BAD_VALUES),
        st.integers(min_value=2**63).map(str),
        st.integers(max_value=-1).map(str),
        st.floats().map(repr),
        st.text(st.characters(codec="utf-8"), max_size=30),
    )


def bad_param_value():
    """One value, or the parameter repeated."""
    return st.one_of(bad_value(), st.lists(bad_value(), min_size=2, max_size=4))


# Routes where a bad value answers 500 today: {(route name, "GET"/"POST"): what}. Marked
# xfail(strict=True) so the suite stays green and shows what remains.
KNOWN_500: dict[tuple[str, str], str] = {}

NO_DATA = Route.__dataclass_fields__["data"].default
FILE_RESPONSES = ("pdf", "card_pdf", "report_pdf", "public_pdf", "trend_review_pdf")


def _readable(route: Route, role: str) -> bool:
    return route.get is not None and route.get.get(role) == OK and not route.api


def _get_cases():
    for route in ROUTES:
        for role in ("staff", "anonymous"):
            if _readable(route, role):
                yield _param(route, role, "GET")


def _post_cases():
    for route in ROUTES:
        if route.post is None or route.api or route.post.get(owner_of_route(route)) != OK:
            continue
        if not route.scrape and route.data is NO_DATA:
            continue  # nothing to replace (a delete, a confirmation)
        yield _param(route, owner_of_route(route), "POST")


def _param(route: Route, role: str, method: str):
    reason = KNOWN_500.get((route.name, method))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(route, role, id=f"{route.name} {method} as {role}", marks=marks)


@pytest.fixture(scope="module")
def mw(django_db_setup, django_db_blocker):
    with module_world(django_db_blocker) as matrix_world:
        yield matrix_world


def _examples(route: Route) -> int:
    return 2 if route.name.endswith(FILE_RESPONSES) else 8


@pytest.mark.parametrize(("route", "role"), list(_get_cases()))
def test_bad_query_values_never_give_a_server_error(mw, db, route: Route, role: str):
    url = reverse(route.name, kwargs=route.kwargs(mw))
    client, _token = client_for(mw.user(role))
    base = {k: str(v) for k, v in route.query(mw).items()}

    @settings(
        max_examples=_examples(route),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(params=st.dictionaries(st.sampled_from(PARAMS), bad_param_value(), min_size=1))
    @example(params=dict.fromkeys(PARAMS, HUGE_INT))
    @example(params=dict.fromkeys(PARAMS, "nan"))
    @example(params=dict.fromkeys(PARAMS, "-inf"))
    @example(params=dict.fromkeys(PARAMS, "\x00"))
    @example(params=dict.fromkeys(PARAMS, ["1", HUGE_INT]))
    @example(params={"q": BIG, "page": BIG})
    def check(params):
        with _named(url, params):
            response = client.get(url, {**base, **params})
        assert response.status_code < 500, (url, _short(params))

    check()


@pytest.mark.parametrize(("route", "role"), list(_post_cases()))
def test_bad_form_values_never_give_a_server_error(mw, db, route: Route, role: str):
    url = reverse(route.name, kwargs=route.kwargs(mw))
    payload = valid_payload(mw, route, url)
    client, token = client_for(mw.user(role))
    fields = sorted(payload)
    for name in fields:  # every field once with the values of issue 8, then hypothesis's
        for value in (HUGE_INT, "nan", "\x00"):
            _post(client, url, {**payload, name: value}, token, name)

    @settings(max_examples=len(fields) + 2, deadline=None, suppress_health_check=list(HealthCheck))
    @given(name=st.sampled_from(fields), value=bad_param_value())
    @example(name=fields[0], value=BIG)
    def check(name, value):
        _post(client, url, {**payload, name: value}, token, name)

    check()


def _post(client, url: str, data: dict, token: str, name: str) -> None:
    with _named(url, {name: data[name]}):
        response = client.post(url, {**data, "csrfmiddlewaretoken": token})
    assert response.status_code < 500, (url, name, _short({name: data[name]}))


def _short(params: dict) -> dict:
    return {k: (repr(v)[:40] + "...") if len(repr(v)) > 40 else v for k, v in params.items()}


@contextlib.contextmanager
def _named(url: str, params: dict):
    """A view's exception (the test client re-raises it: a 500) names the route and the values."""
    try:
        yield
    except Exception as exc:
        last = f"{type(exc).__name__}: {exc}"
        raise AssertionError(f"500 on {url} with {_short(params)}: {last}") from exc
