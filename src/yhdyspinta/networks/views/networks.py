"""The register: list with filters, a network's page, creating and editing networks and their
member organisations and people."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import delete_object, edit_object
from yhdyspinta.web.params import InvalidParameterError

from ..forms import MemberForm, NetworkForm, PersonMemberForm
from ..history import network_history
from ..models import Network, NetworkMember, NetworkPerson
from ..scoping import county_or_404, visible_networks, writable_owners
from ..services.register import RegisterFilter, filter_choices, list_rows

PAGE_SIZE = 100


@login_required
def network_list(request):
    county = county_or_404(request)
    errors = {}
    try:
        chosen = RegisterFilter.from_params(request.GET)
    except InvalidParameterError as error:
        chosen, errors = RegisterFilter(), error.as_dict()
    networks = list_rows(chosen.apply(visible_networks(request.user)))
    page = Paginator(networks, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "networks/network_list.html",
        {
            "networks": page.object_list,
            "page": page,
            "errors": errors,
            "chosen": chosen,
            "query": chosen.as_query(),
            "can_add": request.user.has_perm("networks.add_network"),
            **filter_choices(county),
        },
        status=400 if errors else 200,
    )


def _network_qs():
    return Network.objects.select_related(
        "owner",
        "reports_to_body",
        "reports_to_network",
        "contact_person",
    )


@login_required
def network_detail(request, pk):
    network = get_for_user(request, _network_qs(), pk)
    members = network.members.select_related("organization")
    people = network.people.select_related("person", "person__organization")
    return render(
        request,
        "networks/network_detail.html",
        {
            "network": network,
            "themes": network.themes.all(),
            "members": members,
            "people": people,
            "reporting": network.reporting_networks.select_related("owner"),
            "can_edit": request.user.has_perm("networks.change_network", network),
            "history": network_history(network),
        },
    )


@login_required
def network_create(request):
    county = county_or_404(request)
    if not request.user.has_perm("networks.add_network") or not writable_owners(
        request.user, county
    ):
        raise PermissionDenied
    return edit_object(
        request,
        form_class=NetworkForm,
        title=_("New cooperation network"),
        cancel_url=reverse("networks:network_list"),
    )


@login_required
def network_edit(request, pk):
    network = get_for_user(request, _network_qs(), pk, write=True)
    return edit_object(
        request,
        form_class=NetworkForm,
        instance=network,
        title=_("Edit %(name)s") % {"name": network.name},
        cancel_url=network.get_absolute_url(),
    )


@login_required
def network_delete(request, pk):
    network = get_for_user(
        request, Network.objects.all(), pk, write=True, perm="networks.delete_network"
    )
    return delete_object(
        request,
        network,
        title=_("Delete %(name)s?") % {"name": network.name},
        cancel_url=network.get_absolute_url(),
        success_url=reverse("networks:network_list"),
    )


def _members_context(request, network, member_form=None, person_form=None):
    return {
        "network": network,
        "members": network.members.select_related("organization"),
        "people": network.people.select_related("person", "person__organization"),
        "member_form": member_form or MemberForm(user=request.user, network=network),
        "person_form": person_form or PersonMemberForm(user=request.user, network=network),
    }


@login_required
def network_members(request, pk):
    """Member organisations and people: add and remove (HTMX swaps the section)."""
    write = request.method == "POST"
    network = get_for_user(request, Network.objects.select_related("owner"), pk, write=write)
    if not request.user.has_perm("networks.change_network", network):
        raise PermissionDenied
    member_form = person_form = None
    status = 200
    if write:
        kind = request.POST.get("kind")
        if kind == "organization":
            member_form = MemberForm(request.POST, user=request.user, network=network)
            form = member_form
        elif kind == "person":
            person_form = PersonMemberForm(request.POST, user=request.user, network=network)
            form = person_form
        else:
            raise PermissionDenied
        if form.is_valid():
            try:
                with transaction.atomic():
                    obj = form.save(commit=False)
                    obj.full_clean()
                    obj.save()
            except ValidationError as exc:
                form.add_error(None, exc.messages)
            except IntegrityError:
                form.add_error(None, _("Already a member."))
        if form.errors:
            status = 400
        else:
            messages.success(request, _("Saved."))
            member_form = person_form = None
            if not request.htmx:
                return redirect("networks:network_members", pk=network.pk)
    context = _members_context(request, network, member_form, person_form)
    template = (
        "networks/partials/_members.html" if request.htmx else "networks/network_members.html"
    )
    return render(request, template, context, status=status)


@login_required
@require_POST
def member_remove(request, pk, kind, member_pk):
    network = get_for_user(request, Network.objects.select_related("owner"), pk, write=True)
    model = {"organization": NetworkMember, "person": NetworkPerson}.get(kind)
    if model is None:
        raise PermissionDenied
    deleted, _rows = model.objects.filter(network=network, pk=member_pk).delete()
    if deleted:
        messages.success(request, _("Removed."))
    if request.htmx:
        return render(
            request, "networks/partials/_members.html", _members_context(request, network)
        )
    return redirect("networks:network_members", pk=network.pk)
