import datetime
import io

from pptx import Presentation
from pptx.util import Emu, Inches

from yhdyspinta.documents.outline import Document, Item, Section
from yhdyspinta.documents.slide_layout import (
    DEFAULT_STYLE,
    Paragraph,
    estimate_lines,
    paragraph_height_pt,
    plan_section,
    slide_height_pt,
)
from yhdyspinta.documents.slides import render_pptx

WAY_FORWARD = [
    "Kunnat työstävät kuvausta yhteistyöverkostoista lokakuun loppuun mennessä yhteiseen exceliin",
    "Tiedolla johtaminen: yhteinen raportointipohjaluonnos seuraavaan strategiseen tapaamiseen",
    "Asiantuntijatuki HVA:lta kunnille",
    "Kunnat jättävät toiveensa tiedolla johtamiseen liittyen lokakuun loppuun mennessä",
    "Hytetrendikatsaus, mahdollisesti maakuntaliiton tekemänä",
    "Työllisyyden hoidon yhdyspintaan HVA nimeää vastuuhenkilön, joka toimii yhteyshenkilönä",
    "Kuntouttavan työtoiminnan hankkeet tukevat yhteistyön edistämistä",
    "Kotoutumisessa myös hyvä nimetä HVA:n vastuuhenkilö",
    "Roolien selkeytys kotoutumisen työssä",
    "HR-johtajan infot kansainvälisistä rekrytoinneista",
    "Elintapaohjauksen sopimus valmisteilla (STM:n suositus)",
    "Tiedonkulku ja ennakointi sekä viestintä hyteasioista",
    "Luottamuksen lisääminen ja keskusteluyhteydet",
    "Hankerahoitusvarauksista esitys",
    "Hytesuunnitelma ja -kertomus: työskentely käyntiin 1/2024",
    "Konkreettinen tekeminen toiveena",
    "Seuraavat neuvottelut kunnissa keväällä 2024 (maalis-huhtikuu)",
    "Yhteinen ymmärrys kuntouttavasta työtoiminnasta tarkastuslautakunnan käsittelyn jälkeen",
    "Järjestöjen alueellisen toiminnan vahvistaminen yhdessä kuntien kanssa",
    "Vapaan sivistystyön yhteistyötä hyödynnetään tehokkaammin asumisyksiköiden kanssa",
]


def board_summary() -> Document:
    """A deck like the board summary of the 2023 round, with a long "Way forward" section."""
    return Document(
        title="Kuntakierroksen katsaus",
        subtitle="Hyvinvoinnin ja terveyden edistämisen lautakunta",
        organisation_name="Pohjois-Karjalan hyvinvointialue",
        date=datetime.date(2023, 10, 12),
        footer="Kehittämisjohtaja",
        sections=[
            Section(
                "Hytekumppanuus ja puitesopimukset",
                [
                    Item("Sopimukset allekirjoitettu"),
                    Item(
                        "Vastuunjakotaulukon liitteitä työstetään",
                        [
                            Item("Työllisyyden liite alkuvuonna 2024"),
                            Item("Kotoutumisen osalta vuoden loppuun mennessä"),
                        ],
                    ),
                    Item("Järjestöavustusten periaatteet sovittu", meta="toiminnan mukaan"),
                ],
                note="Kooste esitellään lautakunnan kokouksessa 12.10.2023.",
            ),
            Section("Way forward", [Item(text) for text in WAY_FORWARD]),
        ],
    )


def _deck(document):
    stream = io.BytesIO()
    render_pptx(document, path_or_stream=stream)
    stream.seek(0)
    return Presentation(stream)


def _shape_at(slide, top_inches):
    return [s for s in slide.shapes if s.has_text_frame and abs(s.top - Inches(top_inches)) < 5000]


def _body_paragraphs(slide):
    """Body paragraphs read back from the file, with their level recovered from the indent."""
    shapes = _shape_at(slide, DEFAULT_STYLE.body_top)
    if not shapes:
        return []
    paragraphs = []
    for paragraph in shapes[0].text_frame.paragraphs:
        p_pr = paragraph._p.pPr
        margin = Emu(int(p_pr.get("marL"))).inches
        is_note = p_pr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}buNone")
        is_note = is_note is not None
        levels = [abs(margin - indent) for indent in DEFAULT_STYLE.level_indent]
        level = levels.index(min(levels))
        text = "".join(run.text for run in paragraph.runs)
        bold = bool(paragraph.runs[0].font.bold)
        paragraphs.append((Paragraph(level, text, is_note=is_note, is_repeat=not bold), paragraph))
    return paragraphs


def _title(slide):
    return _shape_at(slide, DEFAULT_STYLE.title_top)[0].text_frame.text


def test_it_splits_a_long_section_over_numbered_slides():
    deck = _deck(board_summary())
    titles = [_title(slide) for slide in list(deck.slides)[1:]]
    forward = [title for title in titles if title.startswith("Way forward")]
    assert len(forward) >= 2
    assert forward == [f"Way forward ({n}/{len(forward)})" for n in range(1, len(forward) + 1)]


