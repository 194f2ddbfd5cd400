"""Services of the reporting part: areas, figures, goals, reports, versions, trend review."""
