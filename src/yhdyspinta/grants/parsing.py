"""Small tables typed into a text box, one row a line ("item; amount", "date; amount"); each
error names the row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_ROWS = 50
MAX_AMOUNT = Decimal("9999999999.99")


def parse_amount(text: str, row: int) -> Decimal:
    cleaned = text.replace("\u00a0", "").replace(" ", "").replace("€", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = None
    if value is None or not value.is_finite() or value < 0 or value > MAX_AMOUNT:
        raise ValidationError(
            _("Row %(row)s: %(value)s is not an amount in euros.")
            % {"row": row, "value": text[:30]}
        )
    return value.quantize(Decimal("0.01"))


def parse_date(text: str, row: int) -> dt.date:
    try:
        return dt.datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise ValidationError(
            _("Row %(row)s: %(value)s is not a date (d.m.yyyy).") % {"row": row, "value": text[:30]}
        ) from None


def _rows(text: str):
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) > MAX_ROWS:
        raise ValidationError(_("At most %(n)s rows.") % {"n": MAX_ROWS})
    for number, line in enumerate(lines, start=1):
        parts = [p.strip() for p in line.split(";")]
        if len(parts) != 2 or not parts[0]:
            raise ValidationError(
                _("Row %(row)s: write the row as 'text; amount'.") % {"row": number}
            )
        yield number, parts


def parse_budget(text: str) -> list[dict]:
    rows = []
    for number, (item, amount) in _rows(text):
        if len(item) > 200:
            raise ValidationError(_("Row %(row)s: the item is too long.") % {"row": number})
        rows.append({"item": item, "amount": str(parse_amount(amount, number))})
    return rows


def parse_schedule(text: str) -> list[dict]:
    rows = []
    for number, (day, amount) in _rows(text):
        rows.append(
            {
                "date": parse_date(day, number).isoformat(),
                "amount": str(parse_amount(amount, number)),
            }
        )
    return rows


def parse_dates(text: str) -> list[dt.date]:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) > MAX_ROWS:
        raise ValidationError(_("At most %(n)s rows.") % {"n": MAX_ROWS})
    return [parse_date(line, n) for n, line in enumerate(lines, start=1)]


def _amount_text(value: str) -> str:
    return value.replace(".", ",")


def budget_text(rows: list[dict]) -> str:
    return "\n".join(f"{r['item']}; {_amount_text(r['amount'])}" for r in rows)


def schedule_text(rows: list[dict]) -> str:
    return "\n".join(
        f"{dt.date.fromisoformat(r['date']).strftime('%-d.%-m.%Y')}; {_amount_text(r['amount'])}"
        for r in rows
    )


def parse_criteria(text: str) -> list[dict]:
    """Review criteria, one a line: "name; weight" (weight 0,01–100)."""
    rows = []
    for number, (name, weight) in _rows(text):
        if len(name) > 200:
            raise ValidationError(_("Row %(row)s: the name is too long.") % {"row": number})
        value = parse_amount(weight, number)
        if not Decimal("0.01") <= value <= 100:
            raise ValidationError(
                _("Row %(row)s: the weight is between 0,01 and 100.") % {"row": number}
            )
        rows.append({"name": name, "weight": value})
    return rows


def criteria_text(criteria) -> str:
    return "\n".join(f"{c.name}; {_amount_text(str(c.weight.normalize()))}" for c in criteria)
