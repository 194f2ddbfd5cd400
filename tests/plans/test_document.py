"""The plan's document: the Word file and the PDF read back (python-docx, pdftotext)."""

import datetime as dt
import io
from io import StringIO

import docx
import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from plans.factories import PhaseFactory, WorkshopFactory
from rounds.summary_reading import pdf_text

from yhdyspinta.indicators.models import Indicator, StoredPdf
from yhdyspinta.indicators.services import stored_pdfs
from yhdyspinta.plans.document.export import export_plan
from yhdyspinta.plans.document.wellbeing import CHILDREN, EVERYONE, OLDER, WORKING_AGE, age_group
from yhdyspinta.plans.models import Conclusion

TODAY = dt.date(2025, 9, 1)


@pytest.fixture
def plan(plans):
    regional = plans["regional"]
    PhaseFactory(plan=regional, kind="planning", title="Suunnittelu")
    WorkshopFactory(plan=regional, title="Kuntien työpaja", outputs="Ilon aiheet: yhteistyö")
    Conclusion.objects.create(plan=regional, kind="strength", text="Perhekeskukset toimivat")
    Conclusion.objects.create(plan=regional, kind="need", text="Yksinäisyys lisääntyy")
    indicator = plans["indicator"]
    indicator.baseline_value, indicator.baseline_year = 12.5, 2024
    indicator.target_value, indicator.target_year = 10.0, 2028
    indicator.save()
    regional.statements.update(response="Otetaan huomioon", responded_on=dt.date(2025, 4, 1))
    return regional


def _headings(word, style):
    return [p.text for p in word.paragraphs if p.style.name == style]


def test_docx_has_headings_contents_tables_and_pictures(plan, plans):
    exported = export_plan(plan, "docx", language="en", today=TODAY)
    word = docx.Document(io.BytesIO(exported.content))
    level1 = _headings(word, "Heading 1")
    assert level1 == [
        "1 Summary",
        "2 Background, purpose and goals",
        "3 The population's wellbeing, health and services",
        "4 Evaluation of the previous period's goals",
        "5 Strengths and development needs",
        "6 The plan",
        "7 Annexes",
    ]
    assert "5.1 Strengths: the joys" in _headings(word, "Heading 2")
    assert "6.2.1 Yksinäisyys vähenee" in _headings(word, "Heading 3")
    assert 'TOC \\o "1-2"' in word.element.xml
    measures = next(t for t in word.tables if t.rows[0].cells[0].text == "Measure"
                    and t.rows[0].cells[1].text == "Responsible")  # fmt: skip
    names = [row.cells[0].text for row in measures.rows[1:]]
    assert plans["m1_measure"].title in names
    indicators = next(t for t in word.tables if t.rows[0].cells[1].text == "Indicator")
    row = next(r for r in indicators.rows if r.cells[1].text == plans["indicator"].name)
    assert [row.cells[3].text, row.cells[4].text] == ["12.5 (2024)", "10.0 (2028)"]
    assert len(word.inline_shapes) >= 1  # the timeline
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Perhekeskukset toimivat" in text and "Otetaan huomioon" in text
    assert "Kuntien työpaja" in [t.rows[1].cells[0].text for t in word.tables if len(t.rows) > 1]


def test_pdf_has_the_same_content_in_finnish(plan, plans, tmp_path):
    exported = export_plan(plan, "pdf", language="fi", today=TODAY)
    assert exported.content.startswith(b"%PDF")
    text = pdf_text(exported.content, tmp_path)
    for expected in ("Yhteenveto", "Liitteet", "Yksinäisyys vähenee", plans["m1_measure"].title,
                     "12,5 (2024)", "Otetaan huomioon"):  # fmt: skip
        assert expected in text


def test_age_groups_are_read_from_the_title():
    def group(title):
        return age_group(Indicator(title_fi=title))

    assert group("Lasten ja nuorten psykiatrinen hoito 0-17-vuotiaat") == CHILDREN
    assert group("75 vuotta täyttäneet kotona asuvat") == OLDER
    assert group("Työttömät, % työvoimasta") == WORKING_AGE
    assert group("Diabeteslääkkeiden erityiskorvausoikeus") == EVERYONE


def test_command_writes_the_file_and_refuses_an_unknown_plan(plan, tmp_path):
    output = tmp_path / "plan.docx"
    call_command(
        "export_plan",
        "--plan",
        "alue-a",
        "--format",
        "docx",
        "--output",
        str(output),
        stdout=StringIO(),
    )
    assert docx.Document(str(output)).paragraphs[0].text == plan.title
    with pytest.raises(CommandError, match="No plan"):
        call_command("export_plan", "--plan", "ei-ole", "--format", "pdf", "--output", str(output))


def test_the_plan_page_pdf_is_rendered_in_the_background_and_stored(
    plan, client, world, settings, tmp_path
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.MEDIA_ROOT = tmp_path
    client.force_login(world.coordinator)
    url = reverse("plans:plan_pdf", args=[plan.pk])
    waiting = client.get(url)
    assert waiting.status_code == 202
    assert "being prepared" in waiting.content.decode() or "valmistell" in waiting.content.decode()
    stored = StoredPdf.objects.get(kind="plan")
    stored_pdfs.render(stored.pk, stored.version)  # what the worker does
    ready = client.get(url)
    assert ready.status_code == 200
    content = b"".join(ready.streaming_content)
    assert "Yksinäisyys vähenee" in pdf_text(content, tmp_path)


def test_dashboard_lists_my_measures_without_this_years_review(plans, client, world):
    from yhdyspinta.plans.models import AnnualReview, Measure, Plan, ReviewEntry

    year = dt.date.today().year
    Plan.objects.filter(pk=plans["regional"].pk).update(period_start=year - 1, period_end=year + 2)
    Measure.objects.filter(pk=plans["m1_measure"].pk).update(title="Kunnan oma toimenpide")
    Measure.objects.filter(pk=plans["county_measure"].pk).update(title="Alueen toimenpide")
    plans["m1_measure"].title, plans["county_measure"].title = "Kunnan oma", "Alueen toimenpide"
    review = AnnualReview.objects.create(plan=plans["regional"], year=year)
    client.force_login(world.coordinator)
    page = client.get(reverse("web:dashboard")).content.decode()
    assert plans["m1_measure"].title in page
    assert plans["county_measure"].title not in page  # the county's, not hers
    ReviewEntry.objects.create(review=review, measure=plans["m1_measure"], status="on_track")
    assert plans["m1_measure"].title not in client.get(reverse("web:dashboard")).content.decode()
