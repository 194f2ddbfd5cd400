"""Requests that no page can answer sensibly are refused with a 400 before any view runs.

A NUL character (0x00) in the address, a query parameter or a form field cannot be stored or
searched on PostgreSQL (its text type has no NUL), and no real user types one: a view that
passed it to the database would answer with a server error. The refusal names the parameter.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

NUL = "\x00"
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _nul_names(request: HttpRequest) -> list[str]:
    names: list[str] = []
    if NUL in request.path:
        names.append(_("the address"))
    sources = [request.GET]
    if request.method == "POST" and request.content_type in FORM_TYPES:
        sources.append(request.POST)
    for source in sources:
        for name, values in source.lists():
            if NUL in name or any(NUL in value for value in values):
                names.append(name.replace(NUL, "\\x00"))
    return names


class RefuseNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        names = _nul_names(request)
        if not names:
            return self.get_response(request)
        message = _("A null character (0x00) is not allowed in: %(names)s.") % {
            "names": ", ".join(names)
        }
        if request.path.startswith("/api/"):
            return JsonResponse({"detail": message}, status=400)
        return render(request, "400.html", {"message": message}, status=400)
