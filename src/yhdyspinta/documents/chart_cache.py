"""Drawn charts cached by their content and the version of the data.

Drawing a chart with matplotlib takes from a tenth of a second to a second; the same data, labels
and language always give the same picture, so a drawn chart is cached under a hash of everything
that went into it and of the data version the caller names (``versioned_chart``; the indicators
bump theirs with each import that changes rows, and draw the charts of the reports again in the
background). The store is Django's cache (``CACHES`` from ``CACHE_URL``: per process by default,
Redis shared by every app server in production and CI), so a chart drawn once by any server or by
the background task is drawn by no other."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import cache
from django.utils.translation import get_language

from .charts import Chart

CHART_CACHE_SECONDS = 24 * 60 * 60
# Part of every key: raise it when the drawn SVG changes form, so that no server serves a chart
# drawn by older code (2: presentation attributes instead of CSS, for the strict CSP).
CHART_FORMAT = 3
PRINT_DPI = 120  # sharp on paper at the report's chart width, small enough to embed
_ID = re.compile(r'id="((?!chart-)[^"]+)"')


@dataclass
class RenderedChart:
    """A chart already drawn: what pages and PDFs use (``svg()``, alt text, data table)."""

    title: str
    alt_text: str
    headers: list[str]
    rows: list[list[str]]
    svg_text: str
    png_data: str = ""  # base64 PNG of the same chart, for PDFs (see ``png_uri``)

    def svg(self) -> str:
        return self.svg_text

    def png_uri(self) -> str:
        """The chart as a ``data:`` PNG: what the print layout uses, since WeasyPrint takes
        seconds to draw a page of inline SVG charts and milliseconds to place their images."""
        return f"data:image/png;base64,{self.png_data}" if self.png_data else ""


def unique_ids(svg: str, prefix: str) -> str:
    """Prefix matplotlib's ids (``patch_3``...) so that several charts on one page (or in one
    PDF) never share an id; the aria ``chart-...`` ids are unique already."""
    for ident in set(_ID.findall(svg)):
        svg = svg.replace(f'id="{ident}"', f'id="{prefix}-{ident}"')
        svg = svg.replace(f"#{ident})", f"#{prefix}-{ident})")
        svg = svg.replace(f'href="#{ident}"', f'href="#{prefix}-{ident}"')
    return svg


class DrawCounter:
    """How many charts this process has drawn (tests and benchmarks read it)."""

    count = 0


DRAWN = DrawCounter()


def cached_chart(builder: Callable[..., Chart], *args, **kwargs) -> RenderedChart:
    """``builder(*args, **kwargs)`` drawn once per distinct content and language.

    The arguments must have stable ``repr`` (the chart module's dataclasses do)."""
    return versioned_chart(None, builder, *args, **kwargs)


def versioned_chart(version, builder: Callable[..., Chart], *args, **kwargs) -> RenderedChart:
    """``cached_chart`` under a data version too: another version draws the chart again."""
    payload = (
        CHART_FORMAT,
        version,
        builder.__module__,
        builder.__qualname__,
        get_language(),
        args,
        sorted(kwargs.items()),
    )
    digest = hashlib.sha256(repr(payload).encode()).hexdigest()
    key = f"yhdyspinta-chart:{digest}"
    found = cache.get(key)
    if found is not None:
        return found
    chart = builder(*args, **kwargs)
    DRAWN.count += 1
    svg = unique_ids(chart.svg(), f"c{digest[:8]}")
    png = base64.b64encode(chart.png(PRINT_DPI)).decode("ascii")
    rendered = RenderedChart(chart.title, chart.alt_text, chart.headers, chart.rows, svg, png)
    cache.set(key, rendered, CHART_CACHE_SECONDS)
    return rendered
