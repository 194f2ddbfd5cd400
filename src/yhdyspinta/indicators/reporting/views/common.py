"""Helpers shared by the reporting views."""

from __future__ import annotations

from django.core.exceptions import BadRequest, PermissionDenied
from django.http import Http404, HttpResponse

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.params import InvalidParameterError, int_param

from ...limits import FIRST_YEAR, LAST_YEAR
from .. import rules as reporting_rules


def county_of_user(request) -> Organization:
    """The county of the requesting reader (403 for users who read no county)."""
    if not reporting_rules.is_reader(request.user):
        raise PermissionDenied
    account = account_of(request.user)
    county = account.organization.county if account else None
    if county is None:
        raise Http404
    return county


def organization_in(county: Organization, pk) -> Organization:
    """The county itself or one of its municipalities, else 404."""
    try:
        org = Organization.objects.select_related("parent_county").get(pk=pk)
    except (Organization.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if org.pk != county.pk and not (org.is_municipality and org.parent_county_id == county.pk):
        raise Http404
    return org


def file_response(content: bytes, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def int_query(request, name: str, **bounds) -> int | None:
    """An integer query parameter; a value that is not one within ``bounds`` answers 400."""
    try:
        return int_param(request.GET, name, **bounds)
    except InvalidParameterError as error:
        raise BadRequest(str(error)) from None


def year_query(request, fallback: int) -> int:
    """``?year=`` within the plausible years, else 400; ``fallback`` when not given."""
    year = int_query(request, "year", minimum=FIRST_YEAR, maximum=LAST_YEAR)
    return fallback if year is None else year
