"""Charts: accessible, deterministic SVG; PNG of the expected size; Finnish numbers."""

import io
import re
import struct
import xml.etree.ElementTree as ET

import matplotlib
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from yhdyspinta.documents.chart_output import (
    RC_PARAMS,
    presentation_attributes,
    to_png,
    to_svg,
)
from yhdyspinta.documents.charts import (
    Band,
    Bar,
    Benchmark,
    Point,
    Series,
    comparison_bars,
    trend_chart,
)
from yhdyspinta.documents.numbers import format_interval, format_number, tick_formatter


@pytest.fixture(autouse=True)
def _english_unless_a_test_says_otherwise():
    """Messages are asserted in English (the msgids); Finnish output is tested explicitly."""
    from django.utils import translation

    with translation.override("en"):
        yield


SVG = "{http://www.w3.org/2000/svg}"


def _trend(language="fi"):
    lieksa = Series(
        "Lieksa",
        [Point(2019, 14.2, 12.1, 16.5), Point(2020, None), Point(2021, 12.5, 10.4, 14.9)],
    )
    county = Series("Pohjois-Karjala", [Point(2019, 12.1), Point(2020, 12.4), Point(2021, 13.0)])
    return trend_chart(
        [lieksa, county],
        title="Yksinäisyyttä kokevat nuoret, %",
        y_label="%",
        language=language,
        benchmarks=[Benchmark("Tavoite", 10)],
    )


def _bars():
    return comparison_bars(
        [
            Bar("Joensuu", 11.0, 10.2, 11.8, Band.BETTER),
            Bar("Lieksa", 15.5, 13.0, 18.1, Band.SIMILAR, highlight=True),
            Bar("Nurmes", 19.25, 17.0, 21.4, Band.WORSE),
            Bar("Rääkkylä", None),
        ],
        title="Ylipainoisten osuus, %",
        value_label="%",
        benchmarks=[Benchmark("Pohjois-Karjala", 14.0)],
    )


def _png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"
    return struct.unpack(">II", png[16:24])


def test_the_finnish_formatter_writes_a_decimal_comma():
    assert tick_formatter("fi", 1)(12.5, 0) == "12,5"
    assert tick_formatter("en", 1)(12.5, 0) == "12.5"
    assert tick_formatter("fi", 0)(-3, 0) == "\u22123"
    assert format_number(1234.5, 1, "fi") == "1\u00a0234,5"
    assert format_number(1234.5, 2, "en") == "1,234.50"
    assert format_number(-0.01, 1, "fi") == "0,0"
    assert format_number(None) == ""
    assert format_interval(10.25, 14.0, 1, "fi") == "10,2\u201314,0"
    assert format_interval(None, 14.0) == ""


def test_the_svg_is_valid_xml_labelled_by_title_and_description():
    chart = _trend()
    root = ET.fromstring(to_svg(chart))
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title, desc = list(root)[:2]
    assert (title.tag, desc.tag) == (f"{SVG}title", f"{SVG}desc")
    assert title.text == "Yksinäisyyttä kokevat nuoret, %"
    assert desc.text == chart.alt_text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    texts = "".join(root.itertext())
    assert "12,5" in texts  # the tick labels, as text, with a decimal comma


def test_the_same_chart_gives_byte_identical_svg_without_a_date():
    first, second = to_svg(_trend()), to_svg(_trend())
    assert first == second
    assert "<dc:date>" not in first
    assert not first.startswith("<?xml")


def test_the_png_has_the_signature_and_the_size_of_figure_times_dpi():
    assert _png_size(to_png(_trend(), dpi=100)) == (800, 450)
    assert _png_size(_trend().png(dpi=50)) == (400, 225)
    bars = _bars()
    width, height = bars.figure.get_size_inches()
    assert _png_size(bars.png(dpi=100)) == (round(width * 100), round(height * 100))