def test_every_slide_fits_the_estimated_capacity_and_keeps_readable_sizes():
    deck = _deck(board_summary())
    for slide in list(deck.slides)[1:]:
        read_back = _body_paragraphs(slide)
        height = slide_height_pt([paragraph for paragraph, _ in read_back])
        assert height <= DEFAULT_STYLE.body_height_pt
        for _, paragraph in read_back:
            assert all(run.font.size.pt >= 18 for run in paragraph.runs)


def test_all_bullets_are_present_in_order():
    deck = _deck(board_summary())
    texts = [
        paragraph.text
        for slide in deck.slides
        for paragraph, _ in _body_paragraphs(slide)
        if not paragraph.is_note
    ]
    start = texts.index(WAY_FORWARD[0])
    assert texts[start:] == WAY_FORWARD
    assert texts[:start] == [
        "Sopimukset allekirjoitettu",
        "Vastuunjakotaulukon liitteitä työstetään",
        "Työllisyyden liite alkuvuonna 2024",
        "Kotoutumisen osalta vuoden loppuun mennessä",
        "Järjestöavustusten periaatteet sovittu \u2013 toiminnan mukaan",
    ]


def test_sub_bullets_keep_their_indent_level():
    deck = _deck(board_summary())
    first = _body_paragraphs(deck.slides[1])
    assert [(p.level, p.is_note) for p, _ in first] == [
        (0, False),
        (0, False),
        (1, False),
        (1, False),
        (0, False),
        (0, True),
    ]


def test_every_slide_has_a_footer_with_organisation_date_and_number():
    deck = _deck(board_summary())
    total = len(deck.slides)
    for number, slide in enumerate(deck.slides, start=1):
        footer = " ".join(s.text_frame.text for s in _shape_at(slide, DEFAULT_STYLE.footer_top))
        assert "Pohjois-Karjalan hyvinvointialue" in footer
        assert "12.10.2023" in footer
        assert f"{number} / {total}" in footer


def test_the_title_slide_has_title_organisation_and_date_and_the_deck_is_wide():
    deck = _deck(board_summary())
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    texts = [s.text_frame.text for s in deck.slides[0].shapes if s.has_text_frame]
    assert "Kuntakierroksen katsaus" in texts
    assert any("Pohjois-Karjalan hyvinvointialue" in t and "12.10.2023" in t for t in texts)
    assert deck.core_properties.title == "Kuntakierroksen katsaus"


def test_a_bullet_stays_with_its_sub_bullets_when_the_section_splits():
    items = [Item(text) for text in WAY_FORWARD[:8]]
    items.insert(6, Item("Parent bullet", [Item(f"Child {n}") for n in range(4)]))
    plans = plan_section(Section("Long", items))
    assert len(plans) >= 2
    holder = [plan for plan in plans if any(p.text == "Parent bullet" for p in plan.paragraphs)]
    assert len(holder) == 1
    texts = [p.text for p in holder[0].paragraphs]
    index = texts.index("Parent bullet")
    assert texts[index + 1 : index + 5] == [f"Child {n}" for n in range(4)]


def test_a_bullet_with_more_sub_bullets_than_a_slide_holds_is_continued():
    children = [Item(f"Alakohta numero {n} joka kertoo jotain tärkeää") for n in range(30)]
    plans = plan_section(Section("Huge", [Item("Iso kohta", children)]), continued="jatkuu")
    assert len(plans) >= 2
    assert plans[1].paragraphs[0].text == "Iso kohta (jatkuu)"
    assert plans[1].paragraphs[0].is_repeat
    for plan in plans:
        assert slide_height_pt(plan.paragraphs) <= DEFAULT_STYLE.body_height_pt
    listed = [p.text for plan in plans for p in plan.paragraphs if not p.is_repeat]
    assert listed == ["Iso kohta"] + [child.text for child in children]


def test_a_short_section_is_one_slide_without_a_counter():
    plans = plan_section(Section("Lyhyt", [Item("Yksi"), Item("Kaksi")]))
    assert [plan.title for plan in plans] == ["Lyhyt"]


def test_a_split_section_is_balanced_between_its_slides():
    plans = plan_section(Section("Way forward", [Item(text) for text in WAY_FORWARD]))
    assert len(plans) >= 2
    heights = [slide_height_pt(plan.paragraphs) for plan in plans]
    tallest_bullet = max(paragraph_height_pt(p) for plan in plans for p in plan.paragraphs)
    # Greedy filling would leave a short last slide; balancing evens them to within one bullet.
    assert max(heights) - min(heights) <= tallest_bullet


def test_line_estimate_wraps_words_and_breaks_long_words():
    assert estimate_lines("", 10) == 1
    assert estimate_lines("aaa bbb", 7) == 1
    assert estimate_lines("aaa bbb", 6) == 2
    assert estimate_lines("a" * 25, 10) == 3


def test_a_document_without_date_or_sections_still_renders():
    deck = _deck(Document(title="Tyhjä", organisation_name="Kunta"))
    assert len(deck.slides) == 1
    footer = " ".join(s.text_frame.text for s in _shape_at(deck.slides[0], 6.98))
    assert "Kunta" in footer and "1 / 1" in footer
