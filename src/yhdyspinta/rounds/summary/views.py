"""Download the board summary of a round: county staff and every reader of the county, each
with the findings she may open as pages (``rules.py``: who sees what)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from ..models import Round
from ..scoping import visible_rounds
from .export import FORMATS, export_summary


@login_required
@require_GET
def download(request, slug: str, fmt: str):
    if fmt not in FORMATS:
        raise Http404
    try:
        round_ = visible_rounds(request.user).get(slug=slug)
    except Round.DoesNotExist:
        raise Http404 from None
    if not request.user.has_perm("rounds.view_round", round_):
        raise Http404
    language = (get_language() or "fi")[:2]
    summary = export_summary(round_, fmt, language=language, reader=request.user)
    response = HttpResponse(summary.content, content_type=summary.content_type)
    response["Content-Disposition"] = f'attachment; filename="{summary.filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
