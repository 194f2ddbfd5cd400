"""Importing Sotkanet observations from saved files or from the live interface.

A CSV file is read, checked and written in one pass inside one transaction (the rows stream
from the reader into the upsert a batch at a time, so memory does not grow with the file);
JSON and the interface are read and checked first, then written in one transaction. Any
problem fails the whole run, which records where (file, row, field) and why, and writes
nothing (the transaction is rolled back). A rerun with the same data reports "0 written".
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from django.conf import settings
from django.db import transaction

from ..limits import FIRST_YEAR, LARGEST_VALUE, LAST_YEAR
from ..models import Area, ImportRun, Indicator
from ..sotkanet import (
    GENDERS,
    IndicatorMeta,
    Observation,
    Region,
    SotkanetClient,
    SotkanetDataError,
    SotkanetHTTPError,
    WellbeingCounty,
    default_user_agent,
    read_indicators,
    read_json,
    read_regions,
    read_wellbeing_counties,
)
from ..sotkanet._input import Collector, FatalError, iter_json, open_source
from ..sotkanet.spool import json_as_csv, observations_as_csv, write_header
from ..sotkanet.streaming import stream_csv
from . import runs
from .catalogue import load_indicators, load_regions
from .upsert import Row, upsert_observations, upsert_tuples

_YEARS = re.compile(r"^\s*(\d{4})\s*(?:[-\u2013]\s*(\d{4}))?\s*$")


def parse_years(text: str) -> tuple[int, int]:
    """ "2010-2024" -> (2010, 2024); "2019" -> (2019, 2019)."""
    match = _YEARS.match(text or "")
    if not match:
        raise ValueError(f"years must look like 2010-2024, not {text!r}")
    low = int(match.group(1))
    high = int(match.group(2) or low)
    if low > high:
        raise ValueError(f"the first year {low} is after the last year {high}")
    return low, high


@dataclass
class Metadata:
    """Catalogue files read along with the observations (all optional)."""

    regions: list[Region] = field(default_factory=list)
    counties: list[WellbeingCounty] = field(default_factory=list)
    indicators: list[IndicatorMeta] = field(default_factory=list)


def read_metadata(
    regions_file: Path | None = None,
    counties_file: Path | None = None,
    indicators_file: Path | None = None,
) -> Metadata:
    """Read catalogue files; raises SotkanetDataError on any problem."""
    return Metadata(
        regions=read_regions(regions_file) if regions_file else [],
        counties=read_wellbeing_counties(counties_file) if counties_file else [],
        indicators=read_indicators(indicators_file) if indicators_file else [],
    )


def detect_format(data: bytes | Path, name: str) -> str:
    """ "json" or "csv", by the name's extension, else by the first character."""
    suffix = Path(name).suffix.lower()
    if suffix in (".json", ".csv"):
        return suffix[1:]
    if isinstance(data, Path):
        with data.open("rb") as stream:
            data = stream.read(4096)
    return "json" if data.lstrip()[:1] in (b"[", b"{") else "csv"


def count_records(data: bytes | Path, fmt: str) -> int:
    """How many observation records a file holds (for the figures of a failed run), read a
    line or a record at a time; a JSON list is counted up to where it breaks."""
    if fmt == "json":
        count = 0
        with open_source(data) as (stream, name):
            try:
                for index, _line, _item in iter_json(stream, Collector(name, 1)):
                    count += index is not None
            except FatalError:
                pass
        return count
    if isinstance(data, Path):
        with data.open("rb") as stream:
            return max(sum(1 for line in stream if line.strip()) - 1, 0)
    lines = [line for line in data.splitlines() if line.strip()]
    return max(len(lines) - 1, 0)


def new_run(source: str, *, user=None, county=None, **parameters) -> ImportRun:
    return ImportRun.objects.create(
        source=source, started_by=user, county=county, parameters=parameters
    )


def _known_ids(metadata: Metadata) -> tuple[set[int], set[int]]:
    regions = set(Area.objects.values_list("sotkanet_id", flat=True))
    regions |= {r.id for r in metadata.regions if r.category in Area.Category.values}
    regions |= {c.region_id for c in metadata.counties}
    indicators = set(
        Indicator.objects.filter(sotkanet_id__isnull=False).values_list("sotkanet_id", flat=True)
    )
    indicators |= {m.id for m in metadata.indicators}
    return regions, indicators


def _parameters(
    run: ImportRun,
) -> tuple[list[int] | None, tuple[int, int] | None, list[str] | None]:
    params = run.parameters or {}
    ids = [int(i) for i in params.get("indicators") or []] or None
    years = tuple(params["years"]) if params.get("years") else None
    genders = list(params["genders"]) if params.get("genders") else None
    return ids, years, genders


