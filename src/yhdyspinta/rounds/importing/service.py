"""Validate a whole findings-and-actions sheet, then write it all or nothing.

``plan_import`` reads the file with ``documents.spreadsheets.read_table`` (which checks the
file type, the headers and every cell) and then checks each row against the round: which
columns a finding may fill, the owner of an action, the responsible person, duplicates of what
the round already holds. It writes nothing and raises ``ImportProblems`` with every problem,
each naming its row and column. ``write_plan`` writes a clean plan in one transaction.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date
from io import BytesIO

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from openpyxl import load_workbook

from yhdyspinta.documents.spreadsheets import (
    ImportProblem,
    ImportProblems,
    normalize_key,
    read_table,
)
from yhdyspinta.documents.spreadsheets.errors import lazy_message
from yhdyspinta.organizations.models import Organization, Person, Theme
from yhdyspinta.organizations.vaguedate import VagueDate

from ..models import Action, ActionStatus, ActionStatusChange, Finding, Round
from .columns import ACTION, ALL, KIND_CHOICES, columns_for

MAX_BYTES = 1024 * 1024
ACTION_ONLY = ("owner", "owner_person", "due", "status")


@dataclass
class PlannedRow:
    """One row, checked and resolved to ids: what ``write_plan`` creates."""

    row: int
    kind: str
    text: str
    subpoints: list[str]
    theme_id: int | None
    all_municipalities: bool
    municipality_ids: list[int]
    owner_id: int | None = None
    owner_person_id: int | None = None
    due: VagueDate | None = None
    status: str = ActionStatus.OPEN
    # For the preview: names as resolved.
    theme_name: str = ""
    municipality_names: list[str] = field(default_factory=list)
    owner_name: str = ""
    owner_person_name: str = ""

    @property
    def is_action(self) -> bool:
        return self.kind == ACTION

    @property
    def kind_label(self) -> str:
        return next(str(choice.label) for choice in KIND_CHOICES if choice.value == self.kind)

    @property
    def status_label(self) -> str:
        return str(ActionStatus(self.status).label)


@dataclass
class ImportPlan:
    round_id: int
    filename: str
    rows: list[PlannedRow]

    @property
    def finding_count(self) -> int:
        return sum(not row.is_action for row in self.rows)

    @property
    def action_count(self) -> int:
        return sum(row.is_action for row in self.rows)


def reference_date(round_: Round) -> date:
    """The day that supplies missing years: "31.10." of the round's own autumn."""
    return round_.board_date or round_.ends or round_.starts or timezone.localdate()


def file_headers(content: bytes, sheet: str | None, header_row: int | None, columns) -> dict:
    """Column key -> the header as written in the file, so that messages name what people see."""
    if sheet is None or header_row is None:
        return {}
    workbook = load_workbook(BytesIO(content), read_only=True, data_only=True)
    try:
        cells = next(workbook[sheet].iter_rows(min_row=header_row, max_row=header_row), ())
        written = {normalize_key(c.value): str(c.value) for c in cells if c.value is not None}
    finally:
        workbook.close()
    headers = {}
    for column in columns:
        exact, _loose = column.header_keys()
        headers[column.key] = next((written[k] for k in exact if k in written), None)
    return headers


def _problem(filename, sheet, row, column, code, message, params=None, value=None, header=None):
    return ImportProblem(
        file=filename,
        sheet=sheet,
        row=row,
        column=header or (column.header if column else None),
        reason_code=code,
        message=lazy_message(message, params or {}),
        value=value,
        column_key=column.key if column else None,
        params=params or {},
    )


def split_subpoints(text: str | None) -> list[str]:
    """One sub-point per line; a leading bullet or dash is dropped."""
    lines = (line.strip().lstrip("•-–*").strip() for line in (text or "").splitlines())
    return [line for line in lines if line]


