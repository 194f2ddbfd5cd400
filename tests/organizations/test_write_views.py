"""The access matrix of the organizations write views that had no test: anonymous -> login,
another county's user -> 404, another municipality's coordinator -> 403, the NGO -> 404 on
records it does not read (403 where it reads the record, e.g. the organisation), the board member
(read-only) -> 403, the owner -> saved (checked with refresh_from_db). A refused write leaves the
database as it was."""

from dataclasses import dataclass
from typing import Any

import pytest
from django.urls import reverse
from factories import (
    AccessLevel,
    BodyFactory,
    CounterpartFactory,
    PersonFactory,
    RoleFactory,
    ThemeFactory,
    make_user,
)

from yhdyspinta.organizations.models import Body, BodyMembership, Person

OWNER = "owner"  # the write succeeds


@pytest.fixture
def records(world):
    person = PersonFactory(organization=world.m1, first_name="Liisa")
    county_person = PersonFactory(organization=world.county, first_name="Kaisa")
    return {
        "person": person,
        "role": RoleFactory(person=person, theme=world.theme, description="vanha"),
        "counterpart": CounterpartFactory(
            theme=world.theme,
            municipality=world.m1,
            county_person=county_person,
            municipality_person=person,
            note="vanha",
        ),
        "theme": ThemeFactory(slug="own", name_fi="Oma teema", county=world.county),
        "body": BodyFactory(organization=world.m1, name_fi="Kunnan hyte-ryhmä"),
        "other_coordinator": make_user(AccessLevel.COORDINATOR, world.m2, "coordinator2"),
    }


@dataclass
class Case:
    name: str
    url: Any  # (world, records) -> url
    data: Any  # (world, records) -> POST data
    done: Any  # (world, records) -> bool: the write happened
    expected: dict  # role -> OWNER, "login", a status, or (GET status, POST status)


def _user(world, records, role):
    if role == "other_coordinator":
        return records["other_coordinator"]
    return world.user(role)


M1_RECORD = {
    "anonymous": "login",
    "outsider": 404,
    "other_coordinator": 403,
    "ngo": 404,
    "board": 403,
    "coordinator": OWNER,
    "staff": OWNER,
}


def _org_data(world, records):
    org = world.m1
    return {
        "kind": org.kind,
        "name_fi": org.name_fi,
        "name_sv": "Kommun Ett",
        "name_en": "",
        "code": org.code,
        "legal_form": org.legal_form,
        "parent_county": org.parent_county_id,
        "website": "",
    }


def _org_done(world, records):
    world.m1.refresh_from_db()
    return world.m1.name_sv == "Kommun Ett"


def _role_done(world, records):
    role = records["role"]
    role.refresh_from_db()
    return role.description == "uusi"


def _role_deleted(world, records):
    return not type(records["role"]).objects.filter(pk=records["role"].pk).exists()


def _pair_data(world, records):
    pair = records["counterpart"]
    return {
        "theme": pair.theme_id,
        "municipality": pair.municipality_id,
        "county_person": pair.county_person_id,
        "municipality_person": pair.municipality_person_id,
        "note": "uusi",
    }


def _pair_done(world, records):
    pair = records["counterpart"]
    pair.refresh_from_db()
    return pair.note == "uusi"


def _pair_deleted(world, records):
    return not type(records["counterpart"]).objects.filter(pk=records["counterpart"].pk).exists()


def _theme_done(world, records):
    theme = records["theme"]
    theme.refresh_from_db()
    return theme.name_sv == "Eget tema"


def _body_done(world, records):
    body = records["body"]
    body.refresh_from_db()
    return body.description == "uusi"