def import_file(
    run: ImportRun, data: bytes | Path, name: str, metadata: Metadata | None = None
) -> ImportRun:
    """Import a saved Sotkanet /csv or /json response into the catalogue's indicators (bytes,
    or a path, which the readers read a line or record at a time)."""
    metadata = metadata or Metadata()
    runs.start(run, total_steps=2)
    run.source_name = name[:500]
    fmt = detect_format(data, name)
    # a JSON file's records are counted as it is spooled (below), not in a pass of their own
    run.rows_read = count_records(data, fmt) if fmt == "csv" else 0
    indicator_ids, years, genders = _parameters(run)
    known_regions, known_indicators = _known_ids(metadata)
    problems = []
    if not known_regions:
        problems.append(runs.problem("the area catalogue is empty: load the regions first"))
    for indicator_id in indicator_ids or []:
        if indicator_id not in known_indicators:
            problems.append(runs.problem(f"unknown indicator id {indicator_id}"))
    if problems:
        run.rows_read = run.rows_read or count_records(data, fmt)
        return runs.fail(run, problems)
    parameters = (indicator_ids, years, genders)
    if fmt == "csv":
        return _import_csv(run, data, name, metadata, parameters)
    with _spool() as spool:
        count = json_as_csv(data, spool, name)
        run.rows_read = count if count is not None else count_records(data, fmt)
        if count is not None:
            try:
                return _stream_csv_into(run, _rewound(spool), name, metadata, parameters)
            except SotkanetDataError:
                pass  # read again below, for the problems named by the JSON's lines
    return _import_json_in_memory(run, data, name, metadata, parameters, known_regions,
                                  known_indicators)  # fmt: skip


def _import_json_in_memory(run, data, name, metadata, parameters, known_regions,
                           known_indicators) -> ImportRun:  # fmt: skip
    """A JSON file that is not a list of plain records, or whose rows have problems: read
    whole, so that each problem is named by its line, index and field."""
    indicator_ids, years, genders = parameters
    try:
        observations = read_json(
            data,
            source_name=name,
            year_range=years or (FIRST_YEAR, LAST_YEAR),
            genders=GENDERS,
            known_regions=known_regions,
            known_indicators=known_indicators,
        )
    except SotkanetDataError as exc:
        return runs.fail(run, [runs.row_error_problem(error) for error in exc.errors])
    if problems := _implausible(observations):
        return runs.fail(run, problems)
    runs.set_progress(run, progress_done=1)
    wanted = set(indicator_ids) if indicator_ids else None
    kept = [
        o
        for o in observations
        if (wanted is None or o.indicator in wanted) and (genders is None or o.gender in genders)
    ]
    run.rows_skipped = len(observations) - len(kept)
    return _write(run, kept, metadata)


@contextmanager
def _spool():
    """A temporary text file for CSV rows (on disk past a few MB)."""
    with tempfile.SpooledTemporaryFile(max_size=4 * 1024 * 1024, mode="w+b") as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            yield text
        finally:
            text.detach()


def _rewound(spool) -> IO[bytes]:
    spool.flush()
    raw = spool.buffer
    raw.seek(0)
    return raw


def _import_csv(run, data, name, metadata: Metadata, parameters) -> ImportRun:
    """Read, check and write a CSV in one pass; any problem rolls everything back."""
    try:
        return _stream_csv_into(run, data, name, metadata, parameters)
    except SotkanetDataError as exc:
        return runs.fail(run, [runs.row_error_problem(error) for error in exc.errors])


def _stream_csv_into(run, data, name, metadata: Metadata, parameters) -> ImportRun:
    """`_import_csv`, raising `SotkanetDataError` (after the rollback) instead of failing."""
    indicator_ids, years, genders = parameters
    runs.set_progress(run, status=ImportRun.Status.WRITING)
    skipped = 0
    with transaction.atomic():
        indicator_pk, area_pk = _load_catalogue(metadata)
        rows = stream_csv(
            data,
            source_name=name,
            indicators=indicator_pk,
            regions=area_pk,
            year_range=years or (FIRST_YEAR, LAST_YEAR),
            largest=LARGEST_VALUE,
        )
        if indicator_ids or genders:
            wanted = {indicator_pk[i] for i in indicator_ids or indicator_pk}
            kept_genders = set(genders or GENDERS)

            def kept(rows=rows):
                nonlocal skipped
                for row in rows:
                    if row[0] in wanted and row[3] in kept_genders:
                        yield row
                    else:
                        skipped += 1

            rows = kept()
        counts = upsert_tuples(rows)
    run.rows_skipped += skipped
    run.rows_written = counts.written
    run.rows_unchanged = counts.unchanged
    return runs.succeed(run)


