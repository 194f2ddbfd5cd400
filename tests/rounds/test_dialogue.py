"""Comment threads: both sides write, the other side is told by e-mail, bad input writes
nothing."""

import pytest
from django.core import mail
from django.urls import reverse
from factories import PersonFactory, RoleFactory

from yhdyspinta.organizations.models import RoleKind
from yhdyspinta.rounds.models import Comment


@pytest.fixture
def people(world):
    manager = PersonFactory(organization=world.county, email="kumppanuus@hva.example.fi")
    RoleFactory(person=manager, organization=world.county, kind=RoleKind.PARTNERSHIP_MANAGER)
    coordinator1 = PersonFactory(organization=world.m1, email="koordinaattori@yksi.example.fi")
    RoleFactory(person=coordinator1, organization=world.m1, kind=RoleKind.COORDINATOR)
    coordinator2 = PersonFactory(organization=world.m2, email="koordinaattori@kaksi.example.fi")
    RoleFactory(person=coordinator2, organization=world.m2, kind=RoleKind.COORDINATOR)
    return {"manager": manager, "c1": coordinator1, "c2": coordinator2}


def _url(kind, obj):
    return reverse("rounds:comment_create", args=[kind, obj.pk])


def test_a_coordinators_comment_emails_the_partnership_manager(client_for, world, rec, people):
    response = client_for(world.coordinator).post(_url("action", rec["a1"]), {"text": "Kysymys"})
    assert response.status_code == 302
    assert Comment.objects.get().action == rec["a1"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["kumppanuus@hva.example.fi"]
    assert "Kysymys" in mail.outbox[0].body


def test_a_county_comment_emails_the_owner_organisations_coordinator(
    client_for, world, rec, people
):
    client_for(world.staff).post(_url("action", rec["a1"]), {"text": "Miten edistyy?"})
    assert [m.to for m in mail.outbox] == [["koordinaattori@yksi.example.fi"]]


def test_a_county_comment_on_a_finding_reaches_the_concerned_municipalities(
    client_for, world, rec, people
):
    client_for(world.staff).post(_url("finding", rec["only_m2"]), {"text": "Tarkennus"})
    assert mail.outbox[0].to == ["koordinaattori@kaksi.example.fi"]
    mail.outbox.clear()
    client_for(world.staff).post(_url("finding", rec["everyone"]), {"text": "Kaikille"})
    assert sorted(mail.outbox[0].to) == [
        "koordinaattori@kaksi.example.fi",
        "koordinaattori@yksi.example.fi",
    ]


def test_an_htmx_comment_returns_the_thread(client_for, world, rec, people):
    response = client_for(world.coordinator).post(
        _url("finding", rec["everyone"]), {"text": "Hyvä huomio"}, HTTP_HX_REQUEST="true"
    )
    assert response.status_code == 200
    assert "Hyvä huomio" in response.text and "<html" not in response.text


def test_an_empty_comment_writes_nothing_and_sends_nothing(client_for, world, rec, people):
    response = client_for(world.coordinator).post(_url("action", rec["a1"]), {"text": "   "})
    assert response.status_code == 400
    assert not Comment.objects.exists() and mail.outbox == []


@pytest.mark.parametrize(("role", "code"), [("board", 403), ("outsider", 404), ("ngo", 404)])
def test_readers_without_a_voice_cannot_comment(client_for, world, rec, role, code):
    response = client_for(world.user(role)).post(_url("action", rec["a1"]), {"text": "x"})
    assert response.status_code == code
    assert not Comment.objects.exists()


def test_a_coordinator_cannot_comment_on_a_finding_she_cannot_see(client_for, world, rec):
    response = client_for(world.coordinator).post(_url("finding", rec["only_m2"]), {"text": "x"})
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_a_request_thread_works_both_ways(client_for, world, rec, people):
    from rounds.factories import RequestFactory

    request = RequestFactory(municipality=world.m1, text="Tukipyyntö")
    client_for(world.coordinator).post(_url("request", request), {"text": "Lisätietoa"})
    assert mail.outbox[-1].to == ["kumppanuus@hva.example.fi"]
    page = client_for(world.board).get(request.get_absolute_url()).text
    assert "Lisätietoa" in page


def test_an_unknown_target_kind_is_404(client_for, world, rec):
    response = client_for(world.staff).post(
        f"/rounds/round/{rec['round'].pk}/comments/", {"text": "x"}
    )
    assert response.status_code == 404
