"""Models of knowledge-based management.

One module per concern, so that later parts (shared goals, reporting templates) add their
own modules here without touching these.
"""

from .catalogue import Area, Indicator, ValueType
from .goals import GoalTarget, HyteCoefficientIndicator, SharedGoal
from .imports import ImportRun
from .observations import Gender, Observation
from .pdfs import StoredPdf
from .reports import (
    ReportCommentary,
    ReportPublication,
    ReportSection,
    ReportTemplate,
    SectionIndicator,
)

__all__ = ["Area", "Gender", "ImportRun", "Indicator", "Observation", "ValueType"]
__all__ += ["StoredPdf"]
__all__ += ["GoalTarget", "HyteCoefficientIndicator", "SharedGoal"]
__all__ += [
    "ReportCommentary",
    "ReportPublication",
    "ReportSection",
    "ReportTemplate",
    "SectionIndicator",
]
