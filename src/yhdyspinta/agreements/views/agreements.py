"""Agreements of the region and of a municipality; an agreement's page; creating and editing;
the signed document read back through the storage API."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from yhdyspinta.organizations.models import Organization
from yhdyspinta.web.params import InvalidParameterError, parse_int

from ..forms import AgreementForm
from ..models import Agreement, ResponsibilityTable
from ..rules import can_write_agreement
from ..scoping import county_or_404, visible_agreements
from .common import get_agreement, paged, save_form


@login_required
def agreement_list(request):
    county = county_or_404(request.user)
    municipalities = Organization.objects.filter(
        parent_county=county, kind=Organization.Kind.MUNICIPALITY
    ).order_by("name_fi")
    chosen, errors = None, {}
    raw = request.GET.get("municipality", "")
    if raw:
        try:
            chosen = municipalities.filter(pk=parse_int(raw)).first()
        except (ValueError, InvalidParameterError):
            chosen = None
        if chosen is None:
            errors["municipality"] = _("Choose a municipality of the county.")
    agreements = visible_agreements(request.user).prefetch_related("parties")
    if chosen is not None:
        agreements = agreements.filter(parties=chosen)
    page, query = paged(request, agreements.order_by("kind", "title", "pk"))
    return render(
        request,
        "agreements/agreement_list.html",
        {
            "page": page,
            "query": query,
            "agreements": page.object_list,
            "municipalities": municipalities,
            "chosen": chosen,
            "errors": errors,
            "can_add": can_write_agreement(request.user, None),
        },
        status=400 if errors else 200,
    )


@login_required
def agreement_detail(request, pk):
    agreement = get_agreement(request, pk)
    table = ResponsibilityTable.objects.filter(agreement=agreement).first()
    annexes = (
        table.annexes.select_related("theme", "approved_by").order_by("theme__order", "pk")
        if table
        else []
    )
    return render(
        request,
        "agreements/agreement_detail.html",
        {
            "agreement": agreement,
            "parties": agreement.parties.order_by("name_fi"),
            "table": table,
            "annexes": annexes,
            "can_edit": request.user.has_perm("agreements.change_agreement", agreement),
        },
    )


def _edit(request, *, agreement: Agreement | None, county, title: str, cancel_url: str):
    kwargs = {"user": request.user, "instance": agreement, "county": county}
    if request.method == "POST":
        form = AgreementForm(request.POST, request.FILES, **kwargs)

        def before_save(obj):
            obj.county = county

        def after_save(obj):
            ResponsibilityTable.objects.get_or_create(agreement=obj)

        if form.is_valid() and save_form(form, before_save, after_save):
            messages.success(request, _("Saved."))
            return redirect(form.instance.get_absolute_url())
    else:
        form = AgreementForm(**kwargs)
    return render(
        request,
        "agreements/agreement_form.html",
        {"form": form, "title": title, "cancel_url": cancel_url},
        status=400 if form.is_bound else 200,
    )


@login_required
def agreement_create(request):
    county = county_or_404(request.user)
    if not can_write_agreement(request.user, None):
        raise PermissionDenied
    return _edit(
        request,
        agreement=None,
        county=county,
        title=_("New agreement"),
        cancel_url=reverse("agreements:agreement_list"),
    )


@login_required
def agreement_edit(request, pk):
    agreement = get_agreement(request, pk, write=True)
    return _edit(
        request,
        agreement=agreement,
        county=agreement.county,
        title=_("Edit %(title)s") % {"title": agreement.title},
        cancel_url=agreement.get_absolute_url(),
    )


@login_required
def agreement_document(request, pk):
    """The signed PDF, read through the storage API (shared storage in production)."""
    agreement = get_agreement(request, pk)
    if not agreement.document:
        raise Http404
    try:
        handle = agreement.document.open("rb")
    except (FileNotFoundError, OSError):
        raise Http404 from None
    return FileResponse(
        handle,
        content_type="application/pdf",
        as_attachment=False,
        filename=f"sopimus-{agreement.pk}.pdf",
    )
