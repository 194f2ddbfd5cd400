"""The welfare report and plan (hyvinvointikertomus ja -suunnitelma), regional or municipal.

* ``Plan``: one report and plan of an owner organisation (the county for the regional plan, a
  municipality for its own), its period in years, kind (broad, once per council term, or the
  annual report), status and the council terms it spans. ``Election`` records when a council
  term was elected (the timeline shows it; ``CouncilTerm`` itself has no election date).
* ``Phase`` and ``Milestone``: the process of slide 8 of the deck (planning, data collection,
  workshops, conclusions, decision making) with planned (vague) and actual dates; a milestone's
  order must follow the process (``PRECEDENCE``: no council decision before the HYTE board's).
* ``Workshop`` and ``Conclusion``: what the data and the workshops show, linked to indicators
  and to round findings.
* ``Goal`` -> ``Measure`` -> ``MeasureIndicator``: the plan part. A measure has a responsible
  organisation, which may edit it even in a plan it does not own.
* ``Statement``: an influence body's or a municipality's statement, with the response.
* ``AnnualReview`` and ``ReviewEntry``: each year's follow-up, per measure.
* ``IndicatorSet`` and ``IndicatorOmission``: the indicators a plan should cover, and why it
  leaves some out.
* ``PlanVersion``: a published, frozen version of the document (draft, for statements,
  approved).
"""

from .content import Conclusion, Goal, Measure, MeasureIndicator, Statement, Workshop
from .indicator_sets import IndicatorOmission, IndicatorSet
from .plan import Election, Plan, PlanKind, PlanStatus
from .process import PRECEDENCE, Milestone, MilestoneKind, Phase, PhaseKind, ProgressStatus
from .review import AnnualReview, ReviewEntry
from .versions import PUBLIC_STATES, PlanVersion, VersionState

__all__ = [
    "PRECEDENCE",
    "PUBLIC_STATES",
    "IndicatorOmission",
    "IndicatorSet",
    "PlanVersion",
    "VersionState",
    "AnnualReview",
    "Conclusion",
    "Election",
    "Goal",
    "Measure",
    "MeasureIndicator",
    "Milestone",
    "MilestoneKind",
    "Phase",
    "PhaseKind",
    "Plan",
    "PlanKind",
    "PlanStatus",
    "ProgressStatus",
    "ReviewEntry",
    "Statement",
    "Workshop",
]
