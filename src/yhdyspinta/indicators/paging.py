"""Every list page of indicators shows at most PAGE_SIZE rows, chosen with ?page=."""

from __future__ import annotations

from django.core.paginator import Page, Paginator

PAGE_SIZE = 50


def page_of(request, items, per_page: int = PAGE_SIZE) -> tuple[Page, str]:
    """The requested page (a bad or too large page number gives the first or the last page)
    and the query string without ``page``, for the links to the other pages."""
    page = Paginator(items, per_page).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return page, query.urlencode()
