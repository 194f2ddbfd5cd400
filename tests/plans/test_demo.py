"""The demo's regional welfare report and plan 2025-2028, as the deck (slides 7-9) describes."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from yhdyspinta.plans import models
from yhdyspinta.plans.models import Election, Milestone, Plan
from yhdyspinta.plans.terms import plan_term_flags

PLAN_MODELS = [
    models.Plan,
    models.Election,
    models.Phase,
    models.Milestone,
    models.Workshop,
    models.Conclusion,
    models.Goal,
    models.Measure,
    models.MeasureIndicator,
    models.Statement,
    models.AnnualReview,
    models.ReviewEntry,
    models.IndicatorSet,
    models.IndicatorOmission,
    models.PlanVersion,
]


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def _counts():
    counts = {m.__name__: m.objects.count() for m in PLAN_MODELS}
    for model in (models.Plan, models.Workshop, models.Conclusion, models.Measure):
        for field in model._meta.many_to_many:
            counts[f"{model.__name__}.{field.name}"] = field.remote_field.through.objects.count()
    return counts


def test_the_demo_plan_follows_the_deck(demo):
    plan = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    assert plan.owner.kind == "county" and (plan.period_start, plan.period_end) == (2025, 2028)
    assert Election.objects.filter(date=dt.date(2025, 4, 13)).count() == 2
    planning = plan.milestones.get(kind="planning")
    assert (planning.due_start, planning.due_end) == (dt.date(2024, 1, 1), dt.date(2024, 1, 31))
    assert plan.workshops.filter(date__year=2024).count() == 3
    kinds = set(plan.statements.values_list("body__kind", flat=True))
    assert kinds == {"youth_council", "older_peoples_council", "disability_council"}
    assert all(not s.awaits_response for s in plan.statements.all())
    shared = plan.goals.exclude(shared_goal=None).values_list("shared_goal__name_fi", flat=True)
    assert len(shared) == 3
    report = plan.milestones.get(kind="report")
    approval = plan.milestones.get(kind="council_decision")
    assert report.actual_date < dt.date(2025, 6, 1) <= approval.actual_date
    assert plan_term_flags(plan) == []  # the deck's rule is kept
    assert all(m.responsible_organization_id for m in models.Measure.objects.all())
    for milestone in Milestone.objects.filter(plan=plan):
        milestone.full_clean()
    client = Client()
    client.post("/login/", {"username": "lautakunta", "password": "demo1234"})
    html = client.get(reverse("plans:plan_detail", args=[plan.pk])).content.decode()
    assert "Uusi aluevaltuusto hyväksyy suunnitelman" in html
    assert "<svg" in html


def test_loading_the_demo_twice_changes_no_counts(demo):
    before = _counts()
    call_command("load_demo", stdout=StringIO())
    assert _counts() == before


def test_the_demo_has_the_previous_period_an_indicator_set_sample_and_versions(demo):
    from yhdyspinta.plans.document.coverage import coverage
    from yhdyspinta.plans.document.evaluation import evaluate

    plan = Plan.objects.get(slug="pohjois-karjala-2025-2028")
    evaluation = evaluate(plan)
    assert evaluation.plan.period_label == "2021–2024" and "(demo)" in evaluation.plan.title
    statuses = {m.status for goal in evaluation.goals for m in goal.measures}
    assert len(statuses) >= 3  # done, delayed, cancelled
    found = coverage(plan)
    assert (
        "otos" in found.indicator_set.name.lower() and "ei virallinen" in found.indicator_set.note
    )
    assert found.indicator_set.county == plan.owner  # the demo county keeps its sample
    assert found.covered and found.omitted and all(o.reason for o in found.omitted)
    versions = {v.number: v for v in plan.versions.all()}
    assert [versions[n].state for n in (1, 2, 3)] == ["statements", "approved", "draft"]
    assert versions[2].approved_on == dt.date(2025, 11, 17)
    assert [v.number for v in models.PlanVersion.objects.public()] == [2, 1]
    client = Client()
    diff = client.get(
        reverse("plans:public_diff", args=[plan.slug]), {"a": 1, "b": 2}
    ).content.decode()
    assert "<del>5,0 kpl (2028)</del> <ins>8,0 kpl (2028)</ins>" in diff
    assert client.get(reverse("plans:public_version", args=[plan.slug, 3])).status_code == 404
