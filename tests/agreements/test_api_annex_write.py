"""Annex status, due date and approving decision written through the API by county staff only,
validated like the form: a change after approval refused on ``version``, bad values 400 naming
the field, nothing written."""

from yhdyspinta.agreements.models import Annex, AnnexRevision


def _url(deal) -> str:
    return f"/api/v1/agreement-annexes/{deal['annex'].pk}/"


def _patch(client, url, data):
    return client.patch(url, data, content_type="application/json")


def test_staff_change_the_status_and_due_date_and_a_version_is_kept(deal, world, client_for):
    response = _patch(
        client_for(world.staff), _url(deal), {"status": "agreed", "due": "alkuvuosi 2024"}
    )
    assert response.status_code == 200, response.content
    annex = Annex.objects.get(pk=deal["annex"].pk)
    assert (annex.status, annex.due_text) == ("agreed", "alkuvuosi 2024")
    assert annex.due_end.year == 2024 and response.json()["due_text"] == "alkuvuosi 2024"
    assert AnnexRevision.objects.filter(annex=annex).count() == 1


def test_staff_approve_with_the_decision_and_the_annex_is_then_frozen(deal, world, client_for):
    client = client_for(world.staff)
    data = {"status": "approved", "approved_by": deal["board"].pk, "approved_on": "2024-01-15"}
    assert _patch(client, _url(deal), data).status_code == 200
    response = _patch(client, _url(deal), {"due": "31.12.2024"})
    assert response.status_code == 400 and "version" in response.json()
    assert Annex.objects.get(pk=deal["annex"].pk).due_text == ""


def test_coordinator_and_board_are_refused_and_another_county_gets_404(deal, world, client_for):
    for user in (world.coordinator, world.board):
        assert _patch(client_for(user), _url(deal), {"status": "agreed"}).status_code == 403
    assert _patch(client_for(world.outsider), _url(deal), {"status": "agreed"}).status_code == 404
    assert Annex.objects.get(pk=deal["annex"].pk).status == deal["annex"].status


def test_bad_values_are_400_naming_the_field_and_nothing_is_written(deal, world, client_for):
    client = client_for(world.staff)
    before = Annex.objects.filter(pk=deal["annex"].pk).values().get()
    cases = [
        ({"due": "joskus ehkä"}, "due"),
        ({"due": "x" * 500}, "due"),
        ({"status": "finished"}, "status"),
        ({"approved_on": "15.1.2024x"}, "approved_on"),
        ({"approved_by": 999999}, "approved_by"),
        ({"status": "approved"}, "approved_by"),  # an approval names its decision
        ({"status": "agreed", "due": "kuukauden 13. päivä"}, "due"),
    ]
    for data, field in cases:
        response = _patch(client, _url(deal), data)
        assert response.status_code == 400, (data, response.content)
        assert field in response.json(), (data, response.json())
    assert Annex.objects.filter(pk=deal["annex"].pk).values().get() == before
    assert not AnnexRevision.objects.filter(annex=deal["annex"]).exists()


def test_a_body_of_another_county_cannot_approve(deal, world, client_for):
    from factories import BodyFactory

    other = BodyFactory(organization=world.county_b)
    data = {"status": "approved", "approved_by": other.pk, "approved_on": "2024-01-15"}
    response = _patch(client_for(world.staff), _url(deal), data)
    assert response.status_code == 400 and "approved_by" in response.json()


def test_the_write_is_in_the_openapi_schema(db, client):
    from django.urls import reverse

    schema = client.get(reverse("api-schema") + "?format=json").json()
    operations = schema["paths"]["/api/v1/agreement-annexes/{id}/"]
    assert "patch" in operations
    body = operations["patch"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    component = schema["components"]["schemas"][body.rsplit("/", 1)[-1]]
    assert {"status", "due", "approved_by", "approved_on"} <= set(component["properties"])
