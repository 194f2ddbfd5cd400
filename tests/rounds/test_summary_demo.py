"""The board summary of the demo's autumn 2023 round, in all three formats, read back and
compared with the source deck: every bullet of slides 1-7, the sections in the deck's order,
the title slide, actions with owners and deadlines, long sections split over slides."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from rounds.summary_expected import ALL_BULLETS, SLIDES
from rounds.summary_reading import docx_paragraphs, norm, pdf_text, pptx_slides

from yhdyspinta.rounds.models import SECTIONS, Round
from yhdyspinta.rounds.summary.export import export_summary
from yhdyspinta.rounds.summary.outline import build_outline, person_text

User = get_user_model()
# slides 8-9 of the source deck, from the plans app
PLAN_SECTIONS = ["HYTE-suunnitelma vuosille 2025–2028", "HYTE-suunnitelman päätöksentekoprosessi"]

# The module fixture loads the demo once (in a transaction it rolls back); the mark makes
# pytest-django create the test database for it.
pytestmark = pytest.mark.django_db

SLIDE_NUMBER = re.compile(r" \(\d+/\d+\)$")


@pytest.fixture(scope="module")
def demo_summary(django_db_setup, django_db_blocker):
    """Load the demo, export the three files and note what the round says; roll back."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", stdout=StringIO())
        round_ = Round.objects.select_related("county", "board", "presenter").get(slug="syksy-2023")
        files = {fmt: export_summary(round_, fmt, language="fi") for fmt in ("pptx", "docx", "pdf")}
        actions = [
            (a.text, a.owner_person.full_name if a.owner_person else a.owner.name, a.due_text)
            for a in round_.actions.filter(in_summary=True, parent=None, part_of=None)
        ]
        facts = {
            "county": round_.county.name_fi,
            "board": round_.board.name_fi,
            "presenter": person_text(round_.presenter),
            "title": round_.summary_title,
            "actions": actions,
        }
        with translation.override("fi"):
            facts["sections"] = [str(title) for _key, title in SECTIONS]
        facts["plan_sections"] = PLAN_SECTIONS
        coordinator = User.objects.get(username="lieksa")
        files["coordinator"] = export_summary(round_, "pptx", language="fi", reader=coordinator)
        with CaptureQueriesContext(connection) as queries:
            build_outline(round_, language="fi")
        facts["queries"] = len(queries)
        transaction.set_rollback(True)
    return files, facts


def _section_of(title: str) -> str:
    return SLIDE_NUMBER.sub("", title)


def test_the_deck_has_every_bullet_of_slides_1_to_7(demo_summary):
    files, _facts = demo_summary
    slides = pptx_slides(files["pptx"].content)
    paragraphs = {norm(p) for slide in slides[1:] for p in slide["paragraphs"]}
    missing = [
        bullet
        for bullet in ALL_BULLETS
        if not any(p == norm(bullet) or p.startswith(norm(bullet) + " – ") for p in paragraphs)
    ]
    assert missing == []
    assert len(ALL_BULLETS) == sum(len(b) for b in SLIDES.values()) == 54


def test_the_deck_starts_with_the_title_slide_of_the_source_deck(demo_summary):
    files, facts = demo_summary
    title_slide = norm(" ".join(pptx_slides(files["pptx"].content)[0]["texts"]))
    assert title_slide.startswith(f"{facts['title']} {facts['board']}")
    assert f"{facts['county']} {facts['presenter']} 12.10.2023" in title_slide
    assert facts["title"] == "Kuntakierroksen katsaus"
    assert facts["board"] == "Hyvinvoinnin ja terveyden edistämisen lautakunta"
    assert facts["county"] == "Pohjois-Karjalan hyvinvointialue"
    assert facts["presenter"].startswith("Kehittämisjohtaja ")


def _deck_order(texts: list[str]) -> list[int]:
    """The position in the source deck (``ALL_BULLETS``, slide by slide as written there) of
    each text, in the file's order, that is one of its bullets (an action with its owner and
    deadline after " – ")."""
    bullets = [norm(bullet) for bullet in ALL_BULLETS]
    positions = []
    for text in map(norm, texts):
        found = [i for i, b in enumerate(bullets) if text == b or text.startswith(b + " – ")]
        positions += found[:1]
    return positions


