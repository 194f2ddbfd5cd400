"""Charts for pages and documents: trends with interval bands, comparison bars.

One module draws every chart, so a municipality card on the web, in a PDF and
in a deck shows the same picture. Each function returns a :class:`Chart`: the
matplotlib figure (built with ``matplotlib.figure.Figure``, never pyplot), an
alt text sentence and the data as a table, for pages to show next to it.
Render it with :func:`.chart_output.to_svg` or :func:`.chart_output.to_png`.

Colours come from a colour-blind-safe palette and never carry meaning alone:
series have their own markers, significance bands their own hatching, and
both are named in the legend and the table.
"""

from __future__ import annotations

import enum
import math
import textwrap
from dataclasses import dataclass, field

import matplotlib
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import style as palette
from .chart_output import RC_PARAMS, to_png, to_svg
from .numbers import format_interval, format_number, tick_formatter


@dataclass
class Point:
    """One period of a series; ``lower``/``upper`` are its interval, if known."""

    x: int | str
    value: float | None
    lower: float | None = None
    upper: float | None = None


@dataclass
class Series:
    label: str
    points: list[Point] = field(default_factory=list)

    @property
    def has_interval(self) -> bool:
        return any(p.lower is not None and p.upper is not None for p in self.points)


class Band(enum.StrEnum):
    """How an area compares with a benchmark (Fingertips methods 1 and 17)."""

    MUCH_BETTER = "much_better"
    BETTER = "better"
    SIMILAR = "similar"
    WORSE = "worse"
    MUCH_WORSE = "much_worse"
    HIGHER = "higher"
    LOWER = "lower"
    NOT_COMPARED = "not_compared"


# (fill, hatch, hatch colour, label). Hatching tells the bands apart without colour.
BAND_STYLES = {
    Band.MUCH_BETTER: ("#0072b2", "////", "#ffffff", _("Better (99.8 %)")),
    Band.BETTER: ("#56b4e9", "//", "#1f2933", _("Better than the benchmark")),
    Band.SIMILAR: ("#d9dee2", "", "#1f2933", _("Similar to the benchmark")),
    Band.WORSE: ("#e69f00", "\\\\", "#1f2933", _("Worse than the benchmark")),
    Band.MUCH_WORSE: ("#d55e00", "xx", "#ffffff", _("Worse (99.8 %)")),
    Band.HIGHER: ("#cc79a7", "..", "#1f2933", _("Higher than the benchmark")),
    Band.LOWER: ("#009e73", "--", "#ffffff", _("Lower than the benchmark")),
    Band.NOT_COMPARED: ("#ffffff", "", "#1f2933", _("Not compared")),
}
BENCHMARK_LINESTYLES = ("--", ":", "-.")


@dataclass
class Bar:
    label: str
    value: float | None
    lower: float | None = None
    upper: float | None = None
    band: Band = Band.NOT_COMPARED
    highlight: bool = False  # e.g. the municipality the page is about


@dataclass
class Benchmark:
    """A reference value drawn as a line: the county, the whole country, a target."""

    label: str
    value: float


@dataclass
class Chart:
    figure: Figure
    title: str
    alt_text: str
    headers: list[str]
    rows: list[list[str]]

    def svg(self) -> str:
        return to_svg(self)

    def png(self, dpi: int = 150) -> bytes:
        return to_png(self, dpi)


def _nan(value: float | None) -> float:
    return math.nan if value is None else float(value)


def _style_axes(ax, *, value_axis: str) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(palette.MUTED)
    ax.tick_params(colors=palette.TEXT, labelsize=10)
    ax.grid(axis=value_axis, color=palette.RULE, linewidth=0.8)
    ax.set_axisbelow(True)


def _new_figure(width: float, height: float, title: str, show_title: bool) -> tuple[Figure, object]:
    figure = Figure(figsize=(width, height), layout="constrained", facecolor="white")
    FigureCanvasAgg(figure)  # a renderer to measure text with; files are saved as before
    ax = figure.add_subplot()
    if show_title and title:
        ax.set_title(title, loc="left", fontsize=13, fontweight="bold", color=palette.TEXT, pad=10)
    return figure, ax


def _fit_title(figure, ax) -> None:
    """Wrap a long title to the room right of the value labels, where it starts, rather than
    let it run off the figure's edge. Call it once the axis labels are set."""
    text = ax._left_title  # what set_title(loc="left") made
    title = text.get_text()
    if not title:
        return
    renderer = figure.canvas.get_renderer()
    labels = [label.get_window_extent(renderer).width for label in ax.get_yticklabels()]
    left = max(labels, default=0) + 12 + (20 if ax.get_ylabel() else 0)
    room = 0.97 * figure.bbox.width - left
    measured = text.get_window_extent(renderer).width
    if measured > room:
        text.set_text(textwrap.fill(title, max(20, int(len(title) * room / measured))))


