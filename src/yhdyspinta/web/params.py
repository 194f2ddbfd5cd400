"""Integer query parameters, read strictly: an id, a page number, a limit.

`int()` accepts what no id is ever written as ("١٢", "1_000", " 7 ") and Python integers have no
upper bound, while the database holds 64 bits: a value past that reaches the database driver and
answers 500. These helpers accept ASCII digits within bounds and refuse everything else with an
error that names the parameter, for a view to answer 400 (DRF: raise
`rest_framework.exceptions.ValidationError(error.as_dict())`).
"""

from __future__ import annotations

import re

from django import forms

DB_MAX_INT = 2**63 - 1  # the largest value of a BigIntegerField / BigAutoField
_INTEGER = re.compile(r"[+-]?[0-9]{1,19}")


class InvalidParameterError(ValueError):
    """A query parameter that is not an integer within its bounds."""

    def __init__(self, name: str, message: str):
        super().__init__(f"{name}: {message}")
        self.name = name
        self.message = message

    def as_dict(self) -> dict[str, list[str]]:
        return {self.name: [self.message]}


def parse_int(text: str, *, minimum: int = 1, maximum: int = DB_MAX_INT) -> int:
    """The integer written in `text` (surrounding spaces allowed), or ValueError."""
    text = (text or "").strip()
    if not _INTEGER.fullmatch(text):
        raise ValueError(f"not an integer: {text[:30]!r}")
    value = int(text)
    if not minimum <= value <= maximum:
        raise ValueError(f"{value} is outside {minimum}..{maximum}")
    return value


def int_param(
    params, name: str, *, default: int | None = None, minimum: int = 1, maximum: int = DB_MAX_INT
) -> int | None:
    """The integer parameter `name` of a QueryDict (request.GET, DRF's query_params): `default`
    when it is missing or empty, InvalidParameterError when it is not an integer in the bounds."""
    text = params.get(name)
    if text is None or text.strip() == "":
        return default
    try:
        return parse_int(text, minimum=minimum, maximum=maximum)
    except ValueError:
        # Django's own (translated) "Enter a whole number."
        raise InvalidParameterError(
            name, str(forms.IntegerField.default_error_messages["invalid"])
        ) from None


def api_int_param(params, name: str, **bounds) -> int | None:
    """`int_param` for a DRF view: a bad value raises DRF's ValidationError (a 400 whose body
    names the parameter)."""
    from rest_framework.exceptions import ValidationError

    try:
        return int_param(params, name, **bounds)
    except InvalidParameterError as error:
        raise ValidationError(error.as_dict()) from None
