"""The public municipality cards: no login, the key indicator table only (public CC BY 4.0
data); none of the sections other apps add to the logged-in card, no PDF, no people."""

import pytest
from django.urls import reverse
from django.utils import translation
from factories import MunicipalityFactory
from indicators.factories import AreaFactory
from networks.factories import NetworkFactory

from yhdyspinta.indicators.models import Area, Indicator
from yhdyspinta.organizations.models import Person

LIST = reverse("indicators:public_card_list")


@pytest.fixture
def data(key_indicators_loaded):
    return key_indicators_loaded


def _card(municipality):
    return reverse("indicators:public_card", args=[municipality.pk])


def test_an_anonymous_visitor_reads_the_list_by_county(data, client):
    with translation.override("fi"):
        response = client.get(LIST)
    assert response.status_code == 200
    text = response.content.decode()
    assert "<h1>Kuntakortit</h1>" in text
    # Kunta Yksi (167) and Kunta Kaksi (422) have a Sotkanet area, under county A
    assert _card(data.m1) in text and _card(data.m2) in text
    county_a = text.index(f">{data.county.name_fi}</h2>")
    assert county_a < text.index(_card(data.m1))
    # a county and an NGO are not cards
    assert _card(data.county) not in text and _card(data.ngo) not in text


def test_a_municipality_without_an_area_has_no_card(data, client):
    Area.objects.filter(organization=data.m2).update(organization=None)
    assert _card(data.m2) not in client.get(LIST).content.decode()
    assert client.get(_card(data.m2)).status_code == 404


@pytest.mark.parametrize(
    ("language", "country", "licence"),
    [("fi", "Koko maa", "Lisenssi: CC BY 4.0."), ("en", "Whole country", "Licence: CC BY 4.0.")],
)
def test_an_anonymous_visitor_reads_a_card_with_its_values(
    data, client, language, country, licence
):
    response = client.get(_card(data.m1), HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    text = response.content.decode()
    assert f'<html lang="{language}">' in text
    assert f'<th scope="col">{country}</th>' in text
    assert "Pohjois-Karjalan hyvinvointialue" in text  # county 972 benchmarks indicator 683
    diabetes = Indicator.objects.get(sotkanet_id=683)
    assert f'href="{diabetes.get_absolute_url()}"' in text
    assert "THL, Sotkanet.fi" in text and licence in text
    assert "\u2191" in text or "\u2193" in text or "\u2192" in text


def test_the_card_shows_the_same_rows_as_the_logged_in_card(data, client, client_for):
    public = client.get(_card(data.m1))
    logged_in = client_for(data.staff).get(reverse("indicators:card", args=[data.m1.pk]))
    assert [item["row"] for item in public.context["rows"]] == [
        item["row"] for item in logged_in.context["rows"]
    ]
    assert public.context["attributions"] == logged_in.context["attributions"]


@pytest.mark.parametrize("name", ["county", "ngo", "county_b"])
def test_a_card_of_what_is_not_a_municipality_is_not_found(data, client, name):
    assert client.get(_card(getattr(data, name))).status_code == 404


@pytest.mark.parametrize("pk", [0, 999999, 2**31 - 1, 10**20])
def test_a_missing_card_is_not_found(data, client, pk):
    assert client.get(reverse("indicators:public_card", args=[pk])).status_code == 404


def test_the_public_card_has_no_sections_no_pdf_and_no_people(data, client, client_for):
    NetworkFactory(owner=data.m1, name="Salainen työryhmä", purpose="Sisäinen.")
    person = Person.objects.filter(organization=data.m1).first()
    staff_card = client_for(data.staff).get(
        reverse("indicators:card", args=[data.m1.pk]), HTTP_ACCEPT_LANGUAGE="fi"
    )
    assert "<h2>Yhteistyöverkostot</h2>" in staff_card.content.decode()  # the section exists
    client.logout()
    text = client.get(_card(data.m1), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "Yhteistyöverkostot" not in text and "Salainen" not in text
    assert "/networks/" not in text and "/rounds/" not in text
    assert reverse("indicators:card_pdf", args=[data.m1.pk]) not in text
    assert ".pdf" not in text
    assert person.last_name not in text and person.email not in text
    assert "@" not in text.split("<main", 1)[1]


@pytest.mark.parametrize("page", ["abc", "999999", "-1", "0", "99999999999999999999", "1.5", ""])
def test_an_absurd_page_number_gives_a_page(data, client, page):
    assert client.get(LIST, {"page": page}).status_code == 200


def test_the_list_is_paged(data, client, django_assert_max_num_queries):
    for n in range(60):
        town = MunicipalityFactory(
            name_fi=f"Kaupunki {n:02d}", code="", parent_county=data.county_b
        )
        AreaFactory(organization=town, code="", name_fi=town.name_fi)
    with django_assert_max_num_queries(6):
        first = client.get(LIST).content.decode()
    second = client.get(LIST, {"page": 2}).content.decode()
    assert first.count('class="card"') == 50
    assert "?page=2" in first
    assert 'class="card"' in second


@pytest.mark.parametrize("count", [1, 12])
def test_the_card_query_count_is_bounded(data, client, django_assert_max_num_queries, count):
    ids = list(Indicator.objects.values_list("sotkanet_id", flat=True)[:count])
    Indicator.objects.filter(sotkanet_id__in=ids).update(key_indicator=True)
    with django_assert_max_num_queries(10):
        assert client.get(_card(data.m1)).status_code == 200


def test_the_front_page_and_the_indicator_list_link_the_cards(data, client):
    assert f'href="{LIST}"' in client.get("/").content.decode()
    assert f'href="{LIST}"' in client.get(reverse("indicators:public_list")).content.decode()
