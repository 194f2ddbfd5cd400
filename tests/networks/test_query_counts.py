"""The main pages' SQL queries do not grow with the data."""

import pytest
from django.urls import reverse
from factories import NGOFactory, PersonFactory
from networks.factories import NetworkFactory, NetworkMemberFactory

from yhdyspinta.networks.models import NetworkPerson


def grow(world, theme, n):
    for i in range(n):
        owner = world.m1 if i % 2 else world.m2
        network = NetworkFactory(owner=owner, name=f"Kasvu {n}-{i}", purpose=f"Tarkoitus {i}")
        network.themes.set([theme])
        org = NGOFactory(parent_county=world.county)
        NetworkMemberFactory(network=network, organization=org)
        NetworkMemberFactory(network=network, organization=owner, role="coordinator")
        NetworkPerson.objects.create(network=network, person=PersonFactory(organization=owner))


PAGES = [
    ("networks:network_list", {}, 16),
    ("networks:overlap_list", {"min_score": "0.3"}, 22),
    ("networks:information_flow", {}, 24),
    ("networks:information_flow", {"municipality": "m1"}, 24),
]


@pytest.mark.parametrize(("name", "params", "limit"), PAGES)
def test_pages_use_a_bounded_number_of_queries(
    client_for, world, nets, django_assert_max_num_queries, name, params, limit, settings
):
    settings.NETWORK_OVERLAP_MIN_SCORE = 0.3
    client = client_for(world.staff)
    params = {k: (world.m1.pk if v == "m1" else v) for k, v in params.items()}
    for size in (3, 30):
        grow(world, nets["theme"], size)
        with django_assert_max_num_queries(limit):
            assert client.get(reverse(name), params).status_code == 200
