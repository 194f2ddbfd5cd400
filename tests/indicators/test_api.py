"""The indicator API: public catalogue, filtered observations with a cursor, CSV streamed,
statistics per observation computed with the app's own functions, and the Power Query recipe
of docs/indicator-api.md answering with the shape of the saved demo response."""

import csv
import io
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework.test import APIClient

from yhdyspinta.indicators.models import Area, ImportRun
from yhdyspinta.indicators.services.series import build_series
from yhdyspinta.indicators.services.sotkanet_import import import_file
from yhdyspinta.indicators.stats import Polarity

from .factories import AreaFactory, IndicatorFactory, ObservationFactory

pytestmark = pytest.mark.django_db
SAVED = Path(__file__).parent / "data" / "power_query_statistics.csv"
RECIPE = (
    "/api/v1/observation-statistics/?format=csv&indicator_code=683&area_kind=KUNTA"
    "&gender=total&year_from=2019"
)


@pytest.fixture
def client():
    return APIClient()


@pytest.fixture
def world():
    country = AreaFactory(category=Area.Category.MAA, name_fi="Koko maa", code="")
    region = AreaFactory(category=Area.Category.MAAKUNTA, name_fi="Pohjois-Karjala", code="12")
    town = AreaFactory(name_fi="Kunta", member_of=[region.sotkanet_id])
    other = AreaFactory(name_fi="Toinen", member_of=[region.sotkanet_id])
    rate = IndicatorFactory(code="683", polarity=Polarity.LOWER_IS_BETTER)
    plain = IndicatorFactory(code="181", value_type="other")
    for year in range(2015, 2024):
        ObservationFactory(indicator=rate, area=town, year=year, value=20 + year % 5,
                           numerator=200 + year % 5 * 10)  # fmt: skip
        ObservationFactory(indicator=rate, area=region, year=year, value=15.0, numerator=3000)
        ObservationFactory(indicator=rate, area=country, year=year, value=12.0, numerator=60000)
        ObservationFactory(indicator=rate, area=other, year=year, gender="female", value=5.0)
        ObservationFactory(indicator=plain, area=town, year=year, value=float(year))
    return {"town": town, "other": other, "region": region, "rate": rate, "plain": plain}


def _csv(response):
    assert response.streaming, "CSV is streamed"
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_catalogue_is_public_with_polarity_and_unit(client, world):
    response = client.get("/api/v1/indicators/")
    assert response.status_code == 200
    by_code = {row["code"]: row for row in response.json()["results"]}
    assert by_code["683"]["polarity"] == "lower_is_better"
    assert by_code["683"]["value_type"] == "percentage"
    assert by_code["683"]["unit"]
    assert by_code["683"]["attribution"].startswith("Lähde: THL, Sotkanet.fi")
    areas = client.get("/api/v1/areas/", {"kind": "MAAKUNTA"}).json()["results"]
    assert [a["name_fi"] for a in areas] == ["Pohjois-Karjala"]


def test_filters_choose_the_rows(client, world):
    def ids(**query):
        rows = client.get("/api/v1/observations/", query).json()["results"]
        return {(r["indicator_code"], r["area_name"], r["year"], r["gender"]) for r in rows}

    assert len(ids(indicator=world["rate"].pk)) == 36
    assert ids(indicator_code="181", year_from=2022) == {
        ("181", "Kunta", 2022, "total"),
        ("181", "Kunta", 2023, "total"),
    }
    assert {r[2] for r in ids(area=world["town"].pk, year_from=2016, year_to=2017)} == {2016, 2017}
    assert {r[1] for r in ids(area_kind="MAA")} == {"Koko maa"}
    assert {r[1] for r in ids(gender="female")} == {"Toinen"}
    both = f"{world['town'].pk},{world['other'].pk}"
    assert {r[1] for r in ids(area=both, indicator=world["rate"].pk)} == {"Kunta", "Toinen"}


def test_the_cursor_walks_every_row_once(client, world):
    seen, url, pages = [], "/api/v1/observations/?limit=7", 0
    while url:
        body = client.get(url).json()
        seen += [row["id"] for row in body["results"]]
        url, pages = body["next"], pages + 1
    assert len(seen) == len(set(seen)) == 45
    assert pages == 7


@pytest.mark.parametrize(
    "query, name",
    [
        ({"year_from": "abc"}, "year_from"),
        ({"year_to": "1800"}, "year_to"),
        ({"indicator": "1,x"}, "indicator"),
        ({"area": str(10**20)}, "area"),
        ({"gender": "other"}, "gender"),
        ({"area_kind": "PLANET"}, "area_kind"),
        ({"indicator_code": "x" * 41}, "indicator_code"),
    ],
)
def test_bad_filters_are_400_naming_the_parameter(client, world, query, name):
    for path in ("/api/v1/observations/", "/api/v1/observation-statistics/"):
        response = client.get(path, query)
        assert response.status_code == 400
        assert name in response.json()
    assert client.get("/api/v1/areas/", {"kind": "x"}).status_code == 400


