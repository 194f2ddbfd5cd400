"""County staff's list of the associations' self-registrations: who registered for which
organisation, whether she confirmed her e-mail, and the organisations the registrations created,
which staff check (the name, the business ID, the county) and mark checked."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.rules import county_id_of, is_county_staff
from yhdyspinta.web.paging import page_of

from ..models import Registration

AWAITING = Q(created_organization=True, org_checked=False)


def _county_registrations(user):
    if not is_county_staff(user):
        raise PermissionDenied
    registrations = Registration.objects.select_related("user", "organization")
    if user.is_superuser:
        return registrations
    return registrations.filter(organization__parent_county_id=county_id_of(user))


def awaiting_count(user) -> int:
    return _county_registrations(user).filter(AWAITING).count()


@login_required
def registration_list(request):
    registrations = _county_registrations(request.user)
    show_all = request.GET.get("all") == "1"
    if not show_all:
        registrations = registrations.filter(AWAITING)
    page, query = page_of(request, registrations.order_by("-registered_at", "-pk"))
    return render(
        request,
        "grants/registration_list.html",
        {"page": page, "query": query, "registrations": page.object_list, "show_all": show_all},
    )


@login_required
@require_POST
def registration_check(request, pk):
    registration = _county_registrations(request.user).filter(pk=pk).first()
    if registration is None:
        raise Http404
    if not registration.org_checked:
        registration.org_checked = True
        registration.save(update_fields=["org_checked"])
    messages.success(
        request,
        _("%(organisation)s was marked checked.") % {"organisation": registration.organization},
    )
    return redirect(reverse("grants:registration_list"))
