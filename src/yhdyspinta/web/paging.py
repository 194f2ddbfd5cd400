"""One page of a list: every list page shows at most ``per_page`` rows, chosen with ?page=
(or another parameter when a page shows two lists), with web/partials/_pages.html for the links."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

PAGE_SIZE = 50


def page_of(request, items, per_page: int = PAGE_SIZE, *, param: str = "page") -> tuple[Page, str]:
    """The requested page (a bad or too large page number gives the first or the last page)
    and the query string without ``param``, for the links to the other pages."""
    page = Paginator(items, per_page).get_page(request.GET.get(param))
    query = request.GET.copy()
    query.pop(param, None)
    return page, query.urlencode()
