"""The access matrix for every rounds page: anonymous -> login, outsider -> 404, read-only ->
403 on writes, owner -> success (checked with refresh_from_db), coordinators scoped."""

import pytest
from django.urls import reverse
from rounds.factories import RequestFactory

from yhdyspinta.rounds.models import Finding, Negotiation, Request, Round


@pytest.fixture
def req(world, rec):
    return RequestFactory(municipality=world.m1, round=rec["round"], text="Yhden toive")


READ_PAGES = [
    ("rounds:round_list", None),
    ("rounds:round_detail", "round"),
    ("rounds:negotiation_detail", "n1"),
    ("rounds:finding_detail", "everyone"),
    ("rounds:action_board", None),
    ("rounds:action_detail", "a1"),
    ("rounds:my_items", None),
    ("rounds:request_list", None),
    ("rounds:request_detail", "req"),
    ("rounds:municipality_history", "m1"),
]


def _url(name, key, rec, world, req):
    objects = {**rec, "req": req, "m1": world.m1}
    return reverse(name, args=[objects[key].pk]) if key else reverse(name)


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(client, world, rec, req, name, key):
    response = client.get(_url(name, key, rec, world, req))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board"])
def test_county_users_read_every_page(client_for, world, rec, req, name, key, role):
    assert client_for(world.user(role)).get(_url(name, key, rec, world, req)).status_code == 200


@pytest.mark.parametrize(("name", "key"), READ_PAGES)
def test_ngo_users_get_404(client_for, world, rec, req, name, key):
    assert client_for(world.ngo_user).get(_url(name, key, rec, world, req)).status_code == 404


@pytest.mark.parametrize(("name", "key"), [p for p in READ_PAGES if p[1]])
def test_an_outsider_from_another_county_gets_404(client_for, world, rec, req, name, key):
    assert client_for(world.outsider).get(_url(name, key, rec, world, req)).status_code == 404


@pytest.mark.parametrize(("name", "key"), [p for p in READ_PAGES if not p[1]])
def test_an_outsider_sees_none_of_the_other_countys_records_in_lists(
    client_for, world, rec, req, name, key
):
    page = client_for(world.outsider).get(_url(name, key, rec, world, req)).text
    for text in ("Syksy", "Yhden toimenpide", "Alueen toimenpide", "Yhden toive"):
        assert text not in page


def test_a_coordinator_cannot_open_another_municipalitys_negotiation_or_history(
    client_for, world, rec
):
    client = client_for(world.coordinator)
    assert client.get(reverse("rounds:negotiation_detail", args=[rec["n2"].pk])).status_code == 404
    assert client.get(reverse("rounds:municipality_history", args=[world.m2.pk])).status_code == 404
    assert client.get(reverse("rounds:negotiation_edit", args=[rec["n1"].pk])).status_code == 403


def test_a_coordinator_sees_region_wide_findings_and_her_own(client_for, world, rec):
    client = client_for(world.coordinator)
    page = client.get(reverse("rounds:round_detail", args=[rec["round"].pk])).text
    assert "Kaikkia koskeva" in page and "Vain Yksi" in page
    assert "Vain Kaksi" not in page
    url = reverse("rounds:finding_detail", args=[rec["only_m2"].pk])
    assert client.get(url).status_code == 404


def test_county_staff_see_every_finding_and_can_filter_by_municipality(client_for, world, rec):
    client = client_for(world.staff)
    url = reverse("rounds:round_detail", args=[rec["round"].pk])
    assert "Vain Kaksi" in client.get(url).text
    filtered = client.get(url, {"municipality": world.m1.pk}).text
    assert "Vain Yksi" in filtered and "Vain Kaksi" not in filtered


WRITE_PAGES = [
    ("rounds:round_create", None),
    ("rounds:round_edit", "round"),
    ("rounds:finding_create", "round"),
    ("rounds:finding_edit", "everyone"),
    ("rounds:action_create", "round"),
    ("rounds:action_edit", "a1"),
    ("rounds:negotiation_edit", "n1"),
    ("rounds:request_answer", "req"),
]


@pytest.mark.parametrize(("name", "key"), WRITE_PAGES)
@pytest.mark.parametrize("role", ["board", "coordinator"])
def test_read_only_users_and_coordinators_cannot_open_county_forms(
    client_for, world, rec, req, name, key, role
):
    assert client_for(world.user(role)).get(_url(name, key, rec, world, req)).status_code == 403


@pytest.mark.parametrize(("name", "key"), WRITE_PAGES)
def test_county_staff_open_every_form(client_for, world, rec, req, name, key):
    assert client_for(world.staff).get(_url(name, key, rec, world, req)).status_code == 200


@pytest.mark.parametrize(("name", "key"), [p for p in WRITE_PAGES if p[1]])
def test_an_outsider_gets_404_on_forms(client_for, world, rec, req, name, key):
    assert client_for(world.outsider).get(_url(name, key, rec, world, req)).status_code == 404


