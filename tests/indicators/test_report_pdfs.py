"""Report and card PDFs are rendered in the background once per data version, stored
through the storage API and served from there; a request never renders one."""

from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from indicators.reporting_factories import load_snapshot, make_template, write_commentary

from yhdyspinta.indicators.models import ImportRun, ReportPublication, StoredPdf
from yhdyspinta.indicators.services import stored_pdfs

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def data(world, catalogue, settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    load_snapshot(catalogue)
    renders = []
    real = stored_pdfs.render_pdf_from_html

    def counting(html, *args, **kwargs):
        """Counts the renderings; WeasyPrint only where a test asks for a real file."""
        renders.append(html)
        return real(html, *args, **kwargs) if world.real_pdf else b"%PDF-1.7 (test)\n"

    monkeypatch.setattr(stored_pdfs, "render_pdf_from_html", counting)
    from yhdyspinta.indicators.reporting.services import report_pdfs

    monkeypatch.setattr(report_pdfs, "render_pdf_from_html", counting)
    world.renders = renders
    world.real_pdf = False
    return world


def _url(name, *args):
    return reverse(f"indicators_reporting:{name}", args=args)


def _work():
    """What the background worker beside the web server does. The worker closes old
    connections between tasks; here that would be the test's own (PostgreSQL)."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)


def _publish(world, template, year=2024):
    url = _url("publish", template.pk, world.m1.pk) + f"?year={year}"
    assert world.client.post(url, {"is_public": "1"}).status_code == 302
    return ReportPublication.objects.get(organization=world.m1, year=year)


@pytest.fixture
def published(data, client_for):
    """A public report whose Finnish PDF the worker has made (publishing enqueues it)."""
    data.client = client_for(data.coordinator)
    template = make_template(data.county)
    data.template = template
    data.publication = _publish(data, template)
    _work()
    data.renders.clear()
    data.tasks = DBTaskResult.objects.count()
    return data


@pytest.fixture
def anonymous():
    """An anonymous client of its own (``client_for`` logs in the shared ``client``)."""
    return Client()


def test_publishing_prepares_the_pdf_for_the_first_reader(data, client_for, anonymous):
    data.client = client_for(data.coordinator)
    publication = _publish(data, make_template(data.county))
    assert data.renders == [] and DBTaskResult.objects.count() == 1
    _work()
    response = anonymous.get(_url("public_pdf", publication.slug))
    assert response.status_code == 200 and len(data.renders) == 1


def test_an_anonymous_request_is_told_to_wait_and_the_worker_renders_once(published, anonymous):
    published.real_pdf = True
    url = _url("public_pdf", published.publication.slug)
    first = anonymous.get(url, **EN)
    assert first.status_code == 202
    assert "being prepared" in first.content.decode()
    assert anonymous.get(url, **EN).status_code == 202
    assert published.renders == []  # nothing rendered in a request
    assert DBTaskResult.objects.count() == published.tasks + 1  # the second enqueued nothing
    _work()
    assert len(published.renders) == 1
    pdf = StoredPdf.objects.get(language="en")
    assert pdf.status == StoredPdf.Status.READY and pdf.rendered_at
    assert default_storage.exists(pdf.file.name)
    for _ in range(2):
        response = anonymous.get(url, **EN)
        assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert 'filename="raportti-kunta-yksi-2024.pdf"' in response["Content-Disposition"]
    assert len(published.renders) == 1
    assert DBTaskResult.objects.count() == published.tasks + 1


def test_htmx_polling_is_redirected_to_the_file_once_it_is_ready(published, anonymous):
    url = _url("public_pdf", published.publication.slug)
    polling = anonymous.get(url, HTTP_HX_REQUEST="true", **EN)
    assert polling.status_code == 202 and 'hx-trigger="load delay:3s"' in polling.content.decode()
    _work()
    ready = anonymous.get(url, HTTP_HX_REQUEST="true", **EN)
    assert ready.status_code == 200 and ready["HX-Redirect"] == url


def _ready(client, url):
    assert client.get(url).status_code == 202
    _work()
    assert client.get(url).status_code == 200


def test_commentary_edits_imports_and_publishing_make_the_stored_pdf_stale(published, anonymous):
    world = published
    url = _url("public_pdf", world.publication.slug)
    assert anonymous.get(url).status_code == 200
    section = world.template.sections.order_by("order").first()
    edit = reverse("indicators_reporting:commentary_edit", args=[section.pk, world.m1.pk, 2024])
    assert world.client.post(edit, {"text": "Uusi kommentti."}).status_code == 302
    _ready(anonymous, url)
    ImportRun.objects.create(
        source=ImportRun.Source.SOTKANET_FILE,
        status=ImportRun.Status.SUCCEEDED,
        finished_at=timezone.now(),
    )
    _ready(anonymous, url)
    _publish(world, world.template)  # enqueues the new version itself
    _ready(anonymous, url)
    assert len(world.renders) == 3
    files = list(default_storage.listdir("indicators/pdfs")[1])
    assert len(files) == 1  # each new file replaces the stale one


def test_each_language_has_its_own_file(published, anonymous):
    url = _url("public_pdf", published.publication.slug)
    assert anonymous.get(url, HTTP_ACCEPT_LANGUAGE="fi").status_code == 200
    assert anonymous.get(url, HTTP_ACCEPT_LANGUAGE="en").status_code == 202
    assert sorted(StoredPdf.objects.values_list("language", flat=True)) == ["en", "fi"]


def test_an_unpublished_report_has_no_public_pdf_even_when_stored(published, anonymous):
    url = _url("public_pdf", published.publication.slug)
    assert anonymous.get(url).status_code == 200
    ReportPublication.objects.update(is_public=False)
    assert anonymous.get(url).status_code == 404


def test_the_logged_in_report_pdf_is_stored_too(data, client_for):
    template = make_template(data.county)
    write_commentary(template, data.m1)
    client = client_for(data.staff)
    url = _url("report_pdf", template.pk, data.m1.pk) + "?year=2024"
    _ready(client, url)
    assert client_for(data.outsider).get(url).status_code == 404
    assert len(data.renders) == 1


def test_a_failed_rendering_answers_503_and_is_not_retried_at_once(
    published, anonymous, monkeypatch
):
    url = _url("public_pdf", published.publication.slug)

    def broken(pdf):
        raise RuntimeError("no fonts")

    monkeypatch.setitem(stored_pdfs.RENDERERS, "report", broken)
    monkeypatch.setattr(
        "yhdyspinta.indicators.reporting.services.report_pdfs.render_report", broken
    )
    assert anonymous.get(url, **EN).status_code == 202
    _work()
    assert StoredPdf.objects.get(language="en").status == StoredPdf.Status.FAILED
    assert anonymous.get(url, **EN).status_code == 503
    assert DBTaskResult.objects.count() == published.tasks + 1


def test_the_card_pdf_is_rendered_in_the_background_for_each_reader(data, client_for):
    url = reverse("indicators:card_pdf", args=[data.m1.pk])
    staff = client_for(data.staff)
    _ready(staff, url)
    response = staff.get(url)
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert 'filename="kuntakortti-167.pdf"' in response["Content-Disposition"]
    assert client_for(data.coordinator).get(url).status_code == 202
    assert client_for(data.outsider).get(url).status_code == 404
    assert StoredPdf.objects.count() == 2
