"""Chart files: accessible, deterministic SVG for pages and PNG for documents.

The SVG carries no CSS: matplotlib styles its shapes with ``style=""`` attributes and a
``<style>`` element, which the site's Content-Security-Policy (no ``'unsafe-inline'``) blocks, so
a browser drew every chart as a black rectangle. :func:`presentation_attributes` rewrites each
declaration as the SVG presentation attribute of the same name (``fill="#fff"``...), which the
CSP does not touch and which WeasyPrint and every browser read alike.
"""

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

# The CSS properties that are also SVG presentation attributes (SVG 2, section "Styling").
PRESENTATION_ATTRIBUTES = frozenset(
    """alignment-baseline baseline-shift clip-path clip-rule color color-interpolation
    color-interpolation-filters cursor direction display dominant-baseline fill fill-opacity
    fill-rule filter flood-color flood-opacity font-family font-size font-size-adjust
    font-stretch font-style font-variant font-weight image-rendering letter-spacing
    lighting-color marker-end marker-mid marker-start mask opacity overflow paint-order
    pointer-events shape-rendering stop-color stop-opacity stroke stroke-dasharray
    stroke-dashoffset stroke-linecap stroke-linejoin stroke-miterlimit stroke-opacity
    stroke-width text-anchor text-decoration text-rendering transform unicode-bidi vector-effect
    visibility word-spacing writing-mode""".split()
)
# What a ``*`` rule of the <style> element reaches: every element that draws.
_DRAWN = frozenset("circle ellipse image line path polygon polyline rect text tspan use".split())
_TAG = re.compile(r"<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+=\"[^\"]*\")*)\s*(/?)>")
_ATTRIBUTE = re.compile(r'([\w:.-]+)="([^"]*)"')
_STYLE_ELEMENT = re.compile(r"\s*<style\b[^>]*>(.*?)</style>", re.S)
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _declarations(css: str) -> dict[str, str]:
    found = {}
    for declaration in css.split(";"):
        if not declaration.strip():
            continue
        name, _colon, value = declaration.partition(":")
        name, value = name.strip().lower(), value.strip()
        if name not in PRESENTATION_ATTRIBUTES or not value or "!important" in value:
            raise ValueError(f"no SVG presentation attribute for {declaration.strip()!r}")
        found[name] = value.replace('"', "'")
    return found


def presentation_attributes(svg: str) -> str:
    """``svg`` with every ``style`` attribute and ``<style>`` rule turned into presentation
    attributes, drawn the same. Only the ``*`` selector (all matplotlib writes) is understood;
    anything else raises ``ValueError`` rather than drop a style unseen."""
    defaults: dict[str, str] = {}
    for css in _STYLE_ELEMENT.findall(svg):
        for selector, body in _RULE.findall(css):
            if selector.strip() != "*":
                raise ValueError(f"cannot turn the CSS selector {selector.strip()!r} into SVG")
            defaults.update(_declarations(body))
        if _RULE.sub("", css).strip():
            raise ValueError(f"cannot read the CSS {css.strip()!r}")
    svg = _STYLE_ELEMENT.sub("", svg)

    def rewrite(match: re.Match) -> str:
        name, attributes, closing = match.groups()
        attrs = dict(_ATTRIBUTE.findall(attributes))
        style = attrs.pop("style", None)
        if style is None and not (defaults and name in _DRAWN):
            return match.group(0)
        # CSS precedence: the style attribute, then the <style> rules, then attributes.
        merged = {**attrs, **(defaults if name in _DRAWN else {}), **_declarations(style or "")}
        text = "".join(f' {key}="{value}"' for key, value in merged.items())
        return f"<{name}{text}{closing}>"

    return _TAG.sub(rewrite, svg)


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
    svg = presentation_attributes(svg[svg.index("<svg") :])
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
