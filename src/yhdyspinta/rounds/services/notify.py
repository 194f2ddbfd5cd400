"""The dialogue: writing a comment and telling the other side by e-mail.

A comment by county staff goes to the municipality side: the HYTE coordinators of the
municipalities the target concerns (the action's owner, the request's municipality, the
finding's municipalities). A comment by a coordinator goes to the county side: the county's
partnership managers and the action's responsible person. People from the other side who have
written in the thread before are told as well. Recipients are found by their roles.
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Organization, Person, Role, RoleKind
from yhdyspinta.organizations.rules import account_of

from ..models import Action, Comment, Finding, Request


def _target_field(target) -> str:
    for name, model in (("finding", Finding), ("action", Action), ("request", Request)):
        if isinstance(target, model):
            return name
    raise TypeError(f"Cannot comment on {type(target).__name__}")


def _county_of(target) -> Organization:
    if isinstance(target, Request):
        return target.municipality.parent_county
    return target.round.county


def _municipalities_of(target) -> list[Organization]:
    if isinstance(target, Request):
        return [target.municipality]
    if isinstance(target, Action):
        return [target.owner] if target.owner.is_municipality else []
    county = target.round.county
    if target.all_municipalities:
        return list(Organization.objects.filter(parent_county=county).municipalities())
    return list(target.municipalities.all())


def _emails(people) -> set[str]:
    return {p.email for p in people if p.email}


def _role_holders(org_ids, kind) -> set[str]:
    people = Person.objects.filter(
        pk__in=Role.objects.active().filter(organization_id__in=org_ids, kind=kind).values("person")
    )
    return _emails(people)


def _user_email(user) -> str:
    person = Person.objects.filter(user=user).first()
    return (person.email if person and person.email else user.email) or ""


def recipients_for(comment: Comment) -> set[str]:
    target = comment.target
    county = _county_of(target)
    author_org = comment.author_organization
    from_county = author_org is not None and author_org.is_county
    if from_county:
        orgs = [m.pk for m in _municipalities_of(target)]
        found = _role_holders(orgs, RoleKind.COORDINATOR)
    else:
        found = _role_holders([county.pk], RoleKind.PARTNERSHIP_MANAGER)
        if isinstance(target, Action) and target.owner_person_id and target.owner.is_county:
            found |= _emails([target.owner_person])
    earlier = Comment.objects.filter(**{_target_field(target): target}).exclude(pk=comment.pk)
    for other in earlier.select_related("author", "author_organization"):
        other_org = other.author_organization
        if (
            other.author is not None
            and other_org is not None
            and other_org.is_county != from_county
        ):
            found.add(_user_email(other.author))
    found.discard(_user_email(comment.author) if comment.author else "")
    found.discard("")
    return found


def add_comment(target, user, text: str, *, build_url=None) -> tuple[Comment, set[str]]:
    """Save the comment (ValidationError and nothing written when it is empty), then e-mail the
    other side. Returns the comment and the addresses that were told."""
    account = account_of(user)
    comment = Comment(
        author=user,
        author_organization=account.organization if account else None,
        text=(text or "").strip(),
        **{_target_field(target): target},
    )
    comment.full_clean()
    if not comment.text:
        raise ValidationError({"text": _("Write a comment.")})
    with transaction.atomic():
        comment.save()
    recipients = recipients_for(comment)
    if recipients:
        url = build_url(target.get_absolute_url()) if build_url else target.get_absolute_url()
        author = (user.get_full_name() or user.username) if user else ""
        send_mail(
            subject=_("New comment: %(target)s") % {"target": str(target)[:60]},
            message=_("%(author)s (%(org)s) wrote:\n\n%(text)s\n\nReply: %(url)s")
            % {
                "author": author,
                "org": comment.author_organization,
                "text": comment.text,
                "url": url,
            },
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=sorted(recipients),
        )
    return comment, recipients
