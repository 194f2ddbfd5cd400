"""Importing findings and actions from Excel: validated whole, written all or nothing."""

from datetime import date
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from factories import PersonFactory
from rounds.factories import FindingFactory, RoundFactory
from rounds.importing_files import sheet

from yhdyspinta.documents.spreadsheets import ImportProblems
from yhdyspinta.rounds.importing.service import import_items
from yhdyspinta.rounds.models import Action, ActionStatus, Finding, FindingKind


@pytest.fixture
def round_(world):
    return RoundFactory(
        county=world.county, slug="syksy-2023", title="Syksy 2023", board_date=date(2023, 10, 12)
    )


@pytest.fixture
def director(world):
    return PersonFactory(organization=world.county, first_name="Kaarina", last_name="Vartiainen")


def _problems(content, round_, filename="havainnot.xlsx"):
    with pytest.raises(ImportProblems) as caught, translation.override("fi"):
        import_items(content, round_, filename=filename)
    with translation.override("en"):
        return [
            (p.row, str(p.column) if p.column else None, p.as_text()) for p in caught.value.problems
        ]


def _nothing_written(round_):
    return (
        not Finding.objects.filter(round=round_).exists()
        and not Action.objects.filter(round=round_).exists()
    )


def test_findings_with_sub_points_and_actions_with_owners_and_deadlines_are_imported(
    world, round_, director
):
    content = sheet(
        {"Tyyppi": "vahvuus", "Teema": "Työllisyys", "Kunta": "kaikki",
         "Teksti": "Perhekeskusverkosto toimii", "Alakohdat": "• vahvistuu\n- kasvaa"},
        {"Tyyppi": "haaste", "Kunta": "Kunta Yksi", "Teksti": "Vaihtuvuus haittaa"},
        {"Tyyppi": "toimenpide", "Teema": "employment", "Teksti": "Nimetään vastuuhenkilö",
         "Vastuutaho": world.county.name_fi, "Vastuuhenkilö": "kaarina  vartiainen",
         "Määräaika": "lokakuun loppuun mennessä", "Tila": "tehty"},
        {"Tyyppi": "toimenpide", "Kunta": "kaikki", "Teksti": "Kuvaus exceliin",
         "Vastuutaho": world.county.name_fi, "Määräaika": "31.10."},
        {"Tyyppi": "toimenpide", "Kunta": "Kunta Kaksi", "Teksti": "Kunnan oma toimenpide"},
    )  # fmt: skip
    plan, summary = import_items(content, round_, filename="havainnot.xlsx", user=world.staff)
    assert (plan.finding_count, plan.action_count) == (2, 3)
    assert (summary.findings, summary.actions) == (4, 5)

    strength = Finding.objects.get(round=round_, text="Perhekeskusverkosto toimii")
    assert strength.all_municipalities and strength.theme == world.theme
    assert [c.text for c in strength.children.order_by("order")] == ["vahvistuu", "kasvaa"]
    challenge = Finding.objects.get(text="Vaihtuvuus haittaa")
    assert not challenge.all_municipalities
    assert list(challenge.municipalities.all()) == [world.m1]

    named = Action.objects.get(text="Nimetään vastuuhenkilö")
    assert (named.owner, named.owner_person, named.status) == (
        world.county,
        director,
        ActionStatus.DONE,
    )
    assert (named.due_end, named.due_text) == (date(2023, 10, 31), "lokakuun loppuun mennessä")
    change = named.status_changes.get()
    assert change.to_status == ActionStatus.DONE and "havainnot.xlsx" in change.comment

    joint = Action.objects.get(text="Kuvaus exceliin", part_of=None)
    assert joint.owner == world.county and joint.due_end == date(2023, 10, 31)
    assert {share.owner for share in joint.shares.all()} == {world.m1, world.m2}
    own = Action.objects.get(text="Kunnan oma toimenpide")
    assert own.owner == world.m2 and not own.shares.exists()


def test_an_unknown_municipality_names_its_row_and_column_and_the_closest_one(world, round_):
    content = sheet({"Tyyppi": "haaste", "Kunta": "Kunta Yks", "Teksti": "Teksti"})
    problems = _problems(content, round_)
    assert len(problems) == 1
    row, column, text = problems[0]
    assert (row, column) == (2, "Kunta")
    assert "Did you mean 'Kunta Yksi'?" in text
    assert _nothing_written(round_)


def test_a_municipality_of_another_county_is_unknown(world, round_):
    content = sheet({"Tyyppi": "haaste", "Kunta": world.m3.name_fi, "Teksti": "Teksti"})
    assert [(r, c) for r, c, _t in _problems(content, round_)] == [(2, "Kunta")]