class _RowChecker:
    def __init__(self, round_, columns, filename, sheet, headers):
        self.round = round_
        self.headers = headers
        self.columns = {column.key: column for column in columns}
        self.filename, self.sheet = filename, sheet
        self.problems: list[ImportProblem] = []
        county = round_.county
        self.organisations = {
            o.pk: o
            for o in Organization.objects.filter(pk=county.pk)
            | Organization.objects.filter(parent_county=county)
        }
        self.themes = {
            t.pk: t.name
            for t in Theme.objects.for_county(county).only("pk", "name_fi", "name_sv", "name_en")
        }
        self.people = list(Person.objects.filter(organization_id__in=self.organisations))
        self.existing_findings = set(round_.findings.values_list("kind", "text"))
        self.existing_actions = set(
            round_.actions.filter(part_of=None).values_list("owner_id", "text")
        )
        self.seen: dict[tuple, int] = {}

    def add(self, row, key, code, message, params=None, value=None):
        column = self.columns[key] if key else None
        self.problems.append(
            _problem(
                self.filename,
                self.sheet,
                row,
                column,
                code,
                message,
                params,
                value,
                header=self.headers.get(key),
            )  # fmt: skip
        )

    def check(self, parsed) -> PlannedRow | None:
        values, row = parsed.values, parsed.row_number
        kind, text = values["kind"], values["text"]
        if kind is None or not text:
            return None  # the reader has already reported the missing or unknown value
        chosen = values["municipalities"] or []
        everyone = ALL in chosen or not chosen
        municipality_ids = [pk for pk in chosen if pk != ALL]
        planned = PlannedRow(
            row=row,
            kind=kind,
            text=text,
            subpoints=split_subpoints(values["subpoints"]),
            theme_id=values["theme"],
            all_municipalities=everyone,
            municipality_ids=[] if everyone else municipality_ids,
            theme_name=self.themes.get(values["theme"], ""),
        )
        if kind == ACTION:
            self._check_action(planned, values, chosen, owner_written=parsed.raw.get("owner"))
        else:
            for key in ACTION_ONLY:
                if values[key] not in (None, ""):
                    self.add(row, key, "action_only",
                             _("Only a follow-up action has this column; leave it empty for "
                               "a finding, or change the type to 'follow-up action'."),
                             value=parsed.raw.get(key))  # fmt: skip
            signature = (kind, text)
            if signature in self.existing_findings:
                self.add(row, "text", "exists", _("The round already has this finding."))
        self._check_duplicate(planned)
        planned.municipality_names = [
            self.organisations[pk].name for pk in planned.municipality_ids
        ]
        return planned

    def _check_action(self, planned, values, chosen, *, owner_written) -> None:
        row = planned.row
        planned.status = values["status"] or ActionStatus.OPEN
        planned.due = values["due"]
        owner_id = values["owner"]
        if owner_id is None and len(planned.municipality_ids) == 1 and ALL not in chosen:
            owner_id = planned.municipality_ids[0]
            planned.municipality_ids = []
        if owner_id is None:
            if owner_written in (None, ""):  # an unknown name is reported by the reader
                self.add(row, "owner", "owner_required",
                         _("Name the organisation responsible for the action (or a single "
                           "municipality in the municipality column)."))  # fmt: skip
            return
        if planned.municipality_ids == [owner_id]:
            planned.municipality_ids = []
        if ALL in chosen:
            planned.municipality_ids = [
                pk for pk, o in self.organisations.items() if o.is_municipality
            ]
        planned.all_municipalities = False
        planned.owner_id = owner_id
        planned.owner_name = self.organisations[owner_id].name
        name = values["owner_person"]
        if name:
            self._resolve_person(planned, name)
        if (owner_id, planned.text) in self.existing_actions:
            self.add(row, "text", "exists", _("The round already has this action."))

    def _resolve_person(self, planned, name: str) -> None:
        candidates = [p for p in self.people if p.organization_id == planned.owner_id]
        wanted = " ".join(name.split()).casefold()
        for person in candidates:
            if wanted in (
                person.full_name.casefold(),
                f"{person.last_name} {person.first_name}".casefold(),
            ):
                planned.owner_person_id, planned.owner_person_name = person.pk, person.full_name
                return
        names = [person.full_name for person in candidates]
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
        params = {"value": name, "organisation": planned.owner_name}
        if close:
            params["suggestion"] = close[0]
            message = _("%(organisation)s has no person '%(value)s'. Did you mean "
                        "'%(suggestion)s'?")  # fmt: skip
        else:
            message = _("%(organisation)s has no person '%(value)s'; add the person to the "
                        "contact directory first, or leave the cell empty.")  # fmt: skip
        self.add(planned.row, "owner_person", "unknown_person", message, params, name)

    def _check_duplicate(self, planned) -> None:
        signature = (planned.kind, planned.owner_id, " ".join(planned.text.split()).casefold())
        if signature in self.seen:
            self.add(planned.row, "text", "duplicate_row",
                     _("Row %(row)s repeats row %(first_row)s."),
                     {"row": planned.row, "first_row": self.seen[signature]})  # fmt: skip
        else:
            self.seen[signature] = planned.row


