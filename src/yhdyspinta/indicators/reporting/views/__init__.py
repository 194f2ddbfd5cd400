"""Views of reporting: goals, templates, reports, the trend review, the HYTE coefficient."""
