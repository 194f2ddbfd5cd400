"""Who may read and write welfare reports and plans.

* Plans are read by every reader of the county (county staff, coordinators, board members);
  NGO users and other counties' users see nothing (404).
* A plan and everything in it (phases, milestones, workshops, conclusions, goals, statements,
  reviews) is written by whoever may write its owner organisation: county staff for the
  regional plan and the municipalities' plans of their county, a coordinator for her own
  municipality's plan only.
* A measure (and its indicators and review entries) is also written by its responsible
  organisation: a coordinator edits the measures her municipality owns in the regional plan.
* The indicator sets are lists of indicators that plans of every county choose: every reader of
  a county reads them. A set is kept by the county that created it: its staff write it (with its
  history), and staff of another county do not, since the county's plans' coverage depends on
  the set. A set without a county is national data (THL's list, loaded by a command): only
  superusers write it. County staff of any county create sets (kept by their county);
  coordinators and board members only choose a set for a plan they write.

Predicates return bool; they are built on ``organizations.rules``.
"""

from __future__ import annotations

import rules

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import (
    can_read_owned,
    can_write_owned,
    county_id_of,
    is_county_staff,
    is_reader_of_county,
)

from .models import (
    AnnualReview,
    Conclusion,
    Goal,
    IndicatorOmission,
    IndicatorSet,
    Measure,
    MeasureIndicator,
    Milestone,
    Phase,
    Plan,
    PlanVersion,
    ReviewEntry,
    Statement,
    Workshop,
)

PLAN_OWNER_KINDS = (Organization.Kind.COUNTY, Organization.Kind.MUNICIPALITY)


def plan_of(obj) -> Plan:
    if isinstance(obj, Plan):
        return obj
    if isinstance(obj, Phase | Milestone | Workshop | Conclusion | Goal | Statement | AnnualReview):
        return obj.plan
    if isinstance(obj, IndicatorOmission | PlanVersion):
        return obj.plan
    if isinstance(obj, Measure):
        return obj.goal.plan
    if isinstance(obj, MeasureIndicator):
        return obj.measure.goal.plan
    if isinstance(obj, ReviewEntry):
        return obj.review.plan
    raise TypeError(f"No plan rule for {type(obj).__name__}")


def measure_of(obj) -> Measure | None:
    if isinstance(obj, Measure):
        return obj
    if isinstance(obj, MeasureIndicator | ReviewEntry):
        return obj.measure
    return None


def can_read_plan(user, plan: Plan) -> bool:
    return is_reader_of_county(user) and can_read_owned(user, plan.owner)


def can_write_plan(user, plan: Plan) -> bool:
    return is_reader_of_county(user) and can_write_owned(user, plan.owner)


def can_write_measure(user, measure: Measure) -> bool:
    """The plan's writers, and the measure's responsible organisation."""
    plan = measure.goal.plan
    if can_write_plan(user, plan):
        return True
    return can_read_plan(user, plan) and can_write_owned(user, measure.responsible_organization)


@rules.predicate
def can_read(user, obj) -> bool:
    if obj is None:
        return is_reader_of_county(user)
    return can_read_plan(user, plan_of(obj))


@rules.predicate
def can_write(user, obj) -> bool:
    if obj is None:
        return False
    measure = measure_of(obj)
    if measure is not None:
        return can_write_measure(user, measure)
    return can_write_plan(user, plan_of(obj))


@rules.predicate
def can_add_plan(user, owner: Organization | None = None) -> bool:
    """With an owner: may the user create a plan for it; without: for any owner."""
    if not is_reader_of_county(user):
        return False
    if owner is None:
        return bool(writable_plan_owner_ids(user))
    return owner.kind in PLAN_OWNER_KINDS and can_write_owned(user, owner)


def can_read_indicator_sets(user) -> bool:
    return is_reader_of_county(user)


def can_write_indicator_set(user, indicator_set: IndicatorSet | None = None) -> bool:
    """Without a set: may the user create one (county staff). With a set: superusers, and the
    staff of the county that keeps it; a national set (no county) only superusers."""
    if not (is_reader_of_county(user) and is_county_staff(user)):
        return False
    if indicator_set is None or user.is_superuser:
        return True
    county_id = county_id_of(user)
    return county_id is not None and indicator_set.county_id == county_id


def writable_plan_owner_ids(user) -> set[int]:
    from .scoping import plan_owner_choices

    return {org.pk for org in plan_owner_choices(user) if can_write_owned(user, org)}


MODELS = (
    "plan",
    "phase",
    "milestone",
    "workshop",
    "conclusion",
    "goal",
    "measure",
    "measureindicator",
    "statement",
    "annualreview",
    "reviewentry",
    "indicatoromission",
    "planversion",
)
for _model in MODELS:
    rules.add_perm(f"plans.view_{_model}", can_read)
    rules.add_perm(f"plans.change_{_model}", can_write)
    rules.add_perm(f"plans.delete_{_model}", can_write)
rules.add_perm("plans.add_plan", can_add_plan)
