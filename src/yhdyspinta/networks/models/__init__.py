from .choices import (
    OWNER_KINDS,
    Decision,
    MeetingFrequency,
    MemberRole,
    NetworkStatus,
    SubmissionStatus,
    TargetGroup,
)
from .decisions import OverlapDecision
from .imports import ImportBatch
from .network import (
    Network,
    NetworkMember,
    NetworkPerson,
    join_target_groups,
    parse_target_groups,
)
from .overlaps import OverlapComputation, OverlapNetwork, OverlapPair
from .rounds import CollectionRound, Submission

__all__ = [
    "OWNER_KINDS",
    "CollectionRound",
    "Decision",
    "ImportBatch",
    "MeetingFrequency",
    "MemberRole",
    "Network",
    "NetworkMember",
    "NetworkPerson",
    "NetworkStatus",
    "OverlapComputation",
    "OverlapDecision",
    "OverlapNetwork",
    "OverlapPair",
    "Submission",
    "SubmissionStatus",
    "TargetGroup",
    "join_target_groups",
    "parse_target_groups",
]
