"""The Excel, both ways: template, export with the list's filters, upload -> preview -> confirm."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.documents.spreadsheets import ImportProblems
from yhdyspinta.organizations.rules import can_read_owned, can_write_owned
from yhdyspinta.web.params import InvalidParameterError

from ..forms import ConfirmForm, UploadForm
from ..models import ImportBatch, Network
from ..scoping import county_or_404, visible_networks, writable_owners
from ..services.committing import StalePreview, commit_batch
from ..services.exporting import export_xlsx, template_file
from ..services.importing import build_preview
from ..services.register import RegisterFilter

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _download(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def template_download(request):
    county = county_or_404(request)
    return _download(template_file(county.pk), "verkostot-pohja.xlsx")


@login_required
def export(request):
    county = county_or_404(request)
    try:
        chosen = RegisterFilter.from_params(request.GET)
    except InvalidParameterError as error:
        return HttpResponseBadRequest(error.args[0], content_type="text/plain; charset=utf-8")
    networks = chosen.apply(visible_networks(request.user))
    stamp = timezone.localdate().isoformat()
    return _download(export_xlsx(networks, county.pk), f"verkostot-{stamp}.xlsx")


@login_required
def upload(request):
    county = county_or_404(request)
    if not writable_owners(request.user, county):
        raise PermissionDenied
    problems = []
    status = 200
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES, user=request.user)
        if form.is_valid():
            organization = form.cleaned_data["organization"]
            uploaded = form.cleaned_data["file"]
            try:
                payload = build_preview(
                    uploaded.read(),
                    filename=uploaded.name,
                    organization=organization,
                    user=request.user,
                )
            except ImportProblems as exc:
                problems = list(exc.problems)
            else:
                batch = ImportBatch.objects.create(
                    organization=organization,
                    created_by=request.user,
                    filename=uploaded.name[:255],
                    payload=payload,
                )
                return redirect("networks:import_preview", pk=batch.pk)
        status = 400
    else:
        form = UploadForm(user=request.user)
    return render(
        request, "networks/upload.html", {"form": form, "problems": problems}, status=status
    )


def _batch_for(request, pk, *, write: bool = False) -> ImportBatch:
    try:
        batch = ImportBatch.objects.select_related("organization", "created_by").get(pk=pk)
    except ImportBatch.DoesNotExist:
        raise Http404 from None
    if not can_read_owned(request.user, batch.organization):
        raise Http404
    if write and not can_write_owned(request.user, batch.organization):
        raise PermissionDenied
    return batch


def preview_groups(payload: dict) -> dict:
    rows = payload.get("rows", [])
    ids = [row["network"] for row in rows if row.get("network")]
    names = dict(Network.objects.filter(pk__in=ids).values_list("pk", "name"))
    labels = {
        "purpose": _("purpose"),
        "themes": _("themes"),
        "target_groups": _("target groups"),
        "members": _("member organisations"),
        "coordinator": _("coordinating organisation"),
        "county_participates": _("the county takes part"),
        "meeting_frequency": _("meeting frequency"),
        "reports_to": _("reports to"),
        "contact": _("contact person"),
        "status": _("status"),
    }
    groups = {"new": [], "changed": [], "unchanged": []}
    for row in rows:
        groups[row["action"]].append(
            {
                "row": row["row"],
                "name": row["name"],
                "owner": row["owner_name"],
                "changes": [str(labels.get(f, f)) for f in row.get("changes", [])],
                "current": names.get(row.get("network")),
            }
        )
    return groups


@login_required
def import_preview(request, pk):
    batch = _batch_for(request, pk)
    return render(
        request,
        "networks/import_preview.html",
        {
            "batch": batch,
            "groups": preview_groups(batch.payload),
            "payload": batch.payload,
            "form": ConfirmForm(),
            "can_commit": batch.state == ImportBatch.State.PREVIEW
            and can_write_owned(request.user, batch.organization),
        },
    )


@login_required
@require_POST
def import_confirm(request, pk):
    batch = _batch_for(request, pk, write=True)
    form = ConfirmForm(request.POST)
    form.is_valid()
    if batch.state != ImportBatch.State.PREVIEW:
        messages.error(request, _("This import was already saved or discarded."))
        return redirect("networks:import_preview", pk=batch.pk)
    try:
        counts = commit_batch(
            batch, user=request.user, end_missing=form.cleaned_data.get("end_missing", False)
        )
    except StalePreview as exc:
        return render(
            request,
            "networks/upload.html",
            {"form": UploadForm(user=request.user), "problems": list(exc.problems)},
            status=409,
        )
    messages.success(
        request,
        _(
            "Saved: %(created)s new and %(updated)s changed networks, %(organisations)s new "
            "organisations, %(ended)s marked as ended."
        )
        % counts,
    )
    return redirect("networks:network_list")


@login_required
@require_POST
def import_discard(request, pk):
    batch = _batch_for(request, pk, write=True)
    if batch.state == ImportBatch.State.PREVIEW:
        batch.state = ImportBatch.State.DISCARDED
        batch.save(update_fields=["state"])
        messages.success(request, _("The import was discarded; nothing was saved."))
    return redirect("networks:upload")
