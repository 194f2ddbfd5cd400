"""E-mail reminders before deadlines: a call closing while an association's draft is unsent, and
a report on the use of funds coming due. Sent to the NGO accounts of the applicant organisation
through the project's mail set-up (EMAIL_URL); run daily from cron (`send_grant_reminders`).
Reminders go out on the days listed in DAYS_BEFORE, so a daily run sends each one once."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import AccessLevel, Account

from .models import Application, ApplicationStatus, UsageReport

DAYS_BEFORE = (14, 3)


def _recipients(organization_ids) -> dict[int, list[str]]:
    emails: dict[int, list[str]] = {}
    accounts = Account.objects.filter(
        level=AccessLevel.NGO, organization_id__in=organization_ids
    ).select_related("user")
    for account in accounts:
        if account.user.email and account.user.is_active:
            emails.setdefault(account.organization_id, []).append(account.user.email)
    return emails


def build_reminders(today: dt.date, base_url: str) -> list[EmailMessage]:
    days = [today + dt.timedelta(days=n) for n in DAYS_BEFORE]
    drafts = list(
        Application.objects.filter(
            status=ApplicationStatus.DRAFT, call__closes__in=days
        ).select_related("call", "organization")
    )
    reports = list(
        UsageReport.objects.filter(submitted_at__isnull=True, due__in=days).select_related(
            "decision__application__organization", "decision__application__call"
        )
    )
    org_ids = {a.organization_id for a in drafts} | {
        r.decision.application.organization_id for r in reports
    }
    to = _recipients(org_ids)
    messages = []
    for application in drafts:
        subject = _("Reminder: the grant call %(call)s closes on %(date)s") % {
            "call": application.call.title,
            "date": application.call.closes.strftime("%-d.%-m.%Y"),
        }
        body = _("Your application is still a draft. Submit it at %(url)s") % {
            "url": base_url + application.get_absolute_url()
        }
        messages.append(_message(subject, body, to.get(application.organization_id)))
    for report in reports:
        application = report.decision.application
        subject = _("Reminder: the report on the use of funds is due on %(date)s") % {
            "date": report.due.strftime("%-d.%-m.%Y")
        }
        body = _("Write the report for %(call)s at %(url)s") % {
            "call": application.call.title,
            "url": base_url + application.get_absolute_url(),
        }
        messages.append(_message(subject, body, to.get(application.organization_id)))
    return [m for m in messages if m is not None]


def _message(subject, body, recipients):
    if not recipients:
        return None
    return EmailMessage(
        subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=recipients
    )


def send_reminders(today: dt.date, base_url: str, *, dry_run: bool = False) -> int:
    messages = build_reminders(today, base_url)
    if messages and not dry_run:
        get_connection().send_messages(messages)
    return len(messages)
