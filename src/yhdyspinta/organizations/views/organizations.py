from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Prefetch, Q
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..forms import OrganizationForm
from ..models import Organization, Role
from ..rules import account_of
from ..scoping import (
    get_for_user,
    record_owners,
    visible_bodies,
    visible_counterparts,
    visible_organizations,
    visible_people,
)


@login_required
def organization_list(request):
    kind = request.GET.get("kind", "")
    query = request.GET.get("q", "").strip()[:200]
    orgs = visible_organizations(request.user).annotate(people_count=Count("people"))
    if kind in Organization.Kind.values:
        orgs = orgs.filter(kind=kind)
    if query:
        orgs = orgs.filter(
            Q(name_fi__icontains=query) | Q(name_sv__icontains=query) | Q(code=query)
        )
    page, page_query = page_of(request, orgs.order_by("kind", "name_fi", "pk"))
    return render(
        request,
        "organizations/organization_list.html",
        {
            "organizations": page.object_list,
            "page": page,
            "query": page_query,
            "kinds": Organization.Kind.choices,
            "kind": kind,
            "q": query,
            "can_add": request.user.has_perm("organizations.add_organization"),
        },
    )


@login_required
def organization_detail(request, pk):
    queryset = Organization.objects.select_related("parent_county")
    org = get_for_user(request, queryset, pk)
    # The organisation is public to the county's accounts; its people, bodies and counterpart
    # pairs only to those who read its records (not to an NGO account of another organisation).
    roles = Role.objects.active().filter(organization__in=record_owners(request.user))
    people = (
        visible_people(request.user)
        .filter(organization=org)
        .prefetch_related(Prefetch("roles", queryset=roles.select_related("theme")))
    )
    counterparts = []
    if org.is_municipality:
        counterparts = (
            visible_counterparts(request.user)
            .active()
            .filter(municipality=org)
            .select_related("theme", "county_person", "municipality_person")
            .order_by("theme__order", "theme__name_fi")
        )
    context = {
        "org": org,
        "people": people,
        "bodies": visible_bodies(request.user)
        .filter(organization=org)
        .annotate(members=Count("memberships")),
        "counterparts": counterparts,
        "members": Organization.objects.filter(parent_county=org).order_by("kind", "name_fi")
        if org.is_county
        else [],
        "can_edit": request.user.has_perm("organizations.change_organization", org),
        "can_add_person": request.user.has_perm("organizations.add_person", org),
        "history": history_for(org),
    }
    return render(request, "organizations/organization_detail.html", context)


@login_required
def organization_create(request):
    if not request.user.has_perm("organizations.add_organization"):
        raise PermissionDenied
    account = account_of(request.user)
    initial = {"parent_county": account.organization.county_id} if account else {}
    return edit_object(
        request,
        form_class=OrganizationForm,
        initial=initial,
        title=_("New organisation"),
        cancel_url=reverse("organizations:organization_list"),
    )


@login_required
def organization_edit(request, pk):
    org = get_for_user(request, Organization.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=OrganizationForm,
        instance=org,
        title=_("Edit %(name)s") % {"name": org.name},
        cancel_url=org.get_absolute_url(),
    )