def _legend(figure, handles, *, columns: int):
    """The legend below the plot, in as many of ``columns`` columns as fit the figure's width
    (long labels, say a wellbeing county's name, would otherwise be cut off at the edges)."""
    renderer = figure.canvas.get_renderer()
    for ncols in range(min(columns, len(handles)), 0, -1):
        legend = figure.legend(handles=handles, loc="outside lower center", ncols=ncols,
                               frameon=False, fontsize=10)  # fmt: skip
        if ncols == 1 or legend.get_window_extent(renderer).width <= 0.98 * figure.bbox.width:
            return legend
        legend.remove()
    return None


def _periods(series: list[Series]) -> list[int | str]:
    seen: dict[int | str, None] = {}
    for item in series:
        for point in item.points:
            seen.setdefault(point.x, None)
    periods = list(seen)
    if all(isinstance(x, int | float) for x in periods):
        periods.sort()
    return periods


def _benchmark_lines(ax, benchmarks, *, vertical: bool, decimals: int, language: str):
    handles = []
    for index, benchmark in enumerate(benchmarks):
        linestyle = BENCHMARK_LINESTYLES[index % len(BENCHMARK_LINESTYLES)]
        draw = ax.axvline if vertical else ax.axhline
        text = f"{benchmark.label} {format_number(benchmark.value, decimals, language)}"
        draw(benchmark.value, color=palette.TEXT, linestyle=linestyle, linewidth=1.4, label=text)
        handles.append(Line2D([], [], color=palette.TEXT, linestyle=linestyle, label=text))
    return handles


def trend_chart(
    series: list[Series],
    *,
    title: str,
    y_label: str = "",
    x_label: str = "",
    decimals: int = 1,
    language: str = "fi",
    benchmarks: list[Benchmark] = (),
    interval_label: str | None = None,
    y_from_zero: bool = True,
    show_title: bool = True,
    size: tuple[float, float] = (8.0, 4.5),
) -> Chart:
    """Lines with markers per series and shaded interval bands where limits are given."""
    with matplotlib.rc_context(RC_PARAMS):
        figure, ax = _new_figure(*size, title, show_title)
        _style_axes(ax, value_axis="y")
        periods = _periods(series)
        positions = {x: index for index, x in enumerate(periods)}
        handles = []
        for index, item in enumerate(series):
            colour = palette.SERIES_COLOURS[index % len(palette.SERIES_COLOURS)]
            marker = palette.SERIES_MARKERS[index % len(palette.SERIES_MARKERS)]
            xs = [positions[p.x] for p in item.points]
            if item.has_interval:
                lower = [_nan(p.lower) for p in item.points]
                upper = [_nan(p.upper) for p in item.points]
                ax.fill_between(xs, lower, upper, color=colour, alpha=0.18, linewidth=0)
            (line,) = ax.plot(
                xs, [_nan(p.value) for p in item.points], color=colour, marker=marker,
                linewidth=2.2, markersize=7, markeredgecolor="white", label=item.label,
            )  # fmt: skip
            handles.append(line)
        if any(item.has_interval for item in series):
            # xgettext:no-python-format
            label = interval_label or gettext("95 % confidence interval")
            handles.append(Patch(facecolor=palette.MUTED, alpha=0.25, label=label))
        handles += _benchmark_lines(
            ax, benchmarks, vertical=False, decimals=decimals, language=language
        )
        ax.set_xticks(range(len(periods)), [str(x) for x in periods])
        ax.yaxis.set_major_formatter(tick_formatter(language, decimals))
        if y_from_zero:
            ax.set_ylim(bottom=0)
        ax.set_ylabel(y_label, color=palette.TEXT)
        ax.set_xlabel(x_label, color=palette.TEXT)
        if len(handles) > 1:
            _legend(figure, handles, columns=3)
        _fit_title(figure, ax)

    headers = [x_label or gettext("Period")]
    for item in series:
        headers.append(item.label)
        if item.has_interval:
            headers.append(gettext("%(series)s: interval") % {"series": item.label})
    rows = []
    by_period = [{p.x: p for p in item.points} for item in series]
    for x in periods:
        row = [str(x)]
        for item, points in zip(series, by_period, strict=True):
            point = points.get(x)
            row.append(format_number(point.value if point else None, decimals, language))
            if item.has_interval:
                limits = (point.lower, point.upper) if point else (None, None)
                row.append(format_interval(*limits, decimals, language))
        rows.append(row)
    return Chart(figure, title, _trend_alt_text(title, series, periods, decimals, language),
                 headers, rows)  # fmt: skip


def _trend_alt_text(title, series, periods, decimals, language) -> str:
    if not periods:
        return gettext("%(title)s: no data.") % {"title": title}
    parts = [
        gettext("%(title)s: line chart from %(start)s to %(end)s.")
        % {"title": title, "start": periods[0], "end": periods[-1]}
    ]
    for item in series:
        known = [p for p in item.points if p.value is not None]
        if not known:
            continue
        first, last = known[0], known[-1]
        parts.append(
            gettext("%(series)s: %(first)s in %(first_x)s, %(last)s in %(last_x)s.")
            % {
                "series": item.label,
                "first": format_number(first.value, decimals, language),
                "first_x": first.x,
                "last": format_number(last.value, decimals, language),
                "last_x": last.x,
            }
        )
    return " ".join(parts)


