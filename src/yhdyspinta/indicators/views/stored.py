"""Answering a request for a stored PDF: the file when it is ready, else "being prepared"."""

from __future__ import annotations

import mimetypes

from django.http import FileResponse, HttpResponse
from django.shortcuts import render

from ..models import StoredPdf


def stored_pdf_response(request, pdf: StoredPdf, ready: bool) -> HttpResponse:
    """The file when ready; otherwise 202 and a page that asks again every few seconds
    (HTMX; without JavaScript the reader reloads). A failed rendering answers 503."""
    if ready:
        if request.headers.get("HX-Request"):
            return HttpResponse(headers={"HX-Redirect": request.get_full_path()})
        return FileResponse(
            pdf.file.open("rb"),
            as_attachment=True,
            filename=pdf.filename,
            content_type=mimetypes.guess_type(pdf.filename)[0] or "application/pdf",
        )
    failed = pdf.status == StoredPdf.Status.FAILED
    status = 503 if failed else 202
    template = (
        "indicators/partials/_pdf_pending.html"
        if request.headers.get("HX-Request")
        else "indicators/pdf_pending.html"
    )
    response = render(request, template, {"pdf": pdf, "failed": failed}, status=status)
    response["Retry-After"] = "600" if failed else "3"
    response["Cache-Control"] = "no-store"
    return response
