"""The calendar subscription page and the feed itself."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ..scoping import county_of, own_municipality
from .events import events_for
from .ical import render_calendar
from .tokens import regenerate, token_for, user_for_token


def _reader_or_404(request):
    county = county_of(request.user)
    if county is None:
        raise Http404
    return county


def feed_url(request, secret: str) -> str:
    return request.build_absolute_uri(reverse("rounds_feeds:calendar_feed", args=[secret]))


@login_required
@require_GET
def subscription(request):
    county = _reader_or_404(request)
    token = token_for(request.user)
    url = feed_url(request, token.token)
    webcal_url = "webcal://" + url.split("://", 1)[1]
    return render(
        request,
        "rounds/feeds/subscription.html",
        {
            "county": county,
            "token": token,
            "feed_url": url,
            "webcal_url": webcal_url,
            "event_count": len(events_for(request.user)),
            "is_coordinator": own_municipality(request.user) is not None,
        },
    )


@login_required
@require_POST
def subscription_regenerate(request):
    _reader_or_404(request)
    regenerate(request.user)
    messages.success(
        request,
        _(
            "A new calendar address was made. The old address no longer works: update it in your "
            "calendar application."
        ),
    )
    return redirect("rounds_feeds:subscription")


@require_GET
def calendar_feed(request, token: str):
    """The feed for calendar applications: no session, the token is the key."""
    user = user_for_token(token)
    if user is None or county_of(user) is None:
        raise Http404
    name = _("Yhdyspinta: negotiations and deadlines")
    body = render_calendar(events_for(user, request.build_absolute_uri), name=str(name))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="yhdyspinta.ics"'
    response["Cache-Control"] = "private, max-age=900"
    response["X-Robots-Tag"] = "noindex"
    return response
