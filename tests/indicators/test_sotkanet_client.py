"""The Sotkanet HTTP client against an in-process transport serving the real snapshots."""

from __future__ import annotations

import functools
import json
import os
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest

from yhdyspinta import __version__
from yhdyspinta.indicators.sotkanet import (
    SotkanetClient,
    SotkanetDataError,
    SotkanetHTTPError,
    default_user_agent,
    filter_regions,
    read_csv,
    read_json,
)

SHARED_DATA = Path(
    os.environ.get(
        "YHDYSPINTA_SHARED_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data"
    )
)
DATA = SHARED_DATA / "sotkanet"
BASE = "https://sotkanet.fi/rest/1.1/"


class FakeTime:
    """A clock that moves only when the client sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class FakeSotkanet:
    """Answers like Sotkanet from the snapshot files; records every request."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.records = json.loads((DATA / "north_karelia.json").read_bytes())
        self.csv_lines = (DATA / "north_karelia.csv").read_bytes().split(b"\r\n")
        self.failures: list[httpx.Response | Exception] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.failures:
            failure = self.failures.pop(0)
            if isinstance(failure, Exception):
                raise failure
            return failure
        path = request.url.path.removeprefix("/rest/1.1/")
        if path == "regions":
            return httpx.Response(200, content=(DATA / "regions.json").read_bytes())
        if path == "indicators":
            return httpx.Response(200, content=(DATA / "indicators.json").read_bytes())
        if path.startswith("indicators/"):
            wanted = int(path.split("/")[1])
            sample = json.loads((DATA / "indicators_2025_sample.json").read_bytes())
            for record in sample:
                if record["id"] == wanted:
                    return httpx.Response(200, json=record)
            return httpx.Response(404, text="Not Found")
        if path in ("json", "csv"):
            query = request.url.params
            indicator = int(query["indicator"])
            years = {int(year) for year in query.get_list("years")}
            genders = set(query.get_list("genders"))
            if path == "json":
                rows = [
                    row
                    for row in self.records
                    if row["indicator"] == indicator
                    and row["year"] in years
                    and row["gender"] in genders
                ]
                return httpx.Response(200, json=rows)
            body = [self.csv_lines[0]]
            for line in self.csv_lines[1:]:
                fields = line.decode().split(";")
                if len(fields) == 6 and int(fields[0]) == indicator:
                    if int(fields[2]) in years and fields[3] in genders:
                        body.append(line)
            return httpx.Response(200, content=b"\r\n".join(body) + b"\r\n")
        return httpx.Response(404)


