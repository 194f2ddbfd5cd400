"""Every page and every generated file in the user's language only (fi, sv, en), numbers with
the language's decimal separator. Renders the demo's main pages (the navigation's pages and one
record page of each kind) once per language as the county staff, the public pages as an
anonymous visitor, and the documents, and looks for words of the other languages' catalogues
(tests/web/language_check.py explains how data are told from UI)."""

from io import StringIO

import pytest
from django.apps import apps
from django.core.management import call_command
from django.test import Client
from web.language_check import LANGUAGES, data_words, decimal_points, foreign_words, visible_text

from yhdyspinta.organizations.models import Organization
from yhdyspinta.web.registry import nav_items

PUBLIC_PAGES = ["/", "/indicators/public/", "/indicators/public/cards/", "/login/"]


def _record_pages() -> list[str]:
    """One record of each model that has a page of its own (the first one)."""
    urls = []
    for model in apps.get_models():
        if not model.__module__.startswith("yhdyspinta.") or not hasattr(model, "get_absolute_url"):
            continue
        first = model._default_manager.order_by("pk").first()
        if first is not None:
            try:
                urls.append(first.get_absolute_url())
            except Exception:  # noqa: BLE001, S112 - a model whose page needs more than a record
                continue
    return urls


def _client(language: str, username: str | None = None) -> Client:
    client = Client()
    if username:
        assert client.post("/login/", {"username": username, "password": "demo1234"})
    client.cookies["django_language"] = language
    return client


def _problems(html: str, language: str, allowed: set[str]) -> list[str]:
    text = visible_text(html, language)
    found = [f"word {w!r}" for w in foreign_words(text, language, allowed)]
    return found + [f"number {n!r}" for n in decimal_points(text, language)]


def test_the_check_finds_another_languages_words_and_a_decimal_point():
    text = "Kuntakortit ja Kommunförhandlingar; osuus 12.5 %, päivitetty 2.12.2026 03.45"
    assert foreign_words(text, "fi", set()) == ["kommunförhandlingar"]
    assert foreign_words(text, "sv", set()) == ["kuntakortit", "päivitetty"]
    assert foreign_words(text, "sv", {"kuntakortit", "päivitetty"}) == []  # data, not UI
    assert foreign_words("Municipality cards", "fi", set()) == ["municipality"]
    assert decimal_points(text, "fi") == ["12.5"]  # the time of day is not a number
    assert decimal_points("osuus 12,5 % ja 0.68", "sv") == ["0.68"]
    assert decimal_points("share 12.5 %", "en") == []
    assert decimal_points("Sisällys\n2.1 Valmistelu\n3.2.1 Mittarit", "fi") == []


def test_visible_text_leaves_out_parts_in_another_language_and_reads_labels():
    html = (
        '<html lang="fi"><body><nav aria-label="Päävalikko"></nav>'
        '<option lang="sv">Svenska</option><script>var x = "Municipality";</script>'
        "<p>Kuntakortit</p></body></html>"
    )
    text = visible_text(html, "fi")
    assert "Päävalikko" in text and "Kuntakortit" in text
    assert "Svenska" not in text and "Municipality" not in text


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def test_every_main_page_is_in_one_language(demo):
    allowed = {language: data_words(language) for language in LANGUAGES}
    staff = _client("fi", "hva")
    request = staff.get("/").wsgi_request
    pages = sorted({item.url for item in nav_items(request)} | set(_record_pages()))
    assert len(pages) > 20
    joensuu = Organization.objects.municipalities().get(code="167")
    public_pages = [*PUBLIC_PAGES, f"/indicators/public/cards/{joensuu.pk}/"]
    problems = {}
    for language in LANGUAGES:
        staff.cookies["django_language"] = language
        anonymous = _client(language)
        for client, paths in ((staff, pages), (anonymous, public_pages)):
            for path in paths:
                response = client.get(path)
                if response.status_code != 200 or "html" not in response["Content-Type"]:
                    continue
                html = response.content.decode()
                assert f'<html lang="{language}"' in html, path
                found = _problems(html, language, allowed[language])
                if found:
                    problems[f"{language} {path}"] = found
    assert problems == {}, "\n".join(f"{page}: {found}" for page, found in problems.items())


def test_of_a_field_kept_per_language_only_the_pages_variant_is_data(db, world):
    """A Swedish page may show a Swedish name (or the Finnish one where there is none), never
    the English one as if it were data."""
    world.theme.name_fi = "Lähiliikuntapaikat"
    world.theme.name_sv = "Närmotionsplatser"
    world.theme.name_en = "Neighbourhoodsports"
    world.theme.save()
    assert {"närmotionsplatser"} <= data_words("sv")
    assert "neighbourhoodsports" not in data_words("sv")
    assert "lähiliikuntapaikat" not in data_words("sv")
    assert "neighbourhoodsports" in data_words("en")
    world.theme.name_sv = ""
    world.theme.save()
    assert "lähiliikuntapaikat" in data_words("sv")  # what the page shows then