def test_the_trend_chart_has_a_data_table_and_an_alt_text():
    chart = _trend()
    assert chart.headers == ["Period", "Lieksa", "Lieksa: interval", "Pohjois-Karjala"]
    assert chart.rows == [
        ["2019", "14,2", "12,1\u201316,5", "12,1"],
        ["2020", "", "", "12,4"],
        ["2021", "12,5", "10,4\u201314,9", "13,0"],
    ]
    assert chart.alt_text == (
        "Yksinäisyyttä kokevat nuoret, %: line chart from 2019 to 2021. "
        "Lieksa: 14,2 in 2019, 12,5 in 2021. Pohjois-Karjala: 12,1 in 2019, 13,0 in 2021."
    )
    assert _trend("en").rows[0][1] == "14.2"


def test_the_bars_name_their_band_in_the_table_legend_and_alt_text():
    chart = _bars()
    assert chart.rows[1] == ["Lieksa", "15,5", "13,0\u201318,1", "Similar to the benchmark"]
    assert chart.rows[3] == ["Rääkkylä", "", "", "Not compared"]
    assert "Highest Nurmes 19,2" in chart.alt_text
    assert "Benchmark Pohjois-Karjala: 14,0." in chart.alt_text
    assert "Worse than the benchmark: 1." in chart.alt_text
    legend = [text.get_text() for text in chart.figure.legends[0].get_texts()]
    assert legend == [
        "Better than the benchmark",
        "Similar to the benchmark",
        "Worse than the benchmark",
        "Not compared",
        "Pohjois-Karjala 14,0",
    ]
    ax = chart.figure.axes[0]
    hatches = [patch.get_hatch() for patch in ax.patches]
    assert [str(h) for h in hatches[:3]] == [
        "//",
        "",
        "\\\\",
    ]  # the bands differ without colour too
    bold = [label.get_fontweight() for label in ax.get_yticklabels()]
    assert bold[1] == "bold"


def test_an_empty_chart_still_renders_and_says_so():
    chart = trend_chart([], title="Ei tietoja")
    assert chart.alt_text == "Ei tietoja: no data."
    assert ET.fromstring(chart.svg()).get("role") == "img"


def test_a_chart_is_drawn_once_per_content_and_language(monkeypatch):
    from django.core.cache import cache

    from yhdyspinta.documents import chart_cache

    cache.clear()
    calls = []

    def counting_trend_chart(*args, **kwargs):
        calls.append(1)
        return trend_chart(*args, **kwargs)

    series = [Series("Lieksa", [Point(2019, 14.2), Point(2020, 13.1)])]
    first = chart_cache.cached_chart(counting_trend_chart, series, title="A", y_label="%")
    again = chart_cache.cached_chart(counting_trend_chart, series, title="A", y_label="%")
    other = chart_cache.cached_chart(counting_trend_chart, series, title="B", y_label="%")
    assert len(calls) == 2
    assert first.svg() == again.svg() and first.svg() != other.svg()
    assert 'id="c' in first.svg()  # matplotlib's ids are prefixed per chart
    assert first.headers == ["Period", "Lieksa"]


def _every_kind_of_chart():
    hatched = [Bar(str(band), 5.0 + index, 4.0, 6.5 + index, band, highlight=index == 1)
               for index, band in enumerate(Band)]  # fmt: skip
    return [
        _trend(),
        _bars(),
        comparison_bars(hatched, title="Kaikki vyöhykkeet", benchmarks=[Benchmark("A", 6.0)]),
        trend_chart([], title="Ei tietoja"),
    ]


def test_the_svg_has_no_css_the_csp_would_block():
    """The site's CSP has no 'unsafe-inline' for styles: a browser ignores style="" and <style>
    in an inline SVG, and matplotlib's shapes fall back to black. Presentation attributes only."""
    from yhdyspinta.documents.chart_cache import cached_chart

    svgs = [chart.svg() for chart in _every_kind_of_chart()]
    svgs.append(
        cached_chart(trend_chart, [Series("A", [Point(2020, 1.0, 0.5, 1.5)])], title="C").svg()
    )
    for svg in svgs:
        root = ET.fromstring(svg)
        assert [e.tag for e in root.iter() if e.tag.endswith("}style")] == []
        assert [e.tag for e in root.iter() if "style" in e.attrib] == []
        assert re.search(r"<style|\sstyle=", svg) is None
        assert root.get("role") == "img" and root.find(f"{SVG}desc") is not None
    background = ET.fromstring(svgs[0]).find(f".//{SVG}path")
    assert background.get("fill") == "#ffffff"


