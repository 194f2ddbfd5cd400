"""Helpers shared by the rounds views."""

from django.core.paginator import Paginator
from django.http import Http404

from ..scoping import county_of


def county_or_404(request):
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county


PAGE_SIZE = 100  # rows of one list page at most


def paged(request, items, *, param: str = "page", size: int | None = None):
    """One page of ``items`` (a page number that is not one shows the first or the last page)
    and the query string without ``param``, for the links of ``partials/_pages.html``."""
    page = Paginator(items, size or PAGE_SIZE).get_page(request.GET.get(param))
    query = request.GET.copy()
    query.pop(param, None)
    return page, query.urlencode()