CASES = [
    Case(
        "organization_edit",
        lambda w, r: reverse("organizations:organization_edit", args=[w.m1.pk]),
        _org_data,
        _org_done,
        {**M1_RECORD, "ngo": 403},
    ),
    Case(
        "person_create",
        lambda w, r: reverse("organizations:person_create") + f"?organization={w.m1.pk}",
        lambda w, r: {"first_name": "Uusi", "last_name": "Henkilö", "organization": w.m1.pk},
        lambda w, r: Person.objects.filter(last_name="Henkilö").exists(),
        {**M1_RECORD, "ngo": 403},
    ),
    Case(
        "role_edit",
        lambda w, r: reverse("organizations:role_edit", args=[r["role"].pk]),
        lambda w, r: {"kind": "contact", "organization": w.m1.pk, "description": "uusi"},
        _role_done,
        M1_RECORD,
    ),
    Case(
        "role_delete",
        lambda w, r: reverse("organizations:role_delete", args=[r["role"].pk]),
        lambda w, r: {},
        _role_deleted,
        M1_RECORD,
    ),
    Case(
        "counterpart_edit",
        lambda w, r: reverse("organizations:counterpart_edit", args=[r["counterpart"].pk]),
        _pair_data,
        _pair_done,
        M1_RECORD,
    ),
    Case(
        "counterpart_delete",
        lambda w, r: reverse("organizations:counterpart_delete", args=[r["counterpart"].pk]),
        lambda w, r: {},
        _pair_deleted,
        M1_RECORD,
    ),
    Case(
        "theme_edit",
        lambda w, r: reverse("organizations:theme_edit", args=[r["theme"].pk]),
        lambda w, r: {"slug": "own", "name_fi": "Oma teema", "name_sv": "Eget tema", "order": 5},
        _theme_done,
        {
            **M1_RECORD,
            "ngo": 403,
            "coordinator": 403,
            "staff": 403,
            "admin": OWNER,
        },
    ),
    Case(
        "body_create",
        lambda w, r: reverse("organizations:body_create"),
        lambda w, r: {
            "organization": w.m1.pk,
            "kind": "youth_council",
            "name_fi": "Nuorisovaltuusto",
        },
        lambda w, r: Body.objects.filter(name_fi="Nuorisovaltuusto").exists(),
        # another county's staff open the form for their own county; naming M1 is refused
        {**M1_RECORD, "outsider": (200, 400), "ngo": 403, "coordinator": 403},
    ),
    Case(
        "body_edit",
        lambda w, r: reverse("organizations:body_edit", args=[r["body"].pk]),
        lambda w, r: {
            "organization": w.m1.pk,
            "kind": "hyte_board",
            "name_fi": "Kunnan hyte-ryhmä",
            "description": "uusi",
        },
        _body_done,
        M1_RECORD,
    ),
    Case(
        "membership_create",
        lambda w, r: reverse("organizations:membership_create", args=[r["body"].pk]),
        lambda w, r: {"person": r["person"].pk, "position": "member"},
        lambda w, r: BodyMembership.objects.filter(body=r["body"]).exists(),
        M1_RECORD,
    ),
]

ROLES = ["anonymous", "outsider", "other_coordinator", "ngo", "board", "coordinator", "staff"]
MATRIX = [
    pytest.param(case, role, id=f"{case.name}-{role}")
    for case in CASES
    for role in [*ROLES, *(["admin"] if "admin" in case.expected else [])]
]


@pytest.mark.parametrize(("case", "role"), MATRIX)
def test_write_view_access(client_for, world, records, case, role):
    expected = case.expected[role]
    get_expected, post_expected = expected if isinstance(expected, tuple) else (expected,) * 2
    client = client_for(_user(world, records, role))
    url = case.url(world, records)
    _assert_status(client.get(url), get_expected, 200)
    _assert_status(client.post(url, case.data(world, records)), post_expected, 302)
    assert case.done(world, records) == (post_expected == OWNER)


def _assert_status(response, expected, success):
    if expected == "login":
        assert response.status_code == 302
        assert response.url.startswith(reverse("login"))
    elif expected == OWNER:
        context = getattr(response, "context", None) or {}
        assert response.status_code == success, context.get("form") and context["form"].errors
    else:
        assert response.status_code == expected
