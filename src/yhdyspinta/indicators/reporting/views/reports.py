"""A report from the common template: HTML, PDF and xlsx; commentary; publishing."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import BadRequest, PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.scoping import get_for_user

from ...limits import FIRST_YEAR, LAST_YEAR
from ...models import ReportCommentary, ReportPublication, ReportSection, ReportTemplate
from ...views.stored import stored_pdf_response
from ..forms import CommentaryForm
from ..services.export import report_xlsx
from ..services.report_pdfs import report_filename, request_report_pdf
from ..services.reports import build_report, default_year, template_with_sections
from .common import XLSX, file_response, organization_in, year_query


def _report_for(request, pk, org_pk):
    get_for_user(request, ReportTemplate.objects.all(), pk)
    template = template_with_sections(pk)
    organization = organization_in(template.county, org_pk)
    year = year_query(request, default_year(template, organization))
    return template, organization, year


def _filename(report, extension: str) -> str:
    return report_filename(report.organization, report.year, extension)


@login_required
def report_view(request, pk, org_pk):
    template, organization, year = _report_for(request, pk, org_pk)
    report = build_report(template, organization, year)
    user = request.user
    writable = {
        block.section.pk
        for block in report.sections
        if user.has_perm(
            "indicators.change_reportcommentary",
            ReportCommentary(section=block.section, organization=organization, year=year),
        )
    }
    publication = ReportPublication.objects.filter(organization=organization, year=year).first()
    return render(
        request,
        "indicators/reporting/report.html",
        {
            "report": report,
            "writable": writable,
            "can_publish": user.has_perm("indicators.add_reportpublication", organization),
            "publication": publication,
        },
    )


@login_required
def report_pdf(request, pk, org_pk):
    """The stored PDF of the report, rendered in the background once per data version."""
    template, organization, year = _report_for(request, pk, org_pk)
    return stored_pdf_response(request, *request_report_pdf(template, organization, year))


@login_required
def report_xlsx_view(request, pk, org_pk):
    template, organization, year = _report_for(request, pk, org_pk)
    report = build_report(template, organization, year, charts=False)
    return file_response(report_xlsx(report), XLSX, _filename(report, "xlsx"))


@login_required
def commentary_edit(request, pk, org_pk, year):
    section = get_for_user(request, ReportSection.objects.select_related("template__county"), pk)
    organization = organization_in(section.template.county, org_pk)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadRequest("year")
    commentary = ReportCommentary.objects.filter(
        section=section, organization=organization, year=year
    ).first() or ReportCommentary(section=section, organization=organization, year=year)
    if not request.user.has_perm("indicators.change_reportcommentary", commentary):
        raise PermissionDenied
    report_url = (
        reverse("indicators_reporting:report", args=[section.template_id, organization.pk])
        + f"?year={year}"
    )
    form = CommentaryForm(request.POST or None, instance=commentary)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            obj = form.save(commit=False)
            obj.written_by = request.user
            obj.save()
        messages.success(request, _("Saved."))
        return redirect(f"{report_url}#section-{section.pk}")
    title = _("Commentary: %(section)s, %(organization)s %(year)s") % {
        "section": section.title,
        "organization": organization.name,
        "year": year,
    }
    context = {"form": form, "title": title, "cancel_url": report_url}
    return render(request, "web/form.html", context, status=400 if form.is_bound else 200)


def _slug_for(organization, year: int) -> str:
    base = f"{slugify(organization.name_fi) or organization.pk}-{year}"
    taken = ReportPublication.objects.filter(slug=base).exclude(organization=organization)
    return f"{base}-{organization.pk}" if taken.exists() else base


@login_required
@require_POST
def publish(request, pk, org_pk):
    template, organization, year = _report_for(request, pk, org_pk)
    if not request.user.has_perm("indicators.add_reportpublication", organization):
        raise PermissionDenied
    is_public = request.POST.get("is_public", "1") == "1"
    with transaction.atomic():
        publication, _created = ReportPublication.objects.update_or_create(
            organization=organization,
            year=year,
            defaults={
                "template": template,
                "is_public": is_public,
                "published_by": request.user,
                "slug": _slug_for(organization, year),
            },
        )
    if is_public:
        # Prepared at once, so that the first reader gets the file.
        request_report_pdf(template, organization, year, publication=publication)
        messages.success(
            request,
            _("The report is public at %(url)s.")
            % {"url": request.build_absolute_uri(publication.get_absolute_url())},
        )
    else:
        messages.success(request, _("The report is no longer public."))
    return redirect(reverse("indicators_reporting:report", args=[pk, org_pk]) + f"?year={year}")


def _published_report(slug, *, charts: bool = True):
    publication = get_object_or_404(
        ReportPublication.objects.select_related("organization"), slug=slug, is_public=True
    )
    template = template_with_sections(publication.template_id)
    report = build_report(template, publication.organization, publication.year, charts=charts)
    return publication, report


def public_report(request, slug):
    publication, report = _published_report(slug)
    return render(
        request,
        "indicators/reporting/public_report.html",
        {"report": report, "publication": publication, "public": True},
    )


def public_report_pdf(request, slug):
    """Never rendered in the request: the stored file, or "being prepared" (202)."""
    publication = get_object_or_404(
        ReportPublication.objects.select_related("organization"), slug=slug, is_public=True
    )
    template = template_with_sections(publication.template_id)
    stored = request_report_pdf(
        template, publication.organization, publication.year, publication=publication
    )
    return stored_pdf_response(request, *stored)


def public_report_xlsx(request, slug):
    _publication, report = _published_report(slug, charts=False)
    return file_response(report_xlsx(report), XLSX, _filename(report, "xlsx"))
