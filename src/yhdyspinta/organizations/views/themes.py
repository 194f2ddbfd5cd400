from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..forms import ThemeForm
from ..models import Theme
from ..rules import account_of
from ..scoping import get_for_user


def _county(request):
    account = account_of(request.user)
    return account.organization.county if account else None


@login_required
def theme_list(request):
    county = _county(request)
    themes = Theme.objects.for_county(county).select_related("county")
    page, query = page_of(
        request, themes.filter(parent__isnull=True).order_by("order", "name_fi", "pk")
    )
    roots = list(page.object_list)
    children = {}
    for theme in themes.filter(parent__in=roots):
        children.setdefault(theme.parent_id, []).append(theme)
    return render(
        request,
        "organizations/theme_list.html",
        {
            "tree": [(root, children.get(root.pk, [])) for root in roots],
            "page": page,
            "query": query,
            "can_add": request.user.has_perm("organizations.add_theme", None),
        },
    )


@login_required
def theme_create(request):
    if not request.user.has_perm("organizations.add_theme", None):
        raise PermissionDenied
    county = _county(request)

    def attach(theme):
        theme.county = county

    return edit_object(
        request,
        form_class=ThemeForm,
        before_save=attach,
        title=_("New theme"),
        cancel_url=reverse("organizations:theme_list"),
        success_url=reverse("organizations:theme_list"),
    )


@login_required
def theme_edit(request, pk):
    theme = get_for_user(request, Theme.objects.all(), pk, write=True)
    return edit_object(
        request,
        form_class=ThemeForm,
        instance=theme,
        title=_("Edit theme"),
        cancel_url=reverse("organizations:theme_list"),
        success_url=reverse("organizations:theme_list"),
        extra_context={"history": history_for(theme)},
    )
