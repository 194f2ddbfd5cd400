"""Bad input is a form error naming the field, nothing written, never a 500."""

import pytest
from agreements.factories import MINIMAL_PDF
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yhdyspinta.agreements.models import Agreement, Annex, AnnexRow
from yhdyspinta.agreements.validators import MAX_PDF_BYTES


def _agreement_post(client, world, document):
    data = {
        "kind": "framework",
        "title": "Uusi puitesopimus",
        "parties": [world.m1.pk],
        "status": "signed",
        "signed_on": "31.3.2023",
        "document": document,
    }
    return client.post(reverse("agreements:agreement_create"), data)


def test_a_signed_pdf_is_stored_through_the_storage_api(world, client_for):
    pdf = SimpleUploadedFile("sopimus.pdf", MINIMAL_PDF, content_type="application/pdf")
    response = _agreement_post(client_for(world.staff), world, pdf)
    assert response.status_code == 302
    agreement = Agreement.objects.get(title="Uusi puitesopimus")
    with agreement.document.open("rb") as handle:
        assert handle.read() == MINIMAL_PDF
    assert (
        client_for(world.staff)
        .get(reverse("agreements:agreement_document", args=[agreement.pk]))
        .status_code
        == 200
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Hello, I am a text file named .pdf", "ei ole PDF"),
        (b"%PDF-1.4\nthis is cut in the middle", "vioittunut"),
        (b"PK\x03\x04 a zip renamed", "ei ole PDF"),
    ],
)
def test_a_file_that_is_not_a_pdf_by_content_is_refused(world, client_for, content, message):
    upload = SimpleUploadedFile("sopimus.pdf", content, content_type="application/pdf")
    response = _agreement_post(client_for(world.staff), world, upload)
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["document"])
    assert not Agreement.objects.exists()


def test_a_too_large_pdf_is_refused(world, client_for, settings):
    big = MINIMAL_PDF[:-6] + b" " * (MAX_PDF_BYTES + 1) + b"%%EOF\n"
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = settings.FILE_UPLOAD_MAX_MEMORY_SIZE = MAX_PDF_BYTES * 2
    upload = SimpleUploadedFile("iso.pdf", big, content_type="application/pdf")
    response = _agreement_post(client_for(world.staff), world, upload)
    assert response.status_code == 400
    assert "liian suuri" in " ".join(response.context["form"].errors["document"])
    assert not Agreement.objects.exists()


def test_a_second_annex_for_a_theme_is_refused_on_the_theme(deal, world, client_for):
    url = reverse("agreements:annex_create", args=[deal["agreement"].pk])
    response = client_for(world.staff).post(url, {"theme": world.theme.pk, "status": "drafting"})
    assert response.status_code == 400
    assert "already has an annex" in str(response.context["form"].errors["theme"]) or (
        "jo liite" in str(response.context["form"].errors["theme"])
    )
    assert Annex.objects.count() == 1


def test_an_unparseable_due_date_is_refused_on_the_due_field(deal, world, client_for):
    url = reverse("agreements:annex_edit", args=[deal["annex"].pk])
    response = client_for(world.staff).post(
        url, {"theme": world.theme.pk, "status": "drafting", "due": "joskus myöhemmin"}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["due"]
    deal["annex"].refresh_from_db()
    assert deal["annex"].due_end is None


def test_an_edit_of_an_approved_version_is_refused_on_the_version(deal, world, client_for):
    annex = deal["annex"]
    Annex.objects.filter(pk=annex.pk).update(
        status="approved", approved_by=deal["board"], approved_on="2024-01-15"
    )
    client = client_for(world.staff)
    response = client.post(
        reverse("agreements:annex_edit", args=[annex.pk]),
        {"theme": world.theme.pk, "status": "drafting", "note": "Muutos"},
    )
    assert response.status_code == 400
    assert "lukittu" in str(response.context["form"].errors["version"])
    response = client.post(
        reverse("agreements:row_edit", args=[deal["row"].pk]), {"task": "Muutettu", "order": 1}
    )
    assert response.status_code == 400
    assert response.context["form"].errors["version"]
    annex.refresh_from_db()
    deal["row"].refresh_from_db()
    assert annex.note == "" and deal["row"].task == "Työllisyyden yhdyspinta"


def test_a_counterpart_of_another_county_is_refused_on_the_field(deal, world, client_for):
    response = client_for(world.staff).post(
        reverse("agreements:row_create", args=[deal["annex"].pk]),
        {"task": "Uusi", "order": 2, "counterparts": [deal["pair_b"].pk]},
    )
    assert response.status_code == 400
    assert response.context["form"].errors["counterparts"]
    assert AnnexRow.objects.count() == 1


@pytest.mark.parametrize("value", ["x", "99999999999999999999999", "-1", "\u00b2"])
def test_odd_ids_in_queries_and_forms_are_answered_not_500(deal, world, client_for, value):
    client = client_for(world.staff)
    assert (
        client.get(reverse("agreements:agreement_list"), {"municipality": value}).status_code == 400
    )
    history = reverse("agreements:annex_history", args=[deal["annex"].pk])
    assert client.get(history, {"a": value}).status_code == 400
    response = client.post(
        reverse("agreements:gap_action"), {"theme": value, "municipality": value}
    )
    assert response.status_code == 404