def comparison_bars(
    bars: list[Bar],
    *,
    title: str,
    value_label: str = "",
    benchmarks: list[Benchmark] = (),
    decimals: int = 1,
    language: str = "fi",
    show_title: bool = True,
    width: float = 8.0,
    category: str = "",
) -> Chart:
    """Horizontal bars with interval whiskers, benchmark lines and significance bands; the
    bars are areas unless ``category`` names what they are (the data table's first header)."""
    height = 1.6 + 0.36 * max(len(bars), 1)
    with matplotlib.rc_context(RC_PARAMS):
        figure, ax = _new_figure(width, height, title, show_title)
        _style_axes(ax, value_axis="x")
        ys = list(range(len(bars)))
        for y, bar in zip(ys, bars, strict=True):
            fill, hatch, hatch_colour, _label = BAND_STYLES[bar.band]
            ax.barh(
                y, _nan(bar.value), height=0.68, color=fill, hatch=hatch, hatchcolor=hatch_colour,
                edgecolor=palette.TEXT, linewidth=1.6 if bar.highlight else 0.6,
            )  # fmt: skip
            if bar.value is not None and bar.lower is not None and bar.upper is not None:
                ax.errorbar(
                    bar.value, y, xerr=[[bar.value - bar.lower], [bar.upper - bar.value]],
                    fmt="none", ecolor=palette.TEXT, elinewidth=1.1, capsize=3,
                )  # fmt: skip
        ax.set_yticks(ys, [bar.label for bar in bars])
        for tick, bar in zip(ax.get_yticklabels(), bars, strict=True):
            if bar.highlight:
                tick.set_fontweight("bold")
        ax.set_ylim(len(bars) - 0.5, -0.5)  # first bar on top
        ax.xaxis.set_major_formatter(tick_formatter(language, decimals))
        ax.set_xlabel(value_label, color=palette.TEXT)
        present = list(dict.fromkeys(bar.band for bar in bars))
        handles = [
            Patch(facecolor=BAND_STYLES[band][0], hatch=BAND_STYLES[band][1],
                  hatchcolor=BAND_STYLES[band][2], edgecolor=palette.TEXT, linewidth=0.6,
                  label=str(BAND_STYLES[band][3]))
            for band in present if band != Band.NOT_COMPARED or len(present) > 1
        ]  # fmt: skip
        handles += _benchmark_lines(
            ax, benchmarks, vertical=True, decimals=decimals, language=language
        )
        if handles:
            _legend(figure, handles, columns=2)
        _fit_title(figure, ax)

    headers = [category or gettext("Area"), value_label or gettext("Value"), gettext("Interval"),
               gettext("Compared with the benchmark")]  # fmt: skip
    rows = [
        [bar.label, format_number(bar.value, decimals, language),
         format_interval(bar.lower, bar.upper, decimals, language), str(BAND_STYLES[bar.band][3])]
        for bar in bars
    ]  # fmt: skip
    alt = _bars_alt_text(title, bars, benchmarks, decimals, language, bool(category))
    return Chart(figure, title, alt, headers, rows)


def _bars_alt_text(title, bars, benchmarks, decimals, language, not_areas=False) -> str:
    known = [bar for bar in bars if bar.value is not None]
    if not known:
        return gettext("%(title)s: no data.") % {"title": title}
    highest = max(known, key=lambda bar: bar.value)
    lowest = min(known, key=lambda bar: bar.value)
    summary = (
        gettext(
            "%(title)s: bar chart of %(count)s bars. Highest %(high_label)s %(high)s, "
            "lowest %(low_label)s %(low)s."
        )
        if not_areas
        else gettext(
            "%(title)s: bar chart of %(count)s areas. Highest %(high_label)s %(high)s, "
            "lowest %(low_label)s %(low)s."
        )
    )
    parts = [
        summary
        % {
            "title": title,
            "count": len(bars),
            "high_label": highest.label,
            "high": format_number(highest.value, decimals, language),
            "low_label": lowest.label,
            "low": format_number(lowest.value, decimals, language),
        }
    ]
    for benchmark in benchmarks:
        parts.append(
            gettext("Benchmark %(label)s: %(value)s.")
            % {
                "label": benchmark.label,
                "value": format_number(benchmark.value, decimals, language),
            }
        )
    counts = {band: sum(1 for bar in bars if bar.band == band) for band in Band}
    for band, count in counts.items():
        if count and band != Band.NOT_COMPARED:
            parts.append(f"{BAND_STYLES[band][3]}: {count}.")
    return " ".join(parts)
