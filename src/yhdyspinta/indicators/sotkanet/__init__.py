"""Sotkanet (THL) data access: strict readers for saved responses and an HTTP client.

Plain Python, no Django models. Data are CC BY 4.0: attribute THL, Sotkanet.fi and the
indicator's producer (`IndicatorMeta.attribution`).
"""

from .client import SotkanetClient, default_user_agent
from .errors import RowError, SotkanetDataError, SotkanetError, SotkanetHTTPError
from .readers import (
    CSV_COLUMNS,
    read_csv,
    read_indicators,
    read_json,
    read_regions,
    read_wellbeing_counties,
)
from .records import (
    GENDERS,
    Classification,
    IndicatorMeta,
    Observation,
    Region,
    WellbeingCounty,
    filter_regions,
)

__all__ = [
    "CSV_COLUMNS",
    "GENDERS",
    "Classification",
    "IndicatorMeta",
    "Observation",
    "Region",
    "RowError",
    "SotkanetClient",
    "SotkanetDataError",
    "SotkanetError",
    "SotkanetHTTPError",
    "WellbeingCounty",
    "default_user_agent",
    "filter_regions",
    "read_csv",
    "read_indicators",
    "read_json",
    "read_regions",
    "read_wellbeing_counties",
]
