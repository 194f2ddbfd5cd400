"""Who sees what of a board summary: for every role, the findings in the pptx, docx and pdf
are exactly the findings the same user can open as pages (and the round page lists them)."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from rounds.factories import ActionFactory, FindingFactory, RoundFactory
from rounds.summary_reading import docx_paragraphs, norm, pdf_text, pptx_slides

from yhdyspinta.rounds.models import FindingKind

FORMATS = ("pptx", "docx", "pdf")
ROLES = ("admin", "staff", "coordinator", "board", "ngo", "outsider")


@pytest.fixture
def summary_round(world):
    """A round whose findings concern all municipalities, M1 only, M2 only, and sub-points
    that concern another set than their parent (the coordinator is of M1)."""
    round_ = RoundFactory(county=world.county, slug="syksy", title="Syksy")

    def finding(text, *, only=None, parent=None, kind=FindingKind.STRENGTH):
        made = FindingFactory(
            round=round_, text=text, kind=kind, parent=parent, all_municipalities=only is None
        )
        if only is not None:
            made.municipalities.set([only])
        return made

    everyone = finding("Alfa koskee kaikkia kuntia")
    finding("Beeta koskee vain kuntaa Yksi", only=world.m1, kind=FindingKind.CHALLENGE)
    only_m2 = finding("Gamma koskee vain kuntaa Kaksi", only=world.m2, kind=FindingKind.CHALLENGE)
    finding("Delta alakohta vain kunnalle Kaksi", only=world.m2, parent=everyone)
    orphan = finding("Eeta alakohta kaikille salaisen alla", parent=only_m2)
    action = ActionFactory(round=round_, owner=world.county, text="Toimenpide Zeta")
    action.origin_findings.set([only_m2, orphan])
    return round_


def _texts(round_) -> set[str]:
    return set(round_.findings.values_list("text", flat=True))


def _found_in(text: str, candidates: set[str]) -> set[str]:
    text = norm(text)
    return {candidate for candidate in candidates if norm(candidate) in text}


def _file_text(fmt: str, content: bytes, tmp_path) -> str:
    if fmt == "pptx":
        return " ".join(p for slide in pptx_slides(content) for p in slide["paragraphs"])
    if fmt == "docx":
        return " ".join(text for _style, text in docx_paragraphs(content))
    return pdf_text(content, tmp_path)


def _openable(client, round_) -> set[str]:
    return {
        finding.text
        for finding in round_.findings.all()
        if client.get(reverse("rounds:finding_detail", args=[finding.pk])).status_code == 200
    }


@pytest.mark.parametrize("role", ROLES)
def test_each_format_carries_exactly_the_findings_the_user_can_open(
    world, client_for, summary_round, role, tmp_path
):
    client = client_for(world.user(role))
    texts = _texts(summary_round)
    openable = _openable(client, summary_round)
    for fmt in FORMATS:
        response = client.get(reverse("rounds_summary:download", args=[summary_round.slug, fmt]))
        if response.status_code == 404:
            in_file = set()
        else:
            assert response.status_code == 200
            in_file = _found_in(_file_text(fmt, response.content, tmp_path), texts)
        assert in_file == openable, (role, fmt)


@pytest.mark.parametrize("role", ROLES)
def test_the_round_page_lists_the_same_findings(world, client_for, summary_round, role):
    client = client_for(world.user(role))
    openable = _openable(client, summary_round)
    response = client.get(reverse("rounds:round_detail", args=[summary_round.pk]))
    ok = response.status_code == 200
    shown = _found_in(response.content.decode(), _texts(summary_round)) if ok else set()
    assert shown == openable


def test_what_the_roles_see(world, client_for, summary_round):
    """The decision written in docs/rounds.md: staff and the board see every finding, a
    coordinator those of all municipalities and hers, NGO users and other counties nothing."""
    every = _texts(summary_round)
    assert _openable(client_for(world.user("board")), summary_round) == every
    assert _openable(client_for(world.user("coordinator")), summary_round) == {
        "Alfa koskee kaikkia kuntia",
        "Beeta koskee vain kuntaa Yksi",
        "Eeta alakohta kaikille salaisen alla",
    }


def test_a_sub_point_under_a_hidden_finding_keeps_its_place_and_hides_the_parent(
    world, client_for, summary_round
):
    client = client_for(world.user("coordinator"))
    orphan = summary_round.findings.get(text__startswith="Eeta")
    page = client.get(reverse("rounds:finding_detail", args=[orphan.pk])).content.decode()
    assert "Gamma" not in page
    action = summary_round.actions.get()
    page = client.get(reverse("rounds:action_detail", args=[action.pk])).content.decode()
    assert "Eeta alakohta" in page and "Gamma" not in page


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_command_writes_county_staffs_full_view(
    world, client_for, summary_round, fmt, tmp_path
):
    target = tmp_path / f"katsaus.{fmt}"
    call_command("export_round_summary", "--round", "syksy", "--format", fmt,
                 "--output", str(target), stdout=StringIO())  # fmt: skip
    in_file = _found_in(_file_text(fmt, target.read_bytes(), tmp_path), _texts(summary_round))
    assert in_file == _openable(client_for(world.user("staff")), summary_round)
    assert in_file == _texts(summary_round)
