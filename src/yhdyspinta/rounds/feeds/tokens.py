"""The secret in a personal calendar feed URL.

A token is random and stored (``CalendarToken``): a calendar application presents it instead of
a session. Regenerating replaces it, so the old URL stops working at once. A token only opens
the feed of an active user who still reads a county; what the feed lists follows the user's
access at the time of each fetch.
"""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from ..models.calendar import CalendarToken, new_token

# Calendar applications poll often; recording every fetch would write on every poll.
LAST_USED_RESOLUTION = timedelta(minutes=15)


def token_for(user) -> CalendarToken:
    """The user's token, created on first use."""
    token, _created = CalendarToken.objects.get_or_create(user=user)
    return token


@transaction.atomic
def regenerate(user) -> CalendarToken:
    """Give the user a new secret; the old feed URL answers 404 from now on."""
    token, created = CalendarToken.objects.select_for_update().get_or_create(user=user)
    if not created:
        token.token = new_token()
        token.created = timezone.now()
        token.last_used = None
        token.save(update_fields=["token", "created", "last_used"])
    return token


def user_for_token(secret: str):
    """The active user whose token this is (recording the use), or None."""
    if not secret or len(secret) > CalendarToken._meta.get_field("token").max_length:
        return None
    found = (
        CalendarToken.objects.select_related("user").filter(token=secret, user__is_active=True)
    ).first()
    if found is None:
        return None
    now = timezone.now()
    if found.last_used is None or now - found.last_used >= LAST_USED_RESOLUTION:
        CalendarToken.objects.filter(pk=found.pk).update(last_used=now)
        found.last_used = now
    return found.user
