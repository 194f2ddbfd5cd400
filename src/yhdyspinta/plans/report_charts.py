"""The charts of a plan's report page (its indicators by age group, for its municipalities),
and their drawing in the background so that the page finds them drawn.

``report_groups`` is what the page shows. The indicators app calls ``predraw`` after an
import that changed rows (this module is a ``report_charts`` hook, see
``indicators.services.chart_store``), and
a change to the plan's indicators enqueues ``predraw_plan_charts`` for that plan alone; a chart
still missing is drawn on demand, as before."""

from __future__ import annotations

from django.conf import settings
from django.utils import timezone, translation

from yhdyspinta.indicators.presenting import comparison_figure, trend_figure

from .document.wellbeing import grouped_results, indicator_table, plan_areas, plan_indicators


def report_groups(plan, areas=None) -> list[dict]:
    """[{title, indicators: [{indicator, table, chart}]}] by age group: a trend chart for one
    municipality's plan, the municipalities' comparison for a regional one."""
    indicators = plan_indicators(plan)
    areas = plan_areas(plan) if areas is None else areas
    if not indicators or not areas:
        return []
    many = len(areas) > 1
    figure = comparison_figure if many else trend_figure
    return [
        {
            "title": title,
            "indicators": [
                {
                    "indicator": result.indicator,
                    "table": indicator_table(result, many=many),
                    "chart": figure(result),
                }
                for result in results
            ],
        }
        for title, results in grouped_results(indicators, areas)
    ]


def current_plans():
    """The plans whose period has not ended: those whose report pages people open."""
    from .models import Plan

    return Plan.objects.filter(period_end__gte=timezone.localdate().year).order_by("pk")


def predraw_plan(plan, languages=None) -> None:
    for language in languages or [code for code, _name in settings.LANGUAGES]:
        with translation.override(language):
            report_groups(plan)


def predraw(languages=None) -> int:
    """Draw the report charts of every current plan in each language; returns the plans."""
    done = 0
    for plan in current_plans().select_related("owner").iterator(chunk_size=100):
        predraw_plan(plan, languages)
        done += 1
    return done
