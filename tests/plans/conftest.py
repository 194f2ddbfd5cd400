import pytest
from factories import PersonFactory
from plans.factories import (
    GoalFactory,
    MeasureFactory,
    MeasureIndicatorFactory,
    MilestoneFactory,
    PlanFactory,
    StatementFactory,
)

from yhdyspinta.organizations.models import Body


@pytest.fixture
def plans(world):
    """County A's regional plan with a goal and two measures (one owned by the county, one by
    M1), a milestone and a statement; M1's and M2's own plans; county B's plan."""
    regional = PlanFactory(owner=world.county, title="Alueellinen suunnitelma", slug="alue-a")
    m1_plan = PlanFactory(owner=world.m1, title="Kunta Yhden suunnitelma", slug="m1")
    m2_plan = PlanFactory(owner=world.m2, title="Kunta Kahden suunnitelma", slug="m2")
    other = PlanFactory(owner=world.county_b, title="Toisen alueen suunnitelma", slug="alue-b")
    goal = GoalFactory(plan=regional, title="Yksinäisyys vähenee")
    county_measure = MeasureFactory(goal=goal, responsible_organization=world.county)
    m1_measure = MeasureFactory(goal=goal, responsible_organization=world.m1)
    m2_measure = MeasureFactory(goal=goal, responsible_organization=world.m2)
    m1_goal = GoalFactory(plan=m1_plan, title="Liikunta lisääntyy")
    m1_own_measure = MeasureFactory(goal=m1_goal, responsible_organization=world.m1)
    other_goal = GoalFactory(plan=other, title="Toisen tavoite")
    other_measure = MeasureFactory(goal=other_goal, responsible_organization=world.county_b)
    youth = Body.objects.create(organization=world.county, kind="youth_council", name_fi="NV")
    board_body = Body.objects.create(organization=world.county, kind="hyte_board", name_fi="HL")
    return {
        "regional": regional,
        "m1_plan": m1_plan,
        "m2_plan": m2_plan,
        "other": other,
        "goal": goal,
        "m1_goal": m1_goal,
        "other_goal": other_goal,
        "county_measure": county_measure,
        "m1_measure": m1_measure,
        "m2_measure": m2_measure,
        "m1_own_measure": m1_own_measure,
        "other_measure": other_measure,
        "indicator": MeasureIndicatorFactory(measure=county_measure),
        "m1_indicator": MeasureIndicatorFactory(measure=m1_measure),
        "other_indicator": MeasureIndicatorFactory(measure=other_measure),
        "milestone": MilestoneFactory(plan=regional, kind="hyte_board", due="5/2025"),
        "other_milestone": MilestoneFactory(plan=other, kind="hyte_board", due="5/2025"),
        "statement": StatementFactory(plan=regional, body=youth),
        "other_statement": StatementFactory(
            plan=other,
            body=Body.objects.create(organization=world.county_b, kind="youth_council"),
        ),
        "youth": youth,
        "board_body": board_body,
        "person": PersonFactory(organization=world.county),
    }
