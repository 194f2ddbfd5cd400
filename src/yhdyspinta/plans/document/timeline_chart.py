"""The plan's timeline as a PNG for the Word and PDF documents: the same items as the page's
SVG (``plans.timeline``), drawn with matplotlib (documents cannot embed the page's SVG)."""

from __future__ import annotations

from datetime import date

import matplotlib
import matplotlib.dates as mdates
from django.utils.translation import gettext as _
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from yhdyspinta.documents.chart_output import RC_PARAMS, to_png

from ..timeline import COLOURS, Timeline


def _short(text: str, limit: int = 38) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def timeline_png(timeline: Timeline, dpi: int = 150) -> bytes:
    rows = [item for item in timeline.items if item.kind != "election"]
    height = 0.9 + 0.28 * max(len(rows), 1)
    with matplotlib.rc_context({**RC_PARAMS, "font.size": 8}):
        figure = Figure(figsize=(9.0, height))
        ax = figure.add_axes((0.3, 0.1 if len(rows) > 6 else 0.2, 0.68, 0.82))
        for index, item in enumerate(rows):
            y = len(rows) - 1 - index
            _draw(ax, timeline, item, y, index)
        ax.set_yticks(range(len(rows)), [_short(item.label) for item in reversed(rows)])
        for item in timeline.items:
            if item.kind == "election" and item.start:
                ax.axvline(item.start, color=COLOURS["election"], linewidth=1, linestyle=":")
                ax.plot([item.start], [len(rows) - 0.4], marker="D", color=COLOURS["election"])
        if timeline.first <= timeline.today <= timeline.last:
            ax.axvline(timeline.today, color=COLOURS["today"], linewidth=1.5, linestyle="--")
        ax.set_xlim(timeline.first, timeline.last)
        ax.set_ylim(-0.7, len(rows) - 0.1)
        ax.xaxis.set_major_locator(mdates.YearLocator())
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.grid(axis="x", color=COLOURS["grid"], linewidth=0.6)
        for side in ("top", "right", "left"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)
        handles = [
            Patch(facecolor=COLOURS["term"][0], edgecolor=COLOURS["term"][1],
                  label=_("council term")),
            Patch(facecolor=COLOURS["planned"], label=_("planned")),
            Patch(facecolor=COLOURS["done"], label=_("done")),
            Line2D([], [], marker="o", linestyle="", color=COLOURS["late"], label=_("late")),
            Line2D([], [], marker="D", linestyle="", color=COLOURS["election"],
                   label=_("Elections")),
            Line2D([], [], linestyle="--", color=COLOURS["today"], label=_("Today")),
        ]  # fmt: skip
        figure.legend(handles=handles, loc="lower center", ncols=6, frameon=False, fontsize=7)
        return to_png(figure, dpi=dpi)


def _draw(ax, timeline: Timeline, item, y: int, index: int) -> None:
    def bar(start: date | None, end: date | None, colour: str, h: float, edge="none") -> None:
        if start is None or end is None or end < timeline.first or start > timeline.last:
            return
        width = max((end - start).days, 5)
        ax.barh(y, width, left=start, height=h, color=colour, edgecolor=edge, linewidth=1.2)

    if item.kind == "term":
        bar(item.start, item.end, COLOURS["term"][index % 2], 0.6, COLOURS["term"][1])
    elif item.kind == "phase":
        bar(item.start, item.end, COLOURS["planned"], 0.6, COLOURS["late"] if item.late else "none")
        end = item.actual_end or (timeline.today if item.actual_start else None)
        bar(item.actual_start, end, COLOURS["done"] if item.actual_end else COLOURS["actual"], 0.25)
    else:
        if item.start and item.end and item.start != item.end:
            bar(item.start, item.end, COLOURS["planned"], 0.3)
        when = item.actual_end or item.end
        if when is not None and timeline.first <= when <= timeline.last:
            colour = (
                COLOURS["late"]
                if item.late
                else (COLOURS["done"] if item.actual_end else COLOURS["actual"])
            )
            ax.plot([when], [y], marker="o", markersize=7, color=colour, markeredgecolor="white")
            if item.flags:
                ax.annotate("!", (when, y), xytext=(6, -4), textcoords="offset points",
                            color=COLOURS["late"], fontweight="bold")  # fmt: skip
