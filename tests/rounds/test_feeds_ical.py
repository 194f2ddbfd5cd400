"""The iCalendar writer, read back with the strict parser."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from rounds.ics_parser import events, unfold

from yhdyspinta.rounds.feeds.ical import Event, escape_text, fold, render_calendar

STAMP = datetime(2024, 3, 1, 8, 30, tzinfo=UTC)


def test_text_values_escape_backslash_semicolon_comma_and_newlines():
    assert escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_a_short_line_is_not_folded():
    assert fold("SUMMARY:lyhyt") == "SUMMARY:lyhyt"


def test_long_lines_fold_at_75_octets_and_unfold_to_the_original():
    line = "DESCRIPTION:" + "x" * 200
    folded = fold(line)
    parts = folded.split("\r\n")
    assert [len(p.encode()) for p in parts] == [75, 75, 64]  # 212 = 75 + 74 + 63
    assert all(p.startswith(" ") for p in parts[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == line


def test_folding_never_splits_a_multibyte_character():
    line = "SUMMARY:" + "ä" * 100  # two octets each; 8 + 200 octets
    for part in fold(line).split("\r\n"):
        encoded = part.encode("utf-8")
        assert len(encoded) <= 75
        encoded.decode("utf-8")


def test_a_calendar_parses_strictly_and_keeps_text_exactly():
    text = "Kunnat; järjestöt, ja \\ muut\nToinen rivi " + "pitkä " * 30
    data = render_calendar(
        [
            Event(uid="a-1@test", start=date(2024, 5, 31), summary=text, description=text),
            Event(
                uid="n-1@test",
                start=datetime(2023, 9, 12, 9, 0, tzinfo=timezone(timedelta(hours=3))),
                summary="Neuvottelu",
            ),
        ],
        name="Testi, kalenteri",
        stamp=STAMP,
    )
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert any(len(line) == 75 for line in data.split(b"\r\n"))
    deadline, meeting = events(data)
    assert deadline.value("SUMMARY") == text
    assert deadline.value("DESCRIPTION") == text
    assert deadline.get("DTSTART")[1:] == ({"VALUE": "DATE"}, "20240531")
    assert deadline.get("DTEND")[1:] == ({"VALUE": "DATE"}, "20240601")
    assert deadline.value("DTSTAMP") == "20240301T083000Z"
    assert meeting.get("DTSTART")[1:] == ({}, "20230912T060000Z")
    assert meeting.value("DTEND") == "20230912T070000Z"
    assert any(line == "X-WR-CALNAME:Testi\\, kalenteri" for line in unfold(data))


def test_a_timed_event_needs_an_aware_datetime():
    with pytest.raises(ValueError, match="aware"):
        render_calendar([Event(uid="x", start=datetime(2024, 1, 1, 9), summary="x")], name="x")