def _load_catalogue(metadata: Metadata) -> tuple[dict[int, int], dict[int, int]]:
    """Load the catalogue files; Sotkanet id -> primary key of the indicators and areas."""
    if metadata.regions or metadata.counties:
        load_regions(metadata.regions, metadata.counties)
    if metadata.indicators:
        load_indicators(metadata.indicators)
    indicator_pk = dict(
        Indicator.objects.filter(sotkanet_id__isnull=False).values_list("sotkanet_id", "pk")
    )
    return indicator_pk, dict(Area.objects.values_list("sotkanet_id", "pk"))


def _implausible(observations: list[Observation]) -> list[dict]:
    """Values no indicator takes (finite but e.g. 1e300): the whole file is refused."""
    return [
        runs.problem(
            f"indicator {o.indicator}, region {o.region}, year {o.year}: "
            f"the value {number:g} is larger than {LARGEST_VALUE:g}"
        )
        for o in observations
        for number in (o.value, o.abs_value)
        if number is not None and abs(number) > LARGEST_VALUE
    ][:50]


def _write(run: ImportRun, observations: list[Observation], metadata: Metadata) -> ImportRun:
    runs.set_progress(run, status=ImportRun.Status.WRITING)
    with transaction.atomic():
        indicator_pk, area_pk = _load_catalogue(metadata)
        rows = (
            Row(
                indicator_pk[o.indicator], area_pk[o.region], o.year, o.gender, o.value, o.abs_value
            )
            for o in observations
        )
        counts = upsert_observations(rows)
    run.rows_written = counts.written
    run.rows_unchanged = counts.unchanged
    return runs.succeed(run)


def default_client(**kwargs) -> SotkanetClient:
    """The live client: settings.SOTKANET_URL, a User-Agent naming DEFAULT_FROM_EMAIL."""
    return SotkanetClient(
        base_url=settings.SOTKANET_URL,
        user_agent=default_user_agent(settings.DEFAULT_FROM_EMAIL),
        **kwargs,
    )


def import_from_api(
    run: ImportRun, client_factory: Callable[[], SotkanetClient] = default_client
) -> ImportRun:
    """Fetch the run's indicators and years from Sotkanet and import them.

    One request per indicator (Sotkanet answers for every region; rows of areas outside
    the catalogue are skipped). Missing metadata (the regions, an indicator) is fetched too.
    """
    indicator_ids, years, genders = _parameters(run)
    if not indicator_ids or not years:
        return runs.fail(run, [runs.problem("choose at least one indicator and the years")])
    runs.start(run, total_steps=len(indicator_ids) + 1)
    metadata = Metadata()
    with client_factory() as client, _spool() as spool:
        write_header(spool)
        failed = _fetch_into(run, client, spool, metadata, indicator_ids, years, genders)
        if failed is not None:
            return failed
        try:
            return _stream_csv_into(
                run, _rewound(spool), run.source_name, metadata, (indicator_ids, years, genders)
            )
        except SotkanetDataError as exc:
            return runs.fail(run, [runs.row_error_problem(error) for error in exc.errors])


def _fetch_into(run, client, spool, metadata, indicator_ids, years, genders) -> ImportRun | None:
    """Fetch each indicator and write its rows to the spool (one response in memory at a
    time); the failed run when a request or a response fails, else None."""
    run.source_name = client.url_for("json", [])[:500]
    try:
        if not Area.objects.exists():
            metadata.regions = client.regions()
        known_regions, known_indicators = _known_ids(metadata)
        for step, indicator_id in enumerate(indicator_ids, start=1):
            if indicator_id not in known_indicators:
                metadata.indicators.append(client.indicator(indicator_id))
            fetched = client.observations(
                indicator_id, range(years[0], years[1] + 1), genders or ["total"]
            )
            run.rows_read += len(fetched)
            kept = [o for o in fetched if o.region in known_regions]
            run.rows_skipped += len(fetched) - len(kept)
            if problems := _implausible(kept):
                return runs.fail(run, problems)
            observations_as_csv(kept, spool)
            runs.set_progress(
                run, progress_done=step, rows_read=run.rows_read, rows_skipped=run.rows_skipped
            )
    except SotkanetHTTPError as exc:
        reason = f"HTTP {exc.status or 'no response'}: {exc.reason} ({exc.attempts} attempts)"
        return runs.fail(run, [runs.problem(reason, request=exc.url)], rejected=0)
    except SotkanetDataError as exc:
        return runs.fail(run, [runs.row_error_problem(error) for error in exc.errors])
    return None
