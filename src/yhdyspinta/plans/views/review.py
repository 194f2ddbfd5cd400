"""The year's review of a plan on its follow-up page: the overall assessment and the status,
written by the plan's writers (HTMX in place, a plain form page without JavaScript). Saving the
first time creates the year's review.

"Reported to the council" needs the overall assessment (the model's rule, an error on its
field). A reported review stays editable, with its history: the council's record of what it
was given is the annual report in its meeting papers, while a correction after the meeting (a
typo, a figure the council asked to be fixed, the status set back to "ready" when the item was
postponed) is routine and should not need the admin. Every change is recorded (simple-history)
and the page lists who changed what and when, so a change after reporting is visible; the
stored annual report (docx and PDF) is rendered again because its version follows the history
of the review (``document.annual.review_version``)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from ..follow import review_of
from ..follow_forms import AnnualReviewForm
from ..models import AnnualReview, Plan
from ..scoping import get_plan_for_user
from .follow import _year_or_404, follow_url, review_context


@login_required
def review_edit(request, pk, year):
    """GET: the form (a fragment for HTMX); POST: save it, all or nothing."""
    plan = get_plan_for_user(request, pk, write=True)
    _year_or_404(plan, year)
    instance = review_of(plan, year) or AnnualReview(plan=plan, year=year)
    data = request.POST if request.method == "POST" else None
    form = AnnualReviewForm(data, user=request.user, instance=instance, plan=plan, year=year)
    if form.is_bound and form.is_valid() and _save(form, plan):
        if request.htmx:
            context = review_context(request.user, plan, year, form.instance)
            return render(request, "plans/follow/_review.html", context)
        return redirect(follow_url(plan, year) + "#review")
    context = {"plan": plan, "year": year, "form": form, "review": instance}
    if request.htmx:
        response = render(request, "plans/follow/_review_form.html", context)
        if form.is_bound:  # the errors in place of the form
            response["HX-Retarget"] = "#review-body"
            response["HX-Reswap"] = "innerHTML"
        return response
    status = 400 if form.is_bound else 200
    return render(request, "plans/follow/review_edit.html", context, status=status)


def _save(form, plan) -> bool:
    """The review, created when it is the first save of the year; one writer at a time per
    plan (the plan's row is locked), so two first saves do not race for the year."""
    try:
        with transaction.atomic():
            Plan.objects.select_for_update().filter(pk=plan.pk).first()
            review = form.save(commit=False)
            review.full_clean()  # a review of the year created meanwhile: a form error
            review.save()
    except ValidationError as exc:
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return False
    except IntegrityError:
        form.add_error(None, _("The review was saved by someone else meanwhile; try again."))
        return False
    return True
