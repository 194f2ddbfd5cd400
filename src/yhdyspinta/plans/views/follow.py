"""The annual follow-up of a plan: a page per year where each responsible organisation fills in
its measures' review entries (HTMX in place, a plain form page without JavaScript), "our
measures in this plan", and the year's review as the annual report to the council (docx at once,
the PDF rendered in the background and stored)."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from yhdyspinta.indicators.views.stored import stored_pdf_response
from yhdyspinta.organizations.scoping import writable_organizations
from yhdyspinta.web.history import history_for
from yhdyspinta.web.paging import page_of

from ..document.annual import request_review
from ..follow import follow_rows, prepared, review_of, shown_measures
from ..follow_forms import ReviewEntryForm
from ..models import AnnualReview, Measure, ReviewEntry
from ..rules import can_write_plan
from ..scoping import get_measure_for_user, get_plan_for_user

PAGE_SIZE = 30

REVIEW_HISTORY = 10


def review_context(user, plan, year: int, review: AnnualReview | None) -> dict:
    """What the review's section of the follow-up page shows."""
    return {
        "plan": plan,
        "year": year,
        "review": review,
        "review_history": history_for(review, REVIEW_HISTORY) if review else [],
        "can_edit_plan": can_write_plan(user, plan),
        "reported": AnnualReview.Status.REPORTED,
    }


def _year_or_404(plan, year: int) -> int:
    if not plan.covers_year(year):
        raise Http404
    return year


def follow_url(plan, year: int) -> str:
    return reverse("plans:follow_up", args=[plan.pk, year])


@login_required
def follow_up(request, pk, year):
    plan = get_plan_for_user(request, pk)
    _year_or_404(plan, year)
    measures = shown_measures(request.user, plan)
    page, query = page_of(request, prepared(measures), PAGE_SIZE)
    rows = follow_rows(request.user, plan, year, page.object_list)
    return render(
        request,
        "plans/follow/follow_up.html",
        {
            "plan": plan,
            "year": year,
            "years": range(plan.period_start, plan.period_end + 1),
            **review_context(request.user, plan, year, review_of(plan, year)),
            "rows": rows,
            "page": page,
            "query": query,
            "all_shown": measures.count() == plan_measure_count(plan),
        },
    )


def plan_measure_count(plan) -> int:
    return Measure.objects.filter(goal__plan=plan).count()


@login_required
def entry_edit(request, measure_pk, year):
    """GET: the entry's form (a fragment for HTMX); POST: save it, creating the year's review
    when it is the first entry. Errors name the field; nothing is written then."""
    measure = get_measure_for_user(request, measure_pk, write=True)
    plan = measure.goal.plan
    _year_or_404(plan, year)
    entry = ReviewEntry.objects.filter(measure=measure, review__plan=plan, review__year=year)
    instance = entry.select_related("review").first()
    form = ReviewEntryForm(
        request.POST or None, user=request.user, instance=instance, measure=measure
    )
    if request.method == "POST" and form.is_valid() and _save(form, plan, year):
        if request.htmx:
            row = follow_rows(request.user, plan, year, prepared(measure_queryset(measure)))[0]
            return render(request, "plans/follow/_row.html", {"row": row, "year": year})
        return redirect(follow_url(plan, year) + f"#measure-{measure.pk}")
    context = {"measure": measure, "plan": plan, "year": year, "form": form}
    if request.htmx:
        response = render(request, "plans/follow/_entry_form.html", context)
        if request.method == "POST":  # the errors in place of the form
            response["HX-Retarget"] = f"#entry-{measure.pk}"
            response["HX-Reswap"] = "innerHTML"
        return response
    status = 400 if request.method == "POST" else 200
    return render(request, "plans/follow/entry_edit.html", context, status=status)


def measure_queryset(measure):
    return Measure.objects.filter(pk=measure.pk)


def _save(form, plan, year) -> bool:
    """The entry and, for the first one, the year's review, all or nothing."""
    try:
        with transaction.atomic():
            review = review_of(plan, year)
            if review is None:
                review = AnnualReview(plan=plan, year=year)
                review.full_clean()
                review.save()
            entry = form.save(commit=False)
            entry.review = review
            entry.full_clean()
            entry.save()
    except ValidationError as exc:
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return False
    return True


@login_required
def review_docx(request, pk, year):
    plan = get_plan_for_user(request, pk)
    _year_or_404(plan, year)
    return stored_pdf_response(request, *request_review(plan, year, "docx"))


@login_required
def review_pdf(request, pk, year):
    plan = get_plan_for_user(request, pk)
    _year_or_404(plan, year)
    return stored_pdf_response(request, *request_review(plan, year))


@login_required
def our_measures(request, pk):
    """The measures of the plan that the user's organisations are responsible for."""
    plan = get_plan_for_user(request, pk)
    year = _current_year(plan)
    mine = Measure.objects.filter(
        goal__plan=plan, responsible_organization__in=writable_organizations(request.user)
    )
    page, query = page_of(request, prepared(mine), PAGE_SIZE)
    rows = follow_rows(request.user, plan, year, page.object_list)
    return render(
        request,
        "plans/follow/our_measures.html",
        {"plan": plan, "year": year, "rows": rows, "page": page, "query": query},
    )


def _current_year(plan) -> int:
    today = timezone.localdate().year
    return min(max(today, plan.period_start), plan.period_end)
