"""What of the grants a user sees, and loading records for a user (404 to outsiders, 403 to
read-only users who try to write)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from yhdyspinta.organizations.models import AccessLevel, Organization
from yhdyspinta.organizations.rules import account_of, is_county_staff
from yhdyspinta.organizations.scoping import get_for_user

from .models import Application, Decision, GrantCall, Project, Review, UsageReport


def county_of(user) -> Organization | None:
    account = account_of(user)
    return account.organization.county if account else None


def county_or_404(request) -> Organization:
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county


def visible_calls(user) -> QuerySet[GrantCall]:
    if user.is_superuser:
        return GrantCall.objects.all()
    account = account_of(user)
    if account is None:
        return GrantCall.objects.none()
    return GrantCall.objects.filter(county_id=account.organization.county_id)


def visible_applications(user, call: GrantCall | None = None) -> QuerySet[Application]:
    qs = Application.objects.select_related("call", "organization")
    if call is not None:
        qs = qs.filter(call=call)
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    if is_county_staff(user):
        return qs.filter(call__county_id=account.organization.county_id)
    if account.level == AccessLevel.NGO:
        return qs.filter(organization_id=account.organization_id)
    return qs.filter(reviews__reviewer=user)


def visible_decisions(user, call: GrantCall | None = None) -> QuerySet[Decision]:
    qs = Decision.objects.select_related("application__organization", "application__call", "body")
    if call is not None:
        qs = qs.filter(application__call=call)
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    county_id = account.organization.county_id
    if is_county_staff(user) or account.level == AccessLevel.BOARD_MEMBER:
        return qs.filter(application__call__county_id=county_id)
    if account.level == AccessLevel.NGO:
        return qs.filter(application__organization_id=account.organization_id)
    if account.level == AccessLevel.COORDINATOR:
        return qs.filter(application__municipalities=account.organization_id).distinct()
    return qs.none()


def visible_projects(user) -> QuerySet[Project]:
    if user.is_superuser:
        return Project.objects.all()
    account = account_of(user)
    if account is None or account.level == AccessLevel.NGO:
        return Project.objects.none()
    return Project.objects.filter(county_id=account.organization.county_id)


def reviewer_choices(call: GrantCall):
    """County-level accounts of the call's county (staff and board members) may review."""
    from django.contrib.auth import get_user_model

    levels = (AccessLevel.COUNTY_ADMIN, AccessLevel.COUNTY_STAFF, AccessLevel.BOARD_MEMBER)
    return (
        get_user_model()
        .objects.filter(account__organization_id=call.county_id, account__level__in=levels)
        .order_by("last_name", "first_name", "username")
    )


def get_call_for_user(request, pk, *, write=False) -> GrantCall:
    return get_for_user(request, GrantCall.objects.select_related("county"), pk, write=write)


def get_application_for_user(request, pk, *, write=False) -> Application:
    qs = Application.objects.select_related("call__county", "organization")
    return get_for_user(request, qs, pk, write=write)


def get_review_for_user(request, pk, *, write=False) -> Review:
    qs = Review.objects.select_related("application__call", "application__organization")
    return get_for_user(request, qs, pk, write=write)


def get_usage_report_for_user(request, pk, *, write=False) -> UsageReport:
    qs = UsageReport.objects.select_related(
        "decision__application__call", "decision__application__organization"
    )
    return get_for_user(request, qs, pk, write=write)


def reviews_of(user) -> QuerySet[Review]:
    return Review.objects.filter(reviewer=user).select_related(
        "application__organization", "application__call"
    )
