"""The signed document of an agreement: a PDF by its content (not its name), of bounded size."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MAX_PDF_BYTES = getattr(settings, "AGREEMENT_PDF_MAX_BYTES", 10 * 1024 * 1024)


def validate_pdf(upload) -> None:
    """Refuse a file that is too large, does not start with %PDF- or does not parse as a PDF."""
    size = getattr(upload, "size", None)
    if size is not None and size > MAX_PDF_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s MB); the limit is %(limit)s MB."),
            code="too_large",
            params={"size": round(size / 1048576, 1), "limit": MAX_PDF_BYTES // 1048576},
        )
    upload.seek(0)
    data = upload.read(MAX_PDF_BYTES + 1)
    upload.seek(0)
    if len(data) > MAX_PDF_BYTES:
        raise ValidationError(_("The file is too large."), code="too_large")
    if not data.startswith(b"%PDF-"):
        raise ValidationError(_("The file is not a PDF document."), code="not_pdf")
    if not _structure_ok(data):
        raise ValidationError(
            _("The PDF document is damaged and cannot be read."), code="damaged_pdf"
        )


STARTXREF = re.compile(rb"startxref\s+(\d{1,12})\s+%%EOF\s*$")
OBJECT_AT = re.compile(rb"\s*(xref|\d{1,10}\s+\d{1,5}\s+obj)")


def _structure_ok(data: bytes) -> bool:
    """The PDF's trailer: `startxref <offset> %%EOF` at the end, and the offset points at the
    cross-reference table (or an xref stream object). A renamed text file, a truncated download
    or a file cut in the middle fails here (the project has no PDF parser dependency)."""
    match = STARTXREF.search(data[-2048:])
    if match is None:
        return False
    offset = int(match.group(1))
    if offset >= len(data):
        return False
    return OBJECT_AT.match(data, offset) is not None
