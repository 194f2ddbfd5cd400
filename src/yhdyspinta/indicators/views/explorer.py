"""The explorer: pick indicators, areas and years; chart, table, CSV and xlsx."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import render

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import account_of

from ..exports import to_csv, to_xlsx
from ..forms import ExplorerForm
from ..limits import FIRST_YEAR, LAST_YEAR
from ..models import Area, Indicator
from ..presenting import comparison_figure, rows_for, trend_figure
from ..rules import has_county_account
from ..services.series import build_series

MAX_INDICATORS = 10


def _require_account(request):
    if not has_county_account(request.user):
        raise PermissionDenied


def selectable_areas(county: Organization | None):
    """The county's own areas plus every county, maakunta and the whole country."""
    wide = Q(
        category__in=[Area.Category.MAA, Area.Category.HYVINVOINTIALUE, Area.Category.MAAKUNTA]
    )
    if county is not None:
        wide |= Q(organization__parent_county=county) | Q(organization=county)
    return Area.objects.filter(wide).select_related("organization").order_by("category", "name_fi")


def _selection(request):
    account = account_of(request.user)
    org = account.organization if account else None
    county = org.county if org else None
    areas_qs = selectable_areas(county)
    indicators_qs = Indicator.objects.order_by("title_fi")
    form = ExplorerForm(request.GET or None, indicators=indicators_qs, areas=areas_qs)
    valid = form.is_valid() if request.GET else False
    data = form.cleaned_data if valid else {}
    indicators = list(data.get("indicators") or [])[:MAX_INDICATORS]
    areas = list(data.get("areas") or [])
    if not indicators:
        first = indicators_qs.filter(key_indicator=True).first() or indicators_qs.first()
        indicators = [first] if first else []
    if not areas:
        own = [
            a
            for a in areas_qs
            if org is not None and org.is_municipality and a.organization_id == org.pk
        ]
        areas = own or [
            a for a in areas_qs if a.organization_id and a.organization.parent_county_id
        ]
    years = None
    if data.get("year_from") or data.get("year_to"):
        years = (data.get("year_from") or FIRST_YEAR, data.get("year_to") or LAST_YEAR)
    return form, build_series(indicators, areas, years=years) if areas else []


@login_required
def explorer(request):
    _require_account(request)
    form, results = _selection(request)
    blocks = [
        {
            "result": result,
            "rows": rows_for(result),
            "trend": trend_figure(result),
            "bars": comparison_figure(result),
        }
        for result in results
    ]
    query = request.GET.urlencode()
    context = {"form": form, "blocks": blocks, "query": query}
    return render(request, "indicators/explorer.html", context, status=_status(form))


def _status(form) -> int:
    """400 for a selection that is not valid (the page shows the errors and the defaults)."""
    return 400 if form.is_bound and not form.is_valid() else 200


def _refused(form) -> HttpResponse | None:
    if _status(form) == 400:
        return HttpResponse(form.errors.as_text(), status=400, content_type="text/plain")
    return None


@login_required
def download_csv(request):
    _require_account(request)
    form, results = _selection(request)
    if refused := _refused(form):
        return refused
    response = HttpResponse(to_csv(results), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="indicators.csv"'
    return response


@login_required
def download_xlsx(request):
    _require_account(request)
    form, results = _selection(request)
    if refused := _refused(form):
        return refused
    response = HttpResponse(
        to_xlsx(results),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = 'attachment; filename="indicators.xlsx"'
    return response
