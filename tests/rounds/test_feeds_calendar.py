"""The personal calendar feed and the subscription page."""

from datetime import date

import pytest
from django.urls import reverse
from rounds.feeds_builders import make_action, make_negotiation, make_round
from rounds.ics_parser import events

from yhdyspinta.rounds.feeds.tokens import token_for, user_for_token
from yhdyspinta.rounds.models import ActionStatus
from yhdyspinta.rounds.models.calendar import CalendarToken


@pytest.fixture
def county_a(world):
    """County A's round: negotiations in M1 and M2, actions of M1, M2 and the county."""
    round_ = make_round(world.county)
    return {
        "round": round_,
        "n1": make_negotiation(round_, world.m1, date(2023, 9, 12), place="Kunnantalo, Yksi"),
        "n2": make_negotiation(round_, world.m2, date(2023, 10, 3)),
        "undated": make_negotiation(make_round(world.county, "spring-2024"), world.m1),
        "m1_action": make_action(round_, world.m1, "Kuvataan yhteistyöverkostot", "kevät 2024"),
        "m2_action": make_action(round_, world.m2, "Nimetään hyte-yhteyshenkilö", "31.10.2023"),
        "county_action": make_action(round_, world.county, "Avustusperiaatteet", "1/2024"),
        "done": make_action(round_, world.m1, "Valmis asia", "30.9.2023", status=ActionStatus.DONE),
        "undated_action": make_action(round_, world.m1, "Ilman päivää", None),
    }


def feed(client, user, **headers):
    secret = token_for(user).token
    return client.get(reverse("rounds_feeds:calendar_feed", args=[secret]), **headers)


def uids(response):
    return {e.value("UID") for e in events(response.content)}


def test_an_anonymous_calendar_application_reads_the_feed_with_a_valid_token(client, world,
                                                                           county_a):  # fmt: skip
    response = feed(client, world.coordinator)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "sessionid" not in response.cookies
    assert CalendarToken.objects.get(user=world.coordinator).last_used is not None


def test_a_coordinator_sees_her_municipalitys_negotiations_and_open_actions(client, world,
                                                                           county_a):  # fmt: skip
    assert uids(feed(client, world.coordinator)) == {
        f"rounds-negotiation-{county_a['n1'].pk}@yhdyspinta",
        f"rounds-action-{county_a['m1_action'].pk}@yhdyspinta",
    }


def test_county_staff_and_board_members_see_the_whole_county(client, world, county_a):
    expected = {
        f"rounds-negotiation-{county_a['n1'].pk}@yhdyspinta",
        f"rounds-negotiation-{county_a['n2'].pk}@yhdyspinta",
        *(f"rounds-action-{county_a[k].pk}@yhdyspinta"
          for k in ("m1_action", "m2_action", "county_action")),
    }  # fmt: skip
    assert uids(feed(client, world.staff)) == expected
    assert uids(feed(client, world.board)) == expected


def test_a_vague_deadline_falls_on_the_last_day_with_the_phrase_as_written(client, world,
                                                                         county_a):  # fmt: skip
    found = events(feed(client, world.coordinator, HTTP_ACCEPT_LANGUAGE="en").content)
    action = next(e for e in found if "action" in e.value("UID"))
    assert action.get("DTSTART")[1:] == ({"VALUE": "DATE"}, "20240531")
    assert action.get("DTEND")[1:] == ({"VALUE": "DATE"}, "20240601")
    assert action.value("SUMMARY") == "Deadline (kevät 2024): Kuvataan yhteistyöverkostot"
    assert "Due: kevät 2024" in action.value("DESCRIPTION")
    assert action.value("URL").endswith(
        reverse("rounds:action_detail", args=[county_a["m1_action"].pk])
    )


def test_a_negotiation_is_an_all_day_event_with_its_place_unescaped(client, world, county_a):
    found = events(feed(client, world.coordinator).content)
    meeting = next(e for e in found if "negotiation" in e.value("UID"))
    assert meeting.get("DTSTART")[1:] == ({"VALUE": "DATE"}, "20230912")
    assert meeting.value("LOCATION") == "Kunnantalo, Yksi"
    assert "Kunta Yksi" in meeting.value("SUMMARY")


def test_uids_stay_the_same_between_fetches(client, world, county_a):
    assert uids(feed(client, world.staff)) == uids(feed(client, world.staff))


