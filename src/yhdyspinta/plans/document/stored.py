"""The plan's PDF from the plan page: rendered in the background and stored, through the
indicators app's stored PDFs (``request_pdf``; the renderer registered here, when the plans app
is loaded, also in the worker). The version changes with any change recorded in the plans'
history, a new statistics import, the language and the day (late milestones)."""

from __future__ import annotations

from django.apps import apps
from django.db.models import Max
from django.utils import timezone

from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs

from ..models import Plan
from .export import export_plan

KIND = "plan"
HISTORY_MODELS = (
    "Plan", "Phase", "Milestone", "Workshop", "Conclusion", "Goal", "Measure",
    "MeasureIndicator", "Statement",
)  # fmt: skip


def plan_version(plan: Plan) -> str:
    """A digest of what the document shows: one aggregate per history table (9 queries)."""
    latest = [
        apps.get_model("plans", f"Historical{name}").objects.aggregate(Max("history_id"))
        for name in HISTORY_MODELS
    ]
    return stored_pdfs.digest(
        KIND, plan.pk, latest, stored_pdfs.latest_import(), timezone.localdate()
    )


def request_plan_pdf(plan: Plan) -> tuple[StoredPdf, bool]:
    return stored_pdfs.request_pdf(KIND, {"plan": plan.pk}, plan_version(plan), f"{plan.slug}.pdf")


@stored_pdfs.renderer(KIND)
def render_plan_pdf(pdf: StoredPdf) -> bytes:
    plan = Plan.objects.select_related("owner").get(pk=pdf.parameters["plan"])
    return export_plan(plan, "pdf", language=pdf.language).content
