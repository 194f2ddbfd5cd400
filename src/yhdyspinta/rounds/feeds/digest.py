"""The weekly e-mail digest: what needs doing and what is new, one e-mail per user.

Run weekly from cron (``yhdyspinta send_digest``); "new" means created since ``since``, by
default seven days before ``today``, so a weekly run covers each finding once. No send log is
kept: running twice in a week sends the digest twice.

Every active user with an account and an e-mail address (the user's own, else the work e-mail
of the person linked to the user) gets one e-mail listing, in this order:

1. overdue actions (not done or dropped, the end of the due window has passed),
2. actions due within 14 days,
3. new findings that concern the user's municipality (coordinators: findings for all
   municipalities and those naming hers),
4. open requests (coordinators: their municipality's; county staff: every open request of the
   county, which they answer).

Whose actions: county staff and admins get those the county owns, coordinators those their
municipality owns (including its shares of joint actions); everybody also gets the actions
where they are the responsible person. Board members only read, so they get just the actions
they are personally responsible for. Users with nothing to report get no e-mail. The e-mail is
in Finnish unless the user's account or user record names another language of the site.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import COUNTY_LEVELS, account_of

from ..models import Action, Finding, Request
from ..scoping import county_of, own_municipality

DUE_SOON_DAYS = 14
DEFAULT_PERIOD = timedelta(days=7)


@dataclass
class Digest:
    user: object
    email: str
    language: str
    overdue: list[Action] = field(default_factory=list)
    due_soon: list[Action] = field(default_factory=list)
    new_findings: list[Finding] = field(default_factory=list)
    open_requests: list[Request] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.new_findings or self.open_requests)


@dataclass
class DigestRun:
    messages: list[EmailMultiAlternatives]
    nothing_to_report: int
    without_email: int
    sent: bool


def email_of(user) -> str:
    if user.email:
        return user.email
    person = getattr(user, "person", None)
    return (person.email if person is not None else "") or ""


def language_of(user) -> str:
    """The user's language if the account or the user has one the site speaks, else Finnish."""
    available = {code for code, _name in settings.LANGUAGES}
    account = account_of(user)
    for candidate in (getattr(account, "language", ""), getattr(user, "language", "")):
        if candidate and candidate[:2] in available:
            return candidate[:2]
    return settings.LANGUAGE_CODE


def _actions_of(user, county):
    """The actions the user's organisation owns (or the user is responsible for)."""
    account = account_of(user)
    mine = Q(owner_person__user=user)
    if account is not None and account.level in (*COUNTY_LEVELS, AccessLevel.COORDINATOR):
        mine |= Q(owner=account.organization)
    return (
        Action.objects.filter(round__county=county)
        .filter(mine)
        .select_related("round", "owner", "owner_person")
        .distinct()
    )


def _new_findings(municipality, county, since: datetime) -> list[Finding]:
    created = Finding.history.filter(history_type="+", history_date__gte=since).values("id")
    return list(
        Finding.objects.filter(round__county=county, pk__in=created)
        .concerning(municipality)
        .select_related("round", "theme")
        .order_by("round", "kind", "order", "pk")
    )


def _open_requests(user, county, municipality) -> list[Request]:
    requests = Request.objects.filter(
        municipality__parent_county=county, status__in=Request.OPEN_STATUSES
    )
    if municipality is not None:
        requests = requests.filter(municipality=municipality)
    elif account_of(user) is None or account_of(user).level not in COUNTY_LEVELS:
        return []
    return list(
        requests.select_related("municipality", "theme").order_by("due_end", "created", "pk")
    )


def digest_for(user, *, today: date, since: datetime) -> Digest:
    """What the user's e-mail would list (possibly nothing)."""
    digest = Digest(user=user, email=email_of(user), language=language_of(user))
    county = county_of(user)
    if county is None:
        return digest
    actions = _actions_of(user, county)
    digest.overdue = list(actions.overdue(today).order_by("due_end", "order", "pk"))
    digest.due_soon = list(
        actions.due_within(today, DUE_SOON_DAYS).order_by("due_end", "order", "pk")
    )
    municipality = own_municipality(user)
    if municipality is not None:
        digest.new_findings = _new_findings(municipality, county, since)
    digest.open_requests = _open_requests(user, county, municipality)
    return digest


def recipients():
    return (
        get_user_model()
        .objects.filter(is_active=True, account__isnull=False)
        .select_related("account__organization", "person")
        .order_by("pk")
    )


def render_digest(
    digest: Digest, *, today: date, since: datetime, build_url: Callable[[str], str]
) -> EmailMultiAlternatives:
    with translation.override(digest.language):
        context = {
            "digest": digest,
            "user_name": digest.user.get_full_name() or digest.user.username,
            "today": today,
            "since": timezone.localtime(since).date(),
            "due_soon_days": DUE_SOON_DAYS,
            "build_url": build_url,
            "overdue": [(a, build_url(a.get_absolute_url())) for a in digest.overdue],
            "due_soon": [(a, build_url(a.get_absolute_url())) for a in digest.due_soon],
            "findings": [(f, build_url(f.get_absolute_url())) for f in digest.new_findings],
            "requests": [(r, build_url(r.get_absolute_url())) for r in digest.open_requests],
        }
        subject = _("Yhdyspinta weekly digest: %(overdue)d overdue, %(soon)d due soon") % {
            "overdue": len(digest.overdue),
            "soon": len(digest.due_soon),
        }
        text = render_to_string("rounds/feeds/digest_email.txt", context)
        html = render_to_string("rounds/feeds/digest_email.html", context)
    message = EmailMultiAlternatives(
        subject=subject, body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[digest.email]
    )
    message.attach_alternative(html, "text/html")
    return message


def start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def send_digests(
    *,
    today: date | None = None,
    since: datetime | None = None,
    base_url: str = "",
    dry_run: bool = False,
) -> DigestRun:
    """Build every user's digest and send those with something to report (unless dry run)."""
    today = today or timezone.localdate()
    since = since or start_of(today - DEFAULT_PERIOD)
    base = base_url.rstrip("/")

    def build_url(path: str) -> str:
        return f"{base}{path}"

    messages, empty, without_email = [], 0, 0
    for user in recipients():
        if not email_of(user):
            without_email += 1
            continue
        digest = digest_for(user, today=today, since=since)
        if digest.is_empty:
            empty += 1
            continue
        messages.append(render_digest(digest, today=today, since=since, build_url=build_url))
    if messages and not dry_run:
        get_connection().send_messages(messages)
    return DigestRun(
        messages=messages, nothing_to_report=empty, without_email=without_email, sent=not dry_run
    )
