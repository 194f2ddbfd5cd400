"""The access matrix for every page of the network register: anonymous -> login, outsider ->
404, board member -> 403 on writes, coordinator -> her own municipality only, staff -> success
(checked with refresh_from_db)."""

import pytest
from django.urls import reverse

from yhdyspinta.networks.models import Network, NetworkMember, Submission

READ_PAGES = [
    ("networks:network_list", None),
    ("networks:network_detail", "n1"),
    ("networks:round_list", None),
    ("networks:round_detail", "round"),
    ("networks:overlap_list", None),
    ("networks:information_flow", None),
    ("networks:template", None),
    ("networks:export", None),
]
WRITE_PAGES = [
    ("networks:network_create", None),
    ("networks:network_edit", "n1"),
    ("networks:network_members", "n1"),
    ("networks:network_delete", "n1"),
    ("networks:upload", None),
]


def _url(name, key, nets):
    return reverse(name, args=[nets[key].pk]) if key else reverse(name)


@pytest.mark.parametrize(("name", "key"), READ_PAGES + WRITE_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client, nets, name, key):
    response = client.get(_url(name, key, nets))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board"])
def test_county_users_read_every_page(client_for, world, nets, name, key, role):
    assert client_for(world.user(role)).get(_url(name, key, nets)).status_code == 200


@pytest.mark.parametrize(("name", "key"), [p for p in READ_PAGES + WRITE_PAGES if p[1]])
def test_an_outsider_from_another_county_gets_404(client_for, world, nets, name, key):
    assert client_for(world.outsider).get(_url(name, key, nets)).status_code == 404


def test_an_outsider_sees_none_of_the_other_countys_networks(client_for, world, nets):
    response = client_for(world.outsider).get(reverse("networks:network_list"))
    assert response.status_code == 200
    assert nets["n1"].name not in response.content.decode()
    assert nets["nb"].name in response.content.decode()


@pytest.mark.parametrize(("name", "key"), WRITE_PAGES)
def test_a_board_member_may_not_open_any_write_page(client_for, world, nets, name, key):
    assert client_for(world.board).get(_url(name, key, nets)).status_code == 403


@pytest.mark.parametrize(
    "name", ["networks:network_edit", "networks:network_members", "networks:network_delete"]
)
def test_a_coordinator_cannot_open_another_municipalitys_write_pages(client_for, world, nets, name):
    client = client_for(world.coordinator)
    assert client.get(reverse(name, args=[nets["n2"].pk])).status_code == 403
    assert client.get(reverse(name, args=[nets["nc"].pk])).status_code == 403
    assert client.get(reverse(name, args=[nets["n1"].pk])).status_code == 200


def _form(network, **changes):
    data = {
        "owner": network.owner_id,
        "name": network.name,
        "purpose": network.purpose,
        "themes": [t.pk for t in network.themes.all()],
        "target_groups": ["young_people"],
        "meeting_frequency": "monthly",
        "status": "active",
        "reports_to_text": "",
        "contact_name": "",
        "contact_email": "",
        "county_participation": "",
        "last_reviewed": "",
    }
    data.update(changes)
    return data


