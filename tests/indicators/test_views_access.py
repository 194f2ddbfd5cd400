"""Access matrix of every indicators view, and query budgets of the main pages."""

import io

import openpyxl
import pytest
from django.urls import reverse
from django.utils import translation

from yhdyspinta.indicators.models import Area, ImportRun, Indicator


@pytest.fixture
def data(key_indicators_loaded):
    return key_indicators_loaded


EXPLORER_VIEWS = ["explorer", "explorer_csv", "explorer_xlsx"]
READ_VIEWS = [*EXPLORER_VIEWS, "card_list"]


@pytest.mark.parametrize("name", READ_VIEWS)
def test_anonymous_users_are_sent_to_log_in(data, client, name):
    response = client.get(reverse(f"indicators:{name}"))
    assert response.status_code == 302 and "/login/" in response["Location"]


@pytest.mark.parametrize("name", EXPLORER_VIEWS)
@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board", "ngo", "outsider"])
def test_every_county_account_reads_the_explorer(data, client_for, role, name):
    assert client_for(data.user(role)).get(reverse(f"indicators:{name}")).status_code == 200


@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board", "outsider"])
def test_the_readers_of_a_county_read_its_card_list(data, client_for, role):
    assert client_for(data.user(role)).get(reverse("indicators:card_list")).status_code == 200


def test_an_ngo_account_has_no_card_list_and_no_link_to_it(data, client_for):
    """Cards carry the networks and rounds sections of a municipality, which an NGO account
    (reading its own organisation only) may not read."""
    client = client_for(data.ngo_user)
    assert client.get(reverse("indicators:card_list")).status_code == 403
    page = client.get(reverse("indicators:explorer")).content.decode()
    assert reverse("indicators:card_list") not in page


def test_public_pages_need_no_login(data, client):
    indicator = Indicator.objects.get(sotkanet_id=683)
    with translation.override("en"):
        listing = client.get(reverse("indicators:public_list"))
        page = client.get(indicator.get_absolute_url())
    assert listing.status_code == page.status_code == 200
    text = page.content.decode()
    assert "Lähde: THL, Sotkanet.fi, Kansaneläkelaitos (Kela)" in text
    assert "<svg" in text


def test_a_value_only_indicator_says_no_interval_can_be_computed(data, client):
    indicator = Indicator.objects.get(sotkanet_id=3076)
    text = client.get(indicator.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "no interval can be computed" in text
    finnish = client.get(indicator.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fi").content.decode()
    assert "luottamusväliä ei voi laskea" in finnish


def test_the_card_is_for_the_readers_of_the_same_county(data, client_for):
    url = reverse("indicators:card", args=[data.m1.pk])
    pdf = reverse("indicators:card_pdf", args=[data.m1.pk])
    assert client_for(None).get(url).status_code == 302
    for role in ("staff", "coordinator", "board"):
        client = client_for(data.user(role))
        assert client.get(url).status_code == 200, role
    for role in ("outsider", "ngo"):
        client = client_for(data.user(role))
        assert client.get(url).status_code == 404, role
        assert client.get(pdf).status_code == 404, role


@pytest.mark.parametrize(
    ("language", "country", "other"), [("en", "Whole country", "Koko maa"), ("fi", "Koko maa", "")]
)
def test_a_card_shows_values_against_county_and_country_with_trend_arrows(
    data, client_for, language, country, other
):
    url = reverse("indicators:card", args=[data.m1.pk])
    response = client_for(data.coordinator).get(url, HTTP_ACCEPT_LANGUAGE=language)
    text = response.content.decode()
    assert f'<html lang="{language}">' in text
    assert "Pohjois-Karjalan hyvinvointialue" in text  # county 972 benchmarks indicator 683
    assert f'<th scope="col">{country}</th>' in text
    assert not other or f'<th scope="col">{other}</th>' not in text
    assert "\u2191" in text or "\u2193" in text or "\u2192" in text


def test_the_card_pdf_is_a_real_pdf_with_the_attribution(
    data, client_for, immediate_tasks, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    response = client_for(data.staff).get(reverse("indicators:card_pdf", args=[data.m1.pk]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")
    assert (
        client_for(data.outsider).get(reverse("indicators:card_pdf", args=[data.m1.pk])).status_code
        == 404
    )


def test_a_county_id_is_not_a_card(data, client_for):
    assert (
        client_for(data.staff).get(reverse("indicators:card", args=[data.county.pk])).status_code
        == 404
    )


def _explorer_query(*sotkanet_ids, areas=(74, 197)):
    indicators = Indicator.objects.filter(sotkanet_id__in=sotkanet_ids)
    area_pks = Area.objects.filter(sotkanet_id__in=areas).values_list("pk", flat=True)
    parts = [f"indicators={i.pk}" for i in indicators] + [f"areas={pk}" for pk in area_pks]
    return "?" + "&".join(parts)


def test_the_csv_download_has_decimal_commas_and_the_attribution(data, client_for):
    client = client_for(data.coordinator)
    with translation.override("fi"):
        response = client.get(reverse("indicators:explorer_csv") + _explorer_query(683))
    text = response.content.decode()
    lines = text.splitlines()
    assert len(lines) == 1 + 2 * 9
    assert "Lähde: THL, Sotkanet.fi, Kansaneläkelaitos (Kela)" in lines[1]
    value = lines[1].split(";")[4]
    assert "," in value and "." not in value


def test_the_xlsx_download_opens_and_holds_the_rows(data, client_for):
    response = client_for(data.staff).get(
        reverse("indicators:explorer_xlsx") + _explorer_query(683, 181)
    )
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    assert "Sotkanet.fi" in str(sheet.cell(1, 1).value)
    assert sheet.max_row >= 2 + 18


# Areas a county-A account may choose: Joensuu, the county, the maakunta, the whole country
# (another county's municipality is a form error, 400).
@pytest.mark.parametrize("areas", [(74,), (74, 972, 498, 658)])
def test_the_explorer_query_count_is_bounded(
    data, client_for, django_assert_max_num_queries, areas
):
    client = client_for(data.staff)
    url = reverse("indicators:explorer") + _explorer_query(683, 181, 3076, areas=areas)
    with django_assert_max_num_queries(16):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("count", [1, 12])
def test_the_card_query_count_is_bounded(data, client_for, django_assert_max_num_queries, count):
    ids = list(Indicator.objects.values_list("sotkanet_id", flat=True)[:count])
    Indicator.objects.filter(sotkanet_id__in=ids).update(key_indicator=True)
    client = client_for(data.staff)
    # The card's own part is constant; other apps' sections (networks) add their few queries.
    with django_assert_max_num_queries(30):
        assert client.get(reverse("indicators:card", args=[data.m1.pk])).status_code == 200


IMPORT_GETS = ["import_list", "import_own_template"]


@pytest.mark.parametrize("name", IMPORT_GETS)
def test_imports_are_for_county_staff_only(data, client_for, name):
    url = reverse(f"indicators:{name}")
    assert client_for(None).get(url).status_code == 302
    for role in ("coordinator", "board", "ngo"):
        assert client_for(data.user(role)).get(url).status_code == 403, role
    assert client_for(data.staff).get(url).status_code == 200


def test_an_import_run_of_another_county_is_not_found(data, client_for):
    run = ImportRun.objects.create(source=ImportRun.Source.SOTKANET_FILE, county=data.county)
    url = reverse("indicators:import_detail", args=[run.pk])
    assert client_for(data.outsider).get(url).status_code == 404
    assert client_for(data.board).get(url).status_code == 403
    assert client_for(data.admin).get(url).status_code == 200
