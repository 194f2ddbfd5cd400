"""Helpers shared by the rounds views."""

from django.http import Http404

from ..scoping import county_of


def county_or_404(request):
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county
