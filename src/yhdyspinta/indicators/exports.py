"""CSV and xlsx downloads of the explorer's data, each row with its THL attribution."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from yhdyspinta.documents.numbers import DECIMAL_COMMA_LANGUAGES
from yhdyspinta.documents.spreadsheets import Column, ColumnKind, write_xlsx

from .presenting import language
from .services.series import IndicatorSeries
from .stats import Interval


@dataclass
class ExportRow:
    code: str
    indicator: str
    area: str
    year: int
    value: float
    count: float | None
    lower: float | None
    upper: float | None
    source: str


COLUMNS = [
    Column("code", gettext_lazy("Indicator code")),
    Column("indicator", gettext_lazy("Indicator")),
    Column("area", gettext_lazy("Area")),
    Column("year", gettext_lazy("Year"), kind=ColumnKind.INTEGER),
    Column("value", gettext_lazy("Value"), kind=ColumnKind.DECIMAL),
    Column("count", gettext_lazy("Count"), kind=ColumnKind.DECIMAL),
    Column("lower", gettext_lazy("Lower limit (95 %)"), kind=ColumnKind.DECIMAL),
    Column("upper", gettext_lazy("Upper limit (95 %)"), kind=ColumnKind.DECIMAL),
    Column("source", gettext_lazy("Source")),
]


def export_rows(results: list[IndicatorSeries]) -> list[ExportRow]:
    rows = []
    for result in results:
        indicator = result.indicator
        source = indicator.attribution()
        for series in result.areas:
            for p in series.points:
                has = isinstance(p.ci95, Interval)
                rows.append(
                    ExportRow(
                        indicator.code,
                        indicator.title,
                        series.area.name,
                        p.year,
                        p.value,
                        p.numerator,
                        p.ci95.lower if has else None,
                        p.ci95.upper if has else None,
                        source,
                    )  # fmt: skip
                )
    return rows


#: What makes Excel, LibreOffice or Sheets read a cell as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value, *, comma: bool = False) -> str:
    """One CSV cell as text: numbers as numbers (with a decimal comma if ``comma``), text that
    a spreadsheet would run as a formula prefixed with a single quote, as OWASP advises."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        return "'" + text if text.startswith(FORMULA_STARTS) else text
    text = f"{value:.10g}" if isinstance(value, float) else str(value)
    return text.replace(".", ",") if comma else text


def to_csv(results: list[IndicatorSeries]) -> str:
    """Semicolon-separated with a decimal comma in Finnish and Swedish, a point in English."""
    comma = language() in DECIMAL_COMMA_LANGUAGES
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if comma else ",", lineterminator="\r\n")
    writer.writerow([safe_cell(str(column.header)) for column in COLUMNS])
    for row in export_rows(results):
        writer.writerow([safe_cell(getattr(row, column.key), comma=comma) for column in COLUMNS])
    return buffer.getvalue()


def to_xlsx(results: list[IndicatorSeries]) -> bytes:
    sources = sorted({result.indicator.attribution() for result in results})
    return write_xlsx(
        COLUMNS,
        export_rows(results),
        sheet_title=_("Indicators"),
        title_row="; ".join(sources) or _("Indicators"),
        instructions=[*sources, _("Licence: CC BY 4.0.")],
    )
