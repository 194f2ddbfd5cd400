"""Every kind of bad input names sheet, row, column and reason, and writes nothing."""

import io

import pytest
from django.utils import translation
from openpyxl import Workbook

from yhdyspinta.documents.spreadsheets import ImportProblems
from yhdyspinta.networks.models import Network
from yhdyspinta.networks.services import importing
from yhdyspinta.networks.services.importing import build_preview

HEADERS = ["Verkoston nimi", "Tarkoitus", "Teemat", "Kohderyhmät", "Sähköposti", "Kunta"]


def xlsx(rows, headers=HEADERS):
    wb = Workbook()
    ws = wb.active
    ws.title = "Verkostot"
    if headers:
        ws.append(headers)
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def problems_of(data, world):
    with pytest.raises(ImportProblems) as caught, translation.override("en"):
        build_preview(data, filename="bad.xlsx", organization=world.m1)
    assert Network.objects.count() == 0
    with translation.override("en"):
        return [problem.text() for problem in caught.value.problems]


def test_a_file_that_is_not_xlsx_is_refused(world):
    assert "bad.xlsx" in problems_of(b"name;purpose\nA;B\n", world)[0]


def test_a_password_protected_file_is_refused(world):
    ole2 = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 1024
    assert problems_of(ole2, world)


def test_a_sheet_without_a_header_row_is_refused(world):
    texts = problems_of(xlsx([["a", "b"], ["c", "d"]], headers=None), world)
    assert "No header row" in texts[0]


def test_an_unknown_municipality_is_named_with_a_suggestion(world):
    texts = problems_of(xlsx([["Verkosto", "", "", "", "", "Kunta Yks"]]), world)
    assert "row 2" in texts[0] and "Kunta Yksi" in texts[0]


def test_a_theme_not_in_the_list_suggests_the_closest(world):
    texts = problems_of(xlsx([["Verkosto", "", "Työllisyy", "", "", ""]]), world)
    assert "row 2" in texts[0] and "Työllisyys" in texts[0]


def test_a_row_without_a_name_is_refused(world):
    texts = problems_of(xlsx([["Verkosto", "", "", "", "", ""], [None, "Nuorten palvelut"]]), world)
    assert any("row 3" in text for text in texts)


def test_an_invalid_email_is_refused(world):
    texts = problems_of(xlsx([["Verkosto", "", "", "", "ei-osoite", ""]]), world)
    assert "not a valid e-mail" in texts[0] and "Sähköposti" in texts[0]


def test_a_file_over_the_size_limit_is_refused(world, monkeypatch):
    monkeypatch.setattr(importing, "MAX_BYTES", 100)
    assert problems_of(xlsx([["Verkosto", "", "", "", "", ""]]), world)


def test_a_coordinator_cannot_import_another_municipalitys_networks(world):
    data = xlsx([["Verkosto", "", "", "", "", "Kunta Kaksi"]])
    with pytest.raises(ImportProblems):
        build_preview(data, filename="x.xlsx", organization=world.m1, user=world.coordinator)
