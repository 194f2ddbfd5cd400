"""Loading records for a user: what a user may see, and `get_*_for_user` that answer
404 to outsiders and 403 to read-only users who try to write."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from .models import AccessLevel, Body, Organization, Person
from .rules import account_of


def visible_organizations(user) -> QuerySet[Organization]:
    qs = Organization.objects.all()
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    county_id = account.organization.county_id
    return qs.filter(Q(pk=county_id) | Q(parent_county_id=county_id))


def visible_people(user) -> QuerySet[Person]:
    qs = Person.objects.select_related("organization")
    if user.is_superuser:
        return qs
    account = account_of(user)
    if account is None:
        return qs.none()
    if account.level == AccessLevel.NGO:
        return qs.filter(organization_id=account.organization_id)
    county_id = account.organization.county_id
    return qs.filter(Q(organization_id=county_id) | Q(organization__parent_county_id=county_id))


def visible_bodies(user) -> QuerySet[Body]:
    return Body.objects.select_related("organization").filter(
        organization__in=visible_organizations(user)
    )


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
