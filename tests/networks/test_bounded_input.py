"""Bounded requests and bad values in the register: the list is paginated, integers beyond
64 bits and absurd text are a 400 naming the field, never a server error."""

import pytest
from django.urls import reverse
from networks.factories import NetworkFactory

from yhdyspinta.networks.models import Network
from yhdyspinta.networks.views import networks as network_views

HUGE = "99999999999999999999"


def test_the_register_is_shown_a_page_at_a_time(client_for, world, nets, monkeypatch):
    monkeypatch.setattr(network_views, "PAGE_SIZE", 2)
    client = client_for(world.staff)
    first = client.get(reverse("networks:network_list"))
    assert len(first.context["networks"]) == 2
    assert first.context["page"].paginator.count == 4
    assert "page=2" in first.content.decode()
    second = client.get(reverse("networks:network_list"), {"page": "2"}).context["networks"]
    assert {n.pk for n in second}.isdisjoint({n.pk for n in first.context["networks"]})


@pytest.mark.parametrize("param", ["owner", "theme"])
@pytest.mark.parametrize("value", [HUGE, "-1", "1e3", "nan"])
def test_a_filter_beyond_an_id_is_a_400_naming_it(client_for, world, nets, param, value):
    client = client_for(world.staff)
    page = client.get(reverse("networks:network_list"), {param: value})
    assert page.status_code == 400 and param in page.context["errors"]
    assert client.get("/api/v1/networks/", {param: value}).status_code == 400
    assert param in client.get("/api/v1/networks/", {param: value}).json()
    assert client.get(reverse("networks:export"), {param: value}).status_code == 400


def test_a_huge_theme_or_owner_in_the_form_is_a_form_error(client_for, world, nets):
    response = client_for(world.staff).post(
        reverse("networks:network_create"),
        {"owner": HUGE, "name": "Uusi", "themes": [HUGE], "status": "active"},
    )
    assert response.status_code in (200, 400)
    errors = response.context["form"].errors
    assert "owner" in errors and "themes" in errors


def test_a_three_megabyte_purpose_is_refused_naming_the_field(client_for, world, nets):
    client = client_for(world.coordinator)
    response = client.post(
        "/api/v1/networks/",
        {"owner": world.m1.pk, "name": "Iso", "purpose": "x" * 3_000_000},
        content_type="application/json",
    )
    # refused whole by the API's request size limit (413) or by the field (400)
    assert response.status_code in (400, 413) and not Network.objects.filter(name="Iso").exists()
    detail = f"/api/v1/networks/{nets['n1'].pk}/"
    patch = client.patch(detail, {"purpose": "y" * 5001}, content_type="application/json")
    assert patch.status_code == 400 and "purpose" in patch.json()


def test_the_form_refuses_a_too_long_purpose(client_for, world):
    network = NetworkFactory(owner=world.m1, name="Verkosto")
    response = client_for(world.coordinator).post(
        reverse("networks:network_edit", args=[network.pk]),
        {"owner": world.m1.pk, "name": "Verkosto", "purpose": "x" * 5001, "status": "active"},
    )
    assert "purpose" in response.context["form"].errors
