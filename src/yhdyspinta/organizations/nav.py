from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem


def items(request):
    return [
        NavItem(_("Front page"), reverse("web:dashboard"), order=0),
        NavItem(_("Contact directory"), reverse("organizations:directory"), 10, "/directory/"),
        NavItem(
            _("Organisations"), reverse("organizations:organization_list"), 80, "/organizations/"
        ),
        NavItem(_("People"), reverse("organizations:person_list"), 81, "/people/"),
        NavItem(_("Bodies"), reverse("organizations:body_list"), 82, "/bodies/"),
        NavItem(_("Themes"), reverse("organizations:theme_list"), 83, "/themes/"),
    ]
