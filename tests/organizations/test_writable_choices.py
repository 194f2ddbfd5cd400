"""Issue 8, points 1 and 2: a coordinator edits only what is hers to edit, and every form offers
(and accepts) only organisations, people and bodies that the user may write."""

import pytest
from django.urls import reverse
from factories import BodyFactory, CounterpartFactory, PersonFactory, RoleFactory

from yhdyspinta.organizations.models import BodyMembership, Organization
from yhdyspinta.organizations.rules import can_write_owned


def _org_data(org, **changes):
    data = {
        "kind": org.kind,
        "name_fi": org.name_fi,
        "name_sv": org.name_sv,
        "name_en": org.name_en,
        "code": org.code,
        "sotkanet_id": org.sotkanet_id or "",
        "business_id": org.business_id,
        "legal_form": org.legal_form,
        "parent_county": org.parent_county_id or "",
        "website": org.website,
    }
    data.update(changes)
    return data


@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board", "ngo", "outsider"])
def test_writable_organizations_agree_with_the_write_rule(world, role):
    from yhdyspinta.organizations.scoping import writable_organizations

    user = world.user(role)
    writable = set(writable_organizations(user))
    for org in Organization.objects.all():
        assert (org in writable) == can_write_owned(user, org), (role, org)


# --- point 1: the coordinator's own organisation ------------------------------------------------


def test_a_coordinator_is_offered_only_the_names_and_website_of_her_municipality(client_for, world):
    page = client_for(world.coordinator).get(
        reverse("organizations:organization_edit", args=[world.m1.pk])
    )
    assert page.status_code == 200
    assert set(page.context["form"].fields) == {"name_fi", "name_sv", "name_en", "website"}


def test_a_coordinator_cannot_detach_her_municipality_from_the_county(client_for, world):
    url = reverse("organizations:organization_edit", args=[world.m1.pk])
    data = _org_data(
        world.m1,
        kind="county",
        parent_county="",
        code="99",
        sotkanet_id="1",
        business_id="0116297-6",
        legal_form="company",
        name_sv="Kommun Ett",
    )
    response = client_for(world.coordinator).post(url, data)
    assert response.status_code == 302
    world.m1.refresh_from_db()
    assert world.m1.name_sv == "Kommun Ett"  # what she may edit is saved
    assert (world.m1.kind, world.m1.parent_county_id, world.m1.code) == (
        "municipality",
        world.county.pk,
        "167",
    )
    assert (world.m1.sotkanet_id, world.m1.business_id, world.m1.legal_form) == (
        None,
        "",
        "public",
    )
    # and the county staff still reach it
    staff = client_for(world.staff)
    assert (
        staff.get(reverse("organizations:organization_detail", args=[world.m1.pk])).status_code
        == 200
    )


def test_an_ngo_user_edits_only_the_names_and_website_of_its_own_organisation(client_for, world):
    url = reverse("organizations:organization_edit", args=[world.ngo.pk])
    data = _org_data(world.ngo, kind="county", parent_county="", name_en="Association")
    assert client_for(world.ngo_user).post(url, data).status_code == 302
    world.ngo.refresh_from_db()
    assert world.ngo.name_en == "Association"
    assert (world.ngo.kind, world.ngo.parent_county_id) == ("ngo", world.county.pk)


def test_county_staff_still_edit_every_field_of_a_municipality(client_for, world):
    url = reverse("organizations:organization_edit", args=[world.m1.pk])
    data = _org_data(world.m1, code="168", sotkanet_id="700", website="https://kunta.fi")
    response = client_for(world.staff).post(url, data)
    assert response.status_code == 302
    world.m1.refresh_from_db()
    assert (world.m1.code, world.m1.sotkanet_id, world.m1.website) == (
        "168",
        700,
        "https://kunta.fi",
    )


