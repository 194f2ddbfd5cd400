from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.web.registry import NavItem
from yhdyspinta.web.sections import DIRECTORY

from .models import AccessLevel
from .rules import level_of


def items(request):
    # The directory names the county's and the municipalities' people: not for an NGO account.
    directory = (
        []
        if level_of(request.user) == AccessLevel.NGO
        else [
            NavItem(
                _("Contact directory"),
                reverse("organizations:directory"),
                10,
                "/directory/",
                DIRECTORY,
            )
        ]
    )
    return [
        *directory,
        NavItem(
            _("Organisations"),
            reverse("organizations:organization_list"),
            80,
            "/organizations/",
            DIRECTORY,
        ),
        NavItem(_("People"), reverse("organizations:person_list"), 81, "/people/", DIRECTORY),
        NavItem(_("Bodies"), reverse("organizations:body_list"), 82, "/bodies/", DIRECTORY),
        NavItem(_("Themes"), reverse("organizations:theme_list"), 83, "/themes/", DIRECTORY),
    ]
