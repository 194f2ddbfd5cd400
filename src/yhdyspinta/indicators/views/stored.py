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
            content_type=content_type(pdf.filename),
        )
    failed = pdf.status == StoredPdf.Status.FAILED
    status = 503 if failed else 202
    template = (
        "indicators/partials/_pdf_pending.html"
        if request.headers.get("HX-Request")
        else "indicators/pdf_pending.html"
    )
    is_pdf = content_type(pdf.filename) == "application/pdf"
    context = {"pdf": pdf, "failed": failed, "is_pdf": is_pdf}
    response = render(request, template, context, status=status)
    response["Retry-After"] = "600" if failed else "3"
    response["Cache-Control"] = "no-store"
    return response


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def content_type(filename: str) -> str:
    """The stored file's type from its name: PDF unless it says otherwise (e.g. a .docx)."""
    if filename.lower().endswith(".docx"):
        return DOCX
    guessed, _encoding = mimetypes.guess_type(filename)
    return guessed or "application/pdf"
