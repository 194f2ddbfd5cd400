"""The year's review on the follow-up page: the overall assessment and the status written by
the plan's writers (HTMX in place, a plain form page without JavaScript), "reported to the
council" only with an assessment, a reported review corrected with its history, and the stored
annual report rendered again with the new assessment."""

import io

import docx
from django.urls import reverse

from yhdyspinta.indicators.models import StoredPdf
from yhdyspinta.indicators.services import stored_pdfs
from yhdyspinta.plans.document.annual import request_review, review_version
from yhdyspinta.plans.models import AnnualReview

HX = {"HTTP_HX_REQUEST": "true"}


def _url(plan, year=2025):
    return reverse("plans:review_edit", args=[plan.pk, year])


def test_a_writer_writes_the_assessment_in_place_and_the_year_is_created(client_for, world, plans):
    client = client_for(world.staff)
    plan = plans["regional"]
    page = client.get(reverse("plans:follow_up", args=[plan.pk, 2025])).content.decode()
    assert _url(plan) in page and 'id="review"' in page
    form = client.get(_url(plan), **HX).content.decode()
    assert "<form" in form and "<html" not in form
    response = client.post(_url(plan), {"narrative": "Vuosi sujui", "status": "ready"}, **HX)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.startswith('<section class="card" id="review"') and "Vuosi sujui" in body
    review = AnnualReview.objects.get(plan=plan, year=2025)
    assert review.narrative == "Vuosi sujui" and review.status == "ready"


def test_without_javascript_the_form_page_saves_and_redirects(client_for, world, plans):
    client = client_for(world.coordinator)  # M1's coordinator writes M1's plan
    plan = plans["m1_plan"]
    assert "<h1>" in client.get(_url(plan)).content.decode()
    response = client.post(_url(plan), {"narrative": "Kunnan arvio", "status": "draft"})
    assert response.status_code == 302 and response["Location"].endswith("/2025/#review")
    assert AnnualReview.objects.get(plan=plan).narrative == "Kunnan arvio"


def test_reported_needs_the_assessment_and_the_error_names_it(client_for, world, plans):
    client = client_for(world.staff)
    plan = plans["regional"]
    response = client.post(_url(plan), {"narrative": "  ", "status": "reported"}, **HX)
    assert response["HX-Retarget"] == "#review-body"
    body = response.content.decode()
    assert 'id="id_narrative-errors"' in body and 'aria-invalid="true"' in body
    assert "Kirjoita kokonaisarvio ennen kuin" in body  # the rule, in Finnish
    plain = client.post(_url(plan), {"narrative": "", "status": "reported"})
    assert plain.status_code == 400 and b"id_narrative-errors" in plain.content
    assert not AnnualReview.objects.exists()


def test_bad_input_is_a_field_error_and_nothing_is_written(client_for, world, plans):
    client = client_for(world.staff)
    plan = plans["regional"]
    AnnualReview.objects.create(plan=plan, year=2025, narrative="Ennallaan")
    for data, field in (
        ({"narrative": "x", "status": "valmis"}, "status"),
        ({"narrative": "x" * 20001, "status": "draft"}, "narrative"),
        ({"narrative": "x"}, "status"),
    ):
        response = client.post(_url(plan), data)
        assert response.status_code == 400, data
        assert f'id="id_{field}-errors"'.encode() in response.content, data
    assert client.post(_url(plan), {}).status_code == 400
    assert AnnualReview.objects.get(plan=plan).narrative == "Ennallaan"
    assert AnnualReview.history.count() == 1


def test_readers_and_other_municipalities_cannot_write(client_for, world, plans):
    plan = plans["regional"]
    data = {"narrative": "Ei saa", "status": "draft"}
    assert client_for(world.board).post(_url(plan), data).status_code == 403
    assert client_for(world.coordinator).post(_url(plan), data).status_code == 403
    assert client_for(world.outsider).post(_url(plan), data).status_code == 404
    page = client_for(world.board).get(reverse("plans:follow_up", args=[plan.pk, 2025]))
    assert _url(plan) not in page.content.decode()
    assert client_for(world.staff).post(_url(plan, 2030), data).status_code == 404
    assert not AnnualReview.objects.exists()


def test_a_reported_review_is_corrected_with_its_history_shown(client_for, world, plans):
    client = client_for(world.staff)
    plan = plans["regional"]
    client.post(_url(plan), {"narrative": "Valtuustolle", "status": "reported"})
    client.post(_url(plan), {"narrative": "Valtuustolle, korjattu", "status": "reported"})
    review = AnnualReview.objects.get(plan=plan)
    assert review.narrative == "Valtuustolle, korjattu"
    assert review.history.count() == 2
    page = client.get(reverse("plans:follow_up", args=[plan.pk, 2025])).content.decode()
    assert "Valtuustolle, korjattu" in page
    assert "Valtuustolle →" in page  # the change after reporting, in the history


def test_the_annual_report_goes_stale_and_shows_the_new_assessment(client_for, world, plans):
    client = client_for(world.staff)
    plan = plans["regional"]
    client.post(_url(plan), {"narrative": "Ensimmäinen arvio", "status": "ready"})
    stored, _ready = request_review(plan, 2025, "docx")
    for pending in StoredPdf.objects.filter(status=StoredPdf.Status.PENDING):
        stored_pdfs.render(pending.pk, pending.version)
    stored.refresh_from_db()
    before = review_version(plan, 2025, "docx")
    assert stored.is_current(before)
    client.post(_url(plan), {"narrative": "Toinen arvio", "status": "ready"})
    after = review_version(plan, 2025, "docx")
    assert after != before and not stored.is_current(after)
    url = reverse("plans:review_docx", args=[plan.pk, 2025])
    assert client.get(url).status_code == 202  # stale: prepared again
    for pending in StoredPdf.objects.filter(status=StoredPdf.Status.PENDING):
        stored_pdfs.render(pending.pk, pending.version)
    response = client.get(url)
    word = docx.Document(io.BytesIO(b"".join(response.streaming_content)))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Toinen arvio" in text and "Ensimmäinen arvio" not in text