def test_county_staff_cannot_turn_a_municipality_into_a_county(client_for, world):
    url = reverse("organizations:organization_edit", args=[world.m1.pk])
    response = client_for(world.staff).post(
        url, _org_data(world.m1, kind="county", parent_county="", code="16")
    )
    assert response.status_code == 400
    assert "kind" in response.context["form"].errors
    world.m1.refresh_from_db()
    assert (world.m1.kind, world.m1.parent_county_id) == ("municipality", world.county.pk)


def test_county_staff_cannot_move_a_municipality_to_another_county(client_for, world):
    url = reverse("organizations:organization_edit", args=[world.m1.pk])
    response = client_for(world.staff).post(
        url, _org_data(world.m1, parent_county=world.county_b.pk)
    )
    assert response.status_code == 400
    assert "parent_county" in response.context["form"].errors
    world.m1.refresh_from_db()
    assert world.m1.parent_county_id == world.county.pk


def test_the_county_itself_stays_a_county(client_for, world):
    page = client_for(world.staff).get(
        reverse("organizations:organization_edit", args=[world.county.pk])
    )
    assert "kind" not in page.context["form"].fields
    assert "parent_county" not in page.context["form"].fields


def test_the_kind_of_an_organisation_with_accounts_does_not_change(client_for, world):
    # M1 has a coordinator's account: as an NGO it could not have one.
    url = reverse("organizations:organization_edit", args=[world.m1.pk])
    response = client_for(world.staff).post(url, _org_data(world.m1, kind="ngo", code=""))
    assert response.status_code == 400
    assert "kind" in response.context["form"].errors
    world.m1.refresh_from_db()
    assert world.m1.kind == "municipality"


def test_staff_may_change_the_kind_of_an_organisation_without_accounts(client_for, world):
    url = reverse("organizations:organization_edit", args=[world.m2.pk])
    response = client_for(world.staff).post(url, _org_data(world.m2, kind="other", code=""))
    assert response.status_code == 302
    world.m2.refresh_from_db()
    assert world.m2.kind == "other"


# --- point 2: re-pointing records to owners the user may not write -------------------------------


@pytest.fixture
def own(world):
    person = PersonFactory(organization=world.m1)
    county_person = PersonFactory(organization=world.county)
    return {
        "person": person,
        "county_person": county_person,
        "role": RoleFactory(person=person, theme=world.theme, description="oma"),
        "pair": CounterpartFactory(
            theme=world.theme,
            municipality=world.m1,
            county_person=county_person,
            municipality_person=person,
        ),
        "body": BodyFactory(organization=world.m1, name_fi="Kunnan ryhmä"),
    }


def _role_data(role, **changes):
    data = {
        "kind": role.kind,
        "organization": role.organization_id,
        "theme": role.theme_id or "",
        "description": role.description,
    }
    data.update(changes)
    return data


def _pair_data(pair, **changes):
    data = {
        "theme": pair.theme_id,
        "municipality": pair.municipality_id,
        "county_person": pair.county_person_id,
        "municipality_person": pair.municipality_person_id,
        "note": pair.note,
    }
    data.update(changes)
    return data


def _body_data(body, **changes):
    data = {
        "organization": body.organization_id,
        "kind": body.kind,
        "name_fi": body.name_fi,
        "description": body.description,
    }
    data.update(changes)
    return data


def test_a_coordinators_forms_offer_only_her_own_municipality(client_for, world, own):
    client = client_for(world.coordinator)
    pages = [
        reverse("organizations:role_edit", args=[own["role"].pk]),
        reverse("organizations:counterpart_edit", args=[own["pair"].pk]),
        reverse("organizations:body_edit", args=[own["body"].pk]),
        reverse("organizations:person_edit", args=[own["person"].pk]),
        reverse("organizations:counterpart_create"),
        reverse("organizations:role_create", args=[own["person"].pk]),
    ]
    for url in pages:
        form = client.get(url).context["form"]
        field = form.fields.get("organization") or form.fields["municipality"]
        assert list(field.queryset) == [world.m1], url


