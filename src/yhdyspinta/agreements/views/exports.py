"""Downloads: an annex or a whole table as docx or xlsx."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..services.docx_export import annex_docx, table_docx
from ..services.importing import import_rows
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


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Annex table (xlsx)"))


@login_required
def annex_import(request, pk):
    """Replace the annex's rows from an xlsx file: all or nothing, problems by sheet, row and
    column."""
    annex = get_annex(request, pk, write=True)
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        count, problems = import_rows(annex, upload, upload.name[:100], request.user)
        if not problems:
            messages.success(request, _("%(n)s rows imported.") % {"n": count})
            return redirect(annex.get_absolute_url())
        for problem in problems[:50]:
            form.add_error("file", str(problem))
    return render(
        request,
        "agreements/agreement_form.html",
        {
            "form": form,
            "title": _("Import the annex table: %(theme)s") % {"theme": annex.theme.name},
            "cancel_url": annex.get_absolute_url(),
        },
        status=400 if form.is_bound else 200,
    )
