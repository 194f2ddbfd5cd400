"""Build findings-and-actions sheets for the import tests."""

from io import BytesIO

from openpyxl import Workbook

HEADERS = [
    "Tyyppi", "Teema", "Kunta", "Teksti", "Alakohdat", "Vastuutaho", "Vastuuhenkilö",
    "Määräaika", "Tila",
]  # fmt: skip


def sheet(*rows: dict, headers=HEADERS) -> bytes:
    """An .xlsx with the Finnish header row and one row per dict (header -> value)."""
    workbook = Workbook()
    ws = workbook.active
    ws.append(headers)
    for row in rows:
        ws.append([row.get(header) for header in headers])
    buffer = BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
