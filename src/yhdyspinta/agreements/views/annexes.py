"""An annex as the Word table people know; editing the annex and its rows (an approved version
is frozen; a new version starts after approval); comments on rows; versions side by side."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.rules import account_of
from yhdyspinta.web.params import InvalidParameterError, parse_int

from ..forms import AnnexForm, AnnexRowForm, CommentForm
from ..models import Annex, AnnexRevision, AnnexRow, ResponsibilityTable
from ..rules import can_comment
from ..services.versions import diff, record_revision, start_new_version
from .common import get_agreement, get_annex, get_row, paged, save_form


def _form_page(request, form, title, cancel_url):
    return render(
        request,
        "web/form.html",
        {"form": form, "title": title, "cancel_url": cancel_url},
        status=400 if form.is_bound else 200,
    )


@login_required
def annex_create(request, pk):
    agreement = get_agreement(request, pk, write=True)
    table, _created = ResponsibilityTable.objects.get_or_create(agreement=agreement)
    instance = Annex(table=table)
    kwargs = {"user": request.user, "instance": instance, "table": table}
    form = AnnexForm(request.POST or None, **kwargs)
    if request.method == "POST" and form.is_valid():
        if save_form(form, after_save=lambda annex: record_revision(annex, request.user)):
            messages.success(request, _("Saved."))
            return redirect(form.instance.get_absolute_url())
    return _form_page(request, form, _("New annex"), agreement.get_absolute_url())


@login_required
def annex_detail(request, pk):
    annex = get_annex(request, pk)
    rows = annex.rows.prefetch_related(
        "counterparts__municipality",
        "counterparts__county_person",
        "counterparts__municipality_person",
        "networks",
        "comments__author_organization",
    )
    agreement = annex.table.agreement
    return render(
        request,
        "agreements/annex_detail.html",
        {
            "annex": annex,
            "agreement": agreement,
            "parties": agreement.parties.order_by("name_fi"),
            "rows": rows,
            "can_edit": request.user.has_perm("agreements.change_annex", annex),
            "can_comment": can_comment(request.user, annex),
            "comment_form": CommentForm(),
            "late": annex.is_late(),
        },
    )


@login_required
def annex_edit(request, pk):
    annex = get_annex(request, pk, write=True)
    kwargs = {"user": request.user, "instance": annex, "table": annex.table}
    form = AnnexForm(request.POST or None, **kwargs)
    if request.method == "POST" and form.is_valid():
        if save_form(form, after_save=lambda obj: record_revision(obj, request.user)):
            messages.success(request, _("Saved."))
            return redirect(annex.get_absolute_url())
    title = _("Edit the annex %(theme)s") % {"theme": annex.theme.name}
    return _form_page(request, form, title, annex.get_absolute_url())


@login_required
@require_POST
def annex_new_version(request, pk):
    annex = get_annex(request, pk, write=True)
    try:
        annex = start_new_version(annex, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect(annex.get_absolute_url())
    messages.success(request, _("Version %(v)s started.") % {"v": annex.version})
    return redirect(annex.get_absolute_url())


def _row_page(request, annex, row, title):
    form = AnnexRowForm(request.POST or None, user=request.user, instance=row, annex=annex)
    if request.method == "POST" and form.is_valid():

        def before_save(obj):
            obj.annex = annex

        if save_form(
            form, before_save, after_save=lambda obj: record_revision(annex, request.user)
        ):
            messages.success(request, _("Saved."))
            return redirect(form.instance.get_absolute_url())
    return _form_page(request, form, title, annex.get_absolute_url())


@login_required
def row_create(request, pk):
    annex = get_annex(request, pk, write=True)
    order = annex.rows.count() + 1
    row = AnnexRow(annex=annex, order=order)
    return _row_page(request, annex, row, _("New row: %(theme)s") % {"theme": annex.theme.name})


@login_required
def row_edit(request, pk):
    row = get_row(request, pk, write=True)
    return _row_page(request, row.annex, row, _("Edit the row"))


@login_required
@require_POST
def row_comment(request, pk):
    row = get_row(request, pk)
    if not can_comment(request.user, row):
        raise PermissionDenied
    form = CommentForm(request.POST)
    form.instance.row = row
    form.instance.author = request.user
    account = account_of(request.user)
    form.instance.author_organization = account.organization if account else None
    if form.is_valid():
        with transaction.atomic():
            form.save()
        messages.success(request, _("Comment saved."))
        return redirect(row.get_absolute_url())
    return render(
        request,
        "web/form.html",
        {"form": form, "title": _("Comment on the row"), "cancel_url": row.get_absolute_url()},
        status=400,
    )


def _revision(revisions, raw):
    if not raw:
        return None
    try:
        return revisions.filter(pk=parse_int(raw)).first()
    except (ValueError, InvalidParameterError):
        return None


@login_required
def annex_history(request, pk):
    """The saved versions, and two of them side by side (?a=&b=, default: the last two)."""
    annex = get_annex(request, pk)
    revisions = AnnexRevision.objects.filter(annex=annex).select_related("created_by")
    page, query = paged(request, revisions.order_by("-created", "-pk"))
    errors = {}
    left, right = (
        _revision(revisions, request.GET.get("a")),
        _revision(revisions, request.GET.get("b")),
    )
    for key, found in (("a", left), ("b", right)):
        if request.GET.get(key) and found is None:
            errors[key] = _("Choose a saved version of this annex.")
    if not request.GET.get("a") and not request.GET.get("b"):
        latest = list(revisions.order_by("-created", "-pk")[:2])
        if len(latest) == 2:
            right, left = latest
    sections = diff(left.data, right.data) if left and right else []
    return render(
        request,
        "agreements/annex_history.html",
        {
            "annex": annex,
            "page": page,
            "query": query,
            "revisions": page.object_list,
            "left": left,
            "right": right,
            "sections": sections,
            "errors": errors,
        },
        status=400 if errors else 200,
    )
