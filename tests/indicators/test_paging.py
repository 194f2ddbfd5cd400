"""Every list page of indicators shows at most PAGE_SIZE rows; the rest are on further pages."""

import pytest
from django.urls import reverse

from yhdyspinta.indicators.models import (
    Area,
    ImportRun,
    Indicator,
    Observation,
    ReportTemplate,
    SharedGoal,
)
from yhdyspinta.web.paging import PAGE_SIZE

EXTRA = 3


def _fill(world, name):
    county = world.county
    n = PAGE_SIZE + EXTRA
    if name == "indicators:public_list":
        area = Area.objects.first()
        Observation.objects.bulk_create(
            Observation(indicator=i, area=area, year=2020, value=1.0)
            for i in Indicator.objects.all()[:n]
        )
    elif name == "indicators:import_list":
        ImportRun.objects.bulk_create(
            ImportRun(source=ImportRun.Source.SOTKANET_FILE, county=county) for _ in range(n)
        )
    elif name == "indicators_reporting:goal_list":
        SharedGoal.objects.bulk_create(
            SharedGoal(county=county, name_fi=f"Tavoite {i}") for i in range(n)
        )
    else:
        ReportTemplate.objects.bulk_create(
            ReportTemplate(county=county, name=f"Pohja {i}") for i in range(n)
        )


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("indicators:public_list", '<tr><td><a href="/indicators/public/'),
        ("indicators:import_list", '<tr><td><a href="/indicators/imports/'),
        ("indicators_reporting:goal_list", 'aria-labelledby="goal-'),
        ("indicators_reporting:template_list", '<tr><th scope="row">'),
    ],
)
def test_a_list_shows_at_most_a_page_and_the_rest_on_the_next(
    world, catalogue, client_for, name, row
):
    _fill(world, name)
    client = client_for(world.staff)
    url = reverse(name)
    first = client.get(url).content.decode()
    second = client.get(url + "?page=2").content.decode()
    assert first.count(row) == PAGE_SIZE and "page=2" in first
    assert second.count(row) == EXTRA
    assert client.get(url + "?page=99999999999999999999").status_code == 200
    assert client.get(url + "?page=NaN").status_code == 200
