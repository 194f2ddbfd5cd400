"""Staff's pages: calls with criteria and rules, projects and reservations, the distribution
(tables, charts, organisation size) and what moves from operating to partnership grants."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from factories import NGOFactory
from grants.factories import ApplicationFactory, DecisionFactory, GrantCallFactory

from yhdyspinta.grants.models import ApplicationStatus, FundingReservation, GrantCall


def call_data(world, **changes):
    data = {
        "kind": "operating",
        "year": "2025",
        "title": "Toiminta-avustus 2025",
        "budget": "100 000",
        "themes": [world.theme.pk],
        "target_groups": ["older"],
        "excluded_legal_forms": ["cooperative", "foundation"],
        "required_fields": ["activity_description"],
        "opens": "1.1.2025",
        "closes": "28.2.2025",
        "min_amount": "500",
        "max_amount": "20 000",
        "criteria_rows": "Vaikuttavuus; 2\nKustannukset; 1",
    }
    data.update(changes)
    return data


def test_staff_create_and_edit_a_call_with_criteria_and_rules(world, client_for):
    client = client_for(world.staff)
    response = client.post(reverse("grants:call_create"), call_data(world))
    assert response.status_code == 302
    call = GrantCall.objects.get(title="Toiminta-avustus 2025")
    assert call.county == world.county and call.max_amount == Decimal("20000")
    assert call.excluded_legal_forms == ["cooperative", "foundation"]
    assert [(c.name, c.weight) for c in call.criteria.all()] == [
        ("Vaikuttavuus", Decimal(2)),
        ("Kustannukset", Decimal(1)),
    ]
    kept = call.criteria.get(name="Vaikuttavuus").pk
    response = client.post(
        reverse("grants:call_edit", args=[call.pk]),
        call_data(world, criteria_rows="Vaikuttavuus; 3", excluded_legal_forms=[]),
    )
    assert response.status_code == 302
    call.refresh_from_db()
    assert call.excluded_legal_forms == []
    assert [(c.pk, c.weight) for c in call.criteria.all()] == [(kept, Decimal(3))]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"criteria_rows": "Vaikuttavuus; paljon"}, "criteria_rows"),
        ({"criteria_rows": "Vaikuttavuus; 500"}, "criteria_rows"),
        ({"max_amount": "100", "min_amount": "500"}, "max_amount"),
        ({"closes": "1.12.2024"}, "closes"),
        ({"title": ""}, "title"),
        ({"excluded_legal_forms": ["kommuuni"]}, "excluded_legal_forms"),
    ],
)
def test_a_bad_call_names_the_field_and_writes_nothing(world, client_for, changes, field):
    response = client_for(world.staff).post(
        reverse("grants:call_create"), call_data(world, **changes)
    )
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not GrantCall.objects.filter(title="Toiminta-avustus 2025").exists()


def test_projects_and_reservations_in_the_ui(world, client_for):
    client = client_for(world.staff)
    response = client.post(
        reverse("grants:project_create"), {"name": "Uusi hanke", "starts": "2025", "ends": "2026"}
    )
    assert response.status_code == 302
    project = world.county.grant_projects.get(name="Uusi hanke")
    url = reverse("grants:reservation_add", args=[project.pk])
    form = client.get(url).context["form"]
    funders = set(form.fields["funder"].queryset)
    assert world.county in funders and world.m1 in funders
    assert world.county_b not in funders  # only what she may write is offered
    outside = client.post(url, {"funder": world.county.pk, "year": "2030", "amount": "1000"})
    assert outside.status_code == 400 and "year" in outside.context["form"].errors
    other = client.post(url, {"funder": world.county_b.pk, "year": "2025", "amount": "1000"})
    assert other.status_code == 400 and "funder" in other.context["form"].errors
    assert not FundingReservation.objects.filter(project=project).exists()
    ok = client.post(
        url,
        {
            "funder": world.m1.pk,
            "year": "2025",
            "amount": "1 500,00",
            "municipalities": [world.m1.pk],
        },
    )
    assert ok.status_code == 302
    assert FundingReservation.objects.get(project=project).amount == Decimal("1500")
    bad = client.post(
        reverse("grants:project_edit", args=[project.pk]),
        {"name": "Uusi hanke", "starts": "2026", "ends": "2025"},
    )
    assert bad.status_code == 400 and "ends" in bad.context["form"].errors
    assert client_for(world.coordinator).get(url).status_code == 403


def _decided(call, world, members, amount):
    org = NGOFactory(parent_county=world.county)
    application = ApplicationFactory(
        call=call,
        organization=org,
        themes=[world.theme],
        municipalities=[world.m1],
        members=members,
        status=ApplicationStatus.DECIDED,
    )
    DecisionFactory(application=application, amount=Decimal(amount))
    return application


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_distribution_has_tables_charts_and_sizes_in_constant_queries(world, client_for):
    call = GrantCallFactory(county=world.county, themes=[world.theme])
    _decided(call, world, 30, "1000")
    _decided(call, world, 250, "3000")
    client = client_for(world.staff)
    url = reverse("grants:distribution", args=[call.pk])
    page = client.get(url).content.decode()
    assert "<svg" in page and "figcaption" in page
    assert "1–49" in page and "200–999" in page
    few = _queries(client, url)
    for n in range(6):
        _decided(call, world, 60 + n, "500")
    assert _queries(client, url) == few
    assert client_for(world.ngo_user).get(url).status_code == 403


def test_what_moves_from_operating_to_partnership_grants(world, client_for):
    operating = GrantCallFactory(county=world.county, themes=[world.theme], year=2024)
    partnership = GrantCallFactory(
        county=world.county, themes=[world.theme], year=2025, kind="partnership"
    )
    mover = _decided(operating, world, 100, "4000")
    stayer = _decided(operating, world, 100, "4000")
    ApplicationFactory(
        call=partnership,
        organization=mover.organization,
        status=ApplicationStatus.ELIGIBLE,
        themes=[world.theme],
    )
    newcomer = NGOFactory(parent_county=world.county, name_fi="Uusi tulokas ry")
    ApplicationFactory(call=partnership, organization=newcomer, status=ApplicationStatus.ELIGIBLE)
    page = client_for(world.staff).get(reverse("grants:distribution", args=[partnership.pk]))
    moves = page.context["moves"]
    assert [m["organization"] for m in moves] == [mover.organization]
    assert moves[0]["operating_year"] == 2024 and moves[0]["operating_amount"] == Decimal(4000)
    assert stayer.organization.name not in page.content.decode()
    # the operating call's page: its grantees applying for the next year's partnership grant
    page = client_for(world.staff).get(reverse("grants:distribution", args=[operating.pk]))
    assert [m["organization"] for m in page.context["moves"]] == [mover.organization]


def test_each_distribution_chart_says_what_its_bars_are(world, client_for):
    """A theme is not an area: the chart's text alternative counts bars and its data table's
    first column is named by what is counted (theme, municipality, target group, size)."""
    call = GrantCallFactory(county=world.county, themes=[world.theme])
    _decided(call, world, 30, "1000")
    client = client_for(world.staff)
    client.cookies["django_language"] = "en"
    sections = client.get(reverse("grants:distribution", args=[call.pk])).context["sections"]
    charts = {str(s["title"]): s["chart"] for s in sections if s["chart"]}
    theme = charts["By theme"]
    assert "bar chart of 1 bars" in theme.alt_text and "areas" not in theme.alt_text
    assert theme.headers[0] == "Theme"
    assert charts["By municipality"].headers[0] == "Municipality"
