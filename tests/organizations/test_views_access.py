"""The access matrix for every organizations page: anonymous -> login, outsider -> 404,
read-only -> 403 on writes, owner -> success (checked with refresh_from_db)."""

import pytest
from django.urls import reverse
from factories import BodyFactory, PersonFactory, RoleFactory

from yhdyspinta.organizations.models import Counterpart


@pytest.fixture
def records(world):
    person = PersonFactory(organization=world.m1, first_name="Liisa")
    return {
        "org": world.m1,
        "person": person,
        "role": RoleFactory(person=person, theme=world.theme),
        "body": BodyFactory(organization=world.county),
    }


READ_PAGES = [
    ("organizations:organization_list", None),
    ("organizations:organization_detail", "org"),
    ("organizations:person_list", None),
    ("organizations:person_detail", "person"),
    ("organizations:directory", None),
    ("organizations:theme_list", None),
    ("organizations:body_list", None),
    ("organizations:body_detail", "body"),
]  # "/" is the public front page without a login (tests/web/test_navigation.py)


def _url(name, key, records):
    return reverse(name, args=[records[key].pk]) if key else reverse(name)


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client, records, name, key):
    response = client.get(_url(name, key, records))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board"])
def test_county_users_read_every_page(client_for, world, records, name, key, role):
    assert client_for(world.user(role)).get(_url(name, key, records)).status_code == 200


@pytest.mark.parametrize(("name", "key"), [p for p in READ_PAGES if p[1] is not None])
def test_an_outsider_from_another_county_gets_404(client_for, world, records, name, key):
    assert client_for(world.outsider).get(_url(name, key, records)).status_code == 404


def test_an_outsider_does_not_see_the_other_countys_records_in_lists(client_for, world, records):
    client = client_for(world.outsider)
    assert "Kunta Yksi" not in client.get(reverse("organizations:organization_list")).text
    assert "Liisa" not in client.get(reverse("organizations:person_list")).text


def test_an_ngo_user_cannot_read_people_of_a_municipality(client_for, world, records):
    client = client_for(world.ngo_user)
    url = reverse("organizations:person_detail", args=[records["person"].pk])
    assert client.get(url).status_code == 404


# --- writes -----------------------------------------------------------------------------------


def _person_data(person, **changes):
    data = {
        "first_name": person.first_name,
        "last_name": person.last_name,
        "title": person.title,
        "organization": person.organization_id,
        "email": person.email,
        "phone": person.phone,
    }
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("role", "status"),
    [("board", 403), ("outsider", 404), ("coordinator", 302), ("staff", 302)],
)
def test_editing_a_person_of_the_coordinators_own_municipality(
    client_for, world, records, role, status
):
    person = records["person"]
    url = reverse("organizations:person_edit", args=[person.pk])
    response = client_for(world.user(role)).post(url, _person_data(person, title="uusi titteli"))
    assert response.status_code == status
    person.refresh_from_db()
    assert (person.title == "uusi titteli") == (status == 302)


def test_a_coordinator_cannot_edit_a_person_of_another_municipality(client_for, world):
    other = PersonFactory(organization=world.m2)
    url = reverse("organizations:person_edit", args=[other.pk])
    response = client_for(world.coordinator).post(url, _person_data(other, title="x"))
    assert response.status_code == 403
    other.refresh_from_db()
    assert other.title != "x"


def test_a_coordinator_cannot_move_a_person_to_another_municipality(client_for, world, records):
    person = records["person"]
    url = reverse("organizations:person_edit", args=[person.pk])
    response = client_for(world.coordinator).post(
        url, _person_data(person, organization=world.m2.pk)
    )
    assert response.status_code == 400
    person.refresh_from_db()
    assert person.organization == world.m1


def test_an_invalid_email_is_answered_with_the_field_and_nothing_is_saved(
    client_for, world, records
):
    person = records["person"]
    url = reverse("organizations:person_edit", args=[person.pk])
    response = client_for(world.staff).post(url, _person_data(person, email="matti@", title="y"))
    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    person.refresh_from_db()
    assert person.title != "y"


@pytest.mark.parametrize(
    ("role", "status"),
    [("board", 403), ("coordinator", 403), ("outsider", 400), ("staff", 302)],
)
def test_only_county_staff_create_organisations(client_for, world, role, status):
    data = {
        "kind": "ngo",
        "name_fi": "Uusi yhdistys ry",
        "legal_form": "association",
        "parent_county": world.county.pk,
        "business_id": "0116297-6",
    }
    response = client_for(world.user(role)).post(reverse("organizations:organization_create"), data)
    assert response.status_code == status
    from yhdyspinta.organizations.models import Organization

    assert Organization.objects.filter(name_fi="Uusi yhdistys ry").exists() == (status == 302)


