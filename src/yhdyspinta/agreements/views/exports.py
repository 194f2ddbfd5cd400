"""Downloads: an annex or a whole table as docx or xlsx (stored background renders, see
``agreements/stored.py``), and the import of an annex table."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yhdyspinta.indicators.views.stored import stored_pdf_response

from .. import stored
from ..models import ResponsibilityTable
from ..services.importing import import_rows
from .common import get_agreement, get_annex


def _format(request) -> str:
    return "xlsx" if request.GET.get("format") == "xlsx" else "docx"


@login_required
def annex_export(request, pk):
    """The annex as docx (or xlsx): prepared in the background and stored, 202 and a page
    that asks again until the file is there."""
    annex = get_annex(request, pk)
    return stored_pdf_response(request, *stored.request_annex(annex, _format(request)))


@login_required
def table_export(request, pk):
    agreement = get_agreement(request, pk)
    table, _created = ResponsibilityTable.objects.get_or_create(agreement=agreement)
    return stored_pdf_response(request, *stored.request_table(table, _format(request)))


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
