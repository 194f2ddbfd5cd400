"""Staff's pages for creating and editing calls (criteria and eligibility rules included),
projects and their funding reservations."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import is_county_staff

from ..rules import is_call_staff
from ..scoping import county_or_404, get_call_for_user, visible_projects
from ..staff_forms import CallForm, ProjectForm, ReservationForm
from .common import form_page


def _staff_county(request) -> Organization:
    county = county_or_404(request)
    if not is_county_staff(request.user):
        raise PermissionDenied
    return county


def _project(request, pk):
    from django.http import Http404

    project = visible_projects(request.user).select_related("county").filter(pk=pk).first()
    if project is None:
        raise Http404
    if not is_county_staff(request.user):
        raise PermissionDenied
    return project


def _save_call(request, form, title, cancel):
    if request.method == "POST" and form.is_valid():
        call = form.save()
        messages.success(request, _("The call was saved."))
        return redirect(call.get_absolute_url())
    return form_page(request, form, title=title, cancel_url=cancel)


@login_required
def call_create(request):
    county = _staff_county(request)
    form = CallForm(request.POST or None, user=request.user, county=county)
    return _save_call(request, form, _("New grant call"), reverse("grants:call_list"))


@login_required
def call_edit(request, pk):
    call = get_call_for_user(request, pk, write=True)
    if not is_call_staff(request.user, call):
        raise PermissionDenied
    form = CallForm(request.POST or None, instance=call, user=request.user, county=call.county)
    title = _("Edit the call: %(call)s") % {"call": call.title}
    return _save_call(request, form, title, call.get_absolute_url())


def _save_project(request, form, title):
    cancel = reverse("grants:reservation_list")
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("The project was saved."))
        return redirect(cancel)
    return form_page(request, form, title=title, cancel_url=cancel)


@login_required
def project_create(request):
    county = _staff_county(request)
    form = ProjectForm(request.POST or None, user=request.user, county=county)
    return _save_project(request, form, _("New project"))


@login_required
def project_edit(request, pk):
    project = _project(request, pk)
    form = ProjectForm(
        request.POST or None, instance=project, user=request.user, county=project.county
    )
    return _save_project(request, form, _("Edit the project: %(name)s") % {"name": project.name})


@login_required
def reservation_add(request, pk):
    project = _project(request, pk)
    form = ReservationForm(request.POST or None, user=request.user, project=project)
    title = _("New funding reservation: %(name)s") % {"name": project.name}
    return _save_project(request, form, title)
