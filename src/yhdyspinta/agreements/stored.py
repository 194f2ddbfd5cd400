"""The annex and the whole responsibility table as docx and xlsx, prepared in the background and
stored, read back through the indicators app's stored files (``request_pdf``; the renderers are
registered here when the app is loaded, also in the worker). The version is a digest of the
latest change recorded in the history of what the document shows (and of the language, which
``digest`` adds). The ``export_annex`` command writes the same files directly."""

from __future__ import annotations

from django.db.models import Max
from django.utils.text import slugify

from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs
from yhdyspinta.organizations.models import Organization, Person

from .models import Agreement, Annex, AnnexRow, ResponsibilityTable
from .services.docx_export import annex_docx, table_docx
from .services.xlsx_export import annexes_xlsx

ANNEX = "agreements_annex"
TABLE = "agreements_table"


def _version(kind: str, pk: int, fmt: str) -> str:
    models = (Agreement, ResponsibilityTable, Annex, AnnexRow, Organization, Person)
    latest = [m.history.aggregate(Max("history_id"))["history_id__max"] for m in models]
    return stored_pdfs.digest(kind, pk, fmt, latest)


def request_annex(annex: Annex, fmt: str) -> tuple[StoredPdf, bool]:
    name = f"liite-{slugify(annex.theme.name_fi) or annex.pk}-v{annex.version}.{fmt}"
    parameters = {"annex": annex.pk, "format": fmt}
    return stored_pdfs.request_pdf(ANNEX, parameters, _version(ANNEX, annex.pk, fmt), name)


def request_table(table: ResponsibilityTable, fmt: str) -> tuple[StoredPdf, bool]:
    name = f"vastuunjakotaulukko-{table.agreement_id}.{fmt}"
    parameters = {"table": table.pk, "format": fmt}
    return stored_pdfs.request_pdf(TABLE, parameters, _version(TABLE, table.pk, fmt), name)


@stored_pdfs.renderer(ANNEX)
def render_annex(stored: StoredPdf) -> bytes:
    annex = Annex.objects.select_related("theme", "table__agreement").get(
        pk=stored.parameters["annex"]
    )
    if stored.parameters["format"] == "xlsx":
        return annexes_xlsx([annex])
    return annex_docx(annex)


@stored_pdfs.renderer(TABLE)
def render_table(stored: StoredPdf) -> bytes:
    table = ResponsibilityTable.objects.select_related("agreement").get(
        pk=stored.parameters["table"]
    )
    if stored.parameters["format"] == "xlsx":
        return annexes_xlsx(table.annexes.select_related("theme", "table__agreement"))
    return table_docx(table)
