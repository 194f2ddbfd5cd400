"""Chart files: accessible, deterministic SVG for pages and PNG for documents."""

from __future__ import annotations

import hashlib
import io
import re
from xml.sax.saxutils import escape, quoteattr

import matplotlib
from matplotlib.figure import Figure

# Fonts: what slides and PDFs use where the machine has it, else matplotlib's own DejaVu.
RC_PARAMS = {
    "font.family": "sans-serif",
    "font.sans-serif": ["Arial", "Liberation Sans", "DejaVu Sans"],
    "font.size": 11,
    "svg.fonttype": "none",  # text stays text: searchable, selectable, read by screen readers
    "svg.hashsalt": "yhdyspinta",  # stable clip-path ids, so the same chart gives the same SVG
    "axes.unicode_minus": True,
}
SVG_METADATA = {"Date": None, "Creator": None}
_SVG_OPEN = re.compile(r"<svg\b[^>]*>")


def _figure_of(chart) -> Figure:
    return chart if isinstance(chart, Figure) else chart.figure


def to_svg(chart, *, title: str | None = None, desc: str | None = None) -> str:
    """Render a chart (or a bare Figure) as an SVG string ready to inline in HTML.

    The root element has ``role="img"`` and is labelled by a ``<title>`` (the
    chart title) and a ``<desc>`` (the alt text sentence). The XML declaration
    and DOCTYPE are left out; the date is left out of the metadata.
    """
    figure = _figure_of(chart)
    title = title if title is not None else getattr(chart, "title", "")
    desc = desc if desc is not None else getattr(chart, "alt_text", "")
    buffer = io.StringIO()
    with matplotlib.rc_context(RC_PARAMS):
        figure.savefig(buffer, format="svg", metadata=SVG_METADATA)
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :]
    digest = hashlib.sha1(f"{title}\n{desc}".encode(), usedforsecurity=False).hexdigest()[:10]
    ident = f"chart-{digest}"
    opening = _SVG_OPEN.search(svg)
    tag = opening.group(0)
    labelled = f'{tag[:-1]} role="img" aria-labelledby={quoteattr(f"{ident}-title {ident}-desc")}>'
    labels = (
        f'\n <title id="{ident}-title">{escape(str(title))}</title>'
        f'\n <desc id="{ident}-desc">{escape(str(desc))}</desc>'
    )
    return svg[: opening.start()] + labelled + labels + svg[opening.end() :]


def to_png(chart, dpi: int = 150) -> bytes:
    """Render a chart (or a bare Figure) as PNG bytes of exactly figure size times ``dpi``."""
    buffer = io.BytesIO()
    with matplotlib.rc_context(RC_PARAMS):
        _figure_of(chart).savefig(buffer, format="png", dpi=dpi)
    return buffer.getvalue()
