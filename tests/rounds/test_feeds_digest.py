"""The weekly e-mail digest: who gets what."""

from datetime import date, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone
from factories import PersonFactory
from rounds.feeds_builders import make_action, make_finding, make_request, make_round

from yhdyspinta.rounds.feeds.digest import digest_for, language_of, send_digests, start_of
from yhdyspinta.rounds.models import ActionStatus, Finding, Request

TODAY = date(2023, 10, 25)


@pytest.fixture
def records(world):
    for user in (world.admin, world.staff, world.board, world.outsider, world.ngo_user):
        user.email = f"{user.username}@example.fi"
        user.save()
    # The coordinator has no address of her own: her contact person's work e-mail is used.
    PersonFactory(organization=world.m1, user=world.coordinator, email="koordinaattori@kunta.fi")
    round_ = make_round(world.county)
    old = make_finding(round_, "Vanha havainto kaikille kunnille")
    Finding.history.filter(id=old.pk).update(history_date=start_of(date(2023, 9, 1)))
    return {
        "soon": make_action(round_, world.m1, "Kunta Yhden lähiaikojen asia", "31.10.2023"),
        "overdue": make_action(round_, world.m1, "Kunta Yhden myöhässä oleva asia", "9/2023"),
        "later": make_action(round_, world.m1, "Kunta Yhden myöhempi asia", "kevät 2024"),
        "done": make_action(
            round_, world.m1, "Kunta Yhden tehty asia", "30.9.2023", status=ActionStatus.DONE
        ),
        "m2": make_action(round_, world.m2, "Kunta Kahden asia", "31.10.2023"),
        "county": make_action(round_, world.county, "Hyvinvointialueen asia", "lokakuun loppuun"),
        "for_m1": make_finding(round_, "Uusi havainto Kunta Yhdelle", municipalities=[world.m1]),
        "for_all": make_finding(round_, "Uusi havainto kaikille kunnille"),
        "for_m2": make_finding(round_, "Uusi havainto Kunta Kahdelle", municipalities=[world.m2]),
        "old": old,
        "m1_request": make_request(world.m1, "Kunta Yhden avoin toive"),
        "m2_closed": make_request(world.m2, "Kunta Kahden suljettu", status=Request.Status.CLOSED),
    }


def outbox_for(address):
    found = [m for m in mail.outbox if m.to == [address]]
    assert len(found) <= 1
    return found[0] if found else None


def test_a_coordinator_gets_her_municipalitys_overdue_soon_new_and_open_items(world, records):
    send_digests(today=TODAY, base_url="https://yhdyspinta.example")
    message = outbox_for("koordinaattori@kunta.fi")
    assert message is not None
    body = message.body
    for included in ("overdue", "soon", "for_m1", "for_all", "m1_request"):
        assert records[included].text in body, included
    for excluded in ("later", "done", "m2", "county", "for_m2", "old", "m2_closed"):
        assert records[excluded].text not in body, excluded
    assert f"https://yhdyspinta.example/rounds/actions/{records['overdue'].pk}/" in body
    assert "9/2023" in body and "30.9.2023" in body  # as written, and the deadline


def test_overdue_actions_are_listed_before_those_due_soon(world, records):
    send_digests(today=TODAY)
    for text in (outbox_for("koordinaattori@kunta.fi").body,
                 outbox_for("koordinaattori@kunta.fi").alternatives[0][0]):  # fmt: skip
        assert text.index(records["overdue"].text) < text.index(records["soon"].text)
        assert text.index(records["soon"].text) < text.index(records["m1_request"].text)


def test_the_e_mail_has_a_plain_text_and_an_html_part_in_finnish(world, records):
    send_digests(today=TODAY)
    message = outbox_for("koordinaattori@kunta.fi")
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert '<html lang="fi">' in html
    assert records["overdue"].text in html
    assert "<a href=" not in message.body


def test_county_staff_get_the_countys_actions_and_every_open_request(world, records):
    send_digests(today=TODAY)
    body = outbox_for("staff@example.fi").body
    assert records["county"].text in body
    assert records["m1_request"].text in body
    for excluded in ("overdue", "soon", "m2", "for_m1", "for_all"):
        assert records[excluded].text not in body, excluded


def test_a_board_member_with_nothing_to_do_gets_no_e_mail(world, records):
    run = send_digests(today=TODAY)
    assert outbox_for("board@example.fi") is None
    assert outbox_for("outsider@example.fi") is None
    assert outbox_for("ngo@example.fi") is None
    assert run.nothing_to_report == 3


def test_a_board_member_responsible_for_an_action_hears_of_it(world, records):
    person = PersonFactory(organization=world.county, user=world.board)
    records["county"].owner_person = person
    records["county"].save()
    send_digests(today=TODAY)
    assert records["county"].text in outbox_for("board@example.fi").body


def test_a_user_without_an_e_mail_address_is_skipped(world, records):
    world.staff.email = ""
    world.staff.save()
    run = send_digests(today=TODAY)
    assert run.without_email == 1
    assert all("staff@example.fi" not in m.to for m in mail.outbox)


def test_a_dry_run_sends_nothing_but_builds_every_e_mail(world, records):
    run = send_digests(today=TODAY, dry_run=True)
    assert mail.outbox == []
    assert {m.to[0] for m in run.messages} == {
        "koordinaattori@kunta.fi",
        "staff@example.fi",
        "admin@example.fi",
    }


def test_since_decides_which_findings_are_new(world, records):
    coordinator = world.coordinator
    future = start_of(timezone.localdate() + timedelta(days=1))
    assert digest_for(coordinator, today=TODAY, since=future).new_findings == []
    recent = digest_for(coordinator, today=TODAY, since=start_of(TODAY))
    assert {f.pk for f in recent.new_findings} == {records["for_m1"].pk, records["for_all"].pk}


def test_the_language_is_the_users_own_when_there_is_one(world):
    assert language_of(world.staff) == "fi"
    world.staff.language = "sv"
    assert language_of(world.staff) == "sv"
    world.staff.language = "de"
    assert language_of(world.staff) == "fi"


def test_the_command_sends_and_reports_one_line(world, records):
    out = StringIO()
    call_command("send_digest", "--today", "2023-10-25", stdout=out)
    assert len(mail.outbox) == 3
    assert out.getvalue().strip() == (
        "Digest: 3 e-mails sent, 3 users with nothing to report, 0 without an e-mail address."
    )


def test_the_command_dry_run_sends_nothing(world, records):
    out = StringIO()
    call_command("send_digest", "--dry-run", "--today", "2023-10-25", stdout=out)
    assert mail.outbox == []
    assert "3 e-mails would be sent" in out.getvalue()


def test_the_command_rejects_a_bad_date(db):
    with pytest.raises(CommandError, match="YYYY-MM-DD"):
        call_command("send_digest", "--today", "25.10.2023")
