"""The API's exception handler: DRF's, plus a 400 instead of a server error when a number in
the request is past what the database can store (OverflowError on SQLite, DataError on
PostgreSQL), naming the parameters or fields that carry such a number."""

import logging

from django.db import DataError
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

logger = logging.getLogger(__name__)

INT64_MAX = 2**63 - 1


def _is_out_of_range(value) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return not -INT64_MAX - 1 <= value <= INT64_MAX
    if isinstance(value, str):
        digits = value.strip().removeprefix("-").lstrip("0")
        return (
            digits.isascii() and digits.isdigit() and (len(digits) > 19 or int(digits) > INT64_MAX)
        )
    return False


def out_of_range_names(request) -> list[str]:
    """Names of the query parameters and body fields (dotted for nested ones) whose value is an
    integer outside the signed 64-bit range."""
    names = [
        name
        for name, values in request.query_params.lists()
        if any(_is_out_of_range(value) for value in values)
    ]
    stack = [("", _data(request))]
    while stack:
        prefix, value = stack.pop()
        if isinstance(value, dict):
            stack.extend((_join(prefix, key), item) for key, item in value.items())
        elif isinstance(value, list):
            stack.extend((_join(prefix, i), item) for i, item in enumerate(value))
        elif prefix and _is_out_of_range(value):
            names.append(prefix)
    return sorted(set(names))


def _join(prefix: str, key) -> str:
    return f"{prefix}.{key}" if prefix else str(key)


def _data(request):
    try:
        return request.data
    except Exception:  # the body could not be parsed: it names nothing
        return None


def exception_handler(exc, context):
    response = drf_exception_handler(exc, context)
    if response is not None or not isinstance(exc, OverflowError | DataError):
        return response
    request = context["request"]
    names = out_of_range_names(request)
    logger.warning("Number out of range in %s %s: %s", request.method, request.path, exc)
    if names:
        body = {name: [_("The number is too large.")] for name in names}
    else:
        body = {"detail": _("A value is out of range or too long.")}
    return Response(body, status=status.HTTP_400_BAD_REQUEST)
