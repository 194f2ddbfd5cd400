from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import delete_object, edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..forms import PersonForm, RoleForm
from ..models import Person, Role
from ..scoping import (
    get_for_user,
    record_owners,
    visible_counterparts,
    visible_organizations,
    visible_people,
)


@login_required
def person_list(request):
    query = request.GET.get("q", "").strip()[:200]
    people = visible_people(request.user)
    if query:
        people = people.filter(
            Q(first_name__icontains=query)
            | Q(last_name__icontains=query)
            | Q(title__icontains=query)
            | Q(organization__name_fi__icontains=query)
        )
    page, page_query = page_of(request, people.order_by("last_name", "first_name", "pk"))
    return render(
        request,
        "organizations/person_list.html",
        {"people": page.object_list, "page": page, "query": page_query, "q": query},
    )


@login_required
def person_detail(request, pk):
    person = get_for_user(request, visible_people(request.user), pk)
    owners = record_owners(request.user)
    roles = (
        person.roles.filter(organization__in=owners)
        .select_related("organization", "theme")
        .order_by("-valid_from")
    )
    counterparts = (
        visible_counterparts(request.user)
        .filter(Q(county_person=person) | Q(municipality_person=person))
        .select_related("theme", "municipality", "county_person", "municipality_person")
    )
    memberships = person.body_memberships.filter(body__organization__in=owners).select_related(
        "body", "term"
    )
    return render(
        request,
        "organizations/person_detail.html",
        {
            "person": person,
            "roles": roles,
            "counterparts": counterparts,
            "memberships": memberships,
            "can_edit": request.user.has_perm("organizations.change_person", person),
            "history": history_for(person),
        },
    )


@login_required
def person_create(request):
    org = None
    org_id = request.GET.get("organization") or request.POST.get("organization")
    if org_id:
        org = get_for_user(request, visible_organizations(request.user), org_id)
    if not request.user.has_perm("organizations.add_person", org):
        raise PermissionDenied
    return edit_object(
        request,
        form_class=PersonForm,
        initial={"organization": org.pk} if org else None,
        title=_("New person"),
        cancel_url=org.get_absolute_url() if org else reverse("organizations:person_list"),
    )


@login_required
def person_edit(request, pk):
    person = get_for_user(request, Person.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=PersonForm,
        instance=person,
        title=_("Edit %(name)s") % {"name": person.full_name},
        cancel_url=person.get_absolute_url(),
    )


@login_required
def role_create(request, person_pk):
    person = get_for_user(request, Person.objects.all(), person_pk, write=True)

    def attach(role):
        role.person = person
        if not request.user.has_perm("organizations.add_role", role.organization):
            raise PermissionDenied

    return edit_object(
        request,
        form_class=RoleForm,
        initial={"organization": person.organization_id},
        before_save=attach,
        title=_("New role for %(name)s") % {"name": person.full_name},
        cancel_url=person.get_absolute_url(),
        success_url=lambda role: role.person.get_absolute_url(),
    )


@login_required
def role_edit(request, pk):
    role = get_for_user(request, Role.objects.select_related("person"), pk, write=True)
    return edit_object(
        request,
        form_class=RoleForm,
        instance=role,
        title=_("Edit role"),
        cancel_url=role.person.get_absolute_url(),
        success_url=lambda role: role.person.get_absolute_url(),
    )


@login_required
def role_delete(request, pk):
    role = get_for_user(request, Role.objects.select_related("person"), pk, write=True)
    return delete_object(
        request,
        role,
        title=_("Delete role"),
        cancel_url=role.person.get_absolute_url(),
        success_url=role.person.get_absolute_url(),
    )
