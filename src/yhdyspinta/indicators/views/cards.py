"""The municipality card (kuntakortti): key indicators against the county and the country,
with trend arrows, and the sections other apps add. HTML and PDF from the same data."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import timezone

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import account_of

from ..card_sections import rendered_card_sections
from ..models import Area, Indicator
from ..presenting import rows_for
from ..rules import can_view_card
from ..services import stored_pdfs
from ..services.series import build_series
from ..stats import Polarity
from .stored import stored_pdf_response


def key_indicators():
    chosen = Indicator.objects.filter(key_indicator=True)
    if not chosen.exists():
        chosen = Indicator.objects.exclude(polarity=Polarity.NO_JUDGEMENT)
    return list(chosen.order_by("title_fi"))


@login_required
def card_list(request):
    if not can_view_card(request.user, None):
        raise PermissionDenied
    account = account_of(request.user)
    county = account.organization.county if account else None
    municipalities = (
        Organization.objects.filter(parent_county=county).municipalities().order_by("name_fi")
        if county
        else Organization.objects.none()
    )
    return render(request, "indicators/card_list.html", {"municipalities": municipalities})


def card_indicators(municipality) -> dict:
    """The card's indicator part, the same for the logged-in and the public card: the key
    indicators of the municipality's area against the region and the country, and their
    attributions. Public data only (CC BY 4.0)."""
    area = Area.objects.select_related("organization").filter(organization=municipality).first()
    rows, attributions = [], []
    if area is not None:
        for result in build_series(key_indicators(), [area]):
            if not result.areas[0].points:
                continue
            rows.append({"indicator": result.indicator, "row": rows_for(result)[0]})
            attributions.append(result.indicator.attribution())
    return {
        "municipality": municipality,
        "area": area,
        "rows": rows,
        "attributions": sorted(set(attributions)),
    }


def _card_context(request, pk):
    municipality = Organization.objects.filter(pk=pk).select_related("parent_county").first()
    if municipality is None or not can_view_card(request.user, municipality):
        raise Http404
    return {
        **card_indicators(municipality),
        "sections": rendered_card_sections(municipality, request),
        "printed": timezone.localdate(),
    }


@login_required
def card_detail(request, pk):
    return render(request, "indicators/card.html", _card_context(request, pk))


@login_required
def card_pdf(request, pk):
    """The card's HTML is cheap and is the version; the PDF is rendered in the background.
    Other apps' sections depend on the reader, so each reader has her own file."""
    context = _card_context(request, pk)
    html = render_to_string("indicators/card_print.html", context, request=request)
    municipality = context["municipality"]
    stored = stored_pdfs.request_pdf(
        "card",
        {"organization": municipality.pk, "user": request.user.pk},
        stored_pdfs.digest("card", html),
        f"kuntakortti-{municipality.code or municipality.pk}.pdf",
        source_html=html,
    )
    return stored_pdf_response(request, *stored)