def test_a_wrong_business_id_check_digit_is_named_in_the_form(client_for, world):
    data = {
        "kind": "ngo",
        "name_fi": "Virheellinen ry",
        "legal_form": "association",
        "parent_county": world.county.pk,
        "business_id": "0116297-5",
    }
    response = client_for(world.staff).post(reverse("organizations:organization_create"), data)
    assert response.status_code == 400
    assert "business_id" in response.context["form"].errors


def test_staff_cannot_place_an_organisation_in_another_county(client_for, world):
    data = {
        "kind": "ngo",
        "name_fi": "Karkulainen ry",
        "legal_form": "association",
        "parent_county": world.county_b.pk,
    }
    response = client_for(world.staff).post(reverse("organizations:organization_create"), data)
    assert response.status_code == 400
    assert "parent_county" in response.context["form"].errors


@pytest.mark.parametrize(
    ("role", "status"), [("board", 403), ("coordinator", 302), ("outsider", 404)]
)
def test_role_period_and_permissions(client_for, world, records, role, status):
    person = records["person"]
    url = reverse("organizations:role_create", args=[person.pk])
    data = {
        "kind": "responsible",
        "organization": world.m1.pk,
        "theme": world.theme.pk,
        "valid_from": "1.1.2024",
        "valid_to": "31.12.2025",
    }
    response = client_for(world.user(role)).post(url, data)
    assert response.status_code == status
    assert person.roles.filter(kind="responsible").exists() == (status == 302)


def test_a_role_that_ends_before_it_starts_is_refused(client_for, world, records):
    person = records["person"]
    url = reverse("organizations:role_create", args=[person.pk])
    data = {
        "kind": "responsible",
        "organization": world.m1.pk,
        "valid_from": "1.6.2024",
        "valid_to": "1.1.2024",
    }
    response = client_for(world.staff).post(url, data)
    assert response.status_code == 400
    assert "valid_to" in response.context["form"].errors


def test_a_coordinator_names_a_counterpart_for_her_own_municipality(client_for, world):
    county_person = PersonFactory(organization=world.county)
    own_person = PersonFactory(organization=world.m1)
    data = {
        "theme": world.theme.pk,
        "municipality": world.m1.pk,
        "county_person": county_person.pk,
        "municipality_person": own_person.pk,
    }
    response = client_for(world.coordinator).post(reverse("organizations:counterpart_create"), data)
    assert response.status_code == 302
    assert Counterpart.objects.filter(municipality=world.m1).count() == 1


def test_a_coordinator_cannot_name_a_counterpart_for_another_municipality(client_for, world):
    county_person = PersonFactory(organization=world.county)
    other_person = PersonFactory(organization=world.m2)
    data = {
        "theme": world.theme.pk,
        "municipality": world.m2.pk,
        "county_person": county_person.pk,
        "municipality_person": other_person.pk,
    }
    response = client_for(world.coordinator).post(reverse("organizations:counterpart_create"), data)
    # M2 is not among the municipalities offered to her: a form error naming the field
    assert response.status_code == 400
    assert "municipality" in response.context["form"].errors
    assert not Counterpart.objects.exists()


@pytest.mark.parametrize(("role", "status"), [("staff", 403), ("admin", 302), ("board", 403)])
def test_only_county_admins_edit_the_theme_vocabulary(client_for, world, role, status):
    data = {"slug": "sports", "name_fi": "Liikunta", "order": 5}
    response = client_for(world.user(role)).post(reverse("organizations:theme_create"), data)
    assert response.status_code == status
    from yhdyspinta.organizations.models import Theme

    created = Theme.objects.filter(slug="sports").first()
    assert (created is not None) == (status == 302)
    if created:
        assert created.county == world.county


def test_edits_show_up_in_the_history_with_who_and_what(client_for, world, records):
    person = records["person"]
    client = client_for(world.staff)
    client.post(
        reverse("organizations:person_edit", args=[person.pk]),
        _person_data(person, title="palvelupäällikkö"),
    )
    page = client.get(reverse("organizations:person_detail", args=[person.pk])).text
    assert "palvelupäällikkö" in page
    assert "staff" in page  # who
    assert "asiantuntija" in page  # the old value
