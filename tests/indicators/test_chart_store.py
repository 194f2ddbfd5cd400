"""Charts are drawn once per data version, in the background after an import, into the
shared chart store (Django's cache: Redis in CI): a second app server draws nothing, and an
import that changes rows makes them drawn again. Draws are counted, not timed."""

import pytest
from django.core.cache import caches
from django_tasks_db.models import DBTaskResult
from indicators.reporting_factories import load_snapshot, make_template

from yhdyspinta.documents import chart_cache
from yhdyspinta.indicators.models import ImportRun
from yhdyspinta.indicators.reporting.services.reports import build_report, template_with_sections
from yhdyspinta.indicators.services import chart_store
from yhdyspinta.indicators.services.sotkanet_import import import_file, new_run

HEADER = "indicator;region;year;gender;primary value;absolute value\n"


@pytest.fixture
def reports(world, catalogue, settings):
    settings.LANGUAGES = [("fi", "suomi")]  # one language: a third of the drawing
    load_snapshot(catalogue)
    world.template = make_template(world.county)
    return world


def _second_server():
    """Another app server: a new connection to the shared cache, nothing kept in memory."""
    caches["default"].close()
    del caches["default"]


def _report(world):
    return build_report(template_with_sections(world.template.pk), world.m1, 2024)


def _charts(report) -> list:
    return [
        chart
        for block in report.indicator_blocks
        for chart in (block.trend_chart, block.bars_chart)
        if chart is not None
    ]


def _import(content: str) -> ImportRun:
    run = import_file(new_run(ImportRun.Source.SOTKANET_FILE), content.encode(), "up.csv")
    assert run.status == ImportRun.Status.SUCCEEDED, run.errors
    return run


def _drawn(function):
    before = chart_cache.DRAWN.count
    result = function()
    return result, chart_cache.DRAWN.count - before


def test_an_import_draws_the_charts_in_the_background_and_a_second_server_draws_none(
    reports, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    before = chart_cache.DRAWN.count
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        run = _import(HEADER + "683;45;2023;total;99.5;\n")
    drawn_by_task = chart_cache.DRAWN.count - before  # the task ran on commit
    assert run.rows_written == 1 and len(callbacks) == 1
    _second_server()
    report, drawn = _drawn(lambda: _report(reports))
    charts = _charts(report)
    assert len(charts) >= 4 and all("<svg" in chart.svg() for chart in charts)
    assert drawn == 0
    # the task drew the charts of both municipalities of the county's template
    assert drawn_by_task >= 2 * len(charts)


def test_a_new_data_version_draws_the_charts_again_and_an_unchanged_rerun_does_not(
    reports, django_capture_on_commit_callbacks
):
    _report_once, first = _drawn(lambda: _report(reports))
    assert first > 0
    _second_server()
    assert _drawn(lambda: _report(reports))[1] == 0
    version = chart_store.data_version()
    tasks = DBTaskResult.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        rerun = _import(HEADER + _same_row())
    assert rerun.rows_written == 0 and chart_store.data_version() == version
    assert DBTaskResult.objects.count() == tasks  # nothing to draw again
    assert _drawn(lambda: _report(reports))[1] == 0
    with django_capture_on_commit_callbacks(execute=True):
        _import(HEADER + "4;45;2023;total;1.5;\n")  # an indicator of the report changes
    assert chart_store.data_version() > version
    assert DBTaskResult.objects.count() == tasks + 1  # the drawing is enqueued
    report, drawn = _drawn(lambda: _report(reports))
    assert drawn == len(_charts(report)) == first


def _same_row() -> str:
    """A row of the snapshot exactly as it is stored: importing it changes nothing."""
    from yhdyspinta.indicators.models import Observation

    row = Observation.objects.select_related("indicator", "area").filter(
        numerator__isnull=True, gender="total"
    )[0]
    return f"{row.indicator.sotkanet_id};{row.area.sotkanet_id};{row.year};total;{row.value!r};\n"


def test_reports_to_draw_are_the_latest_templates_for_each_municipality(reports):
    drawn = {(pk, organization.pk) for pk, organization in chart_store.reports_to_draw()}
    assert drawn == {(reports.template.pk, reports.m1.pk), (reports.template.pk, reports.m2.pk)}
