"""Collection rounds: "12 / 13 municipalities have submitted by 31.10.2023", and each
municipality's submission status, set by its coordinator or county staff."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from yhdyspinta.organizations.models import Organization
from yhdyspinta.organizations.rules import can_write_owned
from yhdyspinta.organizations.scoping import get_for_user
from yhdyspinta.web.editing import edit_object
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..forms import CollectionRoundForm, SubmissionForm
from ..models import Submission, SubmissionStatus
from ..scoping import county_or_404, own_municipality, visible_rounds
from ..services.collection import round_status


@login_required
def round_list(request):
    county = county_or_404(request)
    page, query = page_of(request, visible_rounds(request.user).order_by("-due_date", "-pk"))
    return render(
        request,
        "networks/round_list.html",
        {
            "statuses": [round_status(r) for r in page.object_list],
            "page": page,
            "query": query,
            "county": county,
            "can_add": request.user.has_perm("networks.add_collectionround"),
        },
    )


@login_required
def round_create(request):
    county = county_or_404(request)
    if not request.user.has_perm("networks.add_collectionround"):
        raise PermissionDenied

    def attach(obj):
        obj.county = county

    return edit_object(
        request,
        form_class=CollectionRoundForm,
        title=_("New collection round"),
        cancel_url=reverse("networks:round_list"),
        before_save=attach,
    )


def _row_context(request, status, row):
    return {
        "round": status.round,
        "row": row,
        "can_set": can_write_owned(request.user, row.municipality),
        "form": SubmissionForm(instance=row.submission or Submission(status="not_started")),
    }


@login_required
def round_detail(request, pk):
    collection = get_for_user(request, visible_rounds(request.user), pk)
    status = round_status(collection)
    mine = own_municipality(request.user)
    rows = [_row_context(request, status, row) for row in status.rows]
    return render(
        request,
        "networks/round_detail.html",
        {
            "status": status,
            "round": collection,
            "rows": rows,
            "mine": status.row_for(mine.pk) if mine else None,
            "statuses": SubmissionStatus.choices,
            "history": history_for(collection),
        },
    )


@login_required
@require_POST
def submission_update(request, pk, municipality_pk):
    collection = get_for_user(request, visible_rounds(request.user), pk)
    try:
        municipality = Organization.objects.get(
            pk=municipality_pk, parent_county_id=collection.county_id, kind="municipality"
        )
    except Organization.DoesNotExist:
        raise Http404 from None
    if not can_write_owned(request.user, municipality):
        raise PermissionDenied
    submission = Submission.objects.filter(round=collection, municipality=municipality).first()
    submission = submission or Submission(round=collection, municipality=municipality)
    form = SubmissionForm(request.POST, instance=submission)
    status_code = 200
    if form.is_valid():
        with transaction.atomic():
            obj = form.save(commit=False)
            if obj.status == SubmissionStatus.SUBMITTED:
                if obj.submitted_at is None:
                    obj.mark_submitted(request.user)
            else:
                obj.submitted_at = None
                obj.submitted_by = None
            obj.save()
        messages.success(request, _("Saved."))
    else:
        status_code = 400
    if not request.htmx:
        return redirect(collection.get_absolute_url())
    status = round_status(collection)
    context = _row_context(request, status, status.row_for(municipality.pk))
    if form.errors:
        context["form"] = form
    context["summary"] = status
    return render(request, "networks/partials/_submission_row.html", context, status=status_code)
