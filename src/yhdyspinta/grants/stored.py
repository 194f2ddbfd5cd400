"""The decision list (docx, xlsx) and the reservation proposal (docx) as background tasks,
stored and read back through the indicators app's stored files (``request_pdf``; the renderers
registered here when the app is loaded, also in the worker). A version is a digest of the
latest change recorded in the history of what the document shows, and of the language."""

from __future__ import annotations

from django.db.models import Max, Prefetch

from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs
from yhdyspinta.organizations.models import Organization

from . import exports
from .models import Decision, FundingReservation, GrantCall, Project

DECISIONS = "grant_decisions"
RESERVATIONS = "grant_reservations"
MAX_DECISIONS = 2000
MAX_PROJECTS = 200


def _latest(*models) -> list:
    return [m.history.aggregate(Max("history_id"))["history_id__max"] for m in models]


def request_decision_list(call: GrantCall, fmt: str) -> tuple[StoredPdf, bool]:
    from .models import Application

    version = stored_pdfs.digest(
        DECISIONS, call.pk, fmt, _latest(GrantCall, Application, Decision, Organization)
    )
    filename = f"paatokset-{call.year}-{call.pk}.{fmt}"
    return stored_pdfs.request_pdf(DECISIONS, {"call": call.pk, "format": fmt}, version, filename)


def request_reservations(county: Organization) -> tuple[StoredPdf, bool]:
    version = stored_pdfs.digest(
        RESERVATIONS, county.pk, _latest(Project, FundingReservation, Organization)
    )
    return stored_pdfs.request_pdf(
        RESERVATIONS, {"county": county.pk}, version, "hankerahoitusvaraukset.docx"
    )


def call_decisions(call: GrantCall) -> list[Decision]:
    municipalities = Organization.objects.order_by("name_fi")
    qs = (
        Decision.objects.filter(application__call=call)
        .select_related("application__organization", "application__call", "body")
        .prefetch_related(Prefetch("application__municipalities", queryset=municipalities))
    )
    return list(qs[:MAX_DECISIONS])


def county_projects(county: Organization) -> list[Project]:
    reservations = FundingReservation.objects.select_related("funder").prefetch_related(
        "municipalities"
    )
    qs = Project.objects.filter(county=county).prefetch_related(
        Prefetch("reservations", queryset=reservations)
    )
    return list(qs[:MAX_PROJECTS])


@stored_pdfs.renderer(DECISIONS)
def render_decision_list(stored: StoredPdf) -> bytes:
    call = GrantCall.objects.select_related("county").get(pk=stored.parameters["call"])
    build = exports.decision_list_xlsx if stored.parameters["format"] == "xlsx" else None
    build = build or exports.decision_list_docx
    return build(call, call_decisions(call))


@stored_pdfs.renderer(RESERVATIONS)
def render_reservations(stored: StoredPdf) -> bytes:
    county = Organization.objects.get(pk=stored.parameters["county"])
    return exports.reservations_docx(county, county_projects(county))
