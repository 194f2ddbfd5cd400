"""The access matrix's routes of web (tests/web/access_matrix.py collects them)."""

from web.matrix_policy import (
    LOGGED_IN,
    PUBLIC,
    Route,
)

ROUTES = [
    Route("web:dashboard", LOGGED_IN),
    Route("web:health", PUBLIC),
    Route("web:robots", PUBLIC),
]
