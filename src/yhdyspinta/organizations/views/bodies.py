from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..forms import BodyForm, BodyMembershipForm
from ..models import Body
from ..scoping import get_for_user, visible_bodies, visible_people


@login_required
def body_list(request):
    bodies = visible_bodies(request.user).annotate(members=Count("memberships"))
    page, query = page_of(
        request, bodies.order_by("organization__kind", "organization__name_fi", "kind", "pk")
    )
    return render(
        request,
        "organizations/body_list.html",
        {
            "bodies": page.object_list,
            "page": page,
            "query": query,
            "can_add": request.user.has_perm("organizations.add_body"),
        },
    )


@login_required
def body_detail(request, pk):
    body = get_for_user(request, visible_bodies(request.user), pk)
    memberships = (
        body.memberships.active()
        .filter(person__in=visible_people(request.user))
        .select_related("person", "term", "person__organization")
    )
    return render(
        request,
        "organizations/body_detail.html",
        {
            "body": body,
            "memberships": memberships,
            "can_edit": request.user.has_perm("organizations.change_body", body),
            "history": history_for(body),
        },
    )


@login_required
def body_create(request):
    if not request.user.has_perm("organizations.add_body"):
        raise PermissionDenied
    return edit_object(
        request,
        form_class=BodyForm,
        title=_("New body"),
        cancel_url=reverse("organizations:body_list"),
    )


@login_required
def body_edit(request, pk):
    body = get_for_user(request, Body.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=BodyForm,
        instance=body,
        title=_("Edit body"),
        cancel_url=body.get_absolute_url(),
    )


@login_required
def membership_create(request, body_pk):
    body = get_for_user(request, Body.objects.all(), body_pk, write=True)

    def attach(membership):
        membership.body = body

    return edit_object(
        request,
        form_class=BodyMembershipForm,
        before_save=attach,
        title=_("Add a member to %(body)s") % {"body": body.name},
        cancel_url=body.get_absolute_url(),
        success_url=body.get_absolute_url(),
    )
