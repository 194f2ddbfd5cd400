"""The annual follow-up: entries filled in by the responsible organisations (HTMX and plain
forms), the indicators' values of the year with their interval, the goal's progress, "our
measures", and the annual report read back from the Word file and the stored PDF."""

import io

import docx
import pytest
from django.urls import reverse
from indicators.factories import AreaFactory, IndicatorFactory, ObservationFactory
from rounds.summary_reading import pdf_text

from yhdyspinta.indicators.models import Observation, StoredPdf
from yhdyspinta.indicators.services import stored_pdfs
from yhdyspinta.plans.follow import goal_progress
from yhdyspinta.plans.models import AnnualReview, Goal, ReviewEntry

HX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def measured(plans, world):
    """M1's measure of the regional plan follows a catalogue indicator with M1's statistics."""
    indicator = IndicatorFactory(title_fi="Yksinäisyyttä kokevat, %", decimals=1)
    area = AreaFactory(organization=world.m1, name_fi="Kunta Yksi")
    ObservationFactory(indicator=indicator, area=area, year=2023, value=14.0, numerator=140)
    ObservationFactory(indicator=indicator, area=area, year=2025, value=12.3, numerator=123)
    item = plans["m1_indicator"]
    item.indicator, item.name = indicator, ""
    item.baseline_value, item.baseline_year = 15.0, 2022
    item.target_value, item.target_year = 10.0, 2028
    item.save()
    return item


def _url(plan, year=2025):
    return reverse("plans:follow_up", args=[plan.pk, year])


def _entry_url(measure, year=2025):
    return reverse("plans:entry_edit", args=[measure.pk, year])


def test_the_page_shows_the_years_value_with_its_interval_beside_the_target(
    client_for, world, plans, measured
):
    page = client_for(world.staff).get(_url(plans["regional"])).content.decode()
    assert "Yksinäisyyttä kokevat" in page
    assert "12,3" in page  # the value of 2025, decimal comma
    assert "10.0" in page or "10,0" in page  # the target beside it
    assert "–" in page and "(95" not in page
    assert "11," in page or "10," in page  # the interval's lower bound


def test_an_earlier_value_is_shown_with_its_year(client_for, world, plans, measured):
    Observation.objects.filter(year=2025).delete()  # the statistics of 2025 are not out yet
    page = client_for(world.staff).get(_url(plans["regional"], 2025)).content.decode()
    assert "12,3" not in page
    assert "14,0" in page and "2023" in page


def test_a_coordinator_sees_only_her_measures_of_the_regional_plan(client_for, world, plans):
    page = client_for(world.coordinator).get(_url(plans["regional"])).content.decode()
    assert plans["m1_measure"].title in page
    assert plans["m2_measure"].title not in page
    assert plans["county_measure"].title not in page
    staff = client_for(world.staff).get(_url(plans["regional"])).content.decode()
    assert plans["m2_measure"].title in staff and plans["county_measure"].title in staff


def test_the_board_reads_everything_and_edits_nothing(client_for, world, plans):
    client = client_for(world.board)
    page = client.get(_url(plans["regional"])).content.decode()
    assert plans["m2_measure"].title in page
    assert reverse("plans:entry_edit", args=[plans["m2_measure"].pk, 2025]) not in page
    response = client.post(_entry_url(plans["m2_measure"]), {"status": "done"})
    assert response.status_code == 403


def test_a_year_outside_the_period_is_not_found(client_for, world, plans):
    client = client_for(world.staff)
    assert client.get(_url(plans["regional"], 2030)).status_code == 404
    response = client.post(_entry_url(plans["m1_measure"], 2030), {"status": "done"})
    assert response.status_code == 404
    assert not AnnualReview.objects.exists()


