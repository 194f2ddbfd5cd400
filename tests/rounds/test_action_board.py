"""The action board: HTMX status change (with and without permission, comment required,
history written), ordering, and a bounded number of queries."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation
from rounds.factories import RoundFactory

from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.rounds.models import Action, ActionStatusChange

HTMX = {"HTTP_HX_REQUEST": "true"}


def _status_url(action):
    return reverse("rounds:action_status", args=[action.pk])


def test_the_owner_changes_the_status_in_place_with_a_comment(client_for, world, rec):
    client = client_for(world.coordinator)
    response = client.post(
        _status_url(rec["a1"]), {"status": "done", "comment": "Valmis 1.11."}, **HTMX
    )
    assert response.status_code == 200
    assert f'id="action-{rec["a1"].pk}"' in response.text  # the row, to swap in place
    rec["a1"].refresh_from_db()
    assert rec["a1"].status == "done"
    change = ActionStatusChange.objects.get(action=rec["a1"])
    assert (change.to_status, change.comment, change.changed_by) == (
        "done",
        "Valmis 1.11.",
        world.coordinator,
    )
    assert rec["a1"].history.count() == 2


def test_a_status_change_without_a_comment_shows_an_error_and_writes_nothing(
    client_for, world, rec
):
    client = client_for(world.coordinator)
    with translation.override("en"):
        response = client.post(_status_url(rec["a1"]), {"status": "done", "comment": ""}, **HTMX)
    assert response.status_code == 200
    assert response["HX-Retarget"] == f"#status-{rec['a1'].pk}"
    assert 'role="alert"' in response.text
    rec["a1"].refresh_from_db()
    assert rec["a1"].status == "open"
    assert not ActionStatusChange.objects.exists()


def test_without_htmx_an_invalid_status_change_answers_400(client_for, world, rec):
    response = client_for(world.staff).post(_status_url(rec["a1"]), {"status": "done"})
    assert response.status_code == 400
    rec["a1"].refresh_from_db()
    assert rec["a1"].status == "open"


@pytest.mark.parametrize(
    ("role", "key", "code"),
    [
        ("coordinator", "a2", 403),  # another municipality's action
        ("coordinator", "ac", 403),  # the county's action
        ("board", "a1", 403),
        ("outsider", "a1", 404),
        ("ngo", "a1", 404),
    ],
)
def test_a_status_change_without_permission_is_refused(client_for, world, rec, role, key, code):
    response = client_for(world.user(role)).post(
        _status_url(rec[key]), {"status": "done", "comment": "x"}, **HTMX
    )
    assert response.status_code == code
    rec[key].refresh_from_db()
    assert rec[key].status == "open"


def test_anonymous_status_change_goes_to_login(client, rec):
    response = client.post(_status_url(rec["a1"]), {"status": "done", "comment": "x"})
    assert response.status_code == 302
    rec["a1"].refresh_from_db()
    assert rec["a1"].status == "open"


def test_county_staff_change_any_actions_status(client_for, world, rec):
    response = client_for(world.staff).post(
        _status_url(rec["a2"]), {"status": "in_progress", "comment": "Aloitettu"}
    )
    assert response.status_code == 302
    rec["a2"].refresh_from_db()
    assert rec["a2"].status == "in_progress"


def test_the_htmx_get_returns_the_form_fragment(client_for, world, rec):
    response = client_for(world.coordinator).get(_status_url(rec["a1"]), **HTMX)
    assert response.status_code == 200
    assert "<html" not in response.text and 'name="comment"' in response.text


def test_the_board_lists_overdue_actions_first(client_for, world, rec):
    late = rec["a2"]
    late.set_due(parse_vague_date("lokakuun loppuun mennessä", reference=date(2023, 10, 1)))
    late.save()
    page = client_for(world.staff).get(reverse("rounds:action_board")).text
    assert page.index("Kahden toimenpide") < page.index("Yhden toimenpide")


def test_the_board_filters_by_owner_and_status(client_for, world, rec):
    client = client_for(world.board)
    page = client.get(reverse("rounds:action_board"), {"owner": world.m1.pk}).text
    assert "Yhden toimenpide" in page and "Kahden toimenpide" not in page
    rec["a1"].status = "done"
    rec["a1"].save()
    assert "Yhden toimenpide" not in client.get(reverse("rounds:action_board")).text
    page = client.get(reverse("rounds:action_board"), {"status": "done"}).text
    assert "Yhden toimenpide" in page


def _make_actions(world, n):
    round_ = RoundFactory(county=world.county)
    due = parse_vague_date("1/2024", reference=date(2023, 10, 1))
    owners = [world.county, world.m1, world.m2]
    actions = []
    for i in range(n):
        action = Action(round=round_, text=f"Toimenpide {i}", owner=owners[i % 3], order=i)
        if i % 2:
            action.set_due(due)
        actions.append(action)
    Action.objects.bulk_create(actions)


BOARD_QUERY_BUDGET = 14


@pytest.mark.parametrize("n", [10, 1000])
def test_the_board_uses_a_bounded_number_of_queries(
    client_for, world, django_assert_max_num_queries, n
):
    _make_actions(world, n)
    client = client_for(world.coordinator)
    with django_assert_max_num_queries(BOARD_QUERY_BUDGET):
        response = client.get(reverse("rounds:action_board"))
    assert response.status_code == 200


@pytest.mark.parametrize("n", [10, 1000])
def test_my_organisations_page_uses_a_bounded_number_of_queries(
    client_for, world, django_assert_max_num_queries, n
):
    _make_actions(world, n)
    client = client_for(world.coordinator)
    with django_assert_max_num_queries(BOARD_QUERY_BUDGET):
        assert client.get(reverse("rounds:my_items")).status_code == 200