@pytest.fixture
def server() -> FakeSotkanet:
    return FakeSotkanet()


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def make_client(server, fake_time):
    clients = []

    def make(**options) -> SotkanetClient:
        options.setdefault("transport", httpx.MockTransport(server))
        client = SotkanetClient(BASE, clock=fake_time.clock, sleep=fake_time.sleep, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@functools.cache
def snapshot() -> tuple:
    return tuple(read_json(DATA / "north_karelia.json"))


def snapshot_rows(indicator: int, years: range) -> list:
    return [row for row in snapshot() if row.indicator == indicator and row.year in years]


def test_observations_repeat_the_years_and_genders_parameters(make_client, server):
    observations = make_client().observations(4, [2001, 2000], genders=("total",))
    (request,) = server.requests
    assert request.url.path == "/rest/1.1/json"
    assert request.url.query == b"indicator=4&years=2000&years=2001&genders=total"
    assert observations == snapshot_rows(4, range(2000, 2002))
    assert len(observations) == 25  # source A has gaps (PROVENANCE.md)


def test_several_genders_are_sent_as_repeated_parameters(make_client, server):
    make_client().observations(4, [2000], genders=("male", "female", "total"))
    assert server.requests[0].url.params.get_list("genders") == ["male", "female", "total"]


def test_one_request_is_sent_per_indicator(make_client, server):
    observations = make_client().observations([127, 683], range(2010, 2016))
    assert [request.url.params["indicator"] for request in server.requests] == ["127", "683"]
    assert observations == snapshot_rows(127, range(2010, 2016)) + snapshot_rows(
        683, range(2010, 2016)
    )


def test_the_csv_format_gives_the_same_records_as_json(make_client, server):
    client = make_client()
    as_json = client.observations(683, range(2015, 2024))
    as_csv = client.observations(683, range(2015, 2024), fmt="csv")
    assert server.requests[1].url.path == "/rest/1.1/csv"
    assert as_csv == as_json
    assert len(as_csv) == 144
    assert len(filter_regions(as_csv, [972])) == 9


def test_every_request_carries_the_yhdyspinta_user_agent(make_client, server):
    client = make_client()
    client.regions()
    client.indicators()
    agents = {request.headers["User-Agent"] for request in server.requests}
    assert agents == {default_user_agent()}
    assert default_user_agent().startswith(f"Yhdyspinta/{__version__} (+mailto:")
    assert default_user_agent("https://example.fi/hyte") == (
        f"Yhdyspinta/{__version__} (+https://example.fi/hyte)"
    )


def test_a_custom_user_agent_is_sent_and_an_empty_one_is_refused(make_client, server):
    make_client(user_agent="Yhdyspinta/0.1.0 (+mailto:hyte@siunsote.fi)").regions()
    assert server.requests[0].headers["User-Agent"] == "Yhdyspinta/0.1.0 (+mailto:hyte@siunsote.fi)"
    with pytest.raises(ValueError, match="User-Agent"):
        SotkanetClient(BASE, user_agent="  ")


def test_metadata_is_read_through_the_readers(make_client):
    client = make_client()
    assert len(client.regions()) == 361
    assert len(client.indicators()) == 63
    mortality = client.indicator(186)
    assert (mortality.id, mortality.producer) == (186, "Tilastokeskus")


def test_a_503_is_retried_after_the_backoff(make_client, server, fake_time):
    server.failures = [httpx.Response(503)]
    regions = make_client(backoff=2.0).regions()
    assert len(regions) == 361
    assert len(server.requests) == 2
    assert fake_time.sleeps == [2.0]


def test_retry_after_seconds_are_honoured(make_client, server, fake_time):
    server.failures = [httpx.Response(429, headers={"Retry-After": "17"})]
    make_client(backoff=2.0).regions()
    assert fake_time.sleeps == [17.0]


def test_a_retry_after_date_is_honoured(make_client, server, fake_time):
    now = datetime(2026, 11, 28, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(datetime(2026, 11, 28, 12, 0, 30, tzinfo=UTC), usegmt=True)
    server.failures = [httpx.Response(503, headers={"Retry-After": later})]
    make_client(backoff=1.0, wall_clock=now.timestamp).regions()
    assert fake_time.sleeps == [30.0]


def test_a_too_long_retry_after_ends_the_batch_at_once(make_client, server, fake_time):
    server.failures = [httpx.Response(429, headers={"Retry-After": "86400"})]
    with pytest.raises(SotkanetHTTPError) as excinfo:
        make_client(max_retry_after=600).regions()
    assert (excinfo.value.status, excinfo.value.attempts) == (429, 1)
    assert fake_time.sleeps == []


def test_timeouts_are_retried_with_exponential_backoff_then_fail(make_client, server, fake_time):
    server.failures = [httpx.ReadTimeout("slow")] * 4
    with pytest.raises(SotkanetHTTPError) as excinfo:
        make_client(retries=3, backoff=2.0).observations(4, [2000])
    error = excinfo.value
    assert error.url == f"{BASE}json?indicator=4&years=2000&genders=total"
    assert (error.status, error.attempts) == (None, 4)
    assert error.url in str(error) and "no response" in str(error)
    assert fake_time.sleeps == [2.0, 4.0, 8.0]
    assert len(server.requests) == 4


def test_connection_errors_are_retried(make_client, server, fake_time):
    server.failures = [httpx.ConnectError("refused"), httpx.ConnectError("refused")]
    assert len(make_client(backoff=1.0).indicators()) == 63
    assert fake_time.sleeps == [1.0, 2.0]


def test_the_backoff_is_capped(make_client, server, fake_time):
    server.failures = [httpx.Response(500)] * 4
    with pytest.raises(SotkanetHTTPError) as excinfo:
        make_client(retries=3, backoff=10.0, max_backoff=25.0).regions()
    assert "HTTP 500" in str(excinfo.value)
    assert fake_time.sleeps == [10.0, 20.0, 25.0]


def test_a_client_error_is_not_retried(make_client, server, fake_time):
    with pytest.raises(SotkanetHTTPError) as excinfo:
        make_client().indicator(999999)
    assert (excinfo.value.status, excinfo.value.attempts) == (404, 1)
    assert excinfo.value.url == f"{BASE}indicators/999999"
    assert len(server.requests) == 1


def test_requests_are_spaced_by_the_minimum_interval(make_client, server, fake_time):
    client = make_client(min_interval=1.5)
    client.observations([4, 127, 170], [2000])
    assert len(server.requests) == 3
    assert fake_time.sleeps == [1.5, 1.5]
    fake_time.now += 10
    client.regions()
    assert fake_time.sleeps == [1.5, 1.5]


def test_the_cache_avoids_a_second_request(make_client, server, tmp_path):
    first = make_client(cache_dir=tmp_path).observations(683, range(2015, 2024))
    assert len(server.requests) == 1
    assert len(list(tmp_path.iterdir())) == 1
    again = make_client(cache_dir=tmp_path).observations(683, range(2015, 2024))
    assert again == first
    assert len(server.requests) == 1
    make_client(cache_dir=tmp_path).observations(683, range(2015, 2023))
    assert len(server.requests) == 2


def test_an_invalid_response_is_not_cached_and_names_the_url(make_client, server, tmp_path):
    bad = b'[{"indicator":4,"region":5,"year":2000,"gender":"total","value":"n/a"}]'
    server.failures = [httpx.Response(200, content=bad)]
    with pytest.raises(SotkanetDataError) as excinfo:
        make_client(cache_dir=tmp_path).observations(4, [2000])
    (error,) = excinfo.value.errors
    assert error.source == f"{BASE}json?indicator=4&years=2000&genders=total"
    assert (error.index, error.field, error.code) == (0, "value", "wrong_type")
    assert list(tmp_path.iterdir()) == []


def test_an_unreadable_cache_entry_is_fetched_again(make_client, server, tmp_path):
    make_client(cache_dir=tmp_path).regions()
    (entry,) = tmp_path.iterdir()
    entry.write_bytes(b"[{")
    assert len(make_client(cache_dir=tmp_path).regions()) == 361
    assert len(server.requests) == 2


def test_rows_of_another_indicator_or_year_are_rejected(make_client, server):
    wrong = [{"indicator": 5, "region": 5, "year": 1990, "gender": "total", "value": 1}]
    server.failures = [httpx.Response(200, json=wrong)]
    with pytest.raises(SotkanetDataError) as excinfo:
        make_client().observations(4, [2000])
    assert [(e.field, e.code) for e in excinfo.value.errors] == [
        ("indicator", "unknown_indicator"),
        ("year", "year_out_of_range"),
    ]


def test_a_single_indicator_response_for_another_id_is_rejected(make_client, server):
    record = json.loads((DATA / "indicators_2025_sample.json").read_bytes())[0]
    server.failures = [httpx.Response(200, json=record)]
    with pytest.raises(SotkanetDataError) as excinfo:
        make_client().indicator(322)
    assert excinfo.value.errors[0].code == "wrong_indicator"
    assert "expected the indicator 322, found 186" in str(excinfo.value)


def test_known_regions_are_checked_in_observations(make_client):
    with pytest.raises(SotkanetDataError) as excinfo:
        make_client().observations(683, [2020], known_regions={498, 658})
    assert {error.params["value"] for error in excinfo.value.errors} > {972, 74}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"indicator_ids": 4, "years": [2000], "genders": ("all",)}, "unknown genders"),
        ({"indicator_ids": 4, "years": [2000], "fmt": "xml"}, "fmt"),
        ({"indicator_ids": [], "years": [2000]}, "at least one"),
        ({"indicator_ids": 4, "years": []}, "at least one"),
    ],
)
def test_bad_arguments_are_refused_before_any_request(make_client, server, arguments, message):
    with pytest.raises(ValueError, match=message):
        make_client().observations(**arguments)
    assert server.requests == []


def test_saved_csv_and_json_responses_read_the_same_as_fetched_ones(make_client):
    fetched = make_client().observations(181, range(1990, 2020), fmt="csv")
    saved = [row for row in read_csv(DATA / "north_karelia.csv") if row.indicator == 181]
    assert fetched == saved
    assert len(fetched) == 307
