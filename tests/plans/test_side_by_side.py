"""The regional plan beside the municipalities' plans, matched through the shared goals."""

from django.urls import reverse
from plans.factories import GoalFactory

from yhdyspinta.indicators.models import SharedGoal


def test_goals_are_matched_through_the_shared_goal(client_for, world, plans):
    shared = SharedGoal.objects.create(county=world.county, name_fi="Yksinäisyys")
    plans["goal"].shared_goal = shared
    plans["goal"].save()
    GoalFactory(plan=plans["m1_plan"], title="Kohtaamispaikat kyliin", shared_goal=shared)
    page = (
        client_for(world.board)
        .get(reverse("plans:side_by_side", args=[plans["regional"].pk]))
        .content.decode()
    )
    row = page[page.index("Yksinäisyys vähenee") :]
    row = row[: row.index("</tr>")]
    assert "Kohtaamispaikat kyliin" in row
    assert "Liikunta lisääntyy" in page  # M1's other goal, in the last row
    assert "Kunta Kahden suunnitelma" not in page or "Kunta Kaksi" in page


def test_municipalities_without_a_plan_are_listed(client_for, world, plans):
    plans["m2_plan"].delete()
    page = (
        client_for(world.staff)
        .get(reverse("plans:side_by_side", args=[plans["regional"].pk]))
        .content.decode()
    )
    tail = page[page.index("Kunnat, joilla ei ole suunnitelmaa tälle kaudelle") :]
    assert "Kunta Kaksi" in tail


def test_a_municipal_plan_has_no_side_by_side_view(client_for, world, plans):
    url = reverse("plans:side_by_side", args=[plans["m1_plan"].pk])
    assert client_for(world.staff).get(url).status_code == 404
