"""Versions of a reporting template: copy into a new version, record an approval."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Max

from yhdyspinta.organizations.models import Body

from ...models import ReportCommentary, ReportSection, ReportTemplate, SectionIndicator


class VersionError(ValueError):
    """The template cannot change in the way asked (e.g. it already has a newer version)."""


@transaction.atomic
def new_version(template: ReportTemplate) -> ReportTemplate:
    """A draft copy of ``template`` with the next version number: settings, peers,
    sections, their indicators and the commentary already written."""
    if ReportTemplate.objects.filter(previous=template).exists():
        raise VersionError("this version already has a newer version")
    latest = ReportTemplate.objects.filter(county=template.county, name=template.name).aggregate(
        n=Max("version")
    )["n"]
    copy = ReportTemplate.objects.create(
        county=template.county,
        name=template.name,
        version=(latest or template.version) + 1,
        status=ReportTemplate.Status.DRAFT,
        description=template.description,
        years_shown=template.years_shown,
        compare_county=template.compare_county,
        compare_country=template.compare_country,
        previous=template,
    )
    copy.peers.set(template.peers.all())
    for section in template.sections.order_by("order", "pk"):
        new_section = ReportSection.objects.create(
            template=copy, title=section.title, order=section.order, intro=section.intro
        )
        SectionIndicator.objects.bulk_create(
            SectionIndicator(section=new_section, indicator_id=si.indicator_id, order=si.order)
            for si in section.section_indicators.all()
        )
        ReportCommentary.objects.bulk_create(
            ReportCommentary(
                section=new_section,
                organization_id=c.organization_id,
                year=c.year,
                text=c.text,
                written_by_id=c.written_by_id,
            )
            for c in section.commentaries.all()
        )
    return copy


@transaction.atomic
def record_approval(
    template: ReportTemplate, *, body: Body | None, date: dt.date, meeting: str, user
) -> ReportTemplate:
    """Mark the template approved at a dated meeting of ``body``, recorded by ``user``."""
    if not body and not meeting:
        raise VersionError("an approval needs the approving body or the meeting")
    template.status = ReportTemplate.Status.APPROVED
    template.approved_at = date
    template.approved_by = body
    template.meeting = meeting
    template.approval_recorded_by = user
    template.full_clean()
    template.save()
    return template
