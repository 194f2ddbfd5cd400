"""Public indicator pages and municipality cards: no login; the data are open (CC BY 4.0,
THL attribution). The public card is the logged-in card's indicator table only: the sections
other apps add (networks, rounds) and the PDF (rendered per reader) are not public."""

from django.db.models import Count, Exists, Max, Min, OuterRef
from django.http import Http404
from django.shortcuts import get_object_or_404, render

from yhdyspinta.organizations.models import Organization
from yhdyspinta.web.paging import page_of

from ..models import Area, Indicator, Observation
from ..presenting import comparison_figure, rows_for, trend_figure
from ..services.series import build_series
from .cards import card_indicators

PUBLIC_CATEGORIES = (Area.Category.MAA, Area.Category.HYVINVOINTIALUE, Area.Category.MAAKUNTA)


def indicator_list(request):
    indicators = (
        Indicator.objects.annotate(
            n=Count("observations"), first=Min("observations__year"), last=Max("observations__year")
        )
        .filter(n__gt=0)
        .order_by("title_fi")
    )
    page, query = page_of(request, indicators)
    context = {"indicators": page.object_list, "page": page, "query": query}
    return render(request, "indicators/public_list.html", context)


def indicator_detail(request, pk):
    indicator = get_object_or_404(Indicator, pk=pk)
    area_ids = (
        Observation.objects.filter(indicator=indicator, gender="total")
        .values_list("area_id", flat=True)
        .distinct()
    )
    areas = list(
        Area.objects.filter(pk__in=area_ids)
        .select_related("organization")
        .order_by("category", "name_fi")
    )
    (result,) = build_series([indicator], areas)
    aggregate = [s for s in result.areas if s.area.category in PUBLIC_CATEGORIES]
    chart_result = type(result)(indicator, aggregate or result.areas[:6], {}, result.years)
    trend = trend_figure(chart_result, include_benchmarks=False)
    bars = comparison_figure(result)
    return render(
        request,
        "indicators/public_detail.html",
        {
            "indicator": indicator,
            "rows": rows_for(result),
            "trend": trend,
            "bars": bars,
            "has_interval": result.has_any_interval,
        },
    )


def _carded_municipalities():
    """The municipalities that have an indicator area, i.e. a card."""
    has_area = Exists(Area.objects.filter(organization=OuterRef("pk")))
    return Organization.objects.municipalities().filter(has_area)


def card_list(request):
    municipalities = (
        _carded_municipalities()
        .select_related("parent_county")
        .order_by("parent_county__name_fi", "parent_county_id", "name_fi")
    )
    page, query = page_of(request, municipalities)
    context = {"municipalities": page.object_list, "page": page, "query": query}
    return render(request, "indicators/public_card_list.html", context)


def card_detail(request, pk):
    municipality = (
        Organization.objects.municipalities().filter(pk=pk).select_related("parent_county").first()
    )
    context = card_indicators(municipality) if municipality is not None else {}
    if context.get("area") is None:
        raise Http404
    return render(request, "indicators/public_card.html", context)