def test_every_declaration_becomes_the_attribute_of_the_same_name():
    """Element by element, matplotlib's own SVG and the rewritten one say the same."""
    for chart in _every_kind_of_chart():
        buffer = io.StringIO()
        with matplotlib.rc_context(RC_PARAMS):
            chart.figure.savefig(buffer, format="svg")
        raw = buffer.getvalue()
        rule = re.search(r"<style[^>]*>\*\{([^}]*)\}</style>", raw).group(1)
        defaults = dict(part.strip().split(": ") for part in rule.split(";"))
        before = [e for e in ET.fromstring(raw.encode()).iter() if not e.tag.endswith("}style")]
        after = list(ET.fromstring(presentation_attributes(raw[raw.index("<svg") :])).iter())
        assert [e.tag for e in before] == [e.tag for e in after]
        for old, new in zip(before, after, strict=True):
            declared = dict(
                part.strip().split(": ", 1) for part in old.get("style", "").split(";") if part
            )
            expected = {k: v for k, v in old.attrib.items() if k != "style"} | declared
            if old.tag.split("}")[1] in ("path", "use", "text", "rect"):
                expected = {k: v for k, v in old.attrib.items() if k != "style"}
                expected |= defaults | declared
            assert new.attrib == expected
            assert (new.text or "").strip() == (old.text or "").strip()


def test_css_the_rewrite_cannot_express_is_refused_not_dropped():
    with pytest.raises(ValueError, match="selector"):
        presentation_attributes('<svg><style>.a{fill: red}</style><path class="a"/></svg>')
    with pytest.raises(ValueError, match="presentation attribute"):
        presentation_attributes('<svg><path style="fill: red; display: grid !important"/></svg>')
    assert presentation_attributes('<svg><path d="M0 0" style="fill: red"/></svg>') == (
        '<svg><path d="M0 0" fill="red"/></svg>'
    )


def test_long_titles_and_legends_stay_inside_the_figure():
    """Wrapped rather than cut off at the picture's edge (the report's half-width charts)."""
    names = ["Joensuu", "Koko maa", "Pohjois-Karjalan hyvinvointialue"]
    series = [Series(name, [Point(2018, 12.0, 11.0, 13.0), Point(2023, 13.2)]) for name in names]
    long_title = "Erityiskorvattaviin lääkkeisiin diabeteksen vuoksi oikeutettuja 40 vuotta " * 2
    charts = [
        trend_chart(series, title=long_title, size=(6.0, 3.6)),
        comparison_bars(
            [Bar("Joensuu 2023", 13.2, band=Band.MUCH_BETTER), Bar("Kitee", 16.0, band=Band.WORSE)],
            title=long_title,
            benchmarks=[Benchmark("Pohjois-Karjalan hyvinvointialue 2023", 14.6)],
            width=6.0,
        ),
    ]
    for chart in charts:
        figure = chart.figure
        canvas = FigureCanvasAgg(figure)
        with matplotlib.rc_context(RC_PARAMS):
            canvas.draw()
        renderer = canvas.get_renderer()
        ticks = {id(t) for ax in figure.axes for t in ax.get_xticklabels() + ax.get_yticklabels()}
        texts = [
            t
            for t in figure.findobj(matplotlib.text.Text)
            if t.get_visible() and t.get_text() and id(t) not in ticks
        ]
        assert len(texts) >= 4  # the title and the legend at least
        for text in texts:
            box = text.get_window_extent(renderer)
            assert box.x0 >= -1 and box.x1 <= figure.bbox.width + 1, text.get_text()
