"""Who may see and do what in reporting (goals, templates, commentary, reviews).

County staff (and admins) of the county edit goals and templates and record approvals;
coordinators write commentary for their own municipality only; board members read;
NGO users and other counties see nothing. Published reports need no login.
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.models import AccessLevel
from yhdyspinta.organizations.rules import (
    can_write_owned,
    county_id_of,
    is_county_admin,
    is_county_staff,
    level_of,
)

from ..models import (
    GoalTarget,
    HyteCoefficientIndicator,
    ReportCommentary,
    ReportSection,
    ReportTemplate,
    SharedGoal,
)

READERS = (
    AccessLevel.COUNTY_ADMIN,
    AccessLevel.COUNTY_STAFF,
    AccessLevel.COORDINATOR,
    AccessLevel.BOARD_MEMBER,
)


def county_of(obj):
    """The county a reporting record hangs under."""
    if isinstance(obj, SharedGoal | ReportTemplate | HyteCoefficientIndicator):
        return obj.county
    if isinstance(obj, GoalTarget):
        return obj.goal.county
    if isinstance(obj, ReportSection):
        return obj.template.county
    if isinstance(obj, ReportCommentary):
        return obj.section.template.county
    return obj.county  # an Organization


@rules.predicate
def is_reader(user) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or level_of(user) in READERS


@rules.predicate
def can_read_county(user, obj) -> bool:
    """Read a record of a county (or an organisation of it): readers of that county."""
    if not is_reader(user):
        return False
    if obj is None or user.is_superuser:
        return True
    county = county_of(obj)
    return county is not None and county.pk == county_id_of(user)


@rules.predicate
def can_edit_county(user, obj) -> bool:
    if not is_county_staff(user):
        return False
    if obj is None or user.is_superuser:
        return True
    county = county_of(obj)
    return county is not None and county.pk == county_id_of(user)


@rules.predicate
def can_edit_template(user, template) -> bool:
    """Approved versions are frozen for everyone; changes go into a new version."""
    return can_edit_county(user, template) and (template is None or template.is_editable)


@rules.predicate
def can_edit_section(user, section) -> bool:
    return can_edit_county(user, section) and (section is None or section.template.is_editable)


@rules.predicate
def can_edit_coefficient(user, obj) -> bool:
    return is_county_admin(user) and can_edit_county(user, obj)


@rules.predicate
def can_write_commentary(user, commentary) -> bool:
    """Coordinators: their own municipality; county staff: everything in the county."""
    return (
        commentary is not None
        and can_write_owned(user, commentary.organization)
        and (can_read_county(user, commentary))
    )


@rules.predicate
def can_publish(user, organization) -> bool:
    return organization is not None and can_write_owned(user, organization)


for name in ("sharedgoal", "goaltarget", "reporttemplate", "reportsection", "reportcommentary"):
    rules.add_perm(f"indicators.view_{name}", can_read_county)
rules.add_perm("indicators.change_reportsection", can_edit_section)
rules.add_perm("indicators.delete_reportsection", can_edit_section)
for name in ("sharedgoal", "goaltarget"):
    rules.add_perm(f"indicators.change_{name}", can_edit_county)
    rules.add_perm(f"indicators.delete_{name}", can_edit_county)
rules.add_perm("indicators.add_sharedgoal", can_edit_county)
rules.add_perm("indicators.add_reporttemplate", can_edit_county)
rules.add_perm("indicators.change_reporttemplate", can_edit_template)
rules.add_perm("indicators.approve_reporttemplate", can_edit_county)
rules.add_perm("indicators.change_reportcommentary", can_write_commentary)
rules.add_perm("indicators.add_reportpublication", can_publish)
rules.add_perm("indicators.view_hytecoefficientindicator", can_read_county)
rules.add_perm("indicators.change_hytecoefficientindicator", can_edit_coefficient)
rules.add_perm("indicators.delete_hytecoefficientindicator", can_edit_coefficient)
rules.add_perm("indicators.add_hytecoefficientindicator", can_edit_coefficient)
