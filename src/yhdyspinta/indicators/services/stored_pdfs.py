"""PDFs rendered once per data version in the background and served from the storage
(other stored documents too: a renderer may return a Word file; the file's name says which).

A view says which document it wants (``kind`` and ``parameters``) and the version of the
data it shows (a digest, see :func:`digest`). When the stored file has that version it is
served; otherwise one request enqueues the rendering (the others only wait) and every
request answers "being prepared" until the worker has stored the new file. Rendering
never happens in a request. Files go through Django's default storage, so a second app
server serves the file the first one asked for.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import time
from collections.abc import Callable

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import get_language

from yhdyspinta.documents.pdf import render_pdf_from_html

from ..models import ImportRun, StoredPdf

logger = logging.getLogger(__name__)

#: Change when the print templates change, so that every stored PDF is rendered again.
LAYOUT_VERSION = 1
#: A rendering asked for this long ago and not finished (a lost worker) is asked for again.
RETRY_AFTER = dt.timedelta(minutes=10)

#: kind -> a function that renders the PDF of a StoredPdf row (in its language).
RENDERERS: dict[str, Callable[[StoredPdf], bytes]] = {}


def renderer(kind: str):
    """Register the function that renders the PDFs of ``kind`` from their parameters."""

    def register(function):
        RENDERERS[kind] = function
        return function

    return register


def digest(*parts) -> str:
    """The version of a document: a digest of what it shows, the layout and the language."""
    payload = json.dumps([LAYOUT_VERSION, get_language(), *parts], default=str, sort_keys=True)
    return hashlib.sha256(payload.encode()).hexdigest()


def latest_import() -> list:
    """The last import that wrote observations: a new one makes every PDF stale."""
    run = (
        ImportRun.objects.filter(status=ImportRun.Status.SUCCEEDED)
        .order_by("-finished_at", "-pk")
        .values_list("pk", "finished_at")
        .first()
    )
    return list(run or [])


def request_pdf(
    kind: str, parameters: dict, version: str, filename: str, *, source_html: str = ""
) -> tuple[StoredPdf, bool]:
    """The stored PDF of a document and whether it is ready (has ``version``); when not,
    the rendering is enqueued unless an earlier request already did so."""
    from ..tasks import render_stored_pdf

    language = get_language() or "fi"
    key = f"{kind}:{json.dumps(parameters, sort_keys=True)}:{language}"
    now = timezone.now()
    wanted = {"version": version, "filename": filename, "source_html": source_html}
    pdf, created = StoredPdf.objects.get_or_create(
        key=key,
        defaults={
            "kind": kind,
            "parameters": parameters,
            "language": language,
            "requested_at": now,
            **wanted,
        },
    )
    if pdf.is_current(version):
        return pdf, True
    if not created:
        # Claim the rendering of this version; a recent claim or failure is left alone.
        recent = Q(version=version, requested_at__gt=now - RETRY_AFTER) & ~Q(
            status=StoredPdf.Status.READY
        )
        claimed = (
            StoredPdf.objects.filter(pk=pdf.pk)
            .exclude(recent)
            .update(status=StoredPdf.Status.PENDING, requested_at=now, error="", **wanted)
        )
        if not claimed:
            pdf.refresh_from_db()
            return pdf, pdf.is_current(version)
    render_stored_pdf.enqueue(pdf.pk, version)
    pdf.refresh_from_db()
    return pdf, pdf.is_current(version)


def render(pdf_id: int, version: str) -> str:
    """Render and store one PDF (the background task). A version asked for meanwhile
    supersedes this one, which is then thrown away."""
    pdf = StoredPdf.objects.filter(pk=pdf_id, version=version).first()
    if pdf is None:
        return "superseded"
    started = time.perf_counter()
    current = StoredPdf.objects.filter(pk=pdf.pk, version=version)
    try:
        with translation.override(pdf.language):
            if pdf.source_html:
                content = render_pdf_from_html(pdf.source_html)
            else:
                content = RENDERERS[pdf.kind](pdf)
    except Exception as exc:
        logger.exception("Rendering the PDF %s failed", pdf.key)
        current.update(status=StoredPdf.Status.FAILED, error=f"{type(exc).__name__}: {exc}")
        raise
    suffix = pdf.filename.rsplit(".", 1)[-1].lower() if "." in pdf.filename else "pdf"
    name = default_storage.save(
        f"indicators/pdfs/{pdf.pk}-{version[:16]}.{suffix}", ContentFile(content)
    )
    stored = current.update(
        status=StoredPdf.Status.READY,
        file=name,
        rendered_at=timezone.now(),
        render_seconds=time.perf_counter() - started,
        source_html="",
    )
    if not stored:
        default_storage.delete(name)
        return "superseded"
    if pdf.file.name and pdf.file.name != name:
        default_storage.delete(pdf.file.name)
    return StoredPdf.Status.READY
