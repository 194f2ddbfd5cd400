"""A polite HTTP client for the Sotkanet REST API (https://sotkanet.fi/rest/1.1/).

Batch use only: one request at a time, at least `min_interval` seconds apart,
retried with exponential backoff on timeouts, connection errors, 429 and 5xx
(honouring Retry-After), with an optional on-disk cache keyed by the request URL
so that a resumed batch does not fetch again what it already has. Responses are
validated by the strict readers before they are cached or returned.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Callable, Collection, Iterable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TypeVar

import httpx

from yhdyspinta import __version__

from .errors import RowError, SotkanetDataError, SotkanetHTTPError
from .readers import read_csv, read_indicators, read_json, read_regions
from .records import GENDERS, IndicatorMeta, Observation, Region

logger = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://sotkanet.fi/rest/1.1/"
DEFAULT_CONTACT = "yhdyspinta@localhost"
T = TypeVar("T")


def default_user_agent(contact: str = DEFAULT_CONTACT) -> str:
    """`Yhdyspinta/<version> (+<contact>)`; an e-mail address becomes a mailto: link."""
    if "@" in contact and ":" not in contact:
        contact = f"mailto:{contact}"
    return f"Yhdyspinta/{__version__} (+{contact})"


def _reader(read: Callable[..., T]) -> Callable[[bytes, str], T]:
    return lambda body, url: read(body, source_name=url)


class SotkanetClient:
    """Fetch Sotkanet metadata and observations as validated records.

    `retries` is the number of attempts after the first one. The delay before
    retry n (1, 2, ...) is `backoff * 2 ** (n - 1)` seconds, at most
    `max_backoff`, or the server's Retry-After when that is longer; a
    Retry-After above `max_retry_after` ends the batch at once. `clock` (a
    monotonic clock), `sleep` and `wall_clock` (epoch seconds, for HTTP-date
    Retry-After values) can be replaced in tests.
    """

    def __init__(
        self,
        base_url: str = DEFAULT_BASE_URL,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 2.0,
        max_backoff: float = 60.0,
        max_retry_after: float = 600.0,
        min_interval: float = 1.0,
        cache_dir: str | os.PathLike[str] | None = None,
        user_agent: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        user_agent = default_user_agent() if user_agent is None else user_agent.strip()
        if not user_agent:
            raise ValueError("Sotkanet refuses requests without a User-Agent")
        if retries < 0 or backoff < 0 or min_interval < 0:
            raise ValueError("retries, backoff and min_interval must not be negative")
        if not base_url.endswith("/"):
            base_url += "/"
        self.user_agent = user_agent
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.max_retry_after = max_retry_after
        self.min_interval = min_interval
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self._clock = clock
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._last_request: float | None = None
        self.requests_sent = 0
        self._http = httpx.Client(
            base_url=base_url,
            transport=transport,
            timeout=httpx.Timeout(timeout),
            headers={"User-Agent": user_agent},
            follow_redirects=True,
        )

    # -- life cycle ---------------------------------------------------------

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SotkanetClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- the API --------------------------------------------------------------

    def indicators(self) -> list[IndicatorMeta]:
        """All indicators (`/indicators`)."""
        return self._fetch("indicators", [], _reader(read_indicators))

    def indicator(self, indicator_id: int) -> IndicatorMeta:
        """One indicator with its full metadata (`/indicators/{id}`)."""

        def parse(body: bytes, url: str) -> IndicatorMeta:
            records = read_indicators(body, source_name=url)
            if len(records) == 1 and records[0].id == indicator_id:
                return records[0]
            found = ", ".join(str(record.id) for record in records) or "none"
            params = {"expected": indicator_id, "found": found}
            raise SotkanetDataError([RowError(url, "wrong_indicator", field="id", params=params)])

        return self._fetch(f"indicators/{int(indicator_id)}", [], parse)

    def regions(self) -> list[Region]:
        """All regions (`/regions`)."""
        return self._fetch("regions", [], _reader(read_regions))

    def observations(
        self,
        indicator_ids: int | Iterable[int],
        years: Iterable[int],
        genders: Iterable[str] = ("total",),
        fmt: str = "json",
        *,
        known_regions: Collection[int] | None = None,
    ) -> list[Observation]:
        """Observations of every region, one request per indicator.

        Sends `/json?indicator=4&years=2012&years=2013&genders=total` (or `/csv`).
        Sotkanet answers for all regions; use `filter_regions` to keep some.
        """
        ids = [indicator_ids] if isinstance(indicator_ids, int) else list(indicator_ids)
        year_list = sorted({int(year) for year in years})
        gender_list = list(dict.fromkeys(genders))
        if not ids or not year_list or not gender_list:
            raise ValueError("give at least one indicator, one year and one gender")
        unknown = [gender for gender in gender_list if gender not in GENDERS]
        if unknown:
            raise ValueError(f"unknown genders {unknown}; Sotkanet knows {list(GENDERS)}")
        if fmt not in ("json", "csv"):
            raise ValueError(f"fmt must be 'json' or 'csv', not {fmt!r}")
        reader = read_json if fmt == "json" else read_csv
        observations: list[Observation] = []
        for indicator_id in ids:
            params = [("indicator", str(int(indicator_id)))]
            params += [("years", str(year)) for year in year_list]
            params += [("genders", gender) for gender in gender_list]

            def parse(body: bytes, url: str, indicator_id: int = indicator_id) -> list[Observation]:
                return reader(
                    body,
                    source_name=url,
                    year_range=(year_list[0], year_list[-1]),
                    genders=gender_list,
                    known_indicators={int(indicator_id)},
                    known_regions=known_regions,
                )

            observations.extend(self._fetch(fmt, params, parse))
        return observations

    # -- machinery ------------------------------------------------------------

    def url_for(self, path: str, params: list[tuple[str, str]]) -> str:
        return str(self._http.build_request("GET", path, params=params).url)

    def _fetch(
        self, path: str, params: list[tuple[str, str]], parse: Callable[[bytes, str], T]
    ) -> T:
        request = self._http.build_request("GET", path, params=params)
        url = str(request.url)
        cached = self._cache_read(url)
        if cached is not None:
            try:
                return parse(cached, url)
            except SotkanetDataError:
                logger.warning("Discarding an unreadable cached response for %s", url)
                self._cache_path(url).unlink(missing_ok=True)
        body = self._send(request)
        result = parse(body, url)
        self._cache_write(url, body)
        return result

    def _send(self, request: httpx.Request) -> bytes:
        url = str(request.url)
        attempts = 0
        while True:
            self._wait_for_turn()
            attempts += 1
            self.requests_sent += 1
            retry_after: float | None = None
            try:
                response = self._http.send(request)
            except httpx.TimeoutException as exc:
                status, reason = None, f"timeout ({type(exc).__name__})"
            except httpx.TransportError as exc:
                status, reason = None, f"{type(exc).__name__}: {exc}"
            else:
                if response.is_success:
                    return response.content
                status, reason = response.status_code, response.reason_phrase
                if status != 429 and status < 500:
                    raise SotkanetHTTPError(url, status, reason, attempts)
                retry_after = self._retry_after(response.headers.get("Retry-After"))
            if attempts > self.retries:
                raise SotkanetHTTPError(url, status, reason, attempts)
            delay = min(self.backoff * 2 ** (attempts - 1), self.max_backoff)
            if retry_after is not None:
                if retry_after > self.max_retry_after:
                    reason = f"{reason}; Retry-After {retry_after:g} s is too long"
                    raise SotkanetHTTPError(url, status, reason, attempts)
                delay = max(delay, retry_after)
            logger.warning(
                "GET %s: %s (%s), retrying in %.1f s", url, status or "no response", reason, delay
            )
            self._sleep(delay)

    def _wait_for_turn(self) -> None:
        if self._last_request is not None:
            remaining = self.min_interval - (self._clock() - self._last_request)
            if remaining > 0:
                self._sleep(remaining)
        self._last_request = self._clock()

    def _retry_after(self, header: str | None) -> float | None:
        """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
        if not header:
            return None
        header = header.strip()
        if header.isdigit():
            return float(header)
        try:
            moment = parsedate_to_datetime(header)
        except (TypeError, ValueError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        now = datetime.fromtimestamp(self._wall_clock(), tz=UTC)
        return max(0.0, (moment - now).total_seconds())

    # -- cache ----------------------------------------------------------------

    def _cache_path(self, url: str) -> Path:
        assert self.cache_dir is not None
        return self.cache_dir / f"{hashlib.sha256(url.encode()).hexdigest()}.body"

    def _cache_read(self, url: str) -> bytes | None:
        if self.cache_dir is None:
            return None
        try:
            return self._cache_path(url).read_bytes()
        except FileNotFoundError:
            return None

    def _cache_write(self, url: str, body: bytes) -> None:
        if self.cache_dir is None:
            return
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        target = self._cache_path(url)
        handle, temporary = tempfile.mkstemp(dir=self.cache_dir, suffix=".part")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(body)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
