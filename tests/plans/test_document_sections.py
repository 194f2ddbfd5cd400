"""The document's evaluation of the previous period's goals and its annex of the indicators
left out, read back from the Word file and the PDF; the Word file from the plan page, stored in
the background like the PDF."""

import datetime as dt
import io

import docx
import pytest
from django.urls import reverse
from indicators.factories import AreaFactory, IndicatorFactory, ObservationFactory
from plans.factories import GoalFactory, MeasureFactory, MeasureIndicatorFactory, PlanFactory
from rounds.summary_reading import pdf_text

from yhdyspinta.indicators.models import Area, StoredPdf
from yhdyspinta.indicators.services import stored_pdfs
from yhdyspinta.plans.document.evaluation import evaluate
from yhdyspinta.plans.document.export import export_plan
from yhdyspinta.plans.models import AnnualReview, IndicatorOmission, IndicatorSet, ReviewEntry

TODAY = dt.date(2025, 9, 1)


@pytest.fixture
def previous(plans, world):
    """The county's plan 2021-2024: one goal, a measure done (an indicator with data from 7.5
    to 6.9) and one delayed; reviews 2023 and 2024 (the last one counts)."""
    area = AreaFactory(category=Area.Category.HYVINVOINTIALUE, organization=world.county)
    indicator = IndicatorFactory(title_fi="Diabeteslääkkeisiin oikeutetut, %", decimals=1)
    for year, value in ((2020, 7.5), (2022, 7.2), (2023, 6.9)):
        ObservationFactory(indicator=indicator, area=area, year=year, value=value)
    plan = PlanFactory(owner=world.county, title="Edellinen suunnitelma", slug="edellinen",
                       period_start=2021, period_end=2024)  # fmt: skip
    goal = GoalFactory(plan=plan, title="Ylipainon ehkäisy")
    done = MeasureFactory(goal=goal, title="Elintapaohjauksen ryhmät",
                          responsible_organization=world.county)  # fmt: skip
    delayed = MeasureFactory(goal=goal, title="Liikkuva koulu", responsible_organization=world.m1)
    MeasureIndicatorFactory(measure=done, indicator=indicator, name="", kind="outcome",
                            baseline_value=7.5, baseline_year=2020)  # fmt: skip
    for year, status in ((2023, "on_track"), (2024, "done")):
        review = AnnualReview.objects.create(plan=plan, year=year)
        ReviewEntry.objects.create(review=review, measure=done, status=status, narrative="Tehty")
        ReviewEntry.objects.create(review=review, measure=delayed, status="delayed")
    return plan


@pytest.fixture
def omitted(plans):
    indicators = [
        IndicatorFactory(title_fi="Työttömät, %", title_en="Unemployed, %"),
        IndicatorFactory(),
    ]
    chosen = IndicatorSet.objects.create(
        name="Otos THL:n listasta", publisher="THL", level="region", note="Otos, ei virallinen"
    )
    chosen.indicators.set(indicators)
    plan = plans["regional"]
    plan.indicator_set = chosen
    plan.save()
    IndicatorOmission.objects.create(plan=plan, indicator=indicators[0],
                                     reason="Seurataan työllisyyden kuntakortissa")  # fmt: skip
    return plan


def test_the_evaluation_takes_the_last_review_and_the_indicator_change(plans, previous):
    evaluation = evaluate(plans["regional"])
    assert evaluation.plan == previous
    (goal,) = evaluation.goals
    done, delayed = goal.measures
    assert (done.year, delayed.year) == (2024, 2024)
    (change,) = done.indicators
    assert (change.baseline, change.latest, change.change) == ("7,5 (2020)", "6,9 (2023)", "-0,6")
    assert evaluate(previous).plan is None  # nothing before 2021


def test_docx_has_the_evaluation_in_thls_order_and_the_annex_of_omissions(plans, previous, omitted):
    exported = export_plan(omitted, "docx", language="en", today=TODAY)
    word = docx.Document(io.BytesIO(exported.content))
    level1 = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert level1 == [
        "1 Summary",
        "2 Background, purpose and goals",
        "3 The population's wellbeing, health and services",
        "4 Evaluation of the previous period's goals",
        "5 Strengths and development needs",
        "6 The plan",
        "7 Annexes",
    ]
    assert "4.1 Ylipainon ehkäisy" in [p.text for p in word.paragraphs]
    measures = next(t for t in word.tables if t.rows[0].cells[2].text == "Final status")
    rows = {r.cells[0].text: r.cells[2].text for r in measures.rows[1:]}
    assert rows == {"Elintapaohjauksen ryhmät": "done (2024)", "Liikkuva koulu": "delayed (2024)"}
    changes = next(t for t in word.tables if t.rows[0].cells[-1].text == "Change")
    cells = [c.text for c in changes.rows[1].cells[2:]]
    assert cells == ["7.5 (2020)", "–", "6.9 (2023)", "-0.6"]
    assert "7.2 Indicators left out" in [p.text for p in word.paragraphs]
    left_out = next(t for t in word.tables if t.rows[0].cells[-1].text == "Reason")
    assert [c.text for c in left_out.rows[1].cells] == [
        "Unemployed, %",
        "Seurataan työllisyyden kuntakortissa",
    ]
    text = "\n".join(p.text for p in word.paragraphs)
    assert "covers 0 of its 2 indicators" in text and "was a choice" in text


def test_pdf_has_the_evaluation_and_the_annex_in_finnish(plans, previous, omitted, tmp_path):
    exported = export_plan(omitted, "pdf", language="fi", today=TODAY)
    text = " ".join(pdf_text(exported.content, tmp_path).split())
    for expected in ("Edellinen suunnitelma", "Elintapaohjauksen ryhmät", "6,9 (2023)", "-0,6",
                     "Seurataan työllisyyden kuntakortissa"):  # fmt: skip
        assert expected in text


def test_the_plan_page_word_file_is_rendered_in_the_background_and_stored(
    plans, client, world, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.MEDIA_ROOT = tmp_path
    client.force_login(world.board)
    url = reverse("plans:plan_docx", args=[plans["regional"].pk])
    waiting = client.get(url)
    assert waiting.status_code == 202
    assert ".docx" in waiting.content.decode()
    stored = StoredPdf.objects.get(kind="plan_docx")
    stored_pdfs.render(stored.pk, stored.version)  # what the worker does
    stored.refresh_from_db()
    assert stored.file.name.endswith(".docx")
    ready = client.get(url)
    assert ready.status_code == 200
    assert ready["Content-Type"].startswith("application/vnd.openxmlformats")
    word = docx.Document(io.BytesIO(b"".join(ready.streaming_content)))
    assert word.paragraphs[0].text == plans["regional"].title
