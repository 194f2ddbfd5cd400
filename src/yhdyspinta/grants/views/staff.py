"""Staff's and reviewers' pages: assigning a reviewer, a review, a decision, approving a report
on the use of funds; the applicant's report itself."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ..forms import AssignReviewerForm, DecisionForm, ReviewForm, UsageReportForm
from ..models import ApplicationStatus, Decision, Review
from ..rules import is_applicant, is_call_staff
from ..scoping import get_application_for_user, get_review_for_user, get_usage_report_for_user
from ..services import save_decision, save_review
from .common import form_page

DECIDABLE = (ApplicationStatus.ELIGIBLE, ApplicationStatus.IN_REVIEW, ApplicationStatus.DECIDED)


def _staff_application(request, pk):
    application = get_application_for_user(request, pk)
    if not is_call_staff(request.user, application.call):
        raise PermissionDenied
    return application


@login_required
def review_assign(request, pk):
    application = _staff_application(request, pk)
    form = AssignReviewerForm(request.POST or None, call=application.call)
    if request.method == "POST" and form.is_valid():
        reviewer = form.cleaned_data["reviewer"]
        with transaction.atomic():
            created = Review.objects.get_or_create(application=application, reviewer=reviewer)[1]
        if created:
            messages.success(request, _("The reviewer was assigned."))
        else:
            messages.info(request, _("This reviewer is already assigned."))
        return redirect(application.get_absolute_url())
    return form_page(
        request, form, title=_("Assign a reviewer"), cancel_url=application.get_absolute_url()
    )


@login_required
def review_edit(request, pk):
    review = get_review_for_user(request, pk, write=True)
    application = review.application
    form = ReviewForm(request.POST or None, review=review)
    if request.method == "POST" and form.is_valid():
        save_review(review, form.scores(), form.cleaned_data["comment"])
        messages.success(request, _("Saved."))
        return redirect(application.get_absolute_url())
    return form_page(
        request,
        form,
        title=_("Review: %(name)s") % {"name": application.organization.name},
        cancel_url=application.get_absolute_url(),
    )


@login_required
def decision_edit(request, pk):
    application = _staff_application(request, pk)
    if application.status not in DECIDABLE:
        raise PermissionDenied
    instance = Decision.objects.filter(application=application).first()
    kwargs = {"user": request.user, "application": application, "instance": instance}
    if request.method == "POST":
        form = DecisionForm(request.POST, **kwargs)
        if form.is_valid():
            save_decision(form, form.cleaned_data["report_dues"])
            messages.success(request, _("The decision was saved."))
            return redirect(application.get_absolute_url())
    else:
        form = DecisionForm(
            initial={"amount": application.requested_amount, "decided_on": timezone.localdate()},
            **kwargs,
        )
    return form_page(
        request,
        form,
        title=_("Decision: %(name)s") % {"name": application.organization.name},
        cancel_url=application.get_absolute_url(),
    )


@login_required
def usage_report_edit(request, pk):
    report = get_usage_report_for_user(request, pk, write=True)
    application = report.decision.application
    if not is_applicant(request.user, application):
        raise PermissionDenied
    form = UsageReportForm(request.POST or None, instance=report)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            report = form.save(commit=False)
            report.submitted_at = timezone.now()
            report.save()
        messages.success(request, _("The report was submitted."))
        return redirect(application.get_absolute_url())
    return form_page(
        request,
        form,
        title=_("Report on the use of funds due %(date)s")
        % {"date": report.due.strftime("%-d.%-m.%Y")},
        cancel_url=application.get_absolute_url(),
    )


@login_required
@require_POST
def usage_report_approve(request, pk):
    report = get_usage_report_for_user(request, pk)
    application = report.decision.application
    if not is_call_staff(request.user, application.call):
        raise PermissionDenied
    if report.submitted_at is None:
        messages.error(request, _("The report has not been submitted yet."))
    else:
        with transaction.atomic():
            report.approved_at, report.approved_by = timezone.now(), request.user
            report.save(update_fields=["approved_at", "approved_by"])
        messages.success(request, _("The report was approved."))
    return redirect(application.get_absolute_url())
