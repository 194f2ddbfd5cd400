"""The information-flow page: a navigable SVG with a text alternative, and the lists."""

from django.urls import reverse
from factories import PersonFactory

from yhdyspinta.networks.models import NetworkPerson
from yhdyspinta.organizations.models import Body, Role


def test_the_graph_is_an_svg_with_links_title_and_a_text_alternative(client_for, world, nets):
    nets["n1"].reports_to_network = nets["n1b"]
    nets["n1"].save()
    response = client_for(world.board).get(
        reverse("networks:information_flow"), {"municipality": world.m1.pk}
    )
    page = response.content.decode()
    assert 'role="img"' in page and 'role="group"' in page and '<title id="flow-title">' in page
    assert f'href="{nets["n1"].get_absolute_url()}"' in page
    assert f'href="{world.ngo.get_absolute_url()}"' in page
    alternative = response.context["alternative"]
    n1 = next(item for item in alternative if item["node"].label == nets["n1"].name)
    assert [node.label for node in n1["reports_to"]] == [nets["n1b"].name]


def test_a_network_reporting_to_a_body_is_linked_to_the_body(client_for, world, nets):
    body = Body.objects.create(organization=world.county, kind="hyte_board", name_fi="Lautakunta")
    nets["nc"].reports_to_body = body
    nets["nc"].save()
    page = client_for(world.staff).get(reverse("networks:information_flow")).content.decode()
    assert f'href="{body.get_absolute_url()}"' in page
    assert (
        nets["nc"]
        not in client_for(world.staff)
        .get(reverse("networks:information_flow"))
        .context["no_channel"]
    )


def test_networks_without_a_reporting_channel_are_listed(client_for, world, nets):
    response = client_for(world.board).get(reverse("networks:information_flow"))
    assert nets["n2"] in response.context["no_channel"]


def test_networks_without_the_county_on_a_duty_theme_are_listed(client_for, world, nets):
    person = world.county.people.first()
    Role.objects.create(person=person, organization=world.county, kind="responsible",
                        theme=nets["theme"])  # fmt: skip
    nets["n2"].county_participates = True
    nets["n2"].save()
    rows = (
        client_for(world.board).get(reverse("networks:information_flow")).context["county_absent"]
    )
    listed = {row["network"] for row in rows}
    assert nets["n1"] in listed and nets["n2"] not in listed


def test_people_in_too_many_networks_are_listed_by_the_threshold(client_for, world, nets):
    person = PersonFactory(organization=world.m1)
    for network in (nets["n1"], nets["n1b"], nets["n2"]):
        NetworkPerson.objects.create(network=network, person=person)
    url = reverse("networks:information_flow")
    client = client_for(world.board)
    assert client.get(url, {"max_networks": "2"}).context["busy"][0]["person"] == person
    assert client.get(url, {"max_networks": "3"}).context["busy"] == []


def test_the_gap_matrix_shows_themes_with_no_network(client_for, world, nets):
    matrix = client_for(world.board).get(reverse("networks:information_flow")).context["matrix"]
    rows = {theme.slug: cells for theme, cells, _gaps in matrix.rows()}
    m1, m2 = matrix.municipalities.index(world.m1), matrix.municipalities.index(world.m2)
    assert rows["substance_prevention"][m1] == 2
    assert rows["substance_prevention"][m2] == 1
    assert rows["employment"] == [0, 0]
