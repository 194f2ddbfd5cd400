"""Every generated file in the user's language only: the board summary (pptx, docx, pdf), the
municipality card, the report and the trend review (pdf), the plan (pdf, docx), the agreement
annex (docx, xlsx) and the grant decision list (docx, xlsx), each made in fi, sv and en from the
demo and read back as text (tests/web/language_check.py: words of another language's catalogue,
a decimal point in fi and sv)."""

import subprocess
from io import BytesIO, StringIO

import docx
import openpyxl
import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from pptx import Presentation
from web.language_check import LANGUAGES, data_words, decimal_points, foreign_words

from yhdyspinta.agreements.models import Annex
from yhdyspinta.grants.models import GrantCall
from yhdyspinta.indicators.models import ReportTemplate, StoredPdf
from yhdyspinta.indicators.services.stored_pdfs import render
from yhdyspinta.organizations.models import Organization
from yhdyspinta.plans.document.export import export_plan
from yhdyspinta.plans.models import Plan
from yhdyspinta.rounds.models import Round


def _docx_text(content: bytes) -> str:
    document = docx.Document(BytesIO(content))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return "\n".join(parts)


def _xlsx_text(content: bytes) -> str:
    book = openpyxl.load_workbook(BytesIO(content), read_only=True)
    parts = []
    for sheet in book.worksheets:
        parts.append(sheet.title)
        for row in sheet.iter_rows(values_only=True):
            parts += [value for value in row if isinstance(value, str)]
    return "\n".join(parts)


def _pptx_text(content: bytes) -> str:
    parts = []
    for slide in Presentation(BytesIO(content)).slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if getattr(shape, "has_table", False) and shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


def _pdf_text(content: bytes, tmp_path) -> str:
    path = tmp_path / "file.pdf"
    path.write_bytes(content)
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.decode()


def _text(name: str, content: bytes, tmp_path) -> str:
    kind = name.rsplit(".", 1)[-1]
    if kind == "pdf":
        return _pdf_text(content, tmp_path)
    return {"docx": _docx_text, "xlsx": _xlsx_text, "pptx": _pptx_text}[kind](content)


def _download(client: Client, url: str) -> bytes:
    response = client.get(url)
    if response.status_code == 202:  # a stored PDF: the worker's part, done here
        for pdf in StoredPdf.objects.exclude(status=StoredPdf.Status.READY):
            render(pdf.pk, pdf.version)
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return b"".join(response.streaming_content) if response.streaming else response.content


def _file_urls() -> dict[str, str]:
    joensuu = Organization.objects.get(name_fi="Joensuu")
    round_ = Round.objects.order_by("pk").first()
    template = ReportTemplate.objects.order_by("pk").first()
    plan = Plan.objects.order_by("pk").first()
    annex = Annex.objects.order_by("pk").first()
    call = GrantCall.objects.order_by("pk").first()
    urls = {
        f"summary.{fmt}": reverse("rounds_summary:download", args=[round_.slug, fmt])
        for fmt in ("pptx", "docx", "pdf")
    }
    urls["card.pdf"] = reverse("indicators:card_pdf", args=[joensuu.pk])
    urls["report.pdf"] = reverse("indicators_reporting:report_pdf", args=[template.pk, joensuu.pk])
    urls["trend-review.pdf"] = reverse("indicators_reporting:trend_review_pdf")
    urls["plan.pdf"] = reverse("plans:plan_pdf", args=[plan.pk])
    annex_url = reverse("agreements:annex_export", args=[annex.pk])
    urls["annex.docx"] = annex_url
    urls["annex.xlsx"] = f"{annex_url}?format=xlsx"
    urls["decisions.docx"] = reverse("grants:decision_list_docx", args=[call.pk])
    urls["decisions.xlsx"] = reverse("grants:decision_list_xlsx", args=[call.pk])
    return urls


@pytest.fixture
def demo(db):
    call_command("load_demo", stdout=StringIO())


def test_every_generated_file_is_in_one_language(demo, tmp_path):
    allowed = {language: data_words(language) for language in LANGUAGES}
    client = Client()
    assert client.post("/login/", {"username": "hva", "password": "demo1234"}).status_code == 302
    urls = _file_urls()
    plan = Plan.objects.order_by("pk").first()
    problems = {}
    for language in LANGUAGES:
        client.cookies["django_language"] = language
        files = {name: _download(client, url) for name, url in urls.items()}
        files["plan.docx"] = export_plan(plan, "docx", language=language).content
        for name, content in files.items():
            text = _text(name, content, tmp_path)
            assert text.strip(), name
            found = [f"word {w!r}" for w in foreign_words(text, language, allowed[language])]
            found += [f"number {n!r}" for n in decimal_points(text, language)]
            if found:
                problems[f"{language} {name}"] = found
    assert problems == {}
