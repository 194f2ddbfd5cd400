"""Bookkeeping of an ImportRun: progress, problems, the final figures."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext

from ..models import ImportRun
from ..sotkanet import RowError
from ..sotkanet.errors import MESSAGES

#: At most this many problems are stored on a run (the count of rejected rows is exact).
MAX_STORED_ERRORS = 500


def set_progress(run: ImportRun, **fields: Any) -> None:
    """Save progress at once, outside any write transaction, so a status page sees it."""
    for name, value in fields.items():
        setattr(run, name, value)
    ImportRun.objects.filter(pk=run.pk).update(**fields)


def start(run: ImportRun, total_steps: int = 1) -> None:
    set_progress(
        run,
        status=ImportRun.Status.RUNNING,
        started_at=timezone.now(),
        progress_done=0,
        progress_total=total_steps,
    )


def problem(reason: str, *, row: int | None = None, request: str | None = None, **extra) -> dict:
    """A stored problem: where (row or request) and the reason in English."""
    return {"row": row, "request": request, "reason": reason, **extra}


def row_error_problem(error: RowError) -> dict:
    data = error.as_dict()
    return problem(
        data["reason"],
        row=data["line"],
        source=data["source"],
        index=data["index"],
        field=data["field"],
        code=data["code"],
        params={key: str(value) for key, value in data["params"].items()},
    )


def rejected_rows(problems: Iterable[dict]) -> int:
    return len({(p.get("row"), p.get("index")) for p in problems if p.get("row") is not None})


def fail(run: ImportRun, problems: list[dict], *, rejected: int | None = None) -> ImportRun:
    run.status = ImportRun.Status.FAILED
    run.finished_at = timezone.now()
    run.errors = problems[:MAX_STORED_ERRORS]
    run.rows_rejected = rejected_rows(problems) if rejected is None else rejected
    run.rows_written = 0
    run.rows_unchanged = 0
    run.payload = None
    run.save()
    return run


def succeed(run: ImportRun) -> ImportRun:
    """Record the success; rows written make a new data version, whose charts are drawn in
    the background."""
    from .chart_store import charts_changed

    run.status = ImportRun.Status.SUCCEEDED
    run.finished_at = timezone.now()
    run.progress_done = run.progress_total
    run.payload = None
    run.save()
    if run.rows_written:
        charts_changed()
    return run


def localized_problem(data: dict) -> str:
    """A stored problem in the active language (Sotkanet reader codes are translated)."""
    code = data.get("code")
    if code in MESSAGES and data.get("source") is not None:
        error = RowError(
            source=data["source"],
            code=code,
            line=data.get("row"),
            index=data.get("index"),
            field=data.get("field"),
            params=data.get("params") or {},
        )
        return error.localized()
    where = []
    if data.get("sheet"):
        where.append(gettext("sheet %(sheet)s") % {"sheet": data["sheet"]})
    if data.get("row") is not None:
        where.append(gettext("row %(row)s") % {"row": data["row"]})
    if data.get("request"):
        where.append(data["request"])
    text = data.get("message") or data.get("reason", "")
    return f"{', '.join(where)}: {text}" if where else text
