"""The plan's PDF and Word file from the plan page: rendered in the background and stored,
through the indicators app's stored PDFs (``request_pdf``; the renderers registered here, when
the plans app is loaded, also in the worker). The version changes with any change recorded in
the plans' history, a new statistics import, the language and the day (late milestones)."""

from __future__ import annotations

from django.apps import apps
from django.db.models import Max
from django.utils import timezone

from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs

from ..models import Plan
from .export import export_plan

KIND = "plan"
DOCX_KIND = "plan_docx"
HISTORY_MODELS = (
    "Plan", "Phase", "Milestone", "Workshop", "Conclusion", "Goal", "Measure",
    "MeasureIndicator", "Statement", "AnnualReview", "ReviewEntry", "IndicatorOmission",
    "IndicatorSet",
)  # fmt: skip


def plan_version(plan: Plan) -> str:
    """A digest of what the document shows: one aggregate per history table (13 queries)."""
    latest = [
        apps.get_model("plans", f"Historical{name}").objects.aggregate(Max("history_id"))
        for name in HISTORY_MODELS
    ]
    return stored_pdfs.digest(
        KIND, plan.pk, latest, stored_pdfs.latest_import(), timezone.localdate()
    )


def request_plan_pdf(plan: Plan) -> tuple[StoredPdf, bool]:
    return stored_pdfs.request_pdf(KIND, {"plan": plan.pk}, plan_version(plan), f"{plan.slug}.pdf")


def request_plan_docx(plan: Plan) -> tuple[StoredPdf, bool]:
    """The Word file, stored the same way as the PDF (the file's name says it is a .docx)."""
    return stored_pdfs.request_pdf(
        DOCX_KIND, {"plan": plan.pk}, plan_version(plan), f"{plan.slug}.docx"
    )


@stored_pdfs.renderer(KIND)
def render_plan_pdf(pdf: StoredPdf) -> bytes:
    plan = Plan.objects.select_related("owner").get(pk=pdf.parameters["plan"])
    return export_plan(plan, "pdf", language=pdf.language).content


@stored_pdfs.renderer(DOCX_KIND)
def render_plan_docx(stored: StoredPdf) -> bytes:
    plan = Plan.objects.select_related("owner").get(pk=stored.parameters["plan"])
    return export_plan(plan, "docx", language=stored.language).content
