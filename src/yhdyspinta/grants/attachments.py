"""Attachments are checked by what they are, not what they claim: the file's first bytes must
match its extension and the browser's content type, and the size is limited."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_BYTES = 5 * 1024 * 1024
ZIP = b"PK\x03\x04"
# extension -> (content types a browser may send, the signature the file starts with)
KINDS = {
    "pdf": ({"application/pdf"}, b"%PDF-"),
    "docx": (
        {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        ZIP,
    ),
    "xlsx": ({"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}, ZIP),
    "png": ({"image/png"}, b"\x89PNG\r\n\x1a\n"),
    "jpg": ({"image/jpeg"}, b"\xff\xd8\xff"),
    "jpeg": ({"image/jpeg"}, b"\xff\xd8\xff"),
}
GENERIC_TYPES = {"application/octet-stream", ""}


def check_upload(upload) -> str:
    """The content type of a valid upload; a ValidationError naming what is wrong otherwise."""
    name = upload.name or ""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in KINDS:
        raise ValidationError(
            _("%(name)s: only PDF, Word (docx), Excel (xlsx), PNG and JPEG files are accepted.")
            % {"name": name[:100]}
        )
    if upload.size > MAX_BYTES:
        raise ValidationError(
            _("%(name)s is too large (at most %(mb)s MB).") % {"name": name[:100], "mb": 5}
        )
    if upload.size == 0:
        raise ValidationError(_("%(name)s is empty.") % {"name": name[:100]})
    types, signature = KINDS[extension]
    claimed = (getattr(upload, "content_type", "") or "").split(";")[0].strip().lower()
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    if (claimed not in types and claimed not in GENERIC_TYPES) or not head.startswith(signature):
        raise ValidationError(
            _("%(name)s is not the %(ext)s file its name claims.")
            % {"name": name[:100], "ext": extension.upper()}
        )
    return sorted(types)[0]
