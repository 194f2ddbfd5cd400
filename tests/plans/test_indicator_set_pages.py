"""The indicator sets in the product: the list and each set's read-only page for the readers of
a county (with who keeps each set), creating by county staff of any county (kept by their
county), editing by the staff of the keeping county only (a national set: superusers only), the
indicators chosen from a bounded list (the set's own and a search's matches), bad input a field
error with nothing written, a name unique per keeper (a county's sets, the national sets)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from indicators.factories import IndicatorFactory

from yhdyspinta.plans.forms_sets import MAX_INDICATORS, SHOWN_MATCHES
from yhdyspinta.plans.models import IndicatorSet

LIST = reverse("plans:set_list")
NEW = reverse("plans:set_create")


def _data(**extra):
    return {"name": "Kuntien otos", "publisher": "THL", "level": "municipality", **extra}


def test_county_staff_create_a_set_with_indicators_kept_by_their_county(client_for, world):
    loneliness, other = IndicatorFactory(title_fi="Yksinäisyys"), IndicatorFactory()
    response = client_for(world.staff).post(NEW, _data(indicators=[loneliness.pk, other.pk]))
    assert response.status_code == 302 and response["Location"] == LIST
    created = IndicatorSet.objects.get(name="Kuntien otos")
    assert set(created.indicators.all()) == {loneliness, other}
    assert created.county == world.county
    assert created.history.first().county_id == world.county.pk
    page = client_for(world.board).get(LIST).content.decode()
    assert "Kuntien otos" in page and reverse("plans:set_edit", args=[created.pk]) not in page
    assert world.county.name in page


def test_the_county_field_is_not_in_the_form(client_for, world):
    """The keeper is the creator's county, whatever is posted."""
    client = client_for(world.outsider)
    assert client.post(NEW, _data(county=world.county.pk)).status_code == 302
    assert IndicatorSet.objects.get(name="Kuntien otos").county == world.county_b


def _kept_by_a(world):
    first = IndicatorFactory()
    kept = IndicatorSet.objects.create(
        name="Alueen otos", publisher="THL", level="region", note="Alku", county=world.county
    )
    kept.indicators.set([first])
    return kept, first


def test_the_keeping_countys_staff_edit_the_set_with_its_history(client_for, world):
    kept, _first = _kept_by_a(world)
    second = IndicatorFactory()
    url = reverse("plans:set_edit", args=[kept.pk])
    client = client_for(world.staff)
    response = client.post(
        url, _data(name="Alueen otos", level="region", indicators=[second.pk], note="Päivitetty")
    )
    assert response.status_code == 302
    kept.refresh_from_db()
    assert kept.note == "Päivitetty" and list(kept.indicators.all()) == [second]
    assert kept.county == world.county  # the keeper stays
    page = client.get(url).content.decode()
    assert "Päivitetty" in page and 'id="history-heading"' in page
    assert world.county.name in page


def test_another_countys_staff_read_the_list_but_do_not_edit_the_set(client_for, world):
    kept, first = _kept_by_a(world)
    changes = kept.history.count()
    url = reverse("plans:set_edit", args=[kept.pk])
    client = client_for(world.outsider)
    page = client.get(LIST).content.decode()
    assert "Alueen otos" in page and world.county.name in page
    assert url not in page  # no edit link
    assert reverse("plans:set_create") in page  # they create their own
    assert client.get(url).status_code == 403
    response = client.post(url, _data(name="Muutettu", level="region", indicators=[]))
    assert response.status_code == 403
    kept.refresh_from_db()
    assert kept.name == "Alueen otos" and kept.note == "Alku"
    assert list(kept.indicators.all()) == [first]
    assert kept.history.count() == changes


def test_a_national_set_is_edited_by_superusers_only(client_for, world, django_user_model):
    national = IndicatorSet.objects.create(name="THL", publisher="THL", level="region")
    url = reverse("plans:set_edit", args=[national.pk])
    for user in (world.staff, world.admin, world.outsider):
        client = client_for(user)
        page = client.get(LIST).content.decode()
        assert "kansallinen tietoaineisto" in page
        assert url not in page
        assert client.get(url).status_code == 403
        assert client.post(url, _data(name="THL", level="region", note="x")).status_code == 403
    national.refresh_from_db()
    assert national.note == ""
    root = django_user_model.objects.create_superuser("root", password="x")
    client = client_for(root)
    assert url in client.get(LIST).content.decode()
    response = client.post(url, _data(name="THL", level="region", note="Virallinen"))
    assert response.status_code == 302
    national.refresh_from_db()
    assert national.note == "Virallinen" and national.county is None


