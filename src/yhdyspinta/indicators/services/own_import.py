"""The county's own indicators and values from an Excel template, all or nothing.

One sheet, one row per value: the indicator (code, title, producer, value type,
polarity) repeats on every row of that indicator and must agree between rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from yhdyspinta.documents.spreadsheets import (
    CellError,
    Column,
    ColumnKind,
    ImportProblem,
    read_table,
    template_xlsx,
)
from yhdyspinta.organizations.models import Organization

from ..limits import value_problem, year_problem
from ..models import Area, Gender, ImportRun, Indicator, ValueType
from ..stats import Polarity
from . import runs
from .upsert import Row, upsert_observations

MAX_BYTES = 5 * 1024 * 1024
INDICATOR_KEYS = ("title_fi", "producer_fi", "value_type", "polarity", "decimals")


def county_areas(county: Organization | None) -> list[Area]:
    """Areas a county reports own values for: itself, its municipalities, the country."""
    qs = Area.objects.filter(category=Area.Category.MAA)
    if county is not None:
        qs = qs | Area.objects.filter(organization__in=Organization.objects.in_county(county))
    return list(qs.order_by("category", "name_fi"))


def _code(value) -> str:
    text = str(value).strip() if value is not None else ""
    if not text or len(text) > 40:
        raise CellError(_("Give a code of at most 40 characters."))
    if text.isdigit():
        raise CellError(_("A code of digits only is kept for Sotkanet indicators."))
    return text


def own_columns(county: Organization | None) -> list[Column]:
    def area_choices():
        return [(area.sotkanet_id, area.name_fi) for area in county_areas(county)]

    return [
        Column("code", _("Indicator code"), parser=_code, required=True),
        Column("title_fi", _("Indicator title"), required=True, max_length=500),
        Column("producer_fi", _("Producer"), required=True, max_length=200),
        Column("value_type", _("Value type"), choices=ValueType.choices, required=True),
        Column("polarity", _("Polarity"), choices=Polarity.choices, required=True),
        Column("decimals", _("Decimals"), kind=ColumnKind.INTEGER, required=True),
        Column("area", _("Area"), choices=area_choices, required=True),
        Column("year", _("Year"), kind=ColumnKind.INTEGER, required=True),
        Column("gender", _("Gender"), choices=Gender.choices, required=True),
        Column("value", _("Value"), kind=ColumnKind.DECIMAL, required=True),
        Column("numerator", _("Count"), kind=ColumnKind.DECIMAL),
        Column("denominator", _("Denominator"), kind=ColumnKind.DECIMAL),
    ]


def own_template(county: Organization | None) -> bytes:
    return template_xlsx(
        own_columns(county),
        sheet_title=_("Own indicators"),
        instructions=[
            _("One row per value. Repeat the indicator's code, title and producer on every row."),
            _("The count and the denominator are optional; with them the pages show intervals."),
        ],
    )


def _problem(row, message, column=None) -> dict:
    return runs.problem(str(message), row=row.row_number, sheet=row.sheet, column=column)


def _check_rows(rows, county, problems: list[dict]) -> dict[str, dict]:
    """Indicator definitions by code; problems for conflicts and impossible values."""
    indicators: dict[str, dict] = {}
    seen: dict[tuple, int] = {}
    existing = {
        i.code: i for i in Indicator.objects.filter(code__in={r.values["code"] for r in rows})
    }
    for row in rows:
        v = row.values
        definition = {key: v[key] for key in INDICATOR_KEYS}
        first = indicators.setdefault(v["code"], definition)
        if first != definition:
            problems.append(_problem(row, _("The indicator's details differ from an earlier row.")))
        other = existing.get(v["code"])
        if other is not None and (
            other.is_sotkanet or other.owner_id != getattr(county, "pk", None)
        ):
            problems.append(_problem(row, _("Another indicator already has this code.")))
        if problem := year_problem(v["year"]):
            problems.append(_problem(row, problem, str(_("Year"))))
        if problem := value_problem(float(v["value"]), v["value_type"]):
            problems.append(_problem(row, problem, str(_("Value"))))
        if not 0 <= v["decimals"] <= 6:
            problems.append(_problem(row, _("Decimals must be between 0 and 6.")))
        numerator, denominator = v["numerator"], v["denominator"]
        if (numerator is not None and numerator < 0) or (
            denominator is not None and denominator <= 0
        ):
            problems.append(_problem(row, _("Counts must be positive numbers.")))
        elif numerator is not None and denominator is not None and numerator > denominator:
            problems.append(_problem(row, _("The count must not exceed the denominator.")))
        key = (v["code"], v["area"], v["year"], v["gender"])
        if key in seen:
            problems.append(
                _problem(row, _("The same value is already on row %(row)s.") % {"row": seen[key]})
            )
        seen.setdefault(key, row.row_number)
    return indicators


def import_own_excel(run: ImportRun, data: bytes, name: str) -> ImportRun:
    runs.start(run, total_steps=2)
    county = run.county
    result = read_table(data, own_columns(county), filename=name, max_bytes=MAX_BYTES)
    run.rows_read = len(result.rows) + runs.rejected_rows(
        {"row": p.row} for p in result.errors if p.row is not None
    )
    if result.errors:
        return runs.fail(run, [_sheet_problem(p) for p in result.errors])
    problems: list[dict] = []
    definitions = _check_rows(result.rows, county, problems)
    if problems:
        return runs.fail(run, problems)
    runs.set_progress(run, progress_done=1, status=ImportRun.Status.WRITING)
    with transaction.atomic():
        indicator_pk = {}
        for code, definition in definitions.items():
            indicator, _created = Indicator.objects.update_or_create(
                code=code, defaults={**definition, "owner": county, "genders": ["total"]}
            )
            indicator_pk[code] = indicator.pk
        area_pk = dict(Area.objects.values_list("sotkanet_id", "pk"))
        counts = upsert_observations(_rows(result.rows, indicator_pk, area_pk))
    run.rows_written = counts.written
    run.rows_unchanged = counts.unchanged
    return runs.succeed(run)


def _rows(rows: Sequence, indicator_pk: dict, area_pk: dict) -> list[Row]:
    def number(x):
        return float(x) if x is not None else None

    return [
        Row(
            indicator_pk[r.values["code"]],
            area_pk[r.values["area"]],
            r.values["year"],
            r.values["gender"],
            float(r.values["value"]),
            number(r.values["numerator"]),
            number(r.values["denominator"]),
        )  # fmt: skip
        for r in rows
    ]


def _sheet_problem(problem: ImportProblem) -> dict:
    return {
        "row": problem.row,
        "sheet": problem.sheet,
        "column": str(problem.column) if problem.column else None,
        "reason": problem.as_text(),
        "message": problem.text(),
    }
