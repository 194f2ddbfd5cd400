"""The access matrix: every route of the site and the API, and who may read and write it.

The policies and the Route record are in tests/web/matrix_policy.py; each app lists its routes
in tests/<app>/matrix_routes*.py (found by tests/web/matrix_modules.py). A route of the URL
resolver or the API router that no list names makes tests/web/test_access_matrix.py fail.
"""

from __future__ import annotations

from web.matrix_modules import route_modules
from web.matrix_policy import LOGIN, OK, SKIPPED, Route

ROUTES: list[Route] = [route for module in route_modules() for route in module.ROUTES]

# Cases where today's code disagrees with the policy and a fix is under way:
# {(route name, role, "GET" or "POST"): reason}.
XFAILS: dict[tuple[str, str, str], str] = {}

__all__ = ["LOGIN", "OK", "ROUTES", "SKIPPED", "XFAILS", "Route"]
