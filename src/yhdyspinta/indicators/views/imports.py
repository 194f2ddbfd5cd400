"""Imports from the UI for county staff: a background task and a status page that polls."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.paging import page_of

from ..forms import ApiImportForm, FileImportForm, OwnImportForm
from ..models import ImportRun
from ..rules import can_run_import, can_view_import_run
from ..services.own_import import own_template
from ..services.runs import localized_problem
from ..tasks import run_import


def _staff_county(request):
    if not can_run_import(request.user):
        raise PermissionDenied
    account = account_of(request.user)
    return account.organization.county if account else None


def _start(request, source, *, payload=None, name="", **parameters):
    run = ImportRun.objects.create(
        source=source,
        source_name=name[:500],
        started_by=request.user,
        county=_staff_county(request),
        parameters=parameters,
        payload=payload,
    )
    run_import.enqueue(run.pk)
    return redirect(run.get_absolute_url())


@login_required
def import_list(request):
    county = _staff_county(request)
    runs = ImportRun.objects.filter(county=county).select_related("started_by").defer("payload")
    page, query = page_of(request, runs)
    return render(
        request,
        "indicators/import_list.html",
        {
            "runs": page.object_list,
            "page": page,
            "query": query,
            "file_form": FileImportForm(),
            "api_form": ApiImportForm(),
            "own_form": OwnImportForm(),
        },
    )


def _form_page(request, form):
    return render(request, "indicators/import_form.html", {"form": form}, status=400)


@login_required
def import_file_view(request):
    _staff_county(request)
    if request.method != "POST":
        return redirect("indicators:import_list")
    form = FileImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_page(request, form)
    upload = form.cleaned_data["file"]
    return _start(request, ImportRun.Source.SOTKANET_FILE, payload=upload.read(), name=upload.name)


@login_required
def import_api_view(request):
    _staff_county(request)
    if request.method != "POST":
        return redirect("indicators:import_list")
    form = ApiImportForm(request.POST)
    if not form.is_valid():
        return _form_page(request, form)
    data = form.cleaned_data
    return _start(
        request,
        ImportRun.Source.SOTKANET_API,
        indicators=data["indicators"],
        years=[data["year_from"], data["year_to"]],
        genders=data["genders"],
    )


@login_required
def import_own_view(request):
    _staff_county(request)
    if request.method != "POST":
        return redirect("indicators:import_list")
    form = OwnImportForm(request.POST, request.FILES)
    if not form.is_valid():
        return _form_page(request, form)
    upload = form.cleaned_data["file"]
    return _start(request, ImportRun.Source.OWN_EXCEL, payload=upload.read(), name=upload.name)


@login_required
def own_template_view(request):
    county = _staff_county(request)
    response = HttpResponse(
        own_template(county),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="own-indicators.xlsx"'
    return response


@login_required
def import_detail(request, pk):
    _staff_county(request)
    run = ImportRun.objects.filter(pk=pk).select_related("started_by").first()
    if run is None or not can_view_import_run(request.user, run):
        raise Http404
    context = {"run": run, "problems": [localized_problem(p) for p in run.errors]}
    if request.htmx:
        return render(request, "indicators/partials/_import_status.html", context)
    return render(request, "indicators/import_detail.html", context)
