from django.urls import reverse
from django.utils import translation


def test_the_ui_is_finnish_by_default(client_for, world):
    page = client_for(world.staff).get(reverse("web:dashboard")).text
    assert '<html lang="fi">' in page
    assert "Mikä vaatii huomiotani nyt" in page


def test_the_language_switch_changes_the_language(client_for, world):
    client = client_for(world.staff)
    response = client.post(reverse("set_language"), {"language": "sv", "next": "/"})
    assert response.status_code == 302
    page = client.get(reverse("web:dashboard")).text
    assert '<html lang="sv">' in page
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert "What needs me now" in client.get(reverse("web:dashboard")).text


def test_the_navigation_links_only_to_pages_that_exist(client_for, world):
    from yhdyspinta.web.registry import nav_items

    client = client_for(world.board)
    request = client.get(reverse("web:dashboard")).wsgi_request
    items = nav_items(request)
    assert items
    for item in items:
        assert client.get(item.url).status_code == 200, item.url


def test_dates_are_shown_d_m_yyyy_and_decimals_with_a_comma(db):
    import datetime

    from django.utils import formats

    with translation.override("fi"):
        assert formats.date_format(datetime.date(2023, 10, 12), "SHORT_DATE_FORMAT") == "12.10.2023"
        assert formats.number_format(12.5, 1) == "12,5"


def test_the_dashboard_shows_the_coordinators_directory_gaps(client_for, world):
    response = client_for(world.coordinator).get(reverse("web:dashboard"))
    titles = [card.title for card in response.context["cards"]]
    assert any("yhteystiedo" in t.lower() or "directory" in t.lower() for t in titles)


def test_the_dashboard_query_count_is_bounded(client_for, world, django_assert_max_num_queries):
    client = client_for(world.staff)
    # Every app's cards read stored counts in a fixed number of queries (agreements and grants
    # added theirs: 21 with the seven apps); the bound grows by app, never by data.
    with django_assert_max_num_queries(24):
        client.get(reverse("web:dashboard"))