def _slide_of_position() -> list[int]:
    return [number for number, bullets in SLIDES.items() for _bullet in bullets]


def test_the_deck_follows_the_source_deck_in_order(demo_summary):
    """Sections and bullets in the order of the source deck, not of the code's own SECTIONS:
    each slide of the summary carries the bullets of one source slide, slide after slide."""
    files, facts = demo_summary
    slides = pptx_slides(files["pptx"].content)[1:]
    assert [_section_of(s["paragraphs"][0]) for s in slides[-2:]] == facts["plan_sections"]
    slides = slides[:-2]  # slides 1-7 carry the round's bullets
    order = [position for slide in slides for position in _deck_order(slide["paragraphs"])]
    assert order == list(range(len(ALL_BULLETS)))
    source_slides = [
        sorted({_slide_of_position()[p] for p in _deck_order(slide["paragraphs"])})
        for slide in slides
    ]
    assert all(len(numbers) == 1 for numbers in source_slides)
    # the two way-forward slides of the source (6 and 7) may be split differently
    sequence = list(dict.fromkeys(numbers[0] if numbers[0] < 6 else 6 for numbers in source_slides))
    assert sequence == [1, 2, 3, 4, 5, 6]


def test_a_long_section_continues_on_numbered_slides(demo_summary):
    files, facts = demo_summary
    slides = pptx_slides(files["pptx"].content)[1:]
    titles = [slide["paragraphs"][0] for slide in slides]
    way_forward = [t for t in titles if _section_of(t) == facts["sections"][-1]]
    count = len(way_forward)
    assert count > 1
    assert way_forward == [f"{facts['sections'][-1]} ({n}/{count})" for n in range(1, count + 1)]
    for slide in slides:  # the footer on every slide: the county, the presenter, the date
        assert any(facts["county"] in t and "12.10.2023" in t for t in slide["texts"])


def test_every_action_shows_its_owner_and_its_deadline_as_written(demo_summary):
    files, facts = demo_summary
    paragraphs = [norm(p) for s in pptx_slides(files["pptx"].content) for p in s["paragraphs"]]
    assert len(facts["actions"]) == 14
    for text, owner, due in facts["actions"]:
        line = next(p for p in paragraphs if p.startswith(norm(text) + " – "))
        assert owner in line
        assert (due in line) if due else ("määräaika" not in line)
    deadlines = {due for _text, _owner, due in facts["actions"] if due}
    assert {"lokakuun loppuun mennessä", "1/2024"} <= deadlines


def test_the_word_file_carries_the_same_content(demo_summary, tmp_path):
    files, facts = demo_summary
    paragraphs = docx_paragraphs(files["docx"].content)
    texts = [norm(text) for _style, text in paragraphs]
    assert texts[:2] == [facts["title"], facts["board"]]
    assert texts[2] == f"{facts['county']} {facts['presenter']} 12.10.2023"
    headings = [text for style, text in paragraphs if style == "Heading 1"]
    assert headings == facts["sections"] + facts["plan_sections"]
    assert _deck_order([text for _style, text in paragraphs]) == list(range(len(ALL_BULLETS)))
    for bullet in ALL_BULLETS:
        assert any(t == norm(bullet) or t.startswith(norm(bullet) + " – ") for t in texts), bullet
    for text, owner, due in facts["actions"]:
        line = next(t for t in texts if t.startswith(norm(text) + " – "))
        assert owner in line and due in line


def test_the_pdf_carries_the_same_content(demo_summary, tmp_path):
    files, facts = demo_summary
    text = norm(pdf_text(files["pdf"].content, tmp_path))
    assert text.startswith(f"{facts['county']} {facts['title']} {facts['board']}")
    assert "12.10.2023" in text and facts["presenter"] in text
    missing = [bullet for bullet in ALL_BULLETS if norm(bullet) not in text]
    assert missing == []
    position = 0
    for bullet in ALL_BULLETS:  # in the order of the source deck
        assert norm(bullet) in text[position:], bullet
        position = text.index(norm(bullet), position)
    for action_text, owner, due in facts["actions"]:
        start = text.index(norm(action_text))
        assert owner in text[start : start + len(action_text) + 200]
        assert due in text[start : start + len(action_text) + 200]
