"""Who may read and write what of the grants.

* County staff (admin, staff) of the call's county read and write everything of the call: its
  applications, reviewer assignments, decisions and usage report approvals.
* An NGO account reads and writes its own organisation's applications only (a draft is edited,
  a submitted one is read) and its own usage reports; another association's application is 404.
* A reviewer (a county-level account assigned to an application) reads that application and
  writes her own review only.
* A municipal coordinator reads the decisions about activity in her municipality.
* Calls are read by every account of the county (and by NGO accounts of the county).

Predicates return bool; they are built on ``organizations.rules``.
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import account_of, county_id_of, is_county_staff, level_of

from .models import Application, Attachment, Decision, GrantCall, Review, UsageReport


def application_of(obj) -> Application:
    if isinstance(obj, Application):
        return obj
    if isinstance(obj, Attachment | Review | Decision):
        return obj.application
    if isinstance(obj, UsageReport):
        return obj.decision.application
    raise TypeError(f"No application rule for {type(obj).__name__}")


def is_call_staff(user, call: GrantCall) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return is_county_staff(user) and county_id_of(user) == call.county_id


def is_applicant(user, application: Application) -> bool:
    account = account_of(user)
    return (
        account is not None
        and account.level == AccessLevel.NGO
        and account.organization_id == application.organization_id
    )


def is_reviewer(user, application: Application) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return Review.objects.filter(application=application, reviewer=user).exists()


def can_read_call(user, call: GrantCall) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or county_id_of(user) == call.county_id


def can_read_application(user, application: Application) -> bool:
    return (
        is_call_staff(user, application.call)
        or is_applicant(user, application)
        or is_reviewer(user, application)
    )


def can_write_application(user, application: Application) -> bool:
    """The applicant edits her draft; staff change a submitted application's status."""
    if is_applicant(user, application):
        return application.is_draft
    return is_call_staff(user, application.call)


def coordinator_sees(user, application: Application) -> bool:
    account = account_of(user)
    if account is None or account.level != AccessLevel.COORDINATOR:
        return False
    return application.municipalities.filter(pk=account.organization_id).exists()


def can_read_decision(user, decision: Decision) -> bool:
    application = decision.application
    if level_of(user) == AccessLevel.BOARD_MEMBER:
        return county_id_of(user) == application.call.county_id
    return can_read_application(user, application) or coordinator_sees(user, application)


@rules.predicate
def can_read(user, obj) -> bool:
    if isinstance(obj, GrantCall):
        return can_read_call(user, obj)
    if isinstance(obj, Decision):
        return can_read_decision(user, obj)
    if isinstance(obj, Review):
        return obj.reviewer_id == user.pk or is_call_staff(user, obj.application.call)
    return can_read_application(user, application_of(obj))


@rules.predicate
def can_write(user, obj) -> bool:
    if isinstance(obj, GrantCall):
        return is_call_staff(user, obj)
    if isinstance(obj, Review):
        return user.is_authenticated and obj.reviewer_id == user.pk
    if isinstance(obj, Decision):
        return is_call_staff(user, obj.application.call)
    if isinstance(obj, UsageReport):
        application = obj.decision.application
        if is_applicant(user, application):
            return obj.approved_at is None
        return is_call_staff(user, application.call)
    return can_write_application(user, application_of(obj))


for _model in ("grantcall", "application", "attachment", "review", "decision", "usagereport"):
    rules.add_perm(f"grants.view_{_model}", can_read)
    rules.add_perm(f"grants.change_{_model}", can_write)
rules.add_perm("grants.add_project", rules.predicate(is_county_staff))