def test_coordinators_and_board_members_read_but_do_not_write(client_for, world):
    kept = IndicatorSet.objects.create(
        name="THL", publisher="THL", level="region", county=world.county
    )
    url = reverse("plans:set_edit", args=[kept.pk])
    for user in (world.coordinator, world.board):
        client = client_for(user)
        assert client.get(LIST).status_code == 200
        assert client.get(url).status_code == 403
        assert client.post(url, _data(name="Muutettu")).status_code == 403
        assert client.post(NEW, _data()).status_code == 403
    assert client_for(world.ngo_user).get(LIST).status_code == 404
    assert list(IndicatorSet.objects.values_list("name", flat=True)) == ["THL"]


def test_the_search_adds_matches_without_saving_and_keeps_what_was_typed(client_for, world):
    wanted = IndicatorFactory(title_fi="Liikkuvat nuoret, %")
    IndicatorFactory(title_fi="Yksinäiset ikääntyneet, %")
    own = IndicatorFactory(
        title_fi="Liikkuvat aikuiset (oma)", owner=world.county, sotkanet_id=None
    )
    client = client_for(world.staff)
    response = client.post(NEW, {"name": "Kesken", "q": "liikkuvat", "find": "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "Liikkuvat nuoret" in page and "Yksinäiset" not in page
    assert "Liikkuvat aikuiset" not in page  # a county's own indicator is not national
    assert 'value="Kesken"' in page and 'role="alert"' not in page
    assert f'value="{wanted.pk}"' in page and f'value="{own.pk}"' not in page
    nothing = client.post(NEW, {"q": "zzzz", "find": "1"}).content.decode()
    assert "Mikään luettelon indikaattori ei vastaa hakua." in nothing
    assert not IndicatorSet.objects.exists()


def test_the_search_lists_a_bounded_number_of_matches(client_for, world):
    for i in range(SHOWN_MATCHES + 3):
        IndicatorFactory(title_fi=f"Mittari {i:03d}")
    page = client_for(world.staff).post(NEW, {"q": "Mittari", "find": "1"}).content.decode()
    assert page.count('type="checkbox"') == SHOWN_MATCHES
    assert 'role="status"' in page


def test_bad_input_names_the_field_and_writes_nothing(client_for, world):
    client = client_for(world.staff)
    own = IndicatorFactory(owner=world.county, sotkanet_id=None, code="OMA1")
    IndicatorSet.objects.create(
        name="Olemassa", publisher="THL", level="region", county=world.county
    )
    cases = [
        (_data(name=""), "name"),
        (_data(name="Olemassa"), "name"),  # unique
        (_data(level="kaikille"), "level"),
        (_data(publisher="x" * 201), "publisher"),
        (_data(indicators=["9" * 25]), "indicators"),
        (_data(indicators=["abc"]), "indicators"),
        (_data(indicators=[own.pk]), "indicators"),  # not national
        (_data(indicators=[str(i) for i in range(1, MAX_INDICATORS + 2)]), "indicators"),
    ]
    for data, field in cases:
        response = client.post(NEW, data)
        assert response.status_code == 400, data
        assert b'aria-invalid="true"' in response.content or b"field-errors" in response.content
        assert f'id="id_{field}'.encode() in response.content, field
    assert list(IndicatorSet.objects.values_list("name", flat=True)) == ["Olemassa"]


def test_the_list_has_a_bounded_number_of_queries(client_for, world, plans):
    client = client_for(world.staff)

    def grow(n):
        for i in range(n):
            created = IndicatorSet.objects.create(
                name=f"Sarja {IndicatorSet.objects.count()} {i}", publisher="THL", level="region"
            )
            created.indicators.set([IndicatorFactory(), IndicatorFactory()])
            plans["m1_plan"].indicator_set = created
            plans["m1_plan"].save()

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(LIST).status_code == 200
        return len(ctx)

    grow(2)
    queries()
    small = queries()
    grow(5)
    assert queries() == small


def test_the_rule_and_the_admin_follow_the_keeper(world, rf, django_user_model):
    from django.contrib import admin
    from django.contrib.auth.models import Permission

    from yhdyspinta.plans.rules import can_write_indicator_set

    kept = IndicatorSet.objects.create(
        name="A", publisher="THL", level="region", county=world.county
    )
    national = IndicatorSet.objects.create(name="THL", publisher="THL", level="region")
    root = django_user_model.objects.create_superuser("root", password="x")
    assert can_write_indicator_set(world.staff) and can_write_indicator_set(world.outsider)
    assert not can_write_indicator_set(world.coordinator)
    assert can_write_indicator_set(world.staff, kept) and can_write_indicator_set(world.admin, kept)
    assert not can_write_indicator_set(world.outsider, kept)
    assert not can_write_indicator_set(world.coordinator, kept)
    assert not can_write_indicator_set(world.staff, national)
    assert can_write_indicator_set(root, national) and can_write_indicator_set(root, kept)
    model_admin = admin.site._registry[IndicatorSet]
    world.outsider.is_staff = True
    world.outsider.save()
    world.outsider.user_permissions.add(
        *Permission.objects.filter(codename__in=["change_indicatorset", "delete_indicatorset"])
    )
    outsider = django_user_model.objects.get(pk=world.outsider.pk)  # fresh permission cache
    request = rf.get("/")
    request.user = outsider
    assert model_admin.has_change_permission(request)  # the list
    assert not model_admin.has_change_permission(request, kept)
    assert not model_admin.has_delete_permission(request, kept)
    assert not model_admin.has_change_permission(request, national)
    request.user = root
    assert model_admin.has_change_permission(request, national)


def _detail(indicator_set):
    return reverse("plans:indicator_set_detail", args=[indicator_set.pk])


def test_a_reader_of_another_county_reads_the_set_and_its_indicators_without_an_edit_link(
    client_for, world
):
    kept, first = _kept_by_a(world)
    own = IndicatorFactory(title_fi="Oma mittari", owner=world.county, sotkanet_id=None)
    kept.indicators.add(own)
    for user in (world.outsider, world.board, world.coordinator):
        response = client_for(user).get(_detail(kept))
        assert response.status_code == 200
        page = response.content.decode()
        assert "Alueen otos" in page and "THL" in page and "Alku" in page
        assert f"Ylläpitäjä</dt><dd>{world.county.name}" in page
        assert first.title_fi in page and "Oma mittari" in page
        assert reverse("indicators:public_indicator", args=[first.pk]) in page
        assert f">{first.sotkanet_id}</td>" in page
        assert reverse("plans:set_edit", args=[kept.pk]) not in page


def test_the_keeping_countys_staff_see_the_edit_link_and_the_list_links_the_page(
    client_for, world, django_user_model
):
    kept, _first = _kept_by_a(world)
    national = IndicatorSet.objects.create(name="THL", publisher="THL", level="region")
    edit = reverse("plans:set_edit", args=[kept.pk])
    client = client_for(world.staff)
    assert edit in client.get(_detail(kept)).content.decode()
    page = client.get(_detail(national)).content.decode()
    assert "kansallinen tietoaineisto" in page
    assert reverse("plans:set_edit", args=[national.pk]) not in page
    listed = client_for(world.outsider).get(LIST).content.decode()
    assert _detail(kept) in listed and _detail(national) in listed
    root = django_user_model.objects.create_superuser("root", password="x")
    national_edit = reverse("plans:set_edit", args=[national.pk])
    assert national_edit in client_for(root).get(_detail(national)).content.decode()


def test_a_non_reader_is_refused_the_page_as_the_list(client_for, world):
    from django.test import Client

    kept, _first = _kept_by_a(world)
    assert client_for(world.ngo_user).get(LIST).status_code == 404
    assert client_for(world.ngo_user).get(_detail(kept)).status_code == 404
    response = Client().get(_detail(kept))  # anonymous
    assert response.status_code == 302 and "login" in response["Location"]
    missing = reverse("plans:indicator_set_detail", args=[kept.pk + 1000])
    assert client_for(world.staff).get(missing).status_code == 404


def test_the_indicators_of_the_set_are_paged(client_for, world):
    from yhdyspinta.plans.views.sets import INDICATOR_PAGE_SIZE

    kept = IndicatorSet.objects.create(name="Iso", publisher="THL", level="region")
    n = INDICATOR_PAGE_SIZE + 3
    kept.indicators.set([IndicatorFactory(title_fi=f"Mittari {i:03d}") for i in range(n)])
    client = client_for(world.outsider)
    first = client.get(_detail(kept)).content.decode()
    assert first.count("Mittari ") == INDICATOR_PAGE_SIZE
    assert "Mittari 000" in first and f"Mittari {n - 1:03d}" not in first
    assert "?page=2" in first
    last = client.get(_detail(kept), {"page": 2}).content.decode()
    assert last.count("Mittari ") == 3 and f"Mittari {n - 1:03d}" in last
    for absurd in ("0", "-1", "999999999999999999999999", "x", "2.5", "1e9", "%00"):
        response = client.get(_detail(kept), {"page": absurd})
        assert response.status_code == 200, absurd


def test_the_page_has_a_bounded_number_of_queries(client_for, world, django_assert_max_num_queries):
    kept = IndicatorSet.objects.create(
        name="Kasvava", publisher="THL", level="region", county=world.county
    )
    client = client_for(world.staff)

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(_detail(kept)).status_code == 200
        return len(ctx)

    kept.indicators.set([IndicatorFactory() for _ in range(3)])
    queries()
    small = queries()
    kept.indicators.add(*[IndicatorFactory() for _ in range(60)])
    assert queries() == small
    with django_assert_max_num_queries(12):
        assert client.get(_detail(kept), {"page": 2}).status_code == 200


def test_two_counties_each_keep_a_set_of_the_same_name(client_for, world):
    assert client_for(world.staff).post(NEW, _data(name="Sama")).status_code == 302
    assert client_for(world.outsider).post(NEW, _data(name="Sama")).status_code == 302
    kept = IndicatorSet.objects.filter(name="Sama")
    assert {s.county for s in kept} == {world.county, world.county_b}
    IndicatorSet.objects.create(name="Sama", publisher="THL", level="region")  # national too


@pytest.mark.parametrize("keeper", ["county", "national"])
def test_a_second_set_of_the_same_name_of_one_keeper_is_a_form_error(
    client_for, world, django_user_model, keeper
):
    county = world.county if keeper == "county" else None
    first = IndicatorSet.objects.create(name="Sama", publisher="THL", level="region", county=county)
    other = IndicatorSet.objects.create(
        name="Toinen", publisher="THL", level="region", county=county
    )
    if keeper == "county":
        user = world.staff
        reason = f"{world.county.name} ylläpitää jo joukkoa nimeltä Sama"
    else:
        user = django_user_model.objects.create_superuser("root", password="x")
        reason = "Kansallisen tietoaineiston joukko on jo nimeltään Sama"
    client = client_for(user)
    for url in (NEW, reverse("plans:set_edit", args=[other.pk])):
        response = client.post(url, _data(name="Sama"))
        assert response.status_code == 400
        page = response.content.decode()
        assert 'id="id_name' in page and reason in page
    assert IndicatorSet.objects.filter(name="Sama").get() == first
    other.refresh_from_db()
    assert other.name == "Toinen"
    # saving a set under its own name is no duplicate
    response = client.post(reverse("plans:set_edit", args=[first.pk]), _data(name="Sama"))
    assert response.status_code == 302


def test_the_database_refuses_a_duplicate_of_one_keeper(world):
    from django.db import IntegrityError, transaction

    IndicatorSet.objects.create(name="Sama", publisher="THL", level="region", county=world.county)
    IndicatorSet.objects.create(name="Sama", publisher="THL", level="region")
    for county in (world.county, None):
        with pytest.raises(IntegrityError), transaction.atomic():
            IndicatorSet.objects.create(name="Sama", publisher="THL", level="region", county=county)


def test_a_duplicate_saved_meanwhile_is_a_form_error_not_a_500(client_for, world, monkeypatch):
    """The form's check passed, then another request saved the name: the constraint's refusal
    is the name's error."""
    from yhdyspinta.plans.forms_sets import IndicatorSetForm

    IndicatorSet.objects.create(name="Sama", publisher="THL", level="region", county=world.county)
    monkeypatch.setattr(IndicatorSetForm, "name_taken", lambda self, name: False)
    response = client_for(world.staff).post(NEW, _data(name="Sama"))
    assert response.status_code == 400
    page = response.content.decode()
    assert 'id="id_name' in page and "ylläpitää jo joukkoa nimeltä Sama" in page
    assert IndicatorSet.objects.filter(name="Sama").count() == 1
