"""Visitors without a login get the public front page at /: what the apps publish (their
public.py) and the one link to sign in; signed-in users get the dashboard."""

import lxml.html
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from yhdyspinta.indicators.models import ReportPublication, ReportTemplate
from yhdyspinta.web.registry import PublicLink, public_links


def _publish(world, organization, year, *, public=True):
    template, _ = ReportTemplate.objects.get_or_create(
        county=world.county, name="Raportti", defaults={"years_shown": 5}
    )
    return ReportPublication.objects.create(
        slug=f"{organization.pk}-{year}",
        template=template,
        organization=organization,
        year=year,
        is_public=public,
    )


def _hrefs(response) -> list[str]:
    assert response.status_code == 200
    document = lxml.html.fromstring(response.content.decode())
    return document.xpath("//main//a/@href")


def test_the_front_page_lists_the_published_reports_and_one_login_link(client, world):
    shown = _publish(world, world.m1, 2024)
    hidden = _publish(world, world.m2, 2024, public=False)
    response = client.get("/")
    hrefs = _hrefs(response)
    assert hrefs.count("/login/") == 1
    assert shown.get_absolute_url() in hrefs
    assert hidden.get_absolute_url() not in hrefs
    assert "/indicators/public/" in hrefs
    page = response.content.decode()
    assert "Julkaistut raportit" in page and "Kirjaudu sisään" in page
    assert "Mikä vaatii huomiotani nyt" not in page
    # every link on it opens without a login
    for href in hrefs:
        if href != "/login/":
            assert client.get(href).status_code == 200, href


def test_the_signed_in_user_gets_the_dashboard_not_the_front_page(client_for, world):
    _publish(world, world.m1, 2024)
    page = client_for(world.staff).get("/").content.decode()
    assert "Mikä vaatii huomiotani nyt" in page
    assert "Julkaistut raportit" not in page


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_front_page_speaks_the_visitors_language(client, world, language):
    _publish(world, world.m1, 2024)
    client.cookies["django_language"] = language
    page = client.get("/").content.decode()
    assert f'<html lang="{language}">' in page
    assert {"sv": "Publicerade rapporter", "en": "Published reports"}[language] in page
    assert "Julkaistut raportit" not in page


def test_the_front_page_query_count_does_not_grow_with_the_publications(client, world):
    _publish(world, world.m1, 2023)
    client.get("/")
    with CaptureQueriesContext(connection) as few:
        client.get("/")
    for year in range(2010, 2020):
        _publish(world, world.m2, year)
    with CaptureQueriesContext(connection) as many:
        hrefs = _hrefs(client.get("/"))
    assert len(many) == len(few)
    assert sum("/reports/public/" in href for href in hrefs) == 11


def test_public_links_come_from_the_apps_hooks(rf, world):
    request = rf.get("/")
    from django.contrib.auth.models import AnonymousUser

    request.user = AnonymousUser()
    links = public_links(request)
    assert links and all(isinstance(link, PublicLink) for link in links)


def test_the_front_page_lists_plans_with_a_public_version_and_never_a_draft(client, world):
    import datetime

    from yhdyspinta.plans.models import Plan, PlanVersion, VersionState

    def plan(slug, state):
        made = Plan.objects.create(
            owner=world.county,
            title=f"Suunnitelma {slug}",
            slug=slug,
            period_start=2025,
            period_end=2028,
        )
        PlanVersion.objects.create(
            plan=made,
            number=1,
            state=state,
            status=PlanVersion.Status.READY,
            approved_on=datetime.date(2025, 11, 17) if state == VersionState.APPROVED else None,
        )
        return made

    public = plan("julkinen", VersionState.APPROVED)
    draft = plan("luonnos", VersionState.DRAFT)
    hrefs = _hrefs(client.get("/"))
    assert f"/plans/public/{public.slug}/" in hrefs
    assert f"/plans/public/{draft.slug}/" not in hrefs
    assert client.get(f"/plans/public/{public.slug}/").status_code == 200