def test_the_owner_fills_in_an_entry_with_htmx_and_gets_the_row(client_for, world, plans):
    client = client_for(world.coordinator)
    measure = plans["m1_measure"]
    form = client.get(_entry_url(measure), **HX)
    assert form.status_code == 200 and "<form" in form.content.decode()
    assert "<html" not in form.content.decode()
    response = client.post(
        _entry_url(measure), {"status": "on_track", "narrative": "Ryhmät alkoivat"}, **HX
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert body.startswith('<article class="card" id="measure-') and "Ryhmät alkoivat" in body
    entry = ReviewEntry.objects.get(measure=measure)
    assert entry.review.year == 2025 and entry.status == "on_track"


def test_a_bad_status_names_the_field_and_writes_nothing(client_for, world, plans):
    client = client_for(world.coordinator)
    response = client.post(_entry_url(plans["m1_measure"]), {"status": "valmis"}, **HX)
    assert response["HX-Retarget"] == f"#entry-{plans['m1_measure'].pk}"
    assert 'aria-invalid="true"' in response.content.decode()
    assert "id_status-" in response.content.decode()
    assert not AnnualReview.objects.exists() and not ReviewEntry.objects.exists()
    plain = client.post(_entry_url(plans["m1_measure"]), {"status": "valmis"})
    assert plain.status_code == 400


def test_without_javascript_the_form_page_saves_and_redirects(client_for, world, plans):
    client = client_for(world.coordinator)
    measure = plans["m1_measure"]
    assert "<h1>" in client.get(_entry_url(measure)).content.decode()
    response = client.post(_entry_url(measure), {"status": "done", "narrative": ""})
    assert response.status_code == 302 and response["Location"].endswith(f"#measure-{measure.pk}")
    ReviewEntry.objects.get(measure=measure, status="done")


def test_a_coordinator_cannot_fill_in_another_municipalitys_entry(client_for, world, plans):
    response = client_for(world.coordinator).post(
        _entry_url(plans["m2_measure"]), {"status": "done"}
    )
    assert response.status_code == 403
    assert not ReviewEntry.objects.exists()


def test_the_goals_progress_counts_the_latest_statuses(world, plans):
    goal = plans["goal"]
    early = AnnualReview.objects.create(plan=plans["regional"], year=2025)
    later = AnnualReview.objects.create(plan=plans["regional"], year=2026)
    ReviewEntry.objects.create(review=early, measure=plans["m1_measure"], status="on_track")
    ReviewEntry.objects.create(review=later, measure=plans["m1_measure"], status="done")
    ReviewEntry.objects.create(review=early, measure=plans["m2_measure"], status="delayed")
    progress = goal_progress(Goal.objects.filter(pk=goal.pk).prefetch_related("measures"))[goal.pk]
    counts = {status: n for status, _label, n in progress.counts}
    assert counts["done"] == 1 and counts["delayed"] == 1 and counts["on_track"] == 0
    assert progress.total == 3 and progress.reviewed == 2 and progress.share_done == 33
    assert progress.year == 2026


def test_our_measures_lists_the_organisations_measures(client_for, world, plans):
    url = reverse("plans:our_measures", args=[plans["regional"].pk])
    page = client_for(world.coordinator).get(url).content.decode()
    assert plans["m1_measure"].title in page and plans["county_measure"].title not in page
    board = client_for(world.board).get(url).content.decode()
    assert plans["m1_measure"].title not in board


def test_the_annual_report_docx_reads_back(client_for, world, plans, measured):
    review = AnnualReview.objects.create(
        plan=plans["regional"], year=2025, narrative="Vuosi käynnisti toimenpiteet"
    )
    ReviewEntry.objects.create(
        review=review, measure=plans["m1_measure"], status="done", narrative="Ryhmät alkoivat"
    )
    client = client_for(world.board)
    url = reverse("plans:review_docx", args=[plans["regional"].pk, 2025])
    assert client.get(url).status_code == 202  # prepared in the background, then stored
    for pending in StoredPdf.objects.filter(status=StoredPdf.Status.PENDING):
        stored_pdfs.render(pending.pk, pending.version)
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('alue-a-2025.docx"')
    word = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Vuosittainen hyvinvointikertomus 2025" in text
    assert "Vuosi käynnisti toimenpiteet" in text and "Ryhmät alkoivat" in text
    headings = [p.text for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert any(plans["goal"].title in h for h in headings)
    cells = [c.text for t in word.tables for row in t.rows for c in row.cells]
    assert any("12,3 (2025" in c for c in cells)
    assert any(c.startswith("1 of") or c == "1" for c in cells)


def test_the_annual_report_pdf_is_rendered_in_the_background(
    client_for, world, plans, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.MEDIA_ROOT = tmp_path
    client = client_for(world.staff)
    url = reverse("plans:review_pdf", args=[plans["regional"].pk, 2025])
    assert client.get(url).status_code == 202
    stored = StoredPdf.objects.get(kind="plan_review")
    stored_pdfs.render(stored.pk, stored.version)
    ready = client.get(url)
    assert ready.status_code == 200
    text = pdf_text(b"".join(ready.streaming_content), tmp_path)
    assert plans["m1_measure"].title in text


def test_the_follow_up_page_has_a_bounded_number_of_queries(client_for, world, plans, measured):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from plans.factories import MeasureFactory, MeasureIndicatorFactory

    client = client_for(world.staff)
    url = _url(plans["regional"])
    review = AnnualReview.objects.create(plan=plans["regional"], year=2025)

    def grow(n):
        for _ in range(n):
            measure = MeasureFactory(goal=plans["goal"], responsible_organization=world.m1)
            MeasureIndicatorFactory(measure=measure, indicator=measured.indicator, name="")
            ReviewEntry.objects.create(review=review, measure=measure, status="done")

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx)

    queries()
    grow(2)
    small = queries()
    grow(5)
    assert queries() == small
