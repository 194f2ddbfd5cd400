"""Downloads: an annex or a whole table as docx or xlsx."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.utils.text import slugify

from ..services.docx_export import annex_docx, table_docx
from ..services.xlsx_export import annexes_xlsx
from .common import get_agreement, get_annex

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(data: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _format(request) -> str:
    return "xlsx" if request.GET.get("format") == "xlsx" else "docx"


@login_required
def annex_export(request, pk):
    annex = get_annex(request, pk)
    name = f"liite-{slugify(annex.theme.name_fi) or annex.pk}-v{annex.version}"
    if _format(request) == "xlsx":
        return _download(annexes_xlsx([annex]), XLSX, f"{name}.xlsx")
    return _download(annex_docx(annex), DOCX, f"{name}.docx")


@login_required
def table_export(request, pk):
    agreement = get_agreement(request, pk)
    from ..models import ResponsibilityTable

    table, _created = ResponsibilityTable.objects.get_or_create(agreement=agreement)
    name = f"vastuunjakotaulukko-{agreement.pk}"
    if _format(request) == "xlsx":
        annexes = table.annexes.select_related("theme", "table__agreement")
        return _download(annexes_xlsx(annexes), XLSX, f"{name}.xlsx")
    return _download(table_docx(table), DOCX, f"{name}.docx")