def test_a_coordinator_edits_her_own_municipalitys_network(client_for, world, nets):
    network = nets["n1"]
    response = client_for(world.coordinator).post(
        reverse("networks:network_edit", args=[network.pk]),
        _form(network, purpose="Uusi tarkoitus", target_groups=["young_people", "everyone"]),
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.purpose == "Uusi tarkoitus"
    assert network.target_groups == "young_people,everyone"


def test_a_coordinator_cannot_move_her_network_to_another_municipality(client_for, world, nets):
    network = nets["n1"]
    response = client_for(world.coordinator).post(
        reverse("networks:network_edit", args=[network.pk]), _form(network, owner=world.m2.pk)
    )
    assert response.status_code == 400
    network.refresh_from_db()
    assert network.owner_id == world.m1.pk


def test_a_coordinator_cannot_post_to_another_municipalitys_network(client_for, world, nets):
    network = nets["n2"]
    response = client_for(world.coordinator).post(
        reverse("networks:network_edit", args=[network.pk]), _form(network, purpose="X")
    )
    assert response.status_code == 403
    network.refresh_from_db()
    assert network.purpose != "X"


def test_county_staff_edit_a_county_network_and_create_one_for_any_municipality(
    client_for, world, nets
):
    client = client_for(world.staff)
    network = nets["nc"]
    response = client.post(
        reverse("networks:network_edit", args=[network.pk]), _form(network, name="Uusi nimi")
    )
    assert response.status_code == 302
    network.refresh_from_db()
    assert network.name == "Uusi nimi"
    response = client.post(
        reverse("networks:network_create"), _form(nets["n2"], name="Kahden uusi verkosto")
    )
    assert response.status_code == 302
    created = Network.objects.get(name="Kahden uusi verkosto")
    assert created.owner_id == world.m2.pk


def test_a_board_member_cannot_post_an_edit(client_for, world, nets):
    network = nets["n1"]
    response = client_for(world.board).post(
        reverse("networks:network_edit", args=[network.pk]), _form(network, purpose="X")
    )
    assert response.status_code == 403


def test_an_invalid_form_is_shown_again_with_status_400(client_for, world, nets):
    network = nets["n1"]
    response = client_for(world.coordinator).post(
        reverse("networks:network_edit", args=[network.pk]),
        _form(network, county_participation="Asiantuntija", county_participates=""),
    )
    assert response.status_code == 400
    assert "error-summary" in response.content.decode()


def test_deleting_a_network_asks_first_and_then_deletes(client_for, world, nets):
    client = client_for(world.coordinator)
    url = reverse("networks:network_delete", args=[nets["n1"].pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not Network.objects.filter(pk=nets["n1"].pk).exists()


def test_members_are_added_with_htmx_and_removed_with_a_plain_form(client_for, world, nets):
    client = client_for(world.coordinator)
    network = nets["n1"]
    url = reverse("networks:network_members", args=[network.pk])
    response = client.post(
        url,
        {"kind": "organization", "org-organization": world.m2.pk, "org-role": "member"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'id="members"' in response.content.decode()
    assert "<html" not in response.content.decode()
    member = NetworkMember.objects.get(network=network, organization=world.m2)
    response = client.post(
        reverse("networks:member_remove", args=[network.pk, "organization", member.pk])
    )
    assert response.status_code == 302
    assert not NetworkMember.objects.filter(pk=member.pk).exists()


def test_adding_the_same_member_twice_is_an_error(client_for, world, nets):
    client = client_for(world.coordinator)
    url = reverse("networks:network_members", args=[nets["n1"].pk])
    data = {"kind": "organization", "org-organization": world.ngo.pk, "org-role": "member"}
    response = client.post(url, data)
    assert response.status_code == 400
    assert NetworkMember.objects.filter(network=nets["n1"], organization=world.ngo).count() == 1


def test_a_coordinator_cannot_remove_members_of_another_municipalitys_network(
    client_for, world, nets
):
    member = NetworkMember.objects.create(network=nets["n2"], organization=world.ngo)
    response = client_for(world.coordinator).post(
        reverse("networks:member_remove", args=[nets["n2"].pk, "organization", member.pk])
    )
    assert response.status_code == 403
    assert NetworkMember.objects.filter(pk=member.pk).exists()


def test_a_person_is_added_to_a_network(client_for, world, nets):
    person = world.m1.people.first()
    client = client_for(world.coordinator)
    response = client.post(
        reverse("networks:network_members", args=[nets["n1"].pk]),
        {"kind": "person", "person-person": person.pk, "person-role": "coordinator"},
    )
    assert response.status_code == 302
    assert nets["n1"].people.get().person == person


# --- collection round -------------------------------------------------------------------


def _submit(client, nets, municipality, status="submitted", htmx=False):
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    return client.post(
        reverse("networks:submission_update", args=[nets["round"].pk, municipality.pk]),
        {"status": status, "note": "Valmis"},
        **extra,
    )


def test_a_coordinator_sets_her_own_municipalitys_submission_status(client_for, world, nets):
    response = _submit(client_for(world.coordinator), nets, world.m1, htmx=True)
    assert response.status_code == 200
    assert f'id="submission-{world.m1.pk}"' in response.content.decode()
    submission = Submission.objects.get(round=nets["round"], municipality=world.m1)
    assert submission.status == "submitted"
    assert submission.submitted_by == world.coordinator
    assert submission.submitted_at is not None


def test_a_coordinator_cannot_set_another_municipalitys_status(client_for, world, nets):
    assert _submit(client_for(world.coordinator), nets, world.m2).status_code == 403
    assert not Submission.objects.filter(municipality=world.m2).exists()


def test_a_board_member_cannot_set_a_status(client_for, world, nets):
    assert _submit(client_for(world.board), nets, world.m1).status_code == 403


def test_an_outsider_cannot_set_a_status(client_for, world, nets):
    assert _submit(client_for(world.outsider), nets, world.m1).status_code == 404


def test_county_staff_set_any_municipalitys_status_and_back(client_for, world, nets):
    client = client_for(world.staff)
    assert _submit(client, nets, world.m2).status_code == 302
    submission = Submission.objects.get(municipality=world.m2)
    assert submission.status == "submitted"
    assert _submit(client, nets, world.m2, status="in_progress").status_code == 302
    submission.refresh_from_db()
    assert submission.status == "in_progress"
    assert submission.submitted_at is None


def test_the_round_page_counts_municipalities_that_submitted_on_time(client_for, world, nets):
    Submission.objects.create(
        round=nets["round"],
        municipality=world.m1,
        status="submitted",
        submitted_at="2023-10-20T12:00:00+03:00",
    )
    response = client_for(world.board).get(nets["round"].get_absolute_url())
    assert "1 / 2 kuntaa palauttanut 31.10.2023 mennessä" in response.content.decode()


def test_only_county_staff_create_a_collection_round(client_for, world, nets):
    url = reverse("networks:round_create")
    assert client_for(world.coordinator).get(url).status_code == 403
    response = client_for(world.staff).post(
        url, {"name": "Kevät 2024", "due_date": "30.4.2024", "opens": "", "instructions": ""}
    )
    assert response.status_code == 302
