"""The year's review as the annual report to the council (docx and pdf from the same blocks as
the plan's document): the overall assessment, a goal's progress, and per goal each measure's
status, what was done and its indicators' values of the year beside the baseline and target.

The Word file is made at once (no charts: a plan's review renders in well under a second, see
docs/benchmarks.md); the PDF goes through the stored PDFs (a background task), as the plan's."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.contrib.auth.models import AnonymousUser
from django.db.models import Max
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs

from ..follow import follow_rows, goal_progress, prepared, review_of
from ..models import Goal, Measure, Plan
from .blocks import Heading, Paragraph, PlanDocument, Table, TableOfContents
from .export import CONTENT_TYPES
from .formatting import day, language, value_year
from .html import render_pdf
from .word import render_docx

KIND = "plan_review"
HISTORY_MODELS = ("Plan", "Goal", "Measure", "MeasureIndicator", "AnnualReview", "ReviewEntry")


@dataclass(frozen=True)
class ReviewFile:
    content: bytes
    content_type: str
    filename: str


def build_review(plan: Plan, year: int, today) -> PlanDocument:
    review = review_of(plan, year)
    document = PlanDocument(
        title=_("Annual welfare report %(year)s") % {"year": year},
        subtitle=plan.title,
        organisation=plan.owner.name,
        date_text=day(today),
        status=capfirst(review.get_status_display()) if review else _("not started"),
        language=language(),
    )
    rows = follow_rows(
        AnonymousUser(), plan, year, prepared(Measure.objects.filter(goal__plan=plan))
    )
    goals = list(Goal.objects.filter(plan=plan).prefetch_related("measures"))
    progress = goal_progress(goals)
    document.add(TableOfContents(_("Contents")))
    document.add(Heading(1, _("Overall assessment")))
    document.add(
        Paragraph(review.narrative if review and review.narrative else _("Not written yet."))
    )
    reviewed = sum(1 for row in rows if row.entry)
    document.add(
        Paragraph(
            _("%(reviewed)s of the plan's %(total)s measures have been reviewed for %(year)s.")
            % {"reviewed": reviewed, "total": len(rows), "year": year}
        )
    )
    document.add(
        Table(
            _("Progress of the goals"),
            [_("Goal"), _("Measures"), _("Reviewed"), _("Done"), _("Share done")],
            [
                [goal.title, str(p.total), str(p.reviewed), str(p.done), f"{p.share_done} %"]
                for goal in goals
                for p in [progress[goal.pk]]
            ],
            widths=[6, 1.5, 1.5, 1.5, 1.5],
        )
    )
    for goal in goals:
        document.add(Heading(1, goal.title))
        for row in (r for r in rows if r.measure.goal_id == goal.pk):
            document.add(*_measure_blocks(row))
    document.number_headings()
    return document


def _measure_blocks(row) -> list:
    measure, entry = row.measure, row.entry
    status = entry.get_status_display() if entry else _("not reviewed")
    responsible = measure.responsible_organization.name
    if measure.responsible_unit:
        responsible += f", {measure.responsible_unit}"
    blocks = [
        Heading(2, measure.title),
        Paragraph(
            _("Responsible: %(who)s. Status: %(status)s.") % {"who": responsible, "status": status}
        ),
        Paragraph(entry.narrative if entry and entry.narrative else _("Nothing reported."), ""),
    ]
    items = row.indicator_rows()
    if items:
        blocks.append(
            Table(
                _("Indicators of the measure"),
                [_("Indicator"), _("Baseline"), _("Target"), _("Value"), _("95 % interval")],
                [
                    [
                        mi.label,
                        value_year(mi.baseline_value, mi.baseline_year, unit=mi.unit),
                        value_year(mi.target_value, mi.target_year, unit=mi.unit),
                        f"{value.value} ({value.year}, {value.area})" if value else "–",
                        value.interval if value and value.interval[:1].isdigit() else "–",
                    ]
                    for mi, value in items
                ],
                widths=[4.5, 2, 2, 3, 2.5],
            )
        )
    return blocks


def export_review(plan: Plan, year: int, fmt: str, *, language: str = "fi") -> ReviewFile:
    if fmt not in CONTENT_TYPES:
        raise ValueError(f"Unknown format {fmt!r}")
    with translation.override(language):
        document = build_review(plan, year, timezone.localdate())
        content = render_docx(document) if fmt == "docx" else render_pdf(document)
    return ReviewFile(content, CONTENT_TYPES[fmt], f"{plan.slug}-{year}.{fmt}")


def review_version(plan: Plan, year: int, fmt: str = "pdf") -> str:
    latest = [
        apps.get_model("plans", f"Historical{name}").objects.aggregate(Max("history_id"))
        for name in HISTORY_MODELS
    ]
    return stored_pdfs.digest(KIND, plan.pk, year, fmt, latest, stored_pdfs.latest_import())


def request_review(plan: Plan, year: int, fmt: str = "pdf") -> tuple[StoredPdf, bool]:
    """The annual report as a stored background render (PDF, or the Word file with ``docx``)."""
    parameters = {"plan": plan.pk, "year": year}
    if fmt != "pdf":  # PDF rows keep the parameters they were stored with
        parameters["format"] = fmt
    return stored_pdfs.request_pdf(
        KIND, parameters, review_version(plan, year, fmt), f"{plan.slug}-{year}.{fmt}"
    )


@stored_pdfs.renderer(KIND)
def render_review(pdf: StoredPdf) -> bytes:
    plan = Plan.objects.select_related("owner").get(pk=pdf.parameters["plan"])
    fmt = pdf.parameters.get("format", "pdf")
    return export_review(plan, pdf.parameters["year"], fmt, language=pdf.language).content
