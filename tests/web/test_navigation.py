"""The navigation: at most seven top-level sections, each with its pages as a sub-navigation,
the current section and page marked for assistive technology; each user sees only what she may
use; anonymous visitors see no navigation, only the public front page."""

from io import StringIO

import lxml.html
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import translation

from yhdyspinta.web.context_processors import sections_of
from yhdyspinta.web.registry import nav_items
from yhdyspinta.web.sections import BY_KEY, SECTIONS


def _soup(response):
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def _navs(document, kind: str) -> list:
    return document.xpath(f"//nav[contains(concat(' ', @class, ' '), ' {kind} ')]")


def _main_nav(document):
    (nav,) = _navs(document, "main-nav")
    return nav


def _links(element, current: str | None = None) -> list:
    if current is None:
        return element.xpath(".//a")
    if current == "any":
        return element.xpath(".//a[@aria-current]")
    return element.xpath(f".//a[@aria-current='{current}']")


def _text(a) -> str:
    return a.text_content().strip()


def test_the_sections_are_at_most_seven_and_unique():
    assert len(SECTIONS) <= 7
    assert len({section.key for section in SECTIONS}) == len(SECTIONS)
    with translation.override("fi"):
        assert [str(s.label) for s in SECTIONS][:2] == ["Etusivu", "Kuntaneuvottelut"]


@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board", "ngo", "outsider"])
def test_every_item_names_a_known_section(client_for, world, role):
    request = client_for(world.user(role)).get(reverse("web:dashboard")).wsgi_request
    items = nav_items(request)
    assert items
    assert [item for item in items if item.section not in BY_KEY] == []
    assert len(sections_of(items)) <= 7


def test_the_county_staff_sees_seven_sections_and_the_page_is_marked(client_for, world):
    soup = _soup(client_for(world.staff).get("/indicators/cards/"))
    links = _links(_main_nav(soup))
    assert 1 < len(links) <= 7
    assert _main_nav(soup).get("aria-label")
    current = [a for a in links if a.get("aria-current")]
    assert [_text(a) for a in current] == ["Tiedolla johtaminen"]
    assert current[0].get("aria-current") == "true"  # the section, not this page
    (sub,) = _navs(soup, "sub-nav")
    assert "Tiedolla johtaminen" in sub.get("aria-label")
    marked = _links(sub, "page")
    assert [(a.get("href"), _text(a)) for a in marked] == [("/indicators/cards/", "Kuntakortit")]
    assert "/indicators/explorer/" in [a.get("href") for a in _links(sub)]
    # a page of another section is not in this sub-navigation
    assert "/rounds/" not in [a.get("href") for a in _links(sub)]


def test_a_record_page_marks_its_section_and_list(client_for, world):
    soup = _soup(client_for(world.staff).get(f"/organizations/{world.m1.pk}/"))
    assert [_text(a) for a in _links(_main_nav(soup), "any")] == ["Hakemisto"]
    (sub,) = _navs(soup, "sub-nav")
    assert [a.get("href") for a in _links(sub, "page")] == ["/organizations/"]


def test_the_front_page_is_the_current_page_on_the_dashboard(client_for, world):
    soup = _soup(client_for(world.staff).get("/"))
    (current,) = _links(_main_nav(soup), "any")
    assert (current.get("href"), current.get("aria-current")) == ("/", "page")
    assert _navs(soup, "sub-nav") == []  # one page in the section: no second row
    assert _text(soup.xpath("//h1")[0]) == "Mikä vaatii huomiotani nyt"


def test_the_ngo_user_sees_no_contact_directory_nor_negotiations(client_for, world):
    client = client_for(world.ngo_user)
    request = client.get("/").wsgi_request
    urls = [item.url for item in nav_items(request)]
    assert "/directory/" not in urls
    assert not [url for url in urls if url.startswith("/rounds/")]
    soup = _soup(client.get("/organizations/"))
    labels = [_text(a) for a in _links(_main_nav(soup))]
    assert "Kuntaneuvottelut" not in labels
    (sub,) = _navs(soup, "sub-nav")
    assert "/directory/" not in [a.get("href") for a in _links(sub)]


def test_anonymous_visitors_get_no_navigation(client, world):
    soup = _soup(client.get("/"))
    assert _navs(soup, "main-nav") == []
    assert _navs(soup, "sub-nav") == []


def test_every_demo_user_sees_at_most_seven_sections_and_each_link_works(db):
    call_command("load_demo", stdout=StringIO())
    seen = {}
    for username in ("hva", "joensuu", "lieksa", "lautakunta", "jarjesto"):
        client = Client()
        assert client.post("/login/", {"username": username, "password": "demo1234"}).status_code
        soup = _soup(client.get("/"))
        sections = _links(_main_nav(soup))
        seen[username] = [_text(a) for a in sections]
        assert len(sections) <= 7, (username, seen[username])
        for link in sections:
            page = _soup(client.get(link.get("href")))
            for sub_link in [a for nav in _navs(page, "sub-nav") for a in _links(nav)]:
                assert client.get(sub_link.get("href")).status_code == 200, (username, sub_link)
    assert len(seen["hva"]) == 7, seen["hva"]
    assert "Ylläpito" not in seen["lautakunta"]
