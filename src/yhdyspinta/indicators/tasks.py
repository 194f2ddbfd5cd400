"""Background work: imports run as django-tasks, off the request path."""

from __future__ import annotations

import logging

from django_tasks import task

from .models import ImportRun
from .services import runs, stored_pdfs
from .services.own_import import import_own_excel
from .services.sotkanet_import import import_file, import_from_api

logger = logging.getLogger(__name__)


@task()
def run_import(run_id: int) -> str:
    """Carry out a queued ImportRun; the run records the outcome. Returns its status."""
    run = ImportRun.objects.get(pk=run_id)
    if run.is_finished:
        return run.status
    try:
        if run.source == ImportRun.Source.SOTKANET_API:
            import_from_api(run)
        elif run.source == ImportRun.Source.SOTKANET_FILE:
            import_file(run, bytes(run.payload or b""), run.source_name)
        else:
            import_own_excel(run, bytes(run.payload or b""), run.source_name)
    except Exception as exc:
        logger.exception("Import run %s crashed", run_id)
        runs.fail(run, [runs.problem(f"unexpected error: {type(exc).__name__}: {exc}")])
        raise
    return run.status


@task()
def render_stored_pdf(pdf_id: int, version: str) -> str:
    """Render one PDF of a data version and store it (see services.stored_pdfs)."""
    from .reporting.services import report_pdfs  # noqa: F401  registers the report renderer

    return stored_pdfs.render(pdf_id, version)


@task()
def predraw_charts_task() -> int:
    """Draw the charts of the reports for the current data version (services.chart_store)."""
    from .services.chart_store import predraw_charts

    return predraw_charts()
