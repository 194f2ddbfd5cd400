from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from rounds.factories import ActionFactory

from yhdyspinta.rounds.models import Negotiation, Round, RoundTeamMember


def _run(*extra):
    out = StringIO()
    call_command(
        "prepare_round",
        "--from",
        "syksy",
        "--slug",
        "kevat",
        "--title",
        "Kevät",
        "--period",
        "maalis–huhtikuu",
        *extra,
        stdout=out,
    )
    return out.getvalue()


def test_it_creates_a_negotiation_per_municipality_with_a_prefilled_agenda(world, rec):
    ActionFactory(round=rec["round"], owner=world.m1, text="Valmis jo", status="done")
    output = _run()
    assert "2 negotiations created" in output
    new = Round.objects.get(slug="kevat")
    assert new.previous == rec["round"] and new.status == "planned"
    agenda = Negotiation.objects.get(round=new, municipality=world.m1).agenda
    assert "Yhden toimenpide" in agenda and "Alueen toimenpide" in agenda
    assert "Kahden toimenpide" not in agenda and "Valmis jo" not in agenda
    assert "Kaikkia koskeva" in agenda and "Vain Yksi" in agenda and "Vain Kaksi" not in agenda


def test_running_it_twice_duplicates_nothing_and_keeps_written_agendas(world, rec):
    _run()
    negotiation = Negotiation.objects.get(round__slug="kevat", municipality=world.m1)
    negotiation.agenda = "Oma esityslista"
    negotiation.save()
    counts = (Round.objects.count(), Negotiation.objects.count(), RoundTeamMember.objects.count())
    output = _run()
    assert "0 negotiations created, 0 agendas filled" in output
    assert counts == (
        Round.objects.count(),
        Negotiation.objects.count(),
        RoundTeamMember.objects.count(),
    )
    negotiation.refresh_from_db()
    assert negotiation.agenda == "Oma esityslista"


def test_an_unknown_source_round_is_a_clear_error(world):
    with pytest.raises(CommandError, match="No round"):
        _run()


def test_the_new_round_needs_its_own_code(world, rec):
    with pytest.raises(CommandError):
        call_command("prepare_round", "--from", "syksy", "--slug", "syksy", "--title", "X")
