"""A JSON parser with limits: the body at most API_MAX_JSON_BYTES, nesting at most
MAX_DEPTH levels, no NaN or infinities (neither the literals nor numbers like 1e400 that
overflow to infinity). Anything past a limit is a 4xx, never a server error."""

import codecs
import json
import math

from django.conf import settings
from django.utils.translation import gettext as _
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser
from rest_framework.settings import api_settings

MAX_DEPTH = 32


class RequestTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_code = "request_too_large"


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"number out of range: {text[:40]}")
    return number


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not valid JSON")


def _depth(data) -> int:
    """Nesting depth of parsed JSON, without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = value.values()
        elif not isinstance(value, list):
            continue
        deepest = max(deepest, depth)
        stack.extend((item, depth + 1) for item in value)
    return deepest


class BoundedJSONParser(JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        limit = settings.API_MAX_JSON_BYTES
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise RequestTooLarge(
                _("The request body is larger than %(limit)s bytes.") % {"limit": limit}
            )
        encoding = (parser_context or {}).get("encoding", settings.DEFAULT_CHARSET)
        try:
            text = codecs.decode(raw, encoding)
            data = json.loads(
                text,
                parse_float=_finite_float,
                parse_constant=_refuse_constant if api_settings.STRICT_JSON else None,
            )
        except RecursionError as exc:
            raise ParseError(_("JSON is nested too deeply.")) from exc
        except (ValueError, LookupError) as exc:
            raise ParseError(_("JSON parse error - %(error)s") % {"error": exc}) from exc
        if _depth(data) > MAX_DEPTH:
            raise ParseError(_("JSON is nested too deeply."))
        return data
