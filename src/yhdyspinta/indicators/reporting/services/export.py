"""The data of a report as an xlsx file: one row per indicator, area and year shown."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yhdyspinta.documents.spreadsheets import Column, ColumnKind, write_xlsx

from ...stats import Interval
from .reports import Report


@dataclass
class DataRow:
    section: str
    code: str
    indicator: str
    area: str
    year: int
    value: float
    count: float | None
    lower: float | None
    upper: float | None
    role: str
    source: str


COLUMNS = [
    Column("section", gettext_lazy("Section")),
    Column("code", gettext_lazy("Indicator code")),
    Column("indicator", gettext_lazy("Indicator")),
    Column("area", gettext_lazy("Area")),
    Column("role", gettext_lazy("Shown as")),
    Column("year", gettext_lazy("Year"), kind=ColumnKind.INTEGER),
    Column("value", gettext_lazy("Value"), kind=ColumnKind.DECIMAL),
    Column("count", gettext_lazy("Count"), kind=ColumnKind.DECIMAL),
    Column("lower", gettext_lazy("Lower limit (95 %)"), kind=ColumnKind.DECIMAL),
    Column("upper", gettext_lazy("Upper limit (95 %)"), kind=ColumnKind.DECIMAL),
    Column("source", gettext_lazy("Source")),
]


def data_rows(report: Report) -> list[DataRow]:
    rows = []
    template = report.template
    for section in report.sections:
        for block in section.blocks:
            picked = block.picked
            years = set(block.years)
            if picked.series is None or not years:
                continue
            indicator = block.indicator
            shown = [(picked.series, _("Reported area"))]
            if template.compare_county and picked.region is not None:
                shown.append((picked.region, _("Region")))
            if template.compare_country and picked.country is not None:
                shown.append((picked.country, _("Whole country")))
            for series, role in shown:
                for p in series.points:
                    if p.year not in years:
                        continue
                    has = isinstance(p.ci95, Interval)
                    rows.append(
                        DataRow(
                            section.section.title,
                            indicator.code,
                            indicator.title,
                            series.area.name,
                            p.year,
                            p.value,
                            p.numerator,
                            p.ci95.lower if has else None,
                            p.ci95.upper if has else None,
                            role,
                            indicator.attribution(),
                        )
                    )
    return rows


def report_xlsx(report: Report) -> bytes:
    title = f"{report.template} \u2013 {report.organization.name} {report.year}"
    return write_xlsx(
        COLUMNS,
        data_rows(report),
        sheet_title=_("Report data"),
        title_row=title,
        instructions=[
            title,
            *report.attributions,
            _("Licence: CC BY 4.0."),
            _(
                "Where no count is published, no confidence interval can be computed and "
                "the limits are empty."
            ),
        ],
    )
