from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from rounds.factories import ActionFactory, FindingFactory, NegotiationFactory, RoundFactory

from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.rounds.models import Action, ActionStatusChange, Finding
from yhdyspinta.rounds.services.status import change_action_status

TODAY = date(2026, 11, 28)


def _due(text):
    return parse_vague_date(text, reference=date(2023, 10, 12))


def test_a_municipality_has_one_negotiation_per_round(world):
    negotiation = NegotiationFactory(round=RoundFactory(county=world.county), municipality=world.m1)
    with pytest.raises(IntegrityError):
        NegotiationFactory(round=negotiation.round, municipality=world.m1)


def test_a_negotiation_must_be_with_a_municipality_of_the_county(world):
    negotiation = NegotiationFactory.build(
        round=RoundFactory(county=world.county), municipality=world.m3
    )
    with pytest.raises(ValidationError):
        negotiation.full_clean()


def test_an_empty_finding_is_rejected(world):
    finding = FindingFactory.build(round=RoundFactory(county=world.county), text="   ")
    with pytest.raises(ValidationError) as exc:
        finding.full_clean()
    assert "text" in exc.value.message_dict


def test_a_finding_concerns_all_or_the_chosen_municipalities(rec, world):
    assert rec["everyone"].concerns(world.m2)
    assert rec["only_m1"].concerns(world.m1)
    assert not rec["only_m1"].concerns(world.m2)
    seen = set(Finding.objects.concerning(world.m1).values_list("text", flat=True))
    assert seen == {"Kaikkia koskeva", "Vain Yksi"}


def test_an_action_is_overdue_when_its_window_has_ended_and_it_is_not_closed(world):
    round_ = RoundFactory(county=world.county)
    late = ActionFactory(round=round_)
    late.set_due(_due("lokakuun loppuun mennessä"))
    late.save()
    done = ActionFactory(round=round_, status="done")
    done.set_due(_due("31.10."))
    done.save()
    undated = ActionFactory(round=round_)
    assert late.is_overdue(TODAY) and not done.is_overdue(TODAY)
    assert not undated.is_overdue(TODAY)
    assert list(Action.objects.overdue(TODAY)) == [late]
    assert not late.is_overdue(date(2023, 10, 31))
    assert late.is_overdue(date(2023, 11, 1))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("lokakuun loppuun mennessä", date(2023, 10, 31)),
        ("alkuvuonna 2024", date(2024, 6, 30)),
        ("1/2024", date(2024, 1, 31)),
        ("keväällä 2024 (maalis-huhtikuu)", date(2024, 4, 30)),
        ("31.10.", date(2023, 10, 31)),
    ],
)
def test_an_action_keeps_its_due_date_as_it_was_said(world, text, end):
    action = ActionFactory(round=RoundFactory(county=world.county))
    action.set_due(_due(text))
    action.full_clean()
    action.save()
    action.refresh_from_db()
    assert (action.due_text, action.due_end) == (text, end)


def test_the_board_order_puts_overdue_first_then_by_due(world):
    round_ = RoundFactory(county=world.county)
    later = ActionFactory(round=round_, text="later")
    later.set_due(_due("31.12.2027"))
    later.save()
    ActionFactory(round=round_, text="undated")
    overdue = ActionFactory(round=round_, text="overdue")
    overdue.set_due(_due("1/2024"))
    overdue.save()
    closed = ActionFactory(round=round_, text="closed", status="done")
    closed.set_due(_due("31.10."))
    closed.save()
    texts = [a.text for a in Action.objects.board_order(TODAY)]
    # A closed action is never overdue: it sorts by its deadline among the rest.
    assert texts == ["overdue", "closed", "later", "undated"]


def test_a_status_change_is_recorded_with_its_comment(world):
    action = ActionFactory(round=RoundFactory(county=world.county))
    change_action_status(action, "in_progress", "Aloitettu", user=world.staff)
    action.refresh_from_db()
    assert action.status == "in_progress"
    change = ActionStatusChange.objects.get(action=action)
    assert (change.from_status, change.to_status, change.comment) == (
        "open",
        "in_progress",
        "Aloitettu",
    )
    assert change.changed_by == world.staff
    assert action.history.first().status == "in_progress"


@pytest.mark.parametrize(("status", "comment"), [("done", "  "), ("bogus", "x"), ("open", "x")])
def test_a_status_change_without_comment_or_real_change_writes_nothing(world, status, comment):
    action = ActionFactory(round=RoundFactory(county=world.county))
    with pytest.raises(ValidationError):
        change_action_status(action, status, comment, user=world.staff)
    action.refresh_from_db()
    assert action.status == "open"
    assert not ActionStatusChange.objects.exists()


def test_an_action_owner_must_belong_to_the_rounds_county(world):
    action = ActionFactory.build(round=RoundFactory(county=world.county), owner=world.m3)
    with pytest.raises(ValidationError) as exc:
        action.full_clean()
    assert "owner" in exc.value.message_dict
