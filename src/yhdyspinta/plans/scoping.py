"""What of the plans a user sees, and loading plan records for a user: outsiders 404,
read-only users 403 on writes (``get_for_user`` of organizations with this app's rules)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import account_of, can_write_owned, is_reader_of_county
from yhdyspinta.organizations.scoping import get_for_user

from .models import Goal, Measure, MeasureIndicator, Milestone, Plan, Statement
from .rules import PLAN_OWNER_KINDS


def county_of(user) -> Organization | None:
    if not is_reader_of_county(user):
        return None
    account = account_of(user)
    return account.organization.county if account else None


def county_or_404(request) -> Organization:
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county


def visible_plans(user) -> QuerySet[Plan]:
    qs = Plan.objects.select_related("owner")
    if user.is_superuser:
        return qs
    county = county_of(user)
    return qs.in_county(county.pk) if county else qs.none()


def plan_owner_choices(user) -> QuerySet[Organization]:
    county = county_of(user)
    if county is None:
        return Organization.objects.none()
    return (
        Organization.objects.in_county(county)
        .filter(kind__in=PLAN_OWNER_KINDS)
        .order_by("kind", "name_fi")
    )


def writable_plan_owners(user) -> list[Organization]:
    return [org for org in plan_owner_choices(user) if can_write_owned(user, org)]


def writable_responsible_organizations(user, plan: Plan) -> list[Organization]:
    """Organisations the user may make responsible for a measure of the plan: those she may
    write (a coordinator her own municipality, county staff any organisation of the county)."""
    county = plan.owner.county
    if county is None:
        return []
    orgs = Organization.objects.in_county(county).order_by("kind", "name_fi")
    return [org for org in orgs if can_write_owned(user, org)]


def get_plan_for_user(request, pk, *, write: bool = False) -> Plan:
    return get_for_user(request, Plan.objects.select_related("owner"), pk, write=write)


def get_milestone_for_user(request, pk, *, write: bool = False) -> Milestone:
    qs = Milestone.objects.select_related("plan__owner")
    return get_for_user(request, qs, pk, write=write)


def get_goal_for_user(request, pk, *, write: bool = False) -> Goal:
    return get_for_user(request, Goal.objects.select_related("plan__owner"), pk, write=write)


def get_measure_for_user(request, pk, *, write: bool = False) -> Measure:
    qs = Measure.objects.select_related("goal__plan__owner", "responsible_organization")
    return get_for_user(request, qs, pk, write=write)


def get_measure_indicator_for_user(request, pk, *, write: bool = False) -> MeasureIndicator:
    qs = MeasureIndicator.objects.select_related(
        "measure__goal__plan__owner", "measure__responsible_organization", "indicator"
    )
    return get_for_user(request, qs, pk, write=write)


def get_statement_for_user(request, pk, *, write: bool = False) -> Statement:
    qs = Statement.objects.select_related("plan__owner", "body", "municipality")
    return get_for_user(request, qs, pk, write=write)
