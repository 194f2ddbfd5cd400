"""Models of knowledge-based management.

One module per concern, so that later parts (shared goals, reporting templates) add their
own modules here without touching these.
"""

from .catalogue import Area, Indicator, ValueType
from .imports import ImportRun
from .observations import Gender, Observation

__all__ = ["Area", "Gender", "ImportRun", "Indicator", "Observation", "ValueType"]
