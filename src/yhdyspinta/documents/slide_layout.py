"""Slide geometry and the splitting of long sections over several slides.

Nothing here touches python-pptx: the plan is pure data, so the estimate that
decides where a section splits can be tested and reused by the tests that read
a finished deck back.

Text height is estimated, not measured: a paragraph's width in characters is
its box width divided by an average glyph width (``char_width_em`` of the font
size), words are wrapped greedily at that width, and each line takes
``line_height`` times the font size. The average is deliberately generous for
Finnish, whose long words wrap early.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .outline import Item, Section

EMU_PER_INCH = 914400
POINTS_PER_INCH = 72


@dataclass(frozen=True)
class DeckStyle:
    """Geometry (inches) and type sizes (points) of a 16:9 deck."""

    width: float = 13.333
    height: float = 7.5
    margin: float = 0.65
    title_top: float = 0.3
    title_height: float = 1.05
    title_pt: int = 30
    title_min_pt: int = 24
    body_top: float = 1.65
    body_bottom: float = 6.8
    footer_top: float = 6.98
    footer_height: float = 0.32
    footer_pt: int = 11
    level_pt: tuple[int, ...] = (22, 20, 18)
    # Left edge of the text of each level; the bullet hangs ``bullet_hang`` to its left.
    level_indent: tuple[float, ...] = (0.35, 0.85, 1.3)
    bullet_hang: float = 0.3
    space_before_pt: tuple[int, ...] = (12, 5, 3)
    line_height: float = 1.2
    # Average glyph width of Arial (Liberation Sans) in Finnish text, in ems.
    char_width_em: float = 0.44
    char_width_bold_em: float = 0.50
    font: str = "Arial"

    @property
    def body_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def body_height_pt(self) -> float:
        return (self.body_bottom - self.body_top) * POINTS_PER_INCH

    def font_pt(self, level: int) -> int:
        return self.level_pt[min(level, len(self.level_pt) - 1)]

    def indent(self, level: int) -> float:
        return self.level_indent[min(level, len(self.level_indent) - 1)]

    def space_before(self, level: int) -> int:
        return self.space_before_pt[min(level, len(self.space_before_pt) - 1)]


DEFAULT_STYLE = DeckStyle()


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of a slide body: a bullet at ``level`` or the section note."""

    level: int
    text: str
    meta: str = ""
    is_note: bool = False
    # A parent bullet repeated at the top of a slide because its children continue there.
    is_repeat: bool = False

    @property
    def is_bold(self) -> bool:
        """Top-level bullets are bold; notes and repeated parents are not."""
        return self.level == 0 and not self.is_note and not self.is_repeat

    @property
    def full_text(self) -> str:
        return f"{self.text} \u2013 {self.meta}" if self.meta else self.text


@dataclass
class SlidePlan:
    """The title and body paragraphs of one content slide."""

    title: str
    paragraphs: list[Paragraph] = field(default_factory=list)


def chars_per_line(
    font_pt: float, width_in: float, style: DeckStyle = DEFAULT_STYLE, *, bold: bool = False
) -> int:
    """How many average characters fit on one line of ``width_in`` inches."""
    em = style.char_width_bold_em if bold else style.char_width_em
    return max(1, int(width_in * POINTS_PER_INCH / (font_pt * em)))


