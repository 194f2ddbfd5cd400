"""Reminders before deadlines, by e-mail to the applicant organisation's NGO accounts."""

import datetime as dt

from django.core import mail
from django.core.management import call_command
from grants.factories import DecisionFactory, UsageReportFactory

from yhdyspinta.grants.models import ApplicationStatus


def test_a_draft_gets_a_reminder_before_the_call_closes(grants, world):
    world.ngo_user.email = "ngo@example.fi"
    world.ngo_user.save()
    call = grants["call"]
    call.closes = dt.date(2024, 3, 15)
    call.save()
    call_command("send_grant_reminders", "--today", "2024-03-01", stdout=open("/dev/null", "w"))
    assert [m.to for m in mail.outbox] == [["ngo@example.fi"]]
    assert "15.3.2024" in mail.outbox[0].subject
    assert f"/grants/applications/{grants['draft'].pk}/" in mail.outbox[0].body
    mail.outbox.clear()
    call_command("send_grant_reminders", "--today", "2024-03-02", stdout=open("/dev/null", "w"))
    assert mail.outbox == []


def test_a_report_coming_due_gets_a_reminder_and_a_submitted_one_does_not(grants, world):
    world.ngo_user.email = "ngo@example.fi"
    world.ngo_user.save()
    draft = grants["draft"]
    draft.status = ApplicationStatus.DECIDED
    draft.save()
    decision = DecisionFactory(application=draft)
    UsageReportFactory(decision=decision, due=dt.date(2025, 3, 31))
    UsageReportFactory(
        decision=decision,
        due=dt.date(2025, 3, 31),
        submitted_at=dt.datetime(2025, 3, 1, tzinfo=dt.UTC),
    )
    call_command("send_grant_reminders", "--today", "2025-03-28", stdout=open("/dev/null", "w"))
    assert len(mail.outbox) == 1 and "31.3.2025" in mail.outbox[0].subject