def test_county_staff_create_a_finding(client_for, world, rec):
    url = reverse("rounds:finding_create", args=[rec["round"].pk])
    data = {"kind": "challenge", "text": "Uusi haaste", "all_municipalities": "on", "order": 5}
    response = client_for(world.staff).post(url, data)
    assert response.status_code == 302
    finding = Finding.objects.get(text="Uusi haaste")
    assert finding.round == rec["round"] and finding.kind == "challenge"


def test_an_empty_finding_gets_a_clear_error_and_nothing_is_written(client_for, world, rec):
    url = reverse("rounds:finding_create", args=[rec["round"].pk])
    before = Finding.objects.count()
    response = client_for(world.staff).post(url, {"kind": "challenge", "text": "  ", "order": 0})
    assert response.status_code == 400
    assert Finding.objects.count() == before


def test_a_finding_for_some_municipalities_needs_them_chosen(client_for, world, rec):
    url = reverse("rounds:finding_create", args=[rec["round"].pk])
    response = client_for(world.staff).post(url, {"kind": "strength", "text": "X", "order": 0})
    assert response.status_code == 400
    assert not Finding.objects.filter(text="X").exists()


def test_county_staff_edit_a_negotiation(client_for, world, rec):
    url = reverse("rounds:negotiation_edit", args=[rec["n1"].pk])
    response = client_for(world.staff).post(url, {"date": "12.9.2023", "minutes": "Muistio"})
    assert response.status_code == 302
    rec["n1"].refresh_from_db()
    assert rec["n1"].minutes == "Muistio"


def test_an_action_with_an_unparseable_due_date_is_rejected(client_for, world, rec):
    url = reverse("rounds:action_edit", args=[rec["ac"].pk])
    data = {"text": "Uusi teksti", "owner": world.county.pk, "due": "joskus ehkä", "order": 1}
    response = client_for(world.staff).post(url, data)
    assert response.status_code == 400
    rec["ac"].refresh_from_db()
    assert rec["ac"].text == "Alueen toimenpide" and rec["ac"].due_end is None


def test_an_action_keeps_a_vague_due_date_from_the_form(client_for, world, rec):
    url = reverse("rounds:action_edit", args=[rec["ac"].pk])
    data = {"text": "Alueen toimenpide", "owner": world.county.pk, "due": "alkuvuonna 2024"}
    assert client_for(world.staff).post(url, {**data, "order": 1}).status_code == 302
    rec["ac"].refresh_from_db()
    assert rec["ac"].due_text == "alkuvuonna 2024"


def test_a_coordinator_writes_a_request_for_her_municipality_only(client_for, world, rec):
    client = client_for(world.coordinator)
    data = {"municipality": world.m1.pk, "kind": "wish", "text": "Toive", "due": "1/2027"}
    assert client.post(reverse("rounds:request_create"), data).status_code == 302
    request = Request.objects.get(text="Toive")
    assert request.municipality == world.m1 and request.created_by == world.coordinator
    other = {**data, "municipality": world.m2.pk, "text": "Vieras"}
    assert client.post(reverse("rounds:request_create"), other).status_code == 400
    assert not Request.objects.filter(text="Vieras").exists()


def test_the_board_member_cannot_write_a_request(client_for, world):
    response = client_for(world.board).post(reverse("rounds:request_create"), {"text": "x"})
    assert response.status_code == 403


def test_county_staff_answer_a_request(client_for, world, req):
    url = reverse("rounds:request_answer", args=[req.pk])
    response = client_for(world.staff).post(url, {"status": "answered", "answer": "Vastaus"})
    assert response.status_code == 302
    req.refresh_from_db()
    assert (req.status, req.answer, req.answered_by) == ("answered", "Vastaus", world.staff)


def test_a_coordinator_cannot_answer_her_own_request(client_for, world, req):
    url = reverse("rounds:request_answer", args=[req.pk])
    response = client_for(world.coordinator).post(url, {"status": "answered", "answer": "x"})
    assert response.status_code == 403
    req.refresh_from_db()
    assert req.answer == ""


def test_county_staff_prepare_the_next_round_with_the_button(client_for, world, rec):
    url = reverse("rounds:round_prepare", args=[rec["round"].pk])
    data = {"title": "Kevät", "slug": "kevat", "period": "maalis–huhtikuu"}
    response = client_for(world.staff).post(url, data)
    assert response.status_code == 302
    new = Round.objects.get(slug="kevat")
    assert Negotiation.objects.filter(round=new).count() == 2


@pytest.mark.parametrize("role", ["board", "coordinator"])
def test_others_cannot_prepare_a_round(client_for, world, rec, role):
    url = reverse("rounds:round_prepare", args=[rec["round"].pk])
    response = client_for(world.user(role)).post(url, {"title": "K", "slug": "k"})
    assert response.status_code == 403
    assert not Round.objects.filter(slug="k").exists()