def estimate_lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes when its words are wrapped greedily at ``per_line`` characters."""
    lines, current = 1, 0
    for word in text.split():
        length = len(word)
        if current == 0:
            current = length
        elif current + 1 + length <= per_line:
            current += 1 + length
        else:
            lines += 1
            current = length
        while current > per_line:  # a word longer than a line breaks mid-word
            lines += 1
            current -= per_line
    return lines


def paragraph_lines(paragraph: Paragraph, style: DeckStyle = DEFAULT_STYLE) -> int:
    level = 0 if paragraph.is_note else paragraph.level
    width = style.body_width - (0 if paragraph.is_note else style.indent(level))
    per_line = chars_per_line(style.font_pt(level), width, style, bold=paragraph.is_bold)
    return estimate_lines(paragraph.full_text, per_line)


def paragraph_height_pt(paragraph: Paragraph, style: DeckStyle = DEFAULT_STYLE) -> float:
    """Estimated height of a paragraph including the space before it."""
    level = 0 if paragraph.is_note else paragraph.level
    size = style.font_pt(level)
    return style.space_before(level) + paragraph_lines(paragraph, style) * size * style.line_height


def slide_height_pt(paragraphs: list[Paragraph], style: DeckStyle = DEFAULT_STYLE) -> float:
    return sum(paragraph_height_pt(p, style) for p in paragraphs)


def title_font_pt(title: str, style: DeckStyle = DEFAULT_STYLE) -> int:
    """The title size: full size when the title fits on one line, smaller otherwise."""
    one_line = chars_per_line(style.title_pt, style.body_width, style, bold=True)
    return style.title_pt if len(title) <= one_line else style.title_min_pt


def _item_paragraphs(item: Item) -> list[Paragraph]:
    return [Paragraph(level, node.text, node.meta) for level, node in item.walk()]


def _split_block(
    block: list[Paragraph], capacity: float, continued: str, style: DeckStyle
) -> list[list[Paragraph]]:
    """Split one bullet with too many sub-bullets; the parent is repeated on each new slide."""
    head = block[0]
    repeat = Paragraph(0, f"{head.text} ({continued})", is_repeat=True)
    chunks: list[list[Paragraph]] = [[]]
    used = 0.0
    for paragraph in block:
        height = paragraph_height_pt(paragraph, style)
        if chunks[-1] and used + height > capacity:
            chunks.append([repeat])
            used = paragraph_height_pt(repeat, style)
        chunks[-1].append(paragraph)
        used += height
    return chunks


def _pack(units: list[list[Paragraph]], heights: list[float], limit: float) -> list[list[int]]:
    slides: list[list[int]] = [[]]
    used = 0.0
    for index, height in enumerate(heights):
        if slides[-1] and used + height > limit:
            slides.append([])
            used = 0.0
        slides[-1].append(index)
        used += height
    return slides


def plan_section(
    section: Section, *, continued: str = "continued", style: DeckStyle = DEFAULT_STYLE
) -> list[SlidePlan]:
    """Lay a section out on as few slides as its text needs, balanced between them.

    A top-level bullet and its sub-bullets stay together unless they alone
    overflow a slide. When a section needs several slides they share the
    bullets evenly (no slide with a lonely last bullet) and their titles read
    "Title (1/3)", "Title (2/3)", ...
    """
    capacity = style.body_height_pt
    units: list[list[Paragraph]] = []
    for item in section.items:
        block = _item_paragraphs(item)
        if slide_height_pt(block, style) > capacity and len(block) > 1:
            units.extend(_split_block(block, capacity, continued, style))
        else:
            units.append(block)
    if section.note:
        units.append([Paragraph(0, section.note, is_note=True)])
    if not units:
        return [SlidePlan(section.title)]

    heights = [slide_height_pt(unit, style) for unit in units]
    slide_count = len(_pack(units, heights, capacity))
    # Smallest per-slide limit that still needs no more slides: evens the slides out.
    low, high = max(heights), max(capacity, max(heights))
    for _ in range(30):
        middle = (low + high) / 2
        if len(_pack(units, heights, middle)) <= slide_count:
            high = middle
        else:
            low = middle
    groups = _pack(units, heights, high)

    plans = []
    for number, group in enumerate(groups, start=1):
        title = section.title
        if len(groups) > 1:
            title = f"{section.title} ({number}/{len(groups)})"
        paragraphs = [paragraph for index in group for paragraph in units[index]]
        plans.append(SlidePlan(title, paragraphs))
    return plans
