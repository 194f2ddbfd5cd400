"""County staff's list of the associations' self-registrations and the check of the
organisations they created: the county's own only, marked checked by POST, counted on the
grants page."""

import pytest
from django.urls import reverse

from yhdyspinta.grants.models import Registration
from yhdyspinta.organizations.models import AccessLevel, Organization

from .test_registration import URL, data

pytestmark = pytest.mark.django_db

LIST = reverse("grants:registration_list")


def _register(client, world, business_id, name, county):
    response = client.post(
        URL,
        data(
            world,
            email=f"{business_id}@example.fi",
            business_id=business_id,
            organization_name=name,
            county=county.pk,
        ),
    )
    assert response.status_code == 200
    return Registration.objects.get(organization__business_id=business_id)


def test_staff_see_their_countys_new_associations_and_mark_them_checked(world, client, client_for):
    ours = _register(client, world, "7654321-2", "Uusi ry", world.county)
    theirs = _register(client, world, "2222222-9", "Toisen alueen ry", world.county_b)
    staff = client_for(world.staff)
    page = staff.get(LIST)
    assert list(page.context["registrations"]) == [ours]
    text = page.content.decode()
    assert "Uusi ry" in text and "Toisen alueen ry" not in text
    assert "7654321-2@example.fi" in text  # the contact person, to ask her
    grants_page = staff.get(reverse("grants:call_list"))
    assert grants_page.context["registrations_awaiting"] == 1
    check = reverse("grants:registration_check", args=[ours.pk])
    assert staff.post(check).status_code == 302
    ours.refresh_from_db()
    assert ours.org_checked
    assert list(staff.get(LIST).context["registrations"]) == []
    assert list(staff.get(LIST, {"all": "1"}).context["registrations"]) == [ours]
    # county B's registration is not county A's staff's to check
    assert staff.post(reverse("grants:registration_check", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert not theirs.org_checked


def test_only_county_staff_see_the_registrations(world, client_for):
    for user in (world.coordinator, world.board, world.ngo_user):
        assert client_for(user).get(LIST).status_code == 403
    assert client_for(world.staff).get(reverse("grants:call_list")).status_code == 200


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999999999", "1" * 400, "1e9"])
def test_an_absurd_page_number_gives_a_page(world, client_for, page):
    organization = Organization.objects.create(
        kind=Organization.Kind.NGO, name_fi="Sivutettava ry", parent_county=world.county
    )
    from factories import make_user

    Registration.objects.create(
        user=make_user(AccessLevel.NGO, organization, "paged"),
        organization=organization,
        created_organization=True,
    )
    response = client_for(world.staff).get(LIST, {"page": page})
    assert response.status_code == 200
    assert "Sivutettava ry" in response.content.decode()
