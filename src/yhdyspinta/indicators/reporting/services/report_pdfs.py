"""Report PDFs, rendered in the background once per data version (services.stored_pdfs).

The version of a report is a digest of the template version and its sections, the
commentary written for the organisation and year, the publication, the latest import of
observations and the language: publishing, editing commentary and importing make the
stored PDF stale."""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils.text import slugify

from yhdyspinta.documents.pdf import render_pdf_from_html
from yhdyspinta.organizations.models import Organization

from ...models import ReportCommentary, ReportPublication, ReportTemplate, StoredPdf
from ...services import stored_pdfs
from .reports import build_report, template_with_sections

KIND = "report"


def report_filename(organization: Organization, year: int, extension: str = "pdf") -> str:
    name = slugify(organization.name_fi) or str(organization.pk)
    return f"raportti-{name}-{year}.{extension}"


def report_version(
    template: ReportTemplate,
    organization: Organization,
    year: int,
    *,
    publication: ReportPublication | None = None,
) -> str:
    """``template`` from ``template_with_sections`` (sections and peers prefetched)."""
    sections = [
        [s.pk, s.title, s.order, s.intro]
        + [[si.indicator_id, si.order] for si in s.section_indicators.all()]
        for s in template.sections.all()
    ]
    settings = [
        template.pk, template.version, template.status, template.name, template.years_shown,
        template.compare_county, template.compare_country, template.approved_at,
        sorted(p.pk for p in template.peers.all()),
    ]  # fmt: skip
    commentary = list(
        ReportCommentary.objects.filter(
            section__template=template, organization=organization, year=year
        )
        .order_by("pk")
        .values_list("pk", "updated_at")
    )
    published = [publication.slug, publication.published_at] if publication else None
    names = [organization.pk, organization.name_fi, organization.name_sv, organization.name_en]
    return stored_pdfs.digest(
        KIND, settings, sections, commentary, published, names, year, stored_pdfs.latest_import()
    )


def request_report_pdf(
    template: ReportTemplate,
    organization: Organization,
    year: int,
    *,
    publication: ReportPublication | None = None,
) -> tuple[StoredPdf, bool]:
    """The stored PDF of a report (public when ``publication`` is given) and whether it is
    ready; when it is not, its rendering is enqueued."""
    parameters = {
        "template": template.pk,
        "organization": organization.pk,
        "year": year,
        "public": publication is not None,
    }
    version = report_version(template, organization, year, publication=publication)
    filename = report_filename(organization, year)
    return stored_pdfs.request_pdf(KIND, parameters, version, filename)


def report_pdf_bytes(report, *, public: bool = False) -> bytes:
    html = render_to_string(
        "indicators/reporting/report_print.html", {"report": report, "public": public}
    )
    return render_pdf_from_html(html)


@stored_pdfs.renderer(KIND)
def render_report(pdf: StoredPdf) -> bytes:
    p = pdf.parameters
    template = template_with_sections(p["template"])
    organization = Organization.objects.select_related("parent_county").get(pk=p["organization"])
    report = build_report(template, organization, p["year"])
    return report_pdf_bytes(report, public=p["public"])
