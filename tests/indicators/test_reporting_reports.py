"""Reports from the common template on the real snapshot: HTML, PDF, xlsx, statistics,
query budget, publishing; shared goals; the trend review; versions."""

import io
import subprocess

import pytest
from django.urls import reverse
from django.utils import translation
from indicators.reporting_factories import load_snapshot, make_goal, make_template, write_commentary
from openpyxl import load_workbook

from yhdyspinta.indicators.models import (
    Area,
    Indicator,
    ReportPublication,
    ReportTemplate,
    StoredPdf,
)
from yhdyspinta.indicators.reporting.services.goals import goal_progress
from yhdyspinta.indicators.reporting.services.trends import trend_review
from yhdyspinta.indicators.reporting.services.versions import new_version, record_approval
from yhdyspinta.indicators.stats import proportion_interval, recent_trend, trend_judgement
from yhdyspinta.indicators.stats.trend import TrendPoint
from yhdyspinta.organizations.models import Body

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture
def data(world, catalogue):
    load_snapshot(catalogue)
    return world


def _url(name, *args):
    return reverse(f"indicators_reporting:{name}", args=args)


def _joensuu_diabetes():
    """(year, value, count) of indicator 683 for Joensuu (Sotkanet area 74), from the DB."""
    area = Area.objects.get(sotkanet_id=74)
    return list(
        area.observations.filter(indicator__sotkanet_id=683, gender="total")
        .order_by("year")
        .values_list("year", "value", "numerator")
    )


def test_the_report_page_shows_the_statistics_of_the_stats_package(data, client_for):
    world = data
    template = make_template(world.county)
    rows = _joensuu_diabetes()
    year, value, count = rows[-1]
    expected = proportion_interval(count, count * 100 / value, multiplier=100, value=value)
    result = recent_trend([TrendPoint(y, v, c, c * 100 / v) for y, v, c in rows], proportion=True)
    judgement = trend_judgement(result.trend, "lower_is_better")
    with translation.override("en"):
        response = client_for(world.coordinator).get(_url("report", template.pk, world.m1.pk), **EN)
        text = response.content.decode()
    assert response.status_code == 200
    assert year == 2023
    shown = f"{expected.lower:.1f}\u2013{expected.upper:.1f}"
    assert shown in text, shown
    assert f"{value:.1f}" in text
    with translation.override("en"):
        label = str(judgement.label)
    assert label == "Worsening" and f"\u2191 {label}" in text
    source = Indicator.objects.get(sotkanet_id=683).attribution("en")
    assert source.startswith("Source: THL, Sotkanet.fi, ") and source in text
    assert "CC BY 4.0" in text
    assert "<svg" in text and 'role="img"' in text
    assert "no interval can be computed" in text  # indicator 2358 has no counts


def test_the_report_pdf_has_the_figures_the_commentary_and_the_attribution(
    data, client_for, tmp_path, immediate_tasks, settings
):
    settings.MEDIA_ROOT = tmp_path / "media"
    world = data
    template = make_template(world.county)
    write_commentary(template, world.m1, text="Elintapaohjaus laajenee perhekeskuksiin.")
    with translation.override("en"):
        response = client_for(world.staff).get(
            _url("report_pdf", template.pk, world.m1.pk) + "?year=2024", **EN
        )
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    path = tmp_path / "report.pdf"
    path.write_bytes(b"".join(response.streaming_content))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(text.split())
    assert "Report: Kunta Yksi 2024" in text
    assert "Elintapaohjaus laajenee perhekeskuksiin." in text
    source = Indicator.objects.get(sotkanet_id=683).attribution("en")
    assert source.startswith("Source: THL, Sotkanet.fi, ") and source in text
    _year, value, _count = _joensuu_diabetes()[-1]
    assert f"{value:.1f}" in text
    assert "2023" in text and "Ylipaino" in text and "Mielenterveys" in text


def test_the_report_xlsx_holds_the_values_of_the_years_shown(data, client_for):
    world = data
    template = make_template(world.county)
    response = client_for(world.board).get(_url("report_xlsx", template.pk, world.m1.pk))
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    diabetes = [r for r in rows if r[1] == "683" and r[4] is not None and "Kunta" not in ""]
    joensuu = {r[5]: r[6] for r in diabetes if r[3] == Area.objects.get(sotkanet_id=74).name}
    expected = {y: v for y, v, _c in _joensuu_diabetes()[-5:]}
    assert joensuu == pytest.approx(expected)
    assert all(r[10] == "Lähde: THL, Sotkanet.fi, Kansaneläkelaitos (Kela)" for r in diabetes)
    assert any(r[8] is not None and r[8] < r[6] < r[9] for r in diabetes)


@pytest.mark.parametrize("sections", [1, 4])
def test_the_report_page_uses_a_bounded_number_of_queries(
    data, client_for, django_assert_max_num_queries, sections
):
    world = data
    ids = [683, 2358, 4, 3219, 181, 493, 3099, 3076]
    layout = [(f"Osio {n}", ids[n * 2 : n * 2 + 2]) for n in range(sections)]
    template = make_template(world.county, sections=layout)
    template.peers.set([world.m1, world.m2])
    client = client_for(world.staff)
    client.get(_url("report", template.pk, world.m1.pk))  # warm the chart cache
    with django_assert_max_num_queries(30):
        assert client.get(_url("report", template.pk, world.m1.pk)).status_code == 200


