"""Negotiation rounds (kuntakierros): the county's yearly negotiations with its municipalities.

The model is shaped so that the board summary deck can be regenerated from it, section by
section (``SECTIONS``):

* ``Round`` is one round: title, period, status, the visiting team (``RoundTeamMember``: a
  person and a role as written, in order), the presenter and the board meeting (a ``Body`` and a
  date) it is reported to.
* ``Negotiation`` is one meeting per municipality per round: date, participants from both
  sides, agenda, minutes.
* ``Finding`` is every bullet of the descriptive slides. Its ``kind`` names the deck section:
  ``status`` (partnership and agreements status, slide 1: "Sopimukset allekirjoitettu", annex
  deadlines, NGO grant principles), ``observation`` (about the round, slide 2: the team's
  composition, general feedback), ``strength`` (what works), ``challenge`` and ``proposal``
  (development proposals). Sub-points are child findings (``parent``), ordered by ``order``;
  a child may have another kind than its parent (the one municipality where staff turnover
  hampers student welfare is a challenge under a strength). A finding concerns all
  municipalities of the county (``all_municipalities``) or a chosen set, and names the
  negotiations where it was raised.
* ``Action`` is every bullet of the "way forward" slides (``in_summary=True``) and every
  follow-up tracked from another finding (annex deadlines, the executive board and audit
  committee handling; ``in_summary=False``, linked by ``origin_findings``). Sub-points are
  child actions (``parent``). An action that several organisations carry out each on their own
  ("Kunnat työstävät kuvausta yhteistyöverkostoista...") is one joint action owned by the
  coordinating organisation, with one *share* per owner (``part_of``), each with its own status
  and deadline, so that each coordinator sees hers on her dashboard. Status changes are
  recorded in ``ActionStatusChange`` (who, when, from, to, comment).
* ``Request`` is a municipality's wish or request for expert support, with the county's answer.
* ``Comment`` is the dialogue on a finding, an action or a request.
"""

from .actions import Action, ActionQuerySet, ActionStatus, ActionStatusChange
from .calendar import CalendarToken
from .comments import Comment
from .findings import Finding, FindingKind, finding_tree
from .requests import Request
from .round import SECTIONS, Negotiation, Round, RoundTeamMember

__all__ = [
    "SECTIONS",
    "Action",
    "ActionQuerySet",
    "ActionStatus",
    "ActionStatusChange",
    "CalendarToken",
    "Comment",
    "Finding",
    "FindingKind",
    "Negotiation",
    "Request",
    "Round",
    "RoundTeamMember",
    "finding_tree",
]
