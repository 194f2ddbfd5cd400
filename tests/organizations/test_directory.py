import pytest
from django.urls import reverse
from factories import CounterpartFactory, PersonFactory, RoleFactory, ThemeFactory

from yhdyspinta.organizations.directory import build_directory


@pytest.fixture
def themes(world):
    employment = world.theme
    rehab = ThemeFactory(
        slug="rehabilitative_work", name_fi="Kuntouttava työtoiminta", parent=employment
    )
    land_use = ThemeFactory(slug="land_use", name_fi="Maankäyttö")
    return employment, rehab, land_use


def test_a_counterpart_pair_answers_on_both_sides(world, themes):
    employment, _, _ = themes
    pair = CounterpartFactory(theme=employment, municipality=world.m1)
    [row] = build_directory(world.county, [world.m1], [employment])
    assert [c.person for c in row.county] == [pair.county_person]
    assert [c.person for c in row.municipal] == [pair.municipality_person]
    assert not row.has_gap


def test_a_theme_nobody_answers_for_is_a_gap_on_both_sides(world, themes):
    _, _, land_use = themes
    [row] = build_directory(world.county, [world.m1], [land_use])
    assert row.county_gap and row.municipal_gap


def test_a_county_responsible_person_answers_when_no_pair_is_named(world, themes):
    employment, _, _ = themes
    responsible = PersonFactory(organization=world.county)
    RoleFactory(person=responsible, kind="responsible", theme=employment)
    [row] = build_directory(world.county, [world.m1], [employment])
    assert [c.person for c in row.county] == [responsible]
    assert row.municipal_gap


def test_a_sub_theme_inherits_its_parents_contacts_and_says_so(world, themes):
    employment, rehab, _ = themes
    CounterpartFactory(theme=employment, municipality=world.m1)
    [row] = build_directory(world.county, [world.m1], [rehab])
    assert not row.has_gap
    assert row.county[0].inherited_from == employment


def test_ended_roles_do_not_answer(world, themes):
    employment, _, _ = themes
    person = PersonFactory(organization=world.county)
    RoleFactory(person=person, kind="responsible", theme=employment, valid_to="2020-01-01")
    [row] = build_directory(world.county, [world.m1], [employment])
    assert row.county_gap


def test_the_directory_page_shows_gaps_as_gaps(client_for, world, themes):
    employment, _, _ = themes
    response = client_for(world.coordinator).get(
        reverse("organizations:directory"), {"theme": employment.pk}
    )
    assert response.status_code == 200
    # a coordinator sees her own municipality by default
    assert [row.municipality for row in response.context["rows"]] == [world.m1]
    assert "Nobody named" in response.text or "Ei nimettyä" in response.text


def test_the_directory_query_count_stays_flat_as_data_grows(
    client_for, world, themes, django_assert_max_num_queries
):
    employment, rehab, land_use = themes
    for theme in (employment, rehab, land_use):
        CounterpartFactory(theme=theme, municipality=world.m1)
        CounterpartFactory(theme=theme, municipality=world.m2)
    client = client_for(world.staff)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("organizations:directory")).status_code == 200
