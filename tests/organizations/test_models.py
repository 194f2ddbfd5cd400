import pytest
from django.core.exceptions import ValidationError
from factories import CountyFactory, MunicipalityFactory, PersonFactory, ThemeFactory

from yhdyspinta.organizations.models import Organization, Role
from yhdyspinta.organizations.validators import business_id_check_digit, validate_business_id


@pytest.mark.parametrize("value", ["0116297-6", "1234567-1", "2345678-0", "0201256-6"])
def test_it_accepts_business_ids_with_a_correct_check_digit(value):
    validate_business_id(value)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("1234567-2", "business_id_check"),
        ("1234567", "business_id_format"),
        ("12345678-1", "business_id_format"),
        ("abcdefg-1", "business_id_format"),
    ],
)
def test_it_rejects_a_malformed_business_id_and_says_why(value, code):
    with pytest.raises(ValidationError) as info:
        validate_business_id(value)
    assert info.value.code == code


def test_a_body_with_remainder_one_has_no_valid_check_digit():
    assert business_id_check_digit("3456789") is None


def test_a_municipality_needs_a_three_digit_code_and_a_county(db):
    org = Organization(kind=Organization.Kind.MUNICIPALITY, name_fi="Kunta", code="12")
    with pytest.raises(ValidationError) as info:
        org.full_clean()
    assert set(info.value.message_dict) >= {"code", "parent_county"}


def test_a_county_cannot_belong_to_another_county(db):
    parent = CountyFactory()
    org = Organization(kind="county", name_fi="Alue", code="99", parent_county=parent)
    with pytest.raises(ValidationError) as info:
        org.full_clean()
    assert "parent_county" in info.value.message_dict


def test_codes_are_unique_per_kind(db):
    county = CountyFactory(code="14")
    MunicipalityFactory(code="167", parent_county=county)
    duplicate = Organization(
        kind="municipality", name_fi="Toinen", code="167", parent_county=county
    )
    with pytest.raises(ValidationError):
        duplicate.full_clean()


def test_every_record_hangs_under_a_county(db):
    county = CountyFactory()
    municipality = MunicipalityFactory(parent_county=county)
    assert county.county == county
    assert municipality.county == county
    assert municipality.county_id == county.pk


def test_a_role_period_cannot_end_before_it_starts(db):
    person = PersonFactory()
    role = Role(
        person=person,
        organization=person.organization,
        kind="contact",
        valid_from="2024-05-01",
        valid_to="2024-01-01",
    )
    with pytest.raises(ValidationError) as info:
        role.full_clean()
    assert "valid_to" in info.value.message_dict


def test_a_counterpart_pairs_a_county_person_with_a_person_of_the_municipality(world):
    from yhdyspinta.organizations.models import Counterpart

    pair = Counterpart(
        theme=world.theme,
        municipality=world.m1,
        county_person=PersonFactory(organization=world.county),
        municipality_person=PersonFactory(organization=world.m2),
    )
    with pytest.raises(ValidationError) as info:
        pair.full_clean()
    assert list(info.value.message_dict) == ["municipality_person"]
    pair.municipality_person = PersonFactory(organization=world.m1)
    pair.full_clean()


def test_a_theme_cannot_be_its_own_ancestor(db):
    parent = ThemeFactory()
    child = ThemeFactory(parent=parent)
    parent.parent = child
    with pytest.raises(ValidationError):
        parent.full_clean()


def test_history_records_who_changed_what(world):
    org = world.m1
    org.name_sv = "Kommun Ett"
    org._history_user = world.staff
    org.save()
    latest = org.history.first()
    assert latest.history_user == world.staff
    delta = latest.diff_against(latest.prev_record)
    assert [c.field for c in delta.changes] == ["name_sv"]


def test_history_leaves_out_saves_that_changed_nothing(world):
    from yhdyspinta.web.history import history_for

    world.m1.save()
    world.m1.save()
    entries = history_for(world.m1)
    assert [entry.kind for entry in entries] == ["+"]
