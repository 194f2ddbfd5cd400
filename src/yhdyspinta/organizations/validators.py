"""Validators for Finnish official identifiers."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_BUSINESS_ID = re.compile(r"^(\d{6,7})-(\d)$")
_WEIGHTS = (7, 9, 10, 5, 8, 4, 2)


def business_id_check_digit(body: str) -> int | None:
    """Check digit of a Finnish business ID (Y-tunnus) body of 7 digits; None if impossible."""
    total = sum(int(d) * w for d, w in zip(body.zfill(7), _WEIGHTS, strict=True))
    remainder = total % 11
    if remainder == 0:
        return 0
    if remainder == 1:
        return None  # such a body is never issued
    return 11 - remainder


def validate_business_id(value: str) -> None:
    match = _BUSINESS_ID.match(value or "")
    if not match:
        raise ValidationError(
            _("Enter a business ID in the form 1234567-8."), code="business_id_format"
        )
    body, check = match.groups()
    if business_id_check_digit(body) != int(check):
        raise ValidationError(
            _("The check digit of the business ID %(value)s is wrong."),
            code="business_id_check",
            params={"value": value},
        )


def validate_municipality_code(value: str) -> None:
    if not re.fullmatch(r"\d{3}", value or ""):
        raise ValidationError(
            _("A municipality code has three digits, e.g. 167."), code="municipality_code"
        )


def validate_county_code(value: str) -> None:
    if not re.fullmatch(r"\d{2}", value or ""):
        raise ValidationError(_("A county code has two digits, e.g. 14."), code="county_code")
