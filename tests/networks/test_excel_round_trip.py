"""The network sheet both ways: export then import changes nothing; a new sheet is previewed
before anything is written, then written all at once."""

import io

import pytest
from factories import NGOFactory, ThemeFactory
from networks.factories import NetworkFactory, NetworkMemberFactory
from openpyxl import Workbook, load_workbook

from yhdyspinta.networks.models import MemberRole, Network, NetworkMember
from yhdyspinta.networks.services.columns import network_columns
from yhdyspinta.networks.services.committing import commit_preview
from yhdyspinta.networks.services.exporting import export_xlsx, template_file
from yhdyspinta.networks.services.importing import build_preview
from yhdyspinta.organizations.models import Organization

HEADERS = ["Verkoston nimi", "Tarkoitus", "Teemat", "Kohderyhmät", "Jäsenorganisaatiot",
           "Koordinoiva organisaatio", "Hyvinvointialue mukana (kyllä/ei)", "Kokoontumistiheys",
           "Raportoi", "Yhteyshenkilö", "Sähköposti"]  # fmt: skip


def xlsx(rows, headers=HEADERS, title=None):
    wb = Workbook()
    ws = wb.active
    ws.title = "Verkostot"
    if title:
        ws.append([title])
        ws.append([])
    ws.append(headers)
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def register(world):
    ThemeFactory(slug="substance_prevention", name_fi="Ehkäisevä päihdetyö", name_en="Substance")
    kela = NGOFactory(name_fi="Kela, Itä-Suomen vakuutuspiiri", parent_county=world.county)
    network = NetworkFactory(owner=world.m1, name="EPT-työryhmä", county_participates=True)
    network.themes.set([world.theme])
    NetworkMemberFactory(network=network, organization=world.m1, role=MemberRole.COORDINATOR)
    NetworkMemberFactory(network=network, organization=kela)
    NetworkMemberFactory(network=network, organization=world.ngo)
    return network


def test_export_then_import_changes_nothing(register, world):
    data = export_xlsx(Network.objects.all(), world.county.pk)
    preview = build_preview(data, filename="export.xlsx", organization=world.m1)
    assert preview["counts"] == {"new": 0, "changed": 0, "unchanged": 1, "missing": 0}
    assert preview["new_organisations"] == []


def test_the_export_reads_back_with_finnish_headers_and_a_title_row(register, world):
    sheet = load_workbook(io.BytesIO(export_xlsx(Network.objects.all(), world.county.pk))).active
    assert sheet.cell(1, 1).value  # the title row
    headers = [cell.value for cell in sheet[2]]
    assert headers[0] == "Verkoston nimi"
    assert "Kela, Itä-Suomen vakuutuspiiri" in sheet.cell(3, 5).value


def test_the_template_has_instructions_and_drop_downs(world):
    book = load_workbook(io.BytesIO(template_file(world.county.pk)))
    assert len(book.sheetnames) >= 2
    assert book.worksheets[0].data_validations.dataValidation


def test_a_messy_sheet_is_previewed_and_then_written_all_at_once(register, world):
    rows = [
        ["  ept-TYÖRYHMÄ ", "Uusi tarkoitus", "Ehkäisevä päihdetyö", "nuoret",
         "Kela, Itä-Suomen vakuutuspiiri; yhdistys RY", "Kunta Yksi", "kyllä",
         "4 kertaa vuodessa", "Hallitus", "Maija Meikäläinen", "maija@example.fi", "extra"],
        [None] * 12,
        ["Nuorisoverkosto", "Nuorten palvelut", "Työllisyys", "nuoret, työikäiset",
         "Lieksan 4H-yhdistys\nKunta Yksi", "", "ei", "kuukausittain", "", "", "", ""],
    ]  # fmt: skip
    data = xlsx(rows, headers=[*HEADERS, "Muistiinpanot"], title="Kunnan verkostot 2023")
    preview = build_preview(data, filename="kunta.xlsx", organization=world.m1)
    assert preview["counts"] == {"new": 1, "changed": 1, "unchanged": 0, "missing": 0}
    assert preview["new_organisations"] == ["Lieksan 4H-yhdistys"]
    assert Network.objects.count() == 1  # nothing written by the preview
    commit_preview(preview)
    register.refresh_from_db()
    assert register.purpose == "Uusi tarkoitus"
    assert register.meeting_frequency == "quarterly"
    new = Network.objects.get(name="Nuorisoverkosto")
    assert new.target_group_list == ["young_people", "working_age"]
    assert Organization.objects.filter(name_fi="Lieksan 4H-yhdistys").exists()
    assert NetworkMember.objects.filter(network=new).count() == 2
    assert register.history.count() >= 2


def test_a_network_left_out_of_the_file_is_listed_as_missing(register, world):
    data = xlsx([["Toinen verkosto", "", "", "", "", "", "ei", "", "", "", ""]])
    preview = build_preview(data, filename="k.xlsx", organization=world.m1)
    assert preview["missing"] == [{"id": register.pk, "name": "EPT-työryhmä"}]
    commit_preview(preview, end_missing=True)
    register.refresh_from_db()
    assert register.status == "ended"


def test_the_columns_are_shared_by_export_and_import(world):
    keys = [column.key for column in network_columns(world.county.pk)]
    assert keys[:11] == ["name", "purpose", "themes", "target_groups", "members", "coordinator",
                         "county_participates", "meeting_frequency", "reports_to", "contact",
                         "email"]  # fmt: skip
