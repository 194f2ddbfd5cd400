from django.urls import reverse
from django.utils.translation import gettext as _

from .registry import NavItem
from .sections import ADMINISTRATION, HOME


def items(request):
    found = [NavItem(_("What needs me now"), reverse("web:dashboard"), 0, "", HOME)]
    if request.user.is_staff:
        # Django's own administration (users, permissions): for the project's administrators.
        found.append(NavItem(_("User administration"), reverse("admin:index"), 90, "/admin/",
                             ADMINISTRATION))  # fmt: skip
    return found
