"""The deck's election-year rule at its boundary dates (pure function, no database)."""

from datetime import date

import pytest

from yhdyspinta.plans.terms import Dated, Term, incoming_term, term_flags

OLD = Term(date(2022, 3, 1), date(2025, 5, 31), date(2022, 1, 23))
NEW = Term(date(2025, 6, 1), date(2029, 5, 31), date(2025, 4, 13))
TERMS = [OLD, NEW]
PREPARATION = Dated("start", "planning", date(2024, 1, 1), date(2024, 1, 31))


def _flags(*items):
    return term_flags([PREPARATION, *items], TERMS, 2025, 2028)


def _on(kind, day):
    return Dated(kind, kind, day, day)


def test_the_incoming_term_is_the_one_covering_most_of_the_period():
    assert incoming_term(TERMS, 2025, 2028) == NEW
    assert incoming_term(TERMS, 2022, 2024) == OLD


@pytest.mark.parametrize(
    ("day", "flagged"),
    [(date(2025, 5, 31), True), (date(2025, 6, 1), False), (date(2025, 4, 13), True)],
)
def test_approval_on_the_outgoing_councils_last_day_is_flagged(day, flagged):
    flags = _flags(_on("council_decision", day))
    assert [f.kind for f in flags] == (["approval_by_outgoing"] if flagged else [])


@pytest.mark.parametrize(("day", "flagged"), [(date(2025, 5, 31), False), (date(2025, 6, 1), True)])
@pytest.mark.parametrize("kind", ["report", "conclusions"])
def test_a_report_or_conclusions_on_the_new_councils_first_day_is_flagged(kind, day, flagged):
    flags = _flags(_on(kind, day))
    assert [f.kind for f in flags] == (["report_by_incoming"] if flagged else [])


def test_a_window_reaching_into_the_wrong_term_is_flagged():
    spring = Dated("a", "council_decision", date(2025, 3, 1), date(2025, 5, 31))
    summer = Dated("b", "council_decision", date(2025, 6, 1), date(2025, 8, 31))
    q2 = Dated("c", "report", date(2025, 4, 1), date(2025, 6, 30))
    assert [f.key for f in _flags(spring, summer, q2)] == ["a", "c"]


def test_the_deck_plan_raises_no_flag():
    report = _on("report", date(2025, 2, 24))
    approval = _on("council_decision", date(2025, 10, 20))
    assert _flags(report, approval) == []


def test_a_plan_prepared_within_one_term_is_not_flagged():
    start = Dated("start", "planning", date(2025, 9, 1), date(2025, 9, 30))
    report = _on("report", date(2026, 2, 1))
    assert term_flags([start, report], TERMS, 2026, 2029) == []


def test_without_terms_nothing_is_flagged():
    assert term_flags([_on("council_decision", date(2025, 1, 1))], [], 2025, 2028) == []
