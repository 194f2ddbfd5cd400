"""The access matrix's routes of web (tests/web/access_matrix.py collects them)."""

from web.matrix_policy import (
    PUBLIC,
    Route,
)

ROUTES = [
    Route("web:dashboard", PUBLIC),  # the public front page without a login, else the dashboard
    Route("web:health", PUBLIC),
    Route("web:robots", PUBLIC),
]