def test_an_unknown_theme_suggests_the_closest(world, round_):
    content = sheet({"Tyyppi": "vahvuus", "Teema": "Työllisyy", "Teksti": "Teksti"})
    [(row, column, text)] = _problems(content, round_)
    assert (row, column) == (2, "Teema") and "Työllisyys" in text
    assert _nothing_written(round_)


def test_a_due_date_that_cannot_be_read_is_an_error(world, round_):
    content = sheet(
        {"Tyyppi": "toimenpide", "Teksti": "Teksti", "Vastuutaho": world.county.name_fi,
         "Määräaika": "joskus myöhemmin"},
    )  # fmt: skip
    [(row, column, text)] = _problems(content, round_)
    assert (row, column) == (2, "Määräaika") and "joskus myöhemmin" in text
    assert _nothing_written(round_)


def test_an_empty_text_is_an_error(world, round_):
    content = sheet({"Tyyppi": "vahvuus", "Teema": "Työllisyys"})
    [(row, column, text)] = _problems(content, round_)
    assert (row, column) == (2, "Teksti") and "required" in text


def test_a_file_that_is_not_excel_is_refused(world, round_):
    problems = _problems(b"Tyyppi;Teksti\nvahvuus;Hyvin menee\n", round_, filename="data.csv")
    assert len(problems) == 1 and problems[0][0] is None
    assert "data.csv" in problems[0][2]
    assert _nothing_written(round_)


def test_one_bad_row_keeps_every_good_row_out(world, round_):
    content = sheet(
        {"Tyyppi": "vahvuus", "Teksti": "Hyvä rivi"},
        {"Tyyppi": "vahvuus", "Teksti": "Toinen hyvä rivi"},
        {"Tyyppi": "vahvuuss", "Teksti": "Huono tyyppi"},
    )
    [(row, column, text)] = _problems(content, round_)
    with translation.override("fi"):
        label = str(FindingKind.STRENGTH.label)  # the suggestion is the label as shown
    assert (row, column) == (4, "Tyyppi") and f"Did you mean '{label}'?" in text
    assert _nothing_written(round_)


def test_a_finding_cannot_have_an_owner_and_an_action_needs_one(world, round_):
    content = sheet(
        {"Tyyppi": "vahvuus", "Teksti": "Havainto", "Vastuutaho": world.county.name_fi},
        {"Tyyppi": "toimenpide", "Teksti": "Kenen?"},
    )
    problems = _problems(content, round_)
    assert [(r, c) for r, c, _t in problems] == [(2, "Vastuutaho"), (3, "Vastuutaho")]


def test_an_unknown_responsible_person_suggests_the_closest(world, round_, director):
    content = sheet(
        {"Tyyppi": "toimenpide", "Teksti": "T", "Vastuutaho": world.county.name_fi,
         "Vastuuhenkilö": "Karina Vartiainen"},
    )  # fmt: skip
    [(row, column, text)] = _problems(content, round_)
    assert (row, column) == (2, "Vastuuhenkilö") and "Kaarina Vartiainen" in text


def test_what_the_round_already_holds_is_not_imported_twice(world, round_):
    FindingFactory(round=round_, kind="strength", text="Jo kirjattu")
    content = sheet(
        {"Tyyppi": "vahvuus", "Teksti": "Jo kirjattu"}, {"Tyyppi": "haaste", "Teksti": "Uusi"}
    )
    [(row, column, text)] = _problems(content, round_)
    assert (row, column) == (2, "Teksti") and "already" in text
    assert Finding.objects.filter(round=round_).count() == 1


def test_the_command_checks_with_dry_run_and_then_imports(world, round_, tmp_path):
    path = tmp_path / "havainnot.xlsx"
    path.write_bytes(sheet({"Tyyppi": "vahvuus", "Teksti": "Hyvin menee"}))
    out = StringIO()
    call_command("import_round_items", str(path), "--round", "syksy-2023", "--dry-run", stdout=out)
    assert "1 findings and 0 actions would be imported" in out.getvalue()
    assert _nothing_written(round_)
    call_command("import_round_items", str(path), "--round", "syksy-2023", stdout=out)
    assert Finding.objects.filter(round=round_, text="Hyvin menee").exists()


def test_the_command_lists_the_problems_and_writes_nothing(world, round_, tmp_path):
    path = tmp_path / "huono.xlsx"
    path.write_bytes(sheet({"Tyyppi": "vahvuus", "Teksti": "Hyvä"}, {"Tyyppi": "?", "Teksti": "x"}))
    err = StringIO()
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("import_round_items", str(path), "--round", "syksy-2023", stderr=err)
    assert "row 3" in err.getvalue() and "Tyyppi" in err.getvalue()
    assert _nothing_written(round_)
