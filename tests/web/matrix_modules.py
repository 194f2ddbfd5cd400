"""Finds each app's part of the access matrix: ``tests/<app>/matrix_routes*.py`` (a ``ROUTES``
list) and ``tests/<app>/matrix_records.py`` (``records(w, o)``, the app's records in the matrix
world). A new app adds its files beside its tests; nothing here changes."""

from __future__ import annotations

import importlib
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent


def _modules(pattern: str) -> list:
    paths = sorted(TESTS.glob(f"*/{pattern}"), key=lambda p: (p.parent.name != "web", str(p)))
    return [importlib.import_module(f"{p.parent.name}.{p.stem}") for p in paths]


def route_modules() -> list:
    return _modules("matrix_routes*.py")


def record_modules() -> list:
    return _modules("matrix_records.py")
