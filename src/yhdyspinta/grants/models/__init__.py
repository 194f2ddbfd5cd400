"""NGO grants (järjestöavustukset): calls with their eligibility rules as data, applications,
reviews, decisions and reports on the use of funds; projects and funding reservations."""

from .applications import Application, ApplicationStatus, Attachment
from .calls import REQUIRABLE_FIELDS, Criterion, GrantCall, TargetGroup
from .projects import FundingReservation, Project
from .registrations import Registration
from .reviews import MAX_SCORE, Decision, Review, UsageReport

__all__ = [
    "MAX_SCORE",
    "REQUIRABLE_FIELDS",
    "Application",
    "ApplicationStatus",
    "Attachment",
    "Criterion",
    "Decision",
    "FundingReservation",
    "GrantCall",
    "Project",
    "Registration",
    "Review",
    "TargetGroup",
    "UsageReport",
]
