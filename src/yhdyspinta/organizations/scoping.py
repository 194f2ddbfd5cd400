"""Loading records for a user: what a user may see, and `get_*_for_user` that answer
404 to outsiders and 403 to read-only users who try to write."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from .models import AccessLevel, Body, Counterpart, Organization, Person
from .rules import COUNTY_LEVELS, account_of


def visible_organizations(user) -> QuerySet[Organization]:
    """Organisations whose page the user opens: every organisation of her county (public
    information); what the page shows of their records follows `record_owners`."""
    qs = Organization.objects.all()
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    county_id = account.organization.county_id
    return qs.filter(Q(pk=county_id) | Q(parent_county_id=county_id))


def record_owners(user) -> QuerySet[Organization]:
    """Organisations whose records (people, roles, bodies, counterpart pairs) the user reads:
    the rule `can_read_owned` as a query. An NGO account reads its own organisation only."""
    account = account_of(user)
    if account is not None and account.level == AccessLevel.NGO and not user.is_superuser:
        return Organization.objects.filter(pk=account.organization_id)
    return visible_organizations(user)


def writable_organizations(user) -> QuerySet[Organization]:
    """Organisations whose records the user writes: the rule `can_write_owned` as a query.
    Every form offers only these as owners (networks' `writable_owners` pattern)."""
    qs = Organization.objects.all()
    if user is None or not user.is_authenticated:
        return qs.none()
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    if account.level in COUNTY_LEVELS:
        county_id = account.organization.county_id
        return qs.filter(Q(pk=county_id) | Q(parent_county_id=county_id))
    if account.level in (AccessLevel.COORDINATOR, AccessLevel.NGO):
        return qs.filter(pk=account.organization_id)
    return qs.none()


def visible_people(user) -> QuerySet[Person]:
    return Person.objects.select_related("organization").filter(
        organization__in=record_owners(user)
    )


def writable_people(user) -> QuerySet[Person]:
    """People the user may name in a record she writes (a role holder, a body member, the
    municipality side of a counterpart pair)."""
    return Person.objects.select_related("organization").filter(
        organization__in=writable_organizations(user)
    )


def county_people(user) -> QuerySet[Person]:
    """People of the counties of the organisations the user writes: the county side of a
    counterpart pair that she names for her municipality."""
    writable = writable_organizations(user)
    return Person.objects.select_related("organization").filter(
        Q(organization__in=writable.values("parent_county"))
        | Q(organization__in=writable.filter(kind=Organization.Kind.COUNTY).values("pk")),
        organization__kind=Organization.Kind.COUNTY,
    )


def visible_bodies(user) -> QuerySet[Body]:
    return Body.objects.select_related("organization").filter(organization__in=record_owners(user))


def writable_bodies(user) -> QuerySet[Body]:
    return Body.objects.select_related("organization").filter(
        organization__in=writable_organizations(user)
    )


def visible_counterparts(user) -> QuerySet[Counterpart]:
    return Counterpart.objects.filter(municipality__in=record_owners(user))


def get_for_user(request, queryset: QuerySet, pk, *, write: bool = False, perm: str = ""):
    """The object with this pk if the user may read it (else 404); with write=True, also
    check the change permission (else 403)."""
    model = queryset.model
    try:
        obj = queryset.get(pk=pk)
    except (model.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    meta = model._meta
    if not request.user.has_perm(f"{meta.app_label}.view_{meta.model_name}", obj):
        raise Http404
    if write and not request.user.has_perm(
        perm or f"{meta.app_label}.change_{meta.model_name}", obj
    ):
        raise PermissionDenied
    return obj
