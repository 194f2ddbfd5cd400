"""The access matrix's policies and its Route record (the routes are in tests/<app>/matrix.py).

The intended policy (src/yhdyspinta/organizations/rules.py, DESIGN.md section 9): county staff
read and write the county; a coordinator reads the county and writes her municipality's records;
a board member reads only; an NGO account reads and writes its own organisation only; users of
another county get 404 on the county's records; anonymous users are sent to the login page (the
API answers 401/403); public pages answer everyone. Read-only users get 403 on writes.

Each route names a policy for GET and one for POST (None: the method is not tested, e.g. a
download has no POST). A policy maps each role to a status, OK (the route's success status),
LOGIN (a redirect to the login page) or a set of statuses that are equally right (e.g. {403, 404}
for an NGO account on a county page without a record: either refuses without leaking anything).

The roles: anonymous; outsider (county staff of county B); other_coordinator (coordinator of M2,
for M1's records); ngo (the NGO's user); board (board member of county A); coordinator (of M1,
owner of M1's records); staff (county staff of A, owner of everything in the county); admin
(county admin of A) only where the policy differs from staff (the theme vocabulary, the
hyte coefficient).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

OK = "ok"
LOGIN = "login"
DENY = frozenset({403, 404})
# A create whose payload names M1's records, sent by someone who may create only for another
# owner: a form error (the choice is not offered) or 403 are both refusals.
REFUSED = frozenset({400, 403, 404})
API_ANON = frozenset({401, 403})
# Stored PDFs: 202 while the background task prepares the file, then 200.
PDF_OK = frozenset({200, 202})

ROLES = ("anonymous", "outsider", "other_coordinator", "ngo", "board", "coordinator", "staff")


def policy(**statuses) -> dict:
    missing = set(ROLES) - set(statuses)
    assert not missing, missing
    return statuses


PUBLIC = policy(**dict.fromkeys(ROLES, OK))
LOGGED_IN = {**PUBLIC, "anonymous": LOGIN}
# A page of the user's own county without a particular record (a list, a dashboard): users of
# county B see their own county's page.
COUNTY_PAGE = {**LOGGED_IN, "ngo": frozenset({200, 403, 404})}
# A record of county A (owned by the county or by M1) that every reader of the county reads.
COUNTY_RECORD = {**LOGGED_IN, "outsider": 404, "ngo": 404}
# A record of M1 that only M1's coordinator reads of the coordinators (negotiations, findings).
M1_PRIVATE = {**COUNTY_RECORD, "other_coordinator": 404}
# Writes of a record M1 owns.
WRITE_M1 = {**COUNTY_RECORD, "other_coordinator": 403, "board": 403}
# Writes of an organisation record of M1 (organisations are public to the county's accounts,
# so the NGO sees that M1 exists and is refused with 403).
WRITE_M1_ORG = {**WRITE_M1, "ngo": 403}
# Writes of a record only county staff write.
WRITE_COUNTY = {**WRITE_M1, "coordinator": 403}
# Staff-only writes of a record that the other coordinator does not even read.
WRITE_COUNTY_PRIVATE = {**WRITE_COUNTY, "other_coordinator": 404}
# A staff-only page or create form without a record: staff of county B use their own county's.
STAFF_PAGE = {
    **LOGGED_IN,
    "ngo": DENY,
    "other_coordinator": 403,
    "board": 403,
    "coordinator": 403,
}
# A record every county's readers read but only county A's staff write (an indicator set kept by
# county A): staff of county B read it and are refused the edit with 403.
STAFF_OF_KEEPER = {**STAFF_PAGE, "outsider": 403}
# A create form for coordinators (their own municipality) and staff.
CREATE_OWN = {**LOGGED_IN, "ngo": DENY, "board": 403}
# ... and its POST naming M1 as the owner.
CREATE_OWN_M1 = {**CREATE_OWN, "outsider": REFUSED, "other_coordinator": REFUSED}
# A staff-only create POST naming county A's records: county B's staff are refused.
CREATE_COUNTY_A = {**STAFF_PAGE, "outsider": REFUSED}
# POST-only routes answer 405 to a GET (after the login check).
POST_ONLY = {**dict.fromkeys(ROLES, 405), "anonymous": LOGIN}
# Comments: staff and coordinators write on what they read; board members read only.
COMMENT = {**COUNTY_RECORD, "board": 403}
# The theme vocabulary and the hyte coefficient: county admins only.
ADMIN_PAGE = {**STAFF_PAGE, "outsider": 403, "staff": 403, "admin": OK}
ADMIN_WRITE = {**WRITE_COUNTY, "staff": 403, "admin": OK}
# A county's own theme: every account of the county reads the vocabulary (an NGO names the themes
# of its activity), so the NGO is refused the edit with 403; other counties do not see it (404).
ADMIN_WRITE_THEME = {**ADMIN_WRITE, "ngo": 403}

# The API: anonymous 401/403, outsiders 404 on records, read-only 403 on writes.
API_PUBLIC = PUBLIC
API_COUNTY_LIST = {**PUBLIC, "anonymous": API_ANON}
API_RECORD = {**API_COUNTY_LIST, "outsider": 404, "ngo": 404}
API_WRITE_M1 = {**API_RECORD, "other_coordinator": 403, "board": 403}
API_CREATE_M1 = {
    **API_COUNTY_LIST,
    "outsider": REFUSED,
    "other_coordinator": REFUSED,
    "ngo": REFUSED,
    "board": REFUSED,
}


@dataclass(frozen=True)
class Route:
    """One URL name, how to fill it from the matrix world, and who may do what.

    `data`: the POST payload (merged over the form as the owner sees it, when `scrape`);
    `query`: GET parameters; `get_ok`/`post_ok`: the success statuses; `hidden`: texts that
    the roles in `hidden_from` must not receive (e.g. people's e-mail addresses)."""

    name: str
    get: dict | None
    post: dict | None = None
    kwargs: Callable = lambda w: {}
    query: Callable = lambda w: {}
    data: Callable = lambda w: {}
    scrape: bool = True
    get_ok: int | frozenset = 200
    post_ok: int = 302
    api: bool = False
    method: str = "post"  # the API's write method on detail routes: "patch"
    hidden: Callable = lambda w: []
    hidden_from: tuple = ()  # NGO on list pages: 200 is right only without M1's records
    note: str = ""
    roles: tuple = ROLES
    xfail: dict = field(default_factory=dict)  # {(role, method): reason}


def pk(name):
    return lambda w: {"pk": w.obj[name].pk}


def NGO_NOT_M1(**attribute):  # noqa: N802 (reads as a constant in the table)
    """The NGO's copy of a list page must not show the named record of M1 (object=attribute)."""
    ((name, attr),) = attribute.items()
    return {"hidden": lambda w: [getattr(w.obj[name], attr)], "hidden_from": ("ngo",)}


def _people_email(w):
    return [w.person.email]


# Routes the matrix does not cover, with the reason.
SKIPPED = {
    "admin": "Django's admin, guarded by is_staff; not part of the county policy",
    "login": "the login page itself (covered by tests/web/test_security.py)",
    "logout": "logging out (POST only, covered by tests/web/test_security.py)",
    "set_language": "Django's language switch (i18n), no records",
    "static": "static files",
}


def _m1(w):
    return w.m1.pk
