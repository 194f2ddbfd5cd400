"""The trend review (hytetrendi) page and PDF, and the HYTE coefficient view."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import delete_object, edit_object

from ...models import HyteCoefficientIndicator
from ...services import stored_pdfs
from ...views.stored import stored_pdf_response
from ..forms import CoefficientIndicatorForm
from ..services.coefficient import coefficient_table
from ..services.trends import trend_review
from .common import county_of_user


def _context(request) -> dict:
    county = county_of_user(request)
    review = trend_review(county, other_label=_("Indicators outside the shared goals"))
    none = _("No significant changes in the data.")
    lists = [
        (_("Largest significant improvements"), review.improvements, none),
        (_("Largest significant deteriorations"), review.deteriorations, none),
        (_("Red-red: worse than the region and getting worse"), review.red_red, none),
    ]
    return {"review": review, "lists": lists, "printed": timezone.localdate()}


@login_required
def review(request):
    return render(request, "indicators/reporting/trend_review.html", _context(request))


@login_required
def review_pdf(request):
    """The review's HTML is the version (it is what the page computes anyway); the PDF is
    rendered in the background and served stored (202 while it is being prepared)."""
    context = _context(request)
    html = render_to_string("indicators/reporting/trend_review_print.html", context, request)
    county = context["review"].county
    stored = stored_pdfs.request_pdf(
        "trend_review",
        {"county": county.pk},
        stored_pdfs.digest("trend_review", html),
        f"hytetrendi-{slugify(county.name_fi)}.pdf",
        source_html=html,
    )
    return stored_pdf_response(request, *stored)


@login_required
def coefficient(request):
    county = county_of_user(request)
    organizations, rows = coefficient_table(county)
    attributions = sorted({row.entry.indicator.attribution() for row in rows})
    return render(
        request,
        "indicators/reporting/coefficient.html",
        {
            "county": county,
            "organizations": organizations,
            "rows": rows,
            "attributions": attributions,
            "can_edit": request.user.has_perm("indicators.add_hytecoefficientindicator", county),
        },
    )


@login_required
def coefficient_add(request):
    county = county_of_user(request)
    if not request.user.has_perm("indicators.add_hytecoefficientindicator", county):
        raise PermissionDenied

    def before_save(entry):
        entry.county = county

    url = reverse("indicators_reporting:coefficient")
    return edit_object(
        request,
        form_class=CoefficientIndicatorForm,
        title=_("Add an indicator to the HYTE coefficient set"),
        cancel_url=url,
        before_save=before_save,
        success_url=url,
    )


@login_required
def coefficient_delete(request, pk):
    entry = get_for_user(
        request,
        HyteCoefficientIndicator.objects.select_related("indicator", "county"),
        pk,
        write=True,
        perm="indicators.delete_hytecoefficientindicator",
    )
    url = reverse("indicators_reporting:coefficient")
    return delete_object(
        request,
        entry,
        title=_("Remove from the HYTE coefficient set"),
        cancel_url=url,
        success_url=url,
    )