def plan_import(file: bytes, round_: Round, *, filename: str) -> ImportPlan:
    """Validate the whole file against the round; raise ``ImportProblems`` if anything is
    wrong. Writes nothing."""
    columns = columns_for(round_.county, reference=reference_date(round_))
    result = read_table(file, columns, filename=filename, max_bytes=MAX_BYTES)
    problems = list(result.errors)
    headers = file_headers(file, result.sheet, result.header_row, columns) if result.rows else {}
    checker = _RowChecker(round_, columns, filename, result.sheet, headers)
    planned = []
    for parsed in result.rows:
        row = checker.check(parsed)
        if row is not None:
            planned.append(row)
    problems.extend(checker.problems)
    if problems:
        problems.sort(key=lambda p: (p.row is not None, p.row or 0))
        raise ImportProblems(problems)
    return ImportPlan(round_.pk, filename, planned)


def _write_finding(round_, row: PlannedRow, order: int) -> int:
    finding = Finding(round=round_, kind=row.kind, text=row.text, theme_id=row.theme_id,
                      all_municipalities=row.all_municipalities, order=order)  # fmt: skip
    finding.full_clean()
    finding.save()
    finding.municipalities.set(row.municipality_ids)
    for offset, text in enumerate(row.subpoints, start=1):
        child = Finding(round=round_, kind=row.kind, parent=finding, text=text,
                        theme_id=row.theme_id, all_municipalities=row.all_municipalities,
                        order=order + offset)  # fmt: skip
        child.full_clean()
        child.save()
        child.municipalities.set(row.municipality_ids)
    return 1 + len(row.subpoints)


def _save_action(round_, row: PlannedRow, *, text, owner_id, person_id, order, user, comment,
                 parent=None, part_of=None) -> Action:  # fmt: skip
    action = Action(round=round_, text=text, owner_id=owner_id, owner_person_id=person_id,
                    theme_id=row.theme_id, status=row.status, order=order, parent=parent,
                    part_of=part_of, in_summary=part_of is None)  # fmt: skip
    action.set_due(row.due)
    action.full_clean()
    action.save()
    if row.status != ActionStatus.OPEN:
        ActionStatusChange.objects.create(
            action=action, changed_by=user, comment=comment,
            from_status=ActionStatus.OPEN, to_status=row.status,
        )  # fmt: skip
    return action


def _write_action(round_, row: PlannedRow, order: int, user, comment: str) -> int:
    common = {"order": order, "user": user, "comment": comment}
    action = _save_action(round_, row, text=row.text, owner_id=row.owner_id,
                          person_id=row.owner_person_id, **common)  # fmt: skip
    for text in row.subpoints:
        _save_action(round_, row, text=text, owner_id=row.owner_id,
                     person_id=row.owner_person_id, parent=action, **common)  # fmt: skip
    for municipality_id in row.municipality_ids:
        _save_action(round_, row, text=row.text, owner_id=municipality_id, person_id=None,
                     part_of=action, **common)  # fmt: skip
    return 1 + len(row.subpoints) + len(row.municipality_ids)


@dataclass
class ImportSummary:
    findings: int
    actions: int


def write_plan(plan: ImportPlan, round_: Round, *, user=None) -> ImportSummary:
    """Write every planned row in one transaction; a row the models reject rolls all back."""
    comment = str(_("Imported from %(file)s.") % {"file": plan.filename})
    findings = actions = 0
    problems = []
    with transaction.atomic():
        finding_order = (round_.findings.aggregate(m=Max("order"))["m"] or 0) + 10
        action_order = (round_.actions.aggregate(m=Max("order"))["m"] or 0) + 10
        for row in plan.rows:
            try:
                if row.is_action:
                    actions += _write_action(round_, row, action_order, user, comment)
                    action_order += 10
                else:
                    findings += _write_finding(round_, row, finding_order)
                    finding_order += 10 + len(row.subpoints)
            except ValidationError as error:
                message = "; ".join(error.messages)
                problems.append(_problem(plan.filename, None, row.row, None, "invalid_row",
                                         "%(reason)s", {"reason": message}))  # fmt: skip
        if problems:
            raise ImportProblems(problems)  # leaving the block rolls everything back
    return ImportSummary(findings, actions)


def import_items(file: bytes, round_: Round, *, filename: str, user=None, dry_run=False):
    """Validate and (unless ``dry_run``) write; returns the plan and the summary (or None)."""
    plan = plan_import(file, round_, filename=filename)
    if dry_run:
        return plan, None
    return plan, write_plan(plan, round_, user=user)
