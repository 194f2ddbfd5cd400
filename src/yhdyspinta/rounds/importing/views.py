"""Template download, upload with a preview, and confirmation: county staff of the round's
county only. The uploaded file waits in the session (the database) between the preview and the
confirmation, and is validated again when confirmed."""

from __future__ import annotations

import base64
import secrets

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yhdyspinta.documents.spreadsheets import ImportProblems, template_xlsx

from ..models import Round
from ..scoping import visible_rounds
from .columns import columns_for
from .service import MAX_BYTES, plan_import, reference_date, write_plan

SESSION_KEY = "rounds_import"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Excel file (.xlsx)"),
        help_text=gettext_lazy("Fill in the template; the import checks every row first."),
    )


def _round_for_staff(request, slug) -> Round:
    try:
        round_ = visible_rounds(request.user).select_related("county").get(slug=slug)
    except Round.DoesNotExist:
        raise Http404 from None
    if not request.user.has_perm("rounds.view_round", round_):
        raise Http404
    if not request.user.has_perm("rounds.change_round", round_):
        raise PermissionDenied
    return round_


@login_required
def template(request, slug):
    round_ = _round_for_staff(request, slug)
    content = template_xlsx(
        columns_for(round_.county, reference=reference_date(round_)),
        sheet_title=_("Findings and actions"),
        title_row=round_.title,
        instructions=[
            _("One row per finding or action; sub-points go in one cell, one per line."),
            _("Nothing is saved until every row is correct: fix the rows the import names."),
        ],
    )
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{round_.slug}-import.xlsx"'
    return response


def _render_upload(request, round_, form, problems=(), status=200):
    context = {"round": round_, "form": form, "problems": [p.text() for p in problems]}
    return render(request, "rounds/importing/upload.html", context, status=status)


@login_required
def upload(request, slug):
    round_ = _round_for_staff(request, slug)
    if request.method != "POST":
        return _render_upload(request, round_, UploadForm())
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return _render_upload(request, round_, form, status=400)
    upload = form.cleaned_data["file"]
    if upload.size > MAX_BYTES:
        form.add_error("file", _("The file is larger than 1 MB; split it into smaller files."))
        return _render_upload(request, round_, form, status=400)
    content = upload.read()
    try:
        plan_import(content, round_, filename=upload.name)
    except ImportProblems as error:
        return _render_upload(request, round_, form, error.problems, status=400)
    token = secrets.token_urlsafe(16)
    request.session[SESSION_KEY] = {
        "token": token,
        "round": round_.pk,
        "filename": upload.name,
        "content": base64.b64encode(content).decode("ascii"),
    }
    return redirect("rounds_importing:preview", slug=round_.slug, token=token)


@login_required
def preview(request, slug, token):
    round_ = _round_for_staff(request, slug)
    pending = request.session.get(SESSION_KEY)
    if not pending or pending["token"] != token or pending["round"] != round_.pk:
        raise Http404
    content = base64.b64decode(pending["content"])
    try:
        plan = plan_import(content, round_, filename=pending["filename"])
        if request.method == "POST":
            summary = write_plan(plan, round_, user=request.user)
    except ImportProblems as error:  # the round changed since the upload
        del request.session[SESSION_KEY]
        return _render_upload(request, round_, UploadForm(), error.problems, status=400)
    if request.method != "POST":
        context = {"round": round_, "plan": plan}
        return render(request, "rounds/importing/preview.html", context)
    del request.session[SESSION_KEY]
    messages.success(
        request,
        _("Imported %(findings)s findings and %(actions)s actions from %(file)s.")
        % {"findings": summary.findings, "actions": summary.actions, "file": plan.filename},
    )
    return redirect(reverse("rounds:round_detail", args=[round_.pk]))
