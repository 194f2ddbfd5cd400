"""Open an uploaded file as a workbook, or say clearly why it cannot be opened.

Checks run cheapest first: size, signature (zip, OLE2, text), the zip's contents
and unpacked size (a guard against zip bombs), then openpyxl itself.
"""

from __future__ import annotations

import io
import logging
import os
import warnings
import zipfile
from dataclasses import dataclass
from typing import Any

from django.template.defaultfilters import filesizeformat
from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

logger = logging.getLogger(__name__)

ZIP_SIGNATURE = b"PK\x03\x04"
OLE2_SIGNATURE = bytes.fromhex("D0CF11E0A1B11AE1")
#: The unpacked XML may be this many times the file's size before we refuse it.
MAX_UNPACK_RATIO = 40
_MIN_UNPACKED_LIMIT = 10 * 1024 * 1024
_LOAD_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    AttributeError,
    OSError,
    SyntaxError,  # xml.etree.ElementTree.ParseError and lxml's XMLSyntaxError
)

lazy_filesize = lazy(filesizeformat, str)


@dataclass(frozen=True)
class FileProblem:
    """Why a file cannot be opened: a reason code and a lazy message with params."""

    code: str
    message: str | Promise
    params: dict[str, Any]


def read_bytes(file: Any, max_bytes: int) -> tuple[bytes | None, FileProblem | None]:
    """The file's content, or a problem when it is larger than ``max_bytes``.

    ``file`` may be bytes, a path, or a file object (such as Django's UploadedFile).
    """
    if isinstance(file, bytes | bytearray | memoryview):
        data = bytes(file)
        if len(data) > max_bytes:
            return None, _too_large(len(data), max_bytes)
        return data, None
    if isinstance(file, str | os.PathLike):
        size = os.path.getsize(file)
        if size > max_bytes:
            return None, _too_large(size, max_bytes)
        with open(file, "rb") as handle:
            data = handle.read(max_bytes + 1)
    else:
        size = getattr(file, "size", None)
        if isinstance(size, int) and size > max_bytes:
            return None, _too_large(size, max_bytes)
        if hasattr(file, "seek"):
            file.seek(0)
        data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        return None, _too_large(None, max_bytes)
    return data, None


def _too_large(size: int | None, max_bytes: int) -> FileProblem:
    if size is None:
        return FileProblem(
            "too_large",
            _("The file is larger than %(limit)s, the largest allowed."),
            {"limit": lazy_filesize(max_bytes)},
        )
    return FileProblem(
        "too_large",
        _("The file is too large (%(size)s); the largest allowed is %(limit)s."),
        {"size": lazy_filesize(size), "limit": lazy_filesize(max_bytes)},
    )


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if not sample or b"\x00" in sample:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        return True
    return False


def check_signature(data: bytes, filename: str) -> FileProblem | None:
    """A problem when the bytes are clearly not an .xlsx file."""
    if not data:
        return FileProblem("empty_file", _("The file is empty."), {})
    if data.startswith(ZIP_SIGNATURE):
        return None
    if data.startswith(OLE2_SIGNATURE):
        return FileProblem(
            "encrypted_or_xls",
            _(
                "The file is password-protected or in the old .xls format; "
                "save it as .xlsx without a password."
            ),
            {},
        )
    if _looks_like_text(data):
        head = data[:2048].lower()
        if b"<html" in head or b"<table" in head or b"<!doctype" in head:
            return FileProblem(
                "html_file",
                _(
                    "The file is a web page (HTML), not an Excel workbook; "
                    "open it in Excel and save it as .xlsx."
                ),
                {},
            )
        return FileProblem(
            "csv_file",
            _(
                "The file is a text or CSV file, not an Excel workbook; "
                "open it in Excel and save it as .xlsx."
            ),
            {},
        )
    return FileProblem(
        "not_xlsx",
        _("The file '%(filename)s' is not an Excel workbook; save it as .xlsx."),
        {"filename": filename},
    )


def _check_zip(data: bytes, max_bytes: int) -> FileProblem | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return _damaged()
    names = {info.filename for info in infos}
    if "xl/workbook.bin" in names:
        return FileProblem(
            "xlsb_file",
            _("The file is a binary Excel workbook (.xlsb); save it as .xlsx."),
            {},
        )
    if not any(name.startswith("xl/") and name.endswith("workbook.xml") for name in names):
        if "content.xml" in names and "mimetype" in names:
            message = _("The file is an OpenDocument file (.ods); save it as .xlsx.")
        elif any(name.startswith(("word/", "ppt/")) for name in names):
            message = _("The file is a Word or PowerPoint document, not an Excel workbook.")
        else:
            message = _("The file is a zip archive, not an Excel workbook; save it as .xlsx.")
        return FileProblem("not_xlsx", message, {})
    unpacked = sum(info.file_size for info in infos)
    if unpacked > max(max_bytes * MAX_UNPACK_RATIO, _MIN_UNPACKED_LIMIT):
        return FileProblem(
            "too_large_unpacked",
            _("The workbook is too large when unpacked (%(size)s); split it into smaller files."),
            {"size": lazy_filesize(unpacked)},
        )
    return None


def _damaged() -> FileProblem:
    return FileProblem(
        "damaged",
        _("The file could not be read; it may be damaged. Open it in Excel and save it again."),
        {},
    )


_MERGE_CELL = b"<mergeCell "


def has_merged_cells(data: bytes) -> bool:
    """Whether any sheet has merged cells. openpyxl's read-only mode streams a sheet several times
    faster but cannot see merged ranges, so it is used only for workbooks without them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    with archive.open(name) as sheet:
                        if any(_MERGE_CELL in chunk for chunk in _chunks(sheet)):
                            return True
    except zipfile.BadZipFile:
        return True  # let the normal loader report the damage
    return False


def _chunks(stream, size: int = 1 << 20):
    tail = b""
    while chunk := stream.read(size):
        yield tail + chunk
        tail = chunk[-len(_MERGE_CELL) :]


def open_workbook(data: bytes, filename: str, max_bytes: int) -> tuple[Workbook | None, Any]:
    """A workbook (values of formulas as last saved in Excel), or the problem."""
    problem = check_signature(data, filename) or _check_zip(data, max_bytes)
    if problem is not None:
        return None, problem
    try:
        with warnings.catch_warnings():
            # openpyxl warns about Excel features it drops on reading (extensions,
            # conditional formats); they do not affect the values we read.
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(
                io.BytesIO(data), data_only=True, read_only=not has_merged_cells(data)
            )
    except _LOAD_ERRORS:
        logger.warning("Could not open %s as a workbook", filename, exc_info=True)
        return None, _damaged()
    return workbook, None