def test_csv_by_format_and_by_accept_header(client, world):
    by_format = _csv(
        client.get("/api/v1/observations/", {"format": "csv", "indicator_code": "181"})
    )
    by_accept = _csv(
        client.get("/api/v1/observations/", {"indicator_code": "181"}, HTTP_ACCEPT="text/csv")
    )
    assert by_format == by_accept
    assert len(by_format) == 9
    assert by_format[0]["year"] == "2015" and by_format[0]["value"] == "2015"
    assert by_format[0]["area_name"] == "Kunta"


def test_statistics_are_those_of_the_series(client, world):
    town, rate = world["town"], world["rate"]
    rows = client.get(
        "/api/v1/observation-statistics/", {"area": town.pk, "indicator": rate.pk}
    ).json()["results"]
    assert [r["year"] for r in rows] == list(range(2015, 2024))
    latest = rows[-1]
    (series,) = build_series([rate], [Area.objects.select_related("organization").get(pk=town.pk)])
    own = series.areas[0]
    point = own.latest
    assert latest["ci95_lower"] == pytest.approx(point.ci95.lower)
    assert latest["ci95_upper"] == pytest.approx(point.ci95.upper)
    assert latest["interval_method"] == str(point.ci95.method) == "wilson"
    assert latest["region_name"] == "Pohjois-Karjala"
    assert latest["region_value"] == 15.0
    assert latest["region_comparison"] == str(own.comparisons["region"].method1)
    assert latest["country_band"] == str(own.comparisons["country"].method17)
    assert latest["trend"] == str(own.trend.trend)
    assert latest["trend_years"] == "2019,2020,2021,2022,2023"
    assert rows[0]["trend"] == "cannot_be_calculated"  # one year only
    plain = client.get("/api/v1/observation-statistics/", {"indicator_code": "181"}).json()
    assert plain["results"][0]["no_interval_reason"] == "value_only"
    assert plain["results"][0]["ci95_lower"] is None


def test_statistics_queries_do_not_grow_with_the_rows(client, world):
    def count(limit):
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/api/v1/observation-statistics/", {"limit": limit})
        assert len(response.json()["results"]) == limit
        return len(queries)

    assert count(40) == count(3) <= 8


def test_statistics_csv_streams_every_row(client, world):
    rows = _csv(client.get("/api/v1/observation-statistics/", {"format": "csv"}))
    assert len(rows) == 45
    assert {"ci95_lower", "region_comparison", "trend_judgement"} <= set(rows[0])


def test_schema_documents_the_routes(client):
    schema = client.get("/api/v1/schema/", HTTP_ACCEPT="application/json").json()
    for path in ("indicators", "areas", "observations", "observation-statistics"):
        assert f"/api/v1/{path}/" in schema["paths"]
    parameters = {p["name"] for p in schema["paths"]["/api/v1/observations/"]["get"]["parameters"]}
    assert {"indicator", "area", "area_kind", "year_from", "year_to", "gender"} <= parameters


def _kind(text: str) -> str:
    if not text:
        return "empty"
    try:
        float(text)
    except ValueError:
        return "text"
    return "number"


def test_power_query_recipe_answers_the_saved_shape(client, catalogue):
    """docs/indicator-api.md's URL on the snapshot data: the header of the saved demo response
    and the same kind (number, text, empty) in every column."""
    run = ImportRun.objects.create(source=ImportRun.Source.SOTKANET_FILE)
    data = (catalogue / "north_karelia.csv").read_bytes()
    assert import_file(run, data, "north_karelia.csv").status == ImportRun.Status.SUCCEEDED
    saved = list(csv.reader(SAVED.open(encoding="utf-8")))
    rows = list(csv.reader(io.StringIO(b"".join(client.get(RECIPE).streaming_content).decode())))
    assert rows[0] == saved[0]
    assert len(rows) > len(saved)
    saved_kinds = [[_kind(cell) for cell in row] for row in saved[1:]]
    kinds = [[_kind(cell) for cell in row] for row in rows[1 : len(saved)]]
    # the region column differs (the demo links municipalities to the county): compare the rest
    keep = [i for i, name in enumerate(saved[0]) if not name.startswith("region_")]
    assert [[row[i] for i in keep] for row in kinds] == [
        [row[i] for i in keep] for row in saved_kinds
    ]