def test_a_shared_deadline_is_listed_once_for_the_county(client, world, county_a):
    joint = make_action(county_a["round"], world.county, "Yhteinen kuvaus", "kevät 2024")
    same = make_action(county_a["round"], world.m2, "Yhteinen kuvaus", "kevät 2024", part_of=joint)
    own = make_action(county_a["round"], world.m1, "Yhteinen kuvaus", "31.3.2024", part_of=joint)
    staff_uids = uids(feed(client, world.staff))
    assert f"rounds-action-{joint.pk}@yhdyspinta" in staff_uids
    assert f"rounds-action-{same.pk}@yhdyspinta" not in staff_uids
    assert f"rounds-action-{own.pk}@yhdyspinta" in staff_uids
    assert f"rounds-action-{own.pk}@yhdyspinta" in uids(feed(client, world.coordinator))


def test_a_bad_token_answers_404(client, world, county_a):
    for secret in ("nonsense", "x" * 300, token_for(world.staff).token[:-1]):
        assert client.get(f"/rounds/calendar/{secret}.ics").status_code == 404


def test_an_inactive_users_token_answers_404(client, world, county_a):
    secret = token_for(world.staff).token
    world.staff.is_active = False
    world.staff.save()
    assert client.get(reverse("rounds_feeds:calendar_feed", args=[secret])).status_code == 404


def test_an_ngo_users_token_answers_404(client, world, county_a):
    assert feed(client, world.ngo_user).status_code == 404


def test_another_countys_user_sees_nothing_of_county_a(client, world, county_a):
    response = feed(client, world.outsider)
    assert response.status_code == 200
    assert events(response.content) == []
    assert b"Kunta Yksi" not in response.content


def test_regenerating_invalidates_the_old_address(client_for, world, county_a):
    client = client_for(world.coordinator)
    old = token_for(world.coordinator).token
    response = client.post(reverse("rounds_feeds:regenerate"))
    assert response.status_code == 302
    new = CalendarToken.objects.get(user=world.coordinator).token
    assert new != old
    assert user_for_token(old) is None
    client.logout()
    assert client.get(reverse("rounds_feeds:calendar_feed", args=[old])).status_code == 404
    assert client.get(reverse("rounds_feeds:calendar_feed", args=[new])).status_code == 200


# --- the subscription page: access matrix ---------------------------------------------------


@pytest.mark.parametrize("role", ["admin", "staff", "coordinator", "board", "outsider"])
def test_every_county_reader_gets_a_personal_address(client_for, world, role):
    user = world.user(role)
    response = client_for(user).get(reverse("rounds_feeds:subscription"), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    secret = CalendarToken.objects.get(user=user).token
    assert secret in response.content.decode()
    assert b"Calendar subscription" in response.content


def test_the_subscription_page_sends_an_anonymous_user_to_log_in(client, db):
    response = client.get(reverse("rounds_feeds:subscription"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
    response = client.post(reverse("rounds_feeds:regenerate"))
    assert response.status_code == 302
    assert not CalendarToken.objects.exists()


def test_an_ngo_user_has_no_subscription_page(client_for, world):
    client = client_for(world.ngo_user)
    assert client.get(reverse("rounds_feeds:subscription")).status_code == 404
    assert client.post(reverse("rounds_feeds:regenerate")).status_code == 404
    assert not CalendarToken.objects.exists()


def test_regenerating_needs_a_post(client_for, world):
    client = client_for(world.staff)
    assert client.get(reverse("rounds_feeds:regenerate")).status_code == 405


def test_regenerating_changes_only_ones_own_token(client_for, world):
    other = token_for(world.staff).token
    client_for(world.coordinator).post(reverse("rounds_feeds:regenerate"))
    world_staff_token = CalendarToken.objects.get(user=world.staff)
    assert world_staff_token.token == other


def test_the_feed_query_count_does_not_grow_with_the_events(
    client, world, django_assert_max_num_queries
):
    round_ = make_round(world.county)
    secret = token_for(world.staff).token
    url = reverse("rounds_feeds:calendar_feed", args=[secret])
    for size in (5, 50):
        for i in range(size):
            make_action(round_, world.m1, f"Toimenpide {size}-{i}", "kevät 2024")
        with django_assert_max_num_queries(8):
            response = client.get(url)
        assert len(events(response.content)) >= size
