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

from yhdyspinta.documents.pdf import render_pdf_from_html
from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import delete_object, edit_object

from ...models import HyteCoefficientIndicator
from ..forms import CoefficientIndicatorForm
from ..services.coefficient import coefficient_table
from ..services.trends import trend_review
from .common import county_of_user, file_response


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
    context = _context(request)
    html = render_to_string("indicators/reporting/trend_review_print.html", context, request)
    name = slugify(context["review"].county.name_fi)
    return file_response(render_pdf_from_html(html), "application/pdf", f"hytetrendi-{name}.pdf")


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
