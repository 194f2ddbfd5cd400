from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import delete_object, edit_object
from yhdyspinta.web.paging import page_of

from ..directory import build_directory
from ..forms import CounterpartForm, MunicipalityThemeFilterForm
from ..models import AccessLevel, Counterpart, Organization, Theme
from ..rules import account_of
from ..scoping import get_for_user


def _county_of(request) -> Organization:
    account = account_of(request.user)
    if account is None or account.organization.county is None:
        raise Http404
    return account.organization.county


MUNICIPALITIES_PER_PAGE = 10


@login_required
def contact_directory(request):
    """Pick a municipality and a theme: who answers for it in the county and the municipality.

    The directory names people of the county and of its municipalities: an NGO account, which
    reads its own organisation's records only, gets 404. Without a chosen municipality the
    municipalities are shown a page at a time."""
    county = _county_of(request)
    account = account_of(request.user)
    if account.level == AccessLevel.NGO:
        raise Http404
    municipalities = Organization.objects.filter(
        parent_county=county, kind=Organization.Kind.MUNICIPALITY
    ).order_by("name_fi", "pk")
    themes = Theme.objects.for_county(county).select_related("parent")
    data = request.GET.copy()
    if "municipality" not in data and account.level == AccessLevel.COORDINATOR:
        data["municipality"] = str(account.organization_id)
    form = MunicipalityThemeFilterForm(data, municipalities=municipalities, themes=themes)
    valid = form.is_valid()
    chosen_municipality = form.cleaned_data.get("municipality")
    chosen_theme = form.cleaned_data.get("theme")
    page, query = page_of(request, municipalities, MUNICIPALITIES_PER_PAGE)
    rows = build_directory(
        county,
        [chosen_municipality] if chosen_municipality else list(page.object_list),
        [chosen_theme] if chosen_theme else list(themes),
    )
    gaps = sum(1 for row in rows if row.has_gap)
    return render(
        request,
        "organizations/directory.html",
        {
            "form": form,
            "rows": rows,
            "gaps": gaps,
            "county": county,
            "page": page,
            "query": query,
            "can_add_counterpart": request.user.has_perm(
                "organizations.add_counterpart", chosen_municipality
            )
            if chosen_municipality
            else request.user.has_perm("organizations.add_counterpart", None),
            "chosen_municipality": chosen_municipality,
            "chosen_theme": chosen_theme,
        },
        status=200 if valid else 400,
    )


@login_required
def counterpart_create(request):
    initial = {k: request.GET[k] for k in ("municipality", "theme") if request.GET.get(k)}

    def check(pair):
        if not request.user.has_perm("organizations.add_counterpart", pair.municipality):
            raise PermissionDenied

    if not (
        request.user.has_perm("organizations.add_counterpart", None) or _is_coordinator(request)
    ):
        raise PermissionDenied
    return edit_object(
        request,
        form_class=CounterpartForm,
        initial=initial,
        before_save=check,
        title=_("New counterpart pair"),
        cancel_url=reverse("organizations:directory"),
        success_url=lambda pair: (
            reverse("organizations:directory") + f"?municipality={pair.municipality_id}"
        ),
    )


def _is_coordinator(request) -> bool:
    account = account_of(request.user)
    return account is not None and account.level == AccessLevel.COORDINATOR


@login_required
def counterpart_edit(request, pk):
    pair = get_for_user(request, Counterpart.objects.all(), pk, write=True)
    back = reverse("organizations:directory") + f"?municipality={pair.municipality_id}"
    return edit_object(
        request,
        form_class=CounterpartForm,
        instance=pair,
        title=_("Edit counterpart pair"),
        cancel_url=back,
        success_url=back,
    )


@login_required
def counterpart_delete(request, pk):
    pair = get_for_user(request, Counterpart.objects.all(), pk, write=True)
    back = reverse("organizations:directory") + f"?municipality={pair.municipality_id}"
    return delete_object(
        request, pair, title=_("Delete counterpart pair"), cancel_url=back, success_url=back
    )
