"""Writes of the grants app, each in one transaction: submitting an application (the checks
first, nothing written on an error), saving a review, a decision and its reports."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from statistics import mean, pstdev

from django.db import transaction
from django.utils import timezone

from .eligibility import Outcome, judge, submission_errors
from .models import Application, ApplicationStatus, Decision, Review, UsageReport


class SubmissionRefused(Exception):  # noqa: N818 - the name reads as what happened
    def __init__(self, errors: dict):
        super().__init__(errors)
        self.errors = errors


def submit(application: Application, today: dt.date | None = None) -> list[Outcome]:
    """Submit a draft: refuse with {field: message} (SubmissionRefused), or record the
    judgement of the eligibility rules and return their outcomes."""
    today = today or timezone.localdate()
    with transaction.atomic():
        locked = (
            Application.objects.select_for_update()
            .select_related("call", "organization")
            .get(pk=application.pk)
        )
        errors = submission_errors(locked, today)
        if errors:
            raise SubmissionRefused(errors)
        outcomes = judge(locked)
        locked.submitted_at = timezone.now()
        locked.save(
            update_fields=[
                "status",
                "ineligible_rule",
                "ineligible_code",
                "ineligible_params",
                "submitted_at",
            ]
        )
    application.refresh_from_db()
    return outcomes


def save_review(review: Review, scores: dict, comment: str) -> None:
    with transaction.atomic():
        review.scores, review.comment = scores, comment
        review.completed_at = timezone.now()
        review.save()
        Application.objects.filter(
            pk=review.application_id, status=ApplicationStatus.ELIGIBLE
        ).update(status=ApplicationStatus.IN_REVIEW)


def save_decision(form, report_dues: list[dt.date]) -> Decision:
    with transaction.atomic():
        decision = form.save(commit=False)
        decision.payment_schedule = form.cleaned_data["schedule_rows"]
        decision.save()
        existing = {r.due: r for r in decision.usage_reports.all()}
        for due in report_dues:
            if due not in existing:
                UsageReport.objects.create(decision=decision, due=due)
        decision.usage_reports.filter(submitted_at__isnull=True).exclude(
            due__in=report_dues
        ).delete()
        Application.objects.filter(pk=decision.application_id).update(
            status=ApplicationStatus.DECIDED
        )
    return decision


def weighted_score(review: Review, criteria) -> Decimal | None:
    """The review's weighted mean score (0..5), None until every criterion is scored."""
    total_weight = sum((c.weight for c in criteria), Decimal(0))
    if not criteria or total_weight == 0:
        return None
    values = [review.scores.get(str(c.pk)) for c in criteria]
    if any(v is None for v in values):
        return None
    total = sum((c.weight * Decimal(v) for c, v in zip(criteria, values, strict=True)), Decimal(0))
    return (total / total_weight).quantize(Decimal("0.01"))


def score_summary(reviews, criteria) -> dict:
    """Average and spread (population standard deviation) of the reviewers' weighted scores,
    and of each criterion."""
    weighted = [s for s in (weighted_score(r, criteria) for r in reviews) if s is not None]
    per_criterion = []
    for criterion in criteria:
        values = [r.scores[str(criterion.pk)] for r in reviews if str(criterion.pk) in r.scores]
        per_criterion.append(
            {
                "criterion": criterion,
                "values": values,
                "mean": round(mean(values), 2) if values else None,
                "spread": round(pstdev(values), 2) if len(values) > 1 else None,
            }
        )
    return {
        "mean": round(mean(weighted), 2) if weighted else None,
        "spread": round(pstdev(weighted), 2) if len(weighted) > 1 else None,
        "count": len(weighted),
        "criteria": per_criterion,
    }
