"""Changing an action's status: always with a comment, always recorded."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Action, ActionStatus, ActionStatusChange


@transaction.atomic
def change_action_status(
    action: Action, to_status: str, comment: str, *, user=None, when=None
) -> ActionStatusChange:
    """Set the status and record the change; raises ValidationError and writes nothing when the
    status is unknown, unchanged, or the comment is empty. Permission is the caller's job."""
    comment = (comment or "").strip()
    errors = {}
    if to_status not in ActionStatus.values:
        errors["status"] = _("Choose a status.")
    elif to_status == action.status:
        errors["status"] = _("The action already has this status.")
    if not comment:
        errors["comment"] = _("Write a comment that explains the change.")
    if errors:
        raise ValidationError(errors)
    action = Action.objects.select_for_update().get(pk=action.pk)
    change = ActionStatusChange.objects.create(
        action=action,
        from_status=action.status,
        to_status=to_status,
        comment=comment,
        changed_by=user,
        changed_at=when or timezone.now(),
    )
    action.status = to_status
    action._change_reason = comment
    action.save(update_fields=["status"])
    return change
