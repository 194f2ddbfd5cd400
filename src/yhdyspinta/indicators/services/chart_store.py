"""The data version of the charts, and their drawing in the background after an import.

Charts are kept in the shared chart store (``documents.chart_cache``: Django's cache, Redis
when ``CACHE_URL`` names one) under their content and the data version: the latest import
that wrote rows. Each import that changes rows bumps the version and enqueues
``predraw_charts``, which draws the charts of the reports (every published report, and the
latest version of each county's templates for each of its municipalities) in every language,
so that a report PDF or page finds them drawn; a chart still missing is drawn on demand.
Other apps whose pages show indicator charts add a module ``report_charts.py`` with
``predraw(languages) -> int``, called after the reports (the plans' report pages).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Max
from django.utils import timezone, translation

from yhdyspinta.organizations.models import Organization

from ..models import ImportRun, ReportPublication, ReportTemplate

logger = logging.getLogger(__name__)


def data_version() -> int:
    """The version of the observations: the latest successful import that wrote rows."""
    latest = ImportRun.objects.filter(
        status=ImportRun.Status.SUCCEEDED, rows_written__gt=0
    ).aggregate(latest=Max("pk"))["latest"]
    return latest or 0


def charts_changed() -> None:
    """After an import wrote rows: draw the new version's charts once the data are
    committed (a background task; the import does not wait)."""
    from ..tasks import predraw_charts_task

    transaction.on_commit(lambda: predraw_charts_task.enqueue())


def reports_to_draw() -> list[tuple[int, Organization]]:
    """(template pk, organisation) of every report whose charts are kept drawn."""
    wanted: dict[tuple[int, int], Organization] = {}
    for publication in ReportPublication.objects.select_related("organization__parent_county"):
        wanted[publication.template_id, publication.organization_id] = publication.organization
    latest = {}
    for template in ReportTemplate.objects.order_by("county_id", "name", "version"):
        latest[template.county_id, template.name] = template
    counties = {template.county_id for template in latest.values()}
    members = {}
    for organization in (
        Organization.objects.filter(parent_county__in=counties)
        .municipalities()
        .select_related("parent_county")
        .order_by("name_fi")
    ):
        members.setdefault(organization.parent_county_id, []).append(organization)
    for template in latest.values():
        for organization in members.get(template.county_id, []):
            wanted.setdefault((template.pk, organization.pk), organization)
    return [(template, organization) for (template, _), organization in wanted.items()]


def predraw_charts(languages: list[str] | None = None) -> int:
    """Draw the charts of ``reports_to_draw`` in each language (those already in the store
    are only looked up); returns the reports gone through."""
    from yhdyspinta.web.registry import app_modules

    done = 0
    for template_pk, organization in reports_to_draw():
        predraw_report(template_pk, organization, languages)
        done += 1
    for module in app_modules("report_charts"):
        module.predraw(languages)
    return done


def predraw_report(template_pk: int, organization: Organization, languages=None) -> None:
    """Draw the charts of one report (building it draws those not yet in the store)."""
    from ..reporting.services.reports import build_report, template_with_sections

    template = template_with_sections(template_pk)
    for language in languages or [code for code, _name in settings.LANGUAGES]:
        with translation.override(language):
            build_report(template, organization, timezone.localdate().year)