def test_the_county_report_uses_the_maakunta_where_the_county_has_no_data(data, client_for):
    world = data
    template = make_template(world.county)
    with translation.override("en"):
        response = client_for(world.staff).get(_url("report", template.pk, world.county.pk), **EN)
    assert response.status_code == 200
    assert "Area: " + Area.objects.get(sotkanet_id=498).name in response.content.decode()


def test_a_published_report_is_public_at_a_stable_address(
    data, client_for, client, immediate_tasks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    world = data
    template = make_template(world.county)
    publish = _url("publish", template.pk, world.m1.pk) + "?year=2024"
    client_for(world.coordinator).post(publish, {"is_public": "1"})
    publication = ReportPublication.objects.get()
    client.logout()
    public_url = _url("public_report", publication.slug)
    assert public_url == "/indicators/reports/public/kunta-yksi-2024/"
    assert client.get(public_url).status_code == 200
    assert client.get(_url("public_pdf", publication.slug)).status_code == 200
    assert client.get(_url("public_xlsx", publication.slug)).status_code == 200
    copy = new_version(template)
    client_for(world.staff).post(_url("publish", copy.pk, world.m1.pk) + "?year=2024")
    publication.refresh_from_db()
    assert publication.template == copy and publication.slug == "kunta-yksi-2024"
    client_for(world.staff).post(publish, {"is_public": "0"})
    client.logout()
    assert client.get(public_url).status_code == 404


def test_a_new_version_copies_sections_indicators_peers_and_commentary(data):
    world = data
    template = make_template(world.county)
    template.peers.set([world.m2])
    write_commentary(template, world.m1)
    body = Body.objects.create(organization=world.county, kind=Body.Kind.HYTE_BOARD, name_fi="X")
    record_approval(template, body=body, date=template.created_at.date(), meeting="", user=None)
    assert template.status == ReportTemplate.Status.APPROVED and not template.is_editable
    copy = new_version(template)
    assert copy.version == 2 and copy.status == ReportTemplate.Status.DRAFT
    assert copy.previous == template and list(copy.peers.all()) == [world.m2]
    assert [s.title for s in copy.sections.all()] == ["Ylipaino", "Mielenterveys"]
    original = [
        si.indicator_id for s in template.sections.all() for si in s.section_indicators.all()
    ]
    copied = [si.indicator_id for s in copy.sections.all() for si in s.section_indicators.all()]
    assert copied == original
    assert copy.sections.first().commentaries.get().text == "Kommentti (demo)"


def test_the_approval_form_records_the_meeting(data, client_for):
    world = data
    template = make_template(world.county)
    response = client_for(world.staff).post(
        _url("template_approve", template.pk),
        {"approved_at": "15.1.2024", "meeting": "Strateginen kokous"},
    )
    assert response.status_code == 302
    template.refresh_from_db()
    assert template.status == ReportTemplate.Status.APPROVED
    assert template.meeting == "Strateginen kokous" and template.approved_at.year == 2024
    assert template.approval_recorded_by == world.staff


def test_goal_progress_says_where_each_area_is_against_the_target(data):
    world = data
    goal = make_goal(world.county, target=12.0)
    (progress,) = goal_progress(goal, world.m1)
    joensuu = next(r for r in progress.rows if r.organization == world.m1)
    _year, value, _count = _joensuu_diabetes()[-1]
    assert joensuu.year == 2023 and joensuu.met is (value <= 12.0)
    assert joensuu.distance == f"+{value - 12.0:.1f}".replace(".", ",")
    assert progress.chart is not None and "12,0" in progress.chart.svg()
    assert {r.organization for r in progress.rows} >= {world.county, world.m1, world.m2}


def test_the_trend_review_finds_the_significant_worsening_of_diabetes(data):
    world = data
    make_goal(world.county)
    review = trend_review(world.county, other_label="Muut")
    worsening = {(c.indicator.sotkanet_id, c.organization.pk) for c in review.deteriorations}
    assert (683, world.m1.pk) in worsening
    assert all(c.relative > 0 for c in review.deteriorations)
    assert review.reasons  # most series of the snapshot have no counts


def test_the_trend_review_and_its_pdf_open(data, client_for, immediate_tasks):
    world = data
    client = client_for(world.board)
    assert client.get(_url("trend_review")).status_code == 200
    response = client.get(_url("trend_review_pdf"))  # rendered by the (immediate) worker
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    stored = StoredPdf.objects.get(kind="trend_review")
    assert stored.parameters == {"county": world.county.pk} and stored.file.name


def test_the_trend_review_pdf_is_prepared_in_the_background(data, client_for):
    response = client_for(data.board).get(_url("trend_review_pdf"))
    assert response.status_code == 202  # queued for the worker, not rendered in the request
    assert StoredPdf.objects.get(kind="trend_review").status == StoredPdf.Status.PENDING


def test_the_empty_hyte_coefficient_set_explains_how_to_add_indicators(data, client_for):
    with translation.override("en"):
        response = client_for(data.staff).get(_url("coefficient"), **EN)
    text = response.content.decode()
    assert "The set is empty" in text and "maintained by THL" in text
    assert Indicator.objects.exists()
