"""The whole source deck from data: slide 1 from the agreements and grants apps (merged into
the round's own bullets), slides 8-9 from the plans app, in the deck's order, as the reader
may see them. Uses the demo fixture of ``test_summary_demo`` (loaded once per module)."""

import pytest
from rounds.summary_reading import docx_paragraphs, norm, pdf_text, pptx_slides
from rounds.test_summary_demo import SLIDE_NUMBER, demo_summary  # noqa: F401 (the fixture)

pytestmark = pytest.mark.django_db


def _sections(content: bytes) -> list[tuple[str, list[str]]]:
    """(title without "(1/2)", paragraphs) per section, consecutive slides joined."""
    sections: list[tuple[str, list[str]]] = []
    for slide in pptx_slides(content)[1:]:
        title = SLIDE_NUMBER.sub("", slide["paragraphs"][0])
        body = [norm(p) for p in slide["paragraphs"][1:-2]]  # less the footer and number
        if sections and sections[-1][0] == title:
            sections[-1][1].extend(body)
        else:
            sections.append((title, body))
    return sections


def _line(paragraphs: list[str], start: str) -> str:
    return next(p for p in paragraphs if p.startswith(start))


def test_the_nine_slides_of_the_source_deck_in_its_order(demo_summary):  # noqa: F811
    files, facts = demo_summary
    titles = [title for title, _body in _sections(files["pptx"].content)]
    # slides 6 and 7 of the source share the title "Miten tästä eteenpäin?"
    assert titles == facts["sections"] + facts["plan_sections"]
    assert len(titles) == 8
    slides = pptx_slides(files["pptx"].content)
    # slides 1, 8 and 9 fit on one slide each, as in the source deck
    for title in (facts["sections"][0], *facts["plan_sections"]):
        assert sum(SLIDE_NUMBER.sub("", s["paragraphs"][0]) == title for s in slides) == 1


def test_slide_1_names_the_13_agreements_and_the_annex_deadlines(demo_summary):  # noqa: F811
    files, _facts = demo_summary
    _title, body = _sections(files["pptx"].content)[0]
    signed = _line(body, "Sopimukset allekirjoitettu – ")
    assert "Puitesopimus: 13, allekirjoitettu 31.3.2023" in signed
    assert "valmisteilla: Elintapaohjauksen sopimus" in signed
    assert _line(body, "Vastuunjakotaulukon liitteitä työstetään – ").endswith("52 liitettä")
    employment = _line(body, "Työllisyyden liite alkuvuonna 2024 – ")
    assert employment.endswith("työstetään (13), alkuvuosi 2024")
    for start in ("Kotoutumisen osalta", "Tiedolla johtaminen ja hankkeet", "Liite: Hankkeet"):
        assert _line(body, start).endswith("työstetään (13), vuoden 2023 loppuun mennessä")
    principles = _line(body, "Järjestöavustusten periaatteet sovittu – ")
    assert principles.endswith("Järjestöjen toiminta-avustus 2024")
    excluded = _line(body, "Osuuskunnat ja säätiöt eivät mukana ohje-esityksessä – ")
    assert excluded.endswith("rajattu pois: osuuskunta, säätiö")
    assert any(
        p.startswith("Hyvinvoinnin ja terveyden edistämisen lautakunta seuraa") for p in body
    )


def test_slides_8_and_9_carry_the_phases_and_the_election(demo_summary):  # noqa: F811
    files, _facts = demo_summary
    sections = dict(_sections(files["pptx"].content))
    process = sections["HYTE-suunnitelma vuosille 2025–2028"]
    for phase in ("Suunnittelu – ", "Tiedonkeruu – ", "Työpajat – ", "Johtopäätökset – "):
        assert any(p.startswith(phase) for p in process), phase
    workshops = _line(process, "Työpajat – ")
    assert "Toimialojen työpaja – Kuntien hyte-koordinaattoreiden työpaja – Sidosryhmätyöpaja" in (
        workshops
    )
    assert "Päätöksenteko" in process
    for body in ("Vaikuttamistoimielinten lausunnot", "Hyte-lautakunta", "Uusi aluevaltuusto"):
        assert any(p.startswith(body) for p in process), body
    assert _line(process, "Aikataulu – ") == (
        "Aikataulu – valmistelu 2024, hyvinvointikertomus 2025, suunnitelma vuosille 2025–2028"
    )
    decision = sections["HYTE-suunnitelman päätöksentekoprosessi"]
    assert decision[0] == "2025 vaalivuosi: vaalit 13.4.2025 – uusi valtuusto aloittaa 1.6.2025"
    outgoing = decision.index(_line(decision, "Väistyvä valtuusto (2022–2025) – "))
    incoming = decision.index(_line(decision, "Uusi valtuusto (2025–2029) – hyväksyy"))
    assert (
        "hyvinvointikertomus, johtopäätökset ja uuden suunnitelman valmistelu"
        in (decision[outgoing])
    )
    assert decision[outgoing + 1 : incoming] == [
        "Johtopäätökset valmiit – 12.12.2024",
        "Hyvinvointikertomus väistyvälle aluevaltuustolle – 24.3.2025",
    ]
    assert decision[incoming + 1] == "Uusi aluevaltuusto hyväksyy suunnitelman – 17.11.2025"
    # the demo plan keeps the rule of plans/terms.py: no flags, the rule stated instead
    assert not any(p.startswith("Tarkista:") for p in decision)
    assert decision[-1].startswith("Aikataulu noudattaa sääntöä")


def test_a_coordinator_sees_her_own_agreement_only(demo_summary):  # noqa: F811
    files, _facts = demo_summary
    sections = dict(_sections(files["coordinator"].content))
    body = sections["Hytekumppanuus ja puitesopimukset"]
    assert "Puitesopimus: 1, allekirjoitettu 31.3.2023" in _line(body, "Sopimukset allekirjoitettu")
    assert _line(body, "Työllisyyden liite").endswith("työstetään (1), alkuvuosi 2024")
    assert "HYTE-suunnitelman päätöksentekoprosessi" in sections  # the county's plan: readers


def test_the_word_file_and_the_pdf_carry_slides_8_and_9(demo_summary, tmp_path):  # noqa: F811
    files, _facts = demo_summary
    texts = [norm(text) for _style, text in docx_paragraphs(files["docx"].content)]
    assert "2025 vaalivuosi: vaalit 13.4.2025 – uusi valtuusto aloittaa 1.6.2025" in texts
    assert any(t.startswith("Sopimukset allekirjoitettu – Puitesopimus: 13") for t in texts)
    pdf = norm(pdf_text(files["pdf"].content, tmp_path))
    assert "HYTE-suunnitelman päätöksentekoprosessi" in pdf
    assert "Väistyvä valtuusto (2022–2025)" in pdf and "Uusi valtuusto (2025–2029)" in pdf


def test_the_outline_reads_a_bounded_number_of_queries(demo_summary):  # noqa: F811
    """13 agreements with 65 annexes, 6 phases, 10 milestones: a fixed number of queries
    (one per kind of record, not one per record)."""
    _files, facts = demo_summary
    assert facts["queries"] <= 25
