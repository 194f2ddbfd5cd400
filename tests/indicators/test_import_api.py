"""Import from the Sotkanet interface through an httpx mock transport (never the network)."""

import json

import httpx
import pytest

from yhdyspinta.indicators.models import ImportRun, Indicator, Observation
from yhdyspinta.indicators.services.sotkanet_import import import_from_api, new_run
from yhdyspinta.indicators.sotkanet import SotkanetClient

pytestmark = pytest.mark.django_db


def _records(snapshots, indicator, years):
    rows = json.loads((snapshots / "north_karelia.json").read_text())
    return [r for r in rows if r["indicator"] == indicator and years[0] <= r["year"] <= years[1]]


def _client(handler):
    def factory():
        return SotkanetClient(
            "https://sotkanet.test/rest/1.1/",
            transport=httpx.MockTransport(handler),
            retries=1,
            backoff=0,
            min_interval=0,
            user_agent="Yhdyspinta-tests (+mailto:test@example.fi)",
        )

    return factory


def test_it_fetches_each_indicator_and_keeps_the_catalogue_areas(catalogue):
    seen = []

    def handler(request):
        seen.append(request)
        indicator = int(request.url.params["indicator"])
        records = _records(catalogue, indicator, (2015, 2023))
        # Sotkanet answers for every region: add one the catalogue does not know.
        records.append({**records[0], "region": 999999})
        return httpx.Response(200, json=records)

    run = new_run(ImportRun.Source.SOTKANET_API, indicators=[683, 181], years=[2015, 2023])
    run = import_from_api(run, _client(handler))
    assert run.status == ImportRun.Status.SUCCEEDED, run.errors
    assert run.rows_written == 144 + len(_records(catalogue, 181, (2015, 2023)))
    assert run.rows_skipped == 2
    assert [r.url.params.get_list("years") for r in seen][0] == [str(y) for y in range(2015, 2024)]
    assert all(r.headers["User-Agent"].startswith("Yhdyspinta") for r in seen)
    rerun = import_from_api(
        new_run(ImportRun.Source.SOTKANET_API, indicators=[683, 181], years=[2015, 2023]),
        _client(handler),
    )
    assert rerun.rows_written == 0


def test_an_unknown_indicator_gets_its_metadata_from_the_interface(catalogue, snapshots):
    Indicator.objects.filter(sotkanet_id=683).delete()
    meta = json.loads((snapshots / "indicators.json").read_text())
    record = next(m for m in meta if m["id"] == 683)

    def handler(request):
        if request.url.path.endswith("/indicators/683"):
            return httpx.Response(200, json=record)
        return httpx.Response(200, json=_records(snapshots, 683, (2015, 2023)))

    run = new_run(ImportRun.Source.SOTKANET_API, indicators=[683], years=[2015, 2023])
    run = import_from_api(run, _client(handler))
    assert run.status == ImportRun.Status.SUCCEEDED
    assert Indicator.objects.get(sotkanet_id=683).value_type == "percentage"


def test_an_http_error_names_the_request_and_writes_nothing(catalogue, snapshots):
    def handler(request):
        if request.url.params["indicator"] == "181":
            return httpx.Response(503)
        return httpx.Response(200, json=_records(snapshots, 683, (2015, 2023)))

    run = new_run(ImportRun.Source.SOTKANET_API, indicators=[683, 181], years=[2015, 2023])
    run = import_from_api(run, _client(handler))
    assert run.status == ImportRun.Status.FAILED
    assert "HTTP 503" in run.errors[0]["reason"]
    assert "indicator=181" in run.errors[0]["request"]
    assert not Observation.objects.exists()


def test_a_timeout_is_reported_as_such(catalogue):
    def handler(request):
        raise httpx.ReadTimeout("too slow", request=request)

    run = new_run(ImportRun.Source.SOTKANET_API, indicators=[683], years=[2015, 2023])
    run = import_from_api(run, _client(handler))
    assert run.status == ImportRun.Status.FAILED
    assert "timeout" in run.errors[0]["reason"]


def test_a_malformed_response_is_rejected_with_its_record(catalogue):
    def handler(request):
        return httpx.Response(200, json=[{"indicator": 683, "region": 74, "year": 2020}])

    run = new_run(ImportRun.Source.SOTKANET_API, indicators=[683], years=[2015, 2023])
    run = import_from_api(run, _client(handler))
    assert run.status == ImportRun.Status.FAILED
    assert run.errors[0]["index"] == 0
