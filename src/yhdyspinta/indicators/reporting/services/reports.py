"""A report from the common template for one organisation and reporting year.

``build_report(template, organization, year)`` gathers everything the HTML page, the PDF
and the xlsx show, with a bounded number of queries whatever the template's size.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils import timezone

from yhdyspinta.organizations.models import Organization

from ...models import (
    Indicator,
    ReportCommentary,
    ReportSection,
    ReportTemplate,
    SectionIndicator,
)
from ...services import chart_store
from .areas import AreaSet, Picked, area_set, areas_by_organization, pick_series
from .figures import RenderedChart, Summary, bars_figure, shown_years, summary, trend_figure


@dataclass
class IndicatorBlock:
    indicator: Indicator
    picked: Picked
    summary: Summary | None
    trend_chart: RenderedChart | None
    bars_chart: RenderedChart | None
    years: list[int]

    @property
    def has_data(self) -> bool:
        return self.summary is not None


@dataclass
class SectionBlock:
    section: ReportSection
    blocks: list[IndicatorBlock]
    commentary: ReportCommentary | None


@dataclass
class Report:
    template: ReportTemplate
    organization: Organization
    year: int
    sections: list[SectionBlock]
    attributions: list[str] = field(default_factory=list)
    printed: object = None

    @property
    def indicator_blocks(self) -> list[IndicatorBlock]:
        return [block for section in self.sections for block in section.blocks]


def template_with_sections(pk) -> ReportTemplate:
    ordered = SectionIndicator.objects.select_related("indicator").order_by("order", "pk")
    return (
        ReportTemplate.objects.select_related("county", "approved_by")
        .prefetch_related(
            Prefetch(
                "sections",
                ReportSection.objects.order_by("order", "pk").prefetch_related(
                    Prefetch("section_indicators", ordered)
                ),
            ),
            "peers",
        )
        .get(pk=pk)
    )


def default_year(template: ReportTemplate, organization: Organization) -> int:
    """The latest year with commentary for this organisation, else the current year."""
    latest = (
        ReportCommentary.objects.filter(section__template=template, organization=organization)
        .order_by("-year")
        .values_list("year", flat=True)
        .first()
    )
    return latest or timezone.localdate().year


def build_report(
    template: ReportTemplate, organization: Organization, year: int, *, charts: bool = True
) -> Report:
    """Everything a report shows. ``template`` should come from ``template_with_sections``."""
    sections = list(template.sections.all())
    indicators = list(
        {
            si.indicator.pk: si.indicator for s in sections for si in s.section_indicators.all()
        }.values()
    )
    peers = [p for p in template.peers.all() if p.pk != organization.pk]
    own = area_set(organization)
    peer_areas = areas_by_organization(peers) if peers else {}
    peer_sets = [AreaSet(p, [peer_areas[p.pk]]) for p in peers if p.pk in peer_areas]
    picked = pick_series(indicators, [own, *peer_sets]) if indicators else {}
    commentary = {
        c.section_id: c
        for c in ReportCommentary.objects.filter(
            section__in=sections, organization=organization, year=year
        )
    }
    options = {
        "compare_region": template.compare_county,
        "compare_country": template.compare_country,
    }
    version = chart_store.data_version() if charts else None
    blocks = []
    attributions: dict[str, None] = {}
    for section in sections:
        items = []
        for si in section.section_indicators.all():
            indicator = si.indicator
            mine = picked.get((indicator.pk, organization.pk))
            mine = mine or Picked(indicator, None, None, None)
            peer_picks = [picked[key] for p in peers if (key := (indicator.pk, p.pk)) in picked]
            trend = bars = None
            if charts and mine.series is not None:
                trend = trend_figure(mine, template.years_shown, **options, version=version)
                bars = bars_figure(mine, peer_picks, **options, version=version)
            items.append(
                IndicatorBlock(
                    indicator,
                    mine,
                    summary(mine, **options),
                    trend,
                    bars,
                    shown_years(mine.series, template.years_shown),
                )
            )
            if mine.series is not None and mine.series.points:
                attributions.setdefault(indicator.attribution(), None)
        blocks.append(SectionBlock(section, items, commentary.get(section.pk)))
    return Report(template, organization, year, blocks, list(attributions), timezone.localdate())