def test_a_coordinators_forms_offer_only_people_she_may_name(client_for, world, own):
    client = client_for(world.coordinator)
    form = client.get(reverse("organizations:counterpart_edit", args=[own["pair"].pk])).context[
        "form"
    ]
    assert {p.organization_id for p in form.fields["municipality_person"].queryset} == {world.m1.pk}
    assert {p.organization_id for p in form.fields["county_person"].queryset} == {world.county.pk}
    form = client.get(reverse("organizations:membership_create", args=[own["body"].pk])).context[
        "form"
    ]
    assert {p.organization_id for p in form.fields["person"].queryset} == {world.m1.pk}


def test_a_coordinator_cannot_move_her_role_to_the_county(client_for, world, own):
    role = own["role"]
    url = reverse("organizations:role_edit", args=[role.pk])
    response = client_for(world.coordinator).post(
        url, _role_data(role, organization=world.county.pk)
    )
    assert response.status_code == 400
    assert "organization" in response.context["form"].errors
    role.refresh_from_db()
    assert role.organization == world.m1


def test_a_coordinator_cannot_move_a_counterpart_pair_to_another_municipality(
    client_for, world, own
):
    pair = own["pair"]
    other = PersonFactory(organization=world.m2)
    url = reverse("organizations:counterpart_edit", args=[pair.pk])
    response = client_for(world.coordinator).post(
        url, _pair_data(pair, municipality=world.m2.pk, municipality_person=other.pk)
    )
    assert response.status_code == 400
    assert "municipality" in response.context["form"].errors
    pair.refresh_from_db()
    assert pair.municipality == world.m1


def test_a_coordinator_cannot_move_her_body_to_the_county(client_for, world, own):
    body = own["body"]
    url = reverse("organizations:body_edit", args=[body.pk])
    response = client_for(world.coordinator).post(
        url, _body_data(body, organization=world.county.pk)
    )
    assert response.status_code == 400
    assert "organization" in response.context["form"].errors
    body.refresh_from_db()
    assert body.organization == world.m1


def test_a_coordinator_cannot_add_another_municipalitys_person_to_her_body(client_for, world, own):
    other = PersonFactory(organization=world.m2)
    url = reverse("organizations:membership_create", args=[own["body"].pk])
    response = client_for(world.coordinator).post(url, {"person": other.pk, "position": "member"})
    assert response.status_code == 400
    assert "person" in response.context["form"].errors
    assert not BodyMembership.objects.exists()


def test_a_coordinator_still_saves_her_own_records_unchanged(client_for, world, own):
    client = client_for(world.coordinator)
    posts = [
        (
            reverse("organizations:role_edit", args=[own["role"].pk]),
            _role_data(own["role"], description="uusi"),
        ),
        (
            reverse("organizations:counterpart_edit", args=[own["pair"].pk]),
            _pair_data(own["pair"], note="uusi"),
        ),
        (
            reverse("organizations:body_edit", args=[own["body"].pk]),
            _body_data(own["body"], description="uusi"),
        ),
    ]
    for url, data in posts:
        assert client.post(url, data).status_code == 302, url
    for key, attr in (("role", "description"), ("pair", "note"), ("body", "description")):
        own[key].refresh_from_db()
        assert getattr(own[key], attr) == "uusi"


def test_county_staff_still_move_records_within_the_county(client_for, world, own):
    client = client_for(world.staff)
    role = own["role"]
    response = client.post(
        reverse("organizations:role_edit", args=[role.pk]),
        _role_data(role, organization=world.county.pk),
    )
    assert response.status_code == 302
    role.refresh_from_db()
    assert role.organization == world.county
    body = own["body"]
    response = client.post(
        reverse("organizations:body_edit", args=[body.pk]),
        _body_data(body, organization=world.m2.pk),
    )
    assert response.status_code == 302
    body.refresh_from_db()
    assert body.organization == world.m2


def test_county_staff_cannot_move_records_to_another_county(client_for, world, own):
    body = own["body"]
    response = client_for(world.staff).post(
        reverse("organizations:body_edit", args=[body.pk]),
        _body_data(body, organization=world.m3.pk),
    )
    assert response.status_code == 400
    body.refresh_from_db()
    assert body.organization == world.m1
