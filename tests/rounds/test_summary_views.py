"""Downloading the board summary from the round page, and the export command."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from rounds.factories import ActionFactory, FindingFactory, RoundFactory
from rounds.summary_reading import docx_paragraphs, pptx_slides

from yhdyspinta.documents.slide_layout import plan_section
from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.rounds.models import FindingKind
from yhdyspinta.rounds.summary.export import SUMMARY_DECK
from yhdyspinta.rounds.summary.outline import build_outline


@pytest.fixture
def round_(world):
    round_ = RoundFactory(county=world.county, slug="syksy-2023", title="Kuntakierros syksy 2023")
    FindingFactory(round=round_, kind=FindingKind.STRENGTH, text="Perhekeskusverkosto toimii")
    return round_


def _url(round_, fmt):
    return reverse("rounds_summary:download", args=[round_.slug, fmt])


@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board"])
def test_county_staff_and_readers_of_the_county_download_the_deck(world, client_for, round_, role):
    response = client_for(world.user(role)).get(_url(round_, "pptx"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument")
    assert 'filename="kuntakierros-syksy-2023.pptx"' in response["Content-Disposition"]
    slides = pptx_slides(response.content)
    assert any("Perhekeskusverkosto toimii" in p for s in slides for p in s["paragraphs"])


def test_an_anonymous_visitor_is_sent_to_the_login_page(world, client_for, round_):
    response = client_for(None).get(_url(round_, "pdf"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("role", ["outsider", "ngo"])
def test_other_counties_and_ngo_users_get_not_found(world, client_for, round_, role):
    assert client_for(world.user(role)).get(_url(round_, "docx")).status_code == 404


def test_another_countys_round_with_the_same_code_stays_hidden(world, client_for, round_):
    RoundFactory(county=world.county_b, slug="oma", title="B")
    response = client_for(world.user("staff")).get(
        reverse("rounds_summary:download", args=["oma", "pdf"])
    )
    assert response.status_code == 404


def test_an_unknown_format_is_not_found(world, client_for, round_):
    assert client_for(world.user("staff")).get(_url(round_, "xlsx")).status_code == 404


def test_the_word_and_pdf_downloads_are_real_files(world, client_for, round_):
    client = client_for(world.user("board"))
    word = client.get(_url(round_, "docx"))
    assert word.status_code == 200
    assert ("Title", "Kuntakierros syksy 2023") in docx_paragraphs(word.content)
    pdf = client.get(_url(round_, "pdf"))
    assert pdf.status_code == 200 and pdf["Content-Type"] == "application/pdf"
    assert pdf.content.startswith(b"%PDF")


def test_the_command_writes_the_deck(world, round_, tmp_path):
    out = StringIO()
    target = tmp_path / "katsaus.pptx"
    call_command(
        "export_round_summary", "--round", "syksy-2023", "--format", "pptx",
        "--output", str(target), stdout=out,
    )  # fmt: skip
    assert "Wrote" in out.getvalue()
    slides = pptx_slides(target.read_bytes())
    assert slides[0]["paragraphs"][0] == "Kuntakierros syksy 2023"


def test_the_command_names_an_unknown_or_ambiguous_round(world, round_, tmp_path):
    with pytest.raises(CommandError, match="No round"):
        call_command("export_round_summary", "--round", "nope", "--format", "pdf",
                     "--output", str(tmp_path / "x.pdf"))  # fmt: skip
    RoundFactory(county=world.county_b, slug="syksy-2023")
    with pytest.raises(CommandError, match="--county"):
        call_command("export_round_summary", "--round", "syksy-2023", "--format", "pdf",
                     "--output", str(tmp_path / "x.pdf"))  # fmt: skip
    target = str(tmp_path / "x.pdf")
    call_command("export_round_summary", "--round", "syksy-2023", "--county", "15",
                 "--format", "pdf", "--output", target, stdout=StringIO())  # fmt: skip
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_a_long_section_is_split_and_keeps_every_finding(world, round_):
    texts = [
        f"Havainto {n}: kunnissa on tehty pitkäjänteistä yhteistyötä hyvin tuloksin"
        for n in range(30)
    ]
    for order, text in enumerate(texts):
        FindingFactory(round=round_, kind=FindingKind.CHALLENGE, text=text, order=order)
    document = build_outline(round_)
    challenges = next(s for s in document.sections if [i.text for i in s.items] == texts)
    plans = plan_section(challenges, style=SUMMARY_DECK)
    assert len(plans) >= 3
    assert plans[0].title.endswith(f"(1/{len(plans)})")
    assert [p.text for plan in plans for p in plan.paragraphs] == texts


def test_sub_points_and_sections_follow_the_round(world, round_):
    parent = FindingFactory(round=round_, kind=FindingKind.STRENGTH, text="Oppilashuolto", order=1)
    FindingFactory(round=round_, kind=FindingKind.CHALLENGE, parent=parent, text="yhdessä kunnassa")
    action = ActionFactory(round=round_, owner=world.m1, text="Kuvaus exceliin", order=1)
    action.set_due(parse_vague_date("lokakuun loppuun mennessä", reference=date(2023, 10, 12)))
    action.save()
    document = build_outline(round_)
    strengths = document.sections[0]
    item = next(i for i in strengths.items if i.text == "Oppilashuolto")
    assert [c.text for c in item.children] == ["yhdessä kunnassa"]
    assert len(document.sections) == 2  # the empty sections are left out
    way = document.sections[1].items
    assert way[0].text == "Kuvaus exceliin"
    assert world.m1.name in way[0].meta and "lokakuun loppuun mennessä" in way[0].meta
