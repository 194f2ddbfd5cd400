"""The applicant's form and submission, and every bad input: a clear error naming the field,
nothing written, never a server error."""

import datetime as dt
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from yhdyspinta.grants.models import Application, ApplicationStatus, Attachment

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def fresh_call(grants, world):
    """The NGO has no application in this call."""
    from grants.factories import GrantCallFactory

    return GrantCallFactory(county=world.county, title="Uusi haku", themes=[world.theme])


def form_data(world, **changes):
    data = {
        "business_id": "1234567-1",
        "contact_name": "Jaana Järjestö",
        "contact_email": "jaana@example.fi",
        "activity_description": "Vertaisryhmiä ikäihmisille.",
        "themes": [world.theme.pk],
        "target_groups": ["older"],
        "municipalities": [world.m1.pk],
        "requested_amount": "5 000,50",
        "budget_rows": "Tilavuokrat; 3 000,50\nMatkat; 2000",
    }
    data.update(changes)
    return {k: v for k, v in data.items() if v is not None}


def test_an_applicant_saves_a_draft_and_submits_it(fresh_call, world, client_for):
    client = client_for(world.ngo_user)
    url = reverse("grants:application_create", args=[fresh_call.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, form_data(world))
    assert response.status_code == 302, response.context["form"].errors
    application = Application.objects.get(call=fresh_call, organization=world.ngo)
    assert application.status == ApplicationStatus.DRAFT
    assert application.requested_amount == Decimal("5000.50")
    assert application.budget == [
        {"item": "Tilavuokrat", "amount": "3000.50"},
        {"item": "Matkat", "amount": "2000.00"},
    ]
    assert list(application.municipalities.all()) == [world.m1]
    response = client.post(reverse("grants:application_submit", args=[application.pk]))
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ELIGIBLE
    page = client.get(application.get_absolute_url()).content.decode()
    assert "Jaana Järjestö" in page


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"business_id": "1234567-2"}, "business_id"),
        ({"business_id": "123"}, "business_id"),
        ({"requested_amount": "20 000,01"}, "requested_amount"),
        ({"requested_amount": "NaN"}, "requested_amount"),
        ({"requested_amount": None}, "requested_amount"),
        ({"budget_rows": "Tilat 3000"}, "budget_rows"),
        ({"budget_rows": "Tilat; paljon"}, "budget_rows"),
        ({"municipalities": ["99999999999999999999"]}, "municipalities"),
        ({"target_groups": ["aliens"]}, "target_groups"),
        ({"contact_email": "not an address"}, "contact_email"),
    ],
)
def test_a_bad_value_is_a_form_error_naming_the_field(
    fresh_call, world, client_for, changes, field
):
    client = client_for(world.ngo_user)
    url = reverse("grants:application_create", args=[fresh_call.pk])
    response = client.post(url, form_data(world, **changes))
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert not Application.objects.filter(call=fresh_call).exists()
    world.ngo.refresh_from_db()
    assert world.ngo.business_id == "1234567-1"


def test_the_check_digit_error_says_so(fresh_call, world, client_for):
    client = client_for(world.ngo_user)
    url = reverse("grants:application_create", args=[fresh_call.pk])
    response = client.post(url, form_data(world, business_id="1234567-2"))
    assert "1234567-2" in str(response.context["form"].errors["business_id"])


def test_a_missing_required_field_is_refused_at_submission_naming_it(grants, world, client_for):
    draft = grants["draft"]
    draft.municipalities.clear()
    response = client_for(world.ngo_user).post(
        reverse("grants:application_submit", args=[draft.pk])
    )
    assert response.status_code == 400
    assert any(
        "municipalit" in str(f).lower() or "kunnat" in str(f).lower()
        for f, _m in response.context["problems"]
    )
    draft.refresh_from_db()
    assert draft.status == ApplicationStatus.DRAFT


def test_a_submission_after_the_deadline_is_refused(grants, world, client_for):
    call = grants["call"]
    call.closes = dt.date(2024, 2, 29)
    call.save()
    response = client_for(world.ngo_user).post(
        reverse("grants:application_submit", args=[grants["draft"].pk])
    )
    assert response.status_code == 400
    assert "29.2.2024" in response.content.decode()
    grants["draft"].refresh_from_db()
    assert grants["draft"].status == ApplicationStatus.DRAFT


def test_a_second_submission_is_refused(grants, world, client_for):
    client = client_for(world.ngo_user)
    url = reverse("grants:application_submit", args=[grants["draft"].pk])
    assert client.post(url).status_code == 302
    grants["draft"].refresh_from_db()
    first = grants["draft"].submitted_at
    assert client.post(url).status_code == 400
    grants["draft"].refresh_from_db()
    assert grants["draft"].submitted_at == first


def test_a_submitted_application_cannot_be_edited(grants, world, client_for):
    client = client_for(world.ngo_user)
    client.post(reverse("grants:application_submit", args=[grants["draft"].pk]))
    response = client.post(
        reverse("grants:application_edit", args=[grants["draft"].pk]), form_data(world)
    )
    assert response.status_code == 403


def test_an_excluded_legal_form_is_told_the_reason(grants, world, client_for):
    world.ngo.legal_form = "foundation"
    world.ngo.save()
    client = client_for(world.ngo_user)
    client.post(reverse("grants:application_submit", args=[grants["draft"].pk]))
    grants["draft"].refresh_from_db()
    assert grants["draft"].status == ApplicationStatus.INELIGIBLE
    page = client.get(grants["draft"].get_absolute_url()).content.decode()
    assert grants["draft"].ineligible_reason in page


def upload(name, content, content_type):
    return SimpleUploadedFile(name, content, content_type=content_type)


def test_an_attachment_is_stored(grants, world, client_for):
    url = reverse("grants:attachment_add", args=[grants["draft"].pk])
    response = client_for(world.ngo_user).post(
        url, {"file": upload("talousarvio.pdf", PDF, "application/pdf")}
    )
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.content_type == "application/pdf" and attachment.size == len(PDF)
    assert attachment.file.read() == PDF
    download = client_for(world.ngo_user).get(
        reverse("grants:attachment_download", args=[attachment.pk])
    )
    assert b"".join(download.streaming_content) == PDF


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [
        ("talousarvio.pdf", b"MZ\x90\x00 not a pdf at all", "application/pdf"),
        ("kuva.png", PDF, "image/png"),
        ("talousarvio.pdf", PDF, "text/html"),
        ("skripti.exe", b"MZ\x90\x00", "application/octet-stream"),
        ("tyhja.pdf", b"", "application/pdf"),
        ("iso.pdf", b"%PDF-" + b"0" * (5 * 1024 * 1024), "application/pdf"),
    ],
)
def test_an_attachment_that_is_not_what_it_claims_is_refused(
    grants, world, client_for, name, content, content_type
):
    url = reverse("grants:attachment_add", args=[grants["draft"].pk])
    response = client_for(world.ngo_user).post(url, {"file": upload(name, content, content_type)})
    assert response.status_code == 400
    assert "file" in response.context["form"].errors
    assert not Attachment.objects.exists()
