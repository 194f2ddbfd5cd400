"""Helpers shared by the rounds views."""

from django.http import Http404

from yhdyspinta.web.paging import page_of

from ..scoping import county_of


def county_or_404(request):
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county


PAGE_SIZE = 100  # rows of one list page of the rounds app at most


def paged(request, items, *, param: str = "page"):
    return page_of(request, items, PAGE_SIZE, param=param)
