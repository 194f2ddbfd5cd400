"""Access matrix of every reporting view: anonymous, outsider, read-only, coordinator, staff."""

import pytest
from django.urls import reverse
from indicators.reporting_factories import make_goal, make_template, write_commentary

from yhdyspinta.indicators.models import (
    GoalTarget,
    HyteCoefficientIndicator,
    Indicator,
    ReportCommentary,
    ReportPublication,
    ReportTemplate,
    SharedGoal,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(world, catalogue):
    # The catalogue only (no observations): access does not depend on data.
    goal = make_goal(world.county)
    template = make_template(world.county)
    return world, goal, template


def _reverse(name, *args):
    return reverse(f"indicators_reporting:{name}", args=args)


READ_PAGES = [
    ("goal_list", lambda w, g, t: []),
    ("goal_detail", lambda w, g, t: [g.pk]),
    ("template_list", lambda w, g, t: []),
    ("template_detail", lambda w, g, t: [t.pk]),
    ("report", lambda w, g, t: [t.pk, w.m1.pk]),
    ("report_xlsx", lambda w, g, t: [t.pk, w.m1.pk]),
    ("trend_review", lambda w, g, t: []),
    ("coefficient", lambda w, g, t: []),
]


@pytest.mark.parametrize(("name", "args"), READ_PAGES)
def test_anonymous_users_are_sent_to_the_login_page(setup, client, name, args):
    url = _reverse(name, *args(*setup))
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/login/")


@pytest.mark.parametrize(("name", "args"), READ_PAGES)
@pytest.mark.parametrize("role", ["staff", "coordinator", "board"])
def test_readers_of_the_county_see_every_reporting_page(setup, client_for, name, args, role):
    world = setup[0]
    response = client_for(world.user(role)).get(_reverse(name, *args(*setup)))
    assert response.status_code == 200


@pytest.mark.parametrize(
    ("name", "args"),
    [p for p in READ_PAGES if p[0] in ("goal_detail", "template_detail", "report")],
)
def test_users_of_another_county_get_404(setup, client_for, name, args):
    world = setup[0]
    response = client_for(world.outsider).get(_reverse(name, *args(*setup)))
    assert response.status_code == 404


def test_a_report_for_an_organisation_of_another_county_is_404(setup, client_for):
    world, _goal, template = setup
    response = client_for(world.staff).get(_reverse("report", template.pk, world.m3.pk))
    assert response.status_code == 404


def test_ngo_users_read_no_reporting_page(setup, client_for):
    world, goal, _template = setup
    client = client_for(world.ngo_user)
    assert client.get(_reverse("goal_list")).status_code == 403
    assert client.get(_reverse("goal_detail", goal.pk)).status_code == 404


WRITE_PAGES = [
    ("goal_create", lambda w, g, t: []),
    ("goal_edit", lambda w, g, t: [g.pk]),
    ("target_create", lambda w, g, t: [g.pk]),
    ("target_edit", lambda w, g, t: [g.targets.first().pk]),
    ("template_create", lambda w, g, t: []),
    ("template_edit", lambda w, g, t: [t.pk]),
    ("template_approve", lambda w, g, t: [t.pk]),
    ("section_create", lambda w, g, t: [t.pk]),
    ("section_edit", lambda w, g, t: [t.sections.first().pk]),
]


@pytest.mark.parametrize(("name", "args"), WRITE_PAGES)
@pytest.mark.parametrize("role", ["board", "coordinator"])
def test_read_only_users_and_coordinators_cannot_edit_goals_or_templates(
    setup, client_for, name, args, role
):
    world = setup[0]
    response = client_for(world.user(role)).get(_reverse(name, *args(*setup)))
    assert response.status_code == 403


@pytest.mark.parametrize(("name", "args"), WRITE_PAGES)
def test_county_staff_open_every_edit_form(setup, client_for, name, args):
    world = setup[0]
    assert client_for(world.staff).get(_reverse(name, *args(*setup))).status_code == 200


def test_county_staff_edit_a_goal(setup, client_for):
    world, goal, _template = setup
    response = client_for(world.staff).post(
        _reverse("goal_edit", goal.pk), {"name_fi": "Ylipaino vähenee selvästi", "order": 1}
    )
    assert response.status_code == 302
    goal.refresh_from_db()
    assert goal.name_fi == "Ylipaino vähenee selvästi"


def test_county_staff_add_a_target_with_its_direction_from_the_polarity(setup, client_for):
    world, goal, _template = setup
    indicator = Indicator.objects.get(sotkanet_id=181)
    indicator.polarity = "lower_is_better"
    indicator.save()
    response = client_for(world.staff).post(
        _reverse("target_create", goal.pk),
        {"indicator": indicator.pk, "target_value": "8.5", "target_year": 2030, "order": 1},
    )
    assert response.status_code == 302
    target = GoalTarget.objects.get(goal=goal, indicator=indicator)
    assert target.target_value == 8.5
    assert target.is_met(8.0) is True and target.is_met(9.0) is False


def test_a_board_member_cannot_post_a_goal_change(setup, client_for):
    world, goal, _template = setup
    response = client_for(world.board).post(
        _reverse("goal_edit", goal.pk), {"name_fi": "Muutettu", "order": 1}
    )
    assert response.status_code == 403
    goal.refresh_from_db()
    assert goal.name_fi == "Ylipaino vähenee"


def test_a_coordinator_writes_commentary_for_her_own_municipality(setup, client_for):
    world, _goal, template = setup
    section = template.sections.first()
    url = _reverse("commentary_edit", section.pk, world.m1.pk, 2024)
    response = client_for(world.coordinator).post(url, {"text": "Meillä menee hyvin."})
    assert response.status_code == 302
    commentary = ReportCommentary.objects.get(section=section, organization=world.m1, year=2024)
    assert commentary.text == "Meillä menee hyvin." and commentary.written_by == world.coordinator


def test_a_coordinator_cannot_write_another_municipalitys_commentary(setup, client_for):
    world, _goal, template = setup
    existing = write_commentary(template, world.m2, text="Lieksan teksti")
    url = _reverse("commentary_edit", existing.section_id, world.m2.pk, 2024)
    client = client_for(world.coordinator)
    assert client.get(url).status_code == 403
    assert client.post(url, {"text": "Kaapattu"}).status_code == 403
    existing.refresh_from_db()
    assert existing.text == "Lieksan teksti"


def test_a_coordinator_cannot_write_the_countys_commentary_but_staff_can(setup, client_for):
    world, _goal, template = setup
    section = template.sections.first()
    url = _reverse("commentary_edit", section.pk, world.county.pk, 2024)
    assert client_for(world.coordinator).get(url).status_code == 403
    client = client_for(world.staff)
    assert client.post(url, {"text": "Alueen kommentti"}).status_code == 302
    assert ReportCommentary.objects.get(organization=world.county).text == "Alueen kommentti"


def test_a_board_member_cannot_write_commentary(setup, client_for):
    world, _goal, template = setup
    url = _reverse("commentary_edit", template.sections.first().pk, world.m1.pk, 2024)
    assert client_for(world.board).post(url, {"text": "x"}).status_code == 403
    assert not ReportCommentary.objects.exists()


def test_the_outsider_cannot_reach_commentary(setup, client_for):
    world, _goal, template = setup
    url = _reverse("commentary_edit", template.sections.first().pk, world.m1.pk, 2024)
    assert client_for(world.outsider).get(url).status_code == 404


def test_an_approved_template_is_frozen_even_for_staff(setup, client_for):
    world, _goal, template = setup
    template.status = ReportTemplate.Status.APPROVED
    template.save()
    client = client_for(world.staff)
    assert client.get(_reverse("template_edit", template.pk)).status_code == 403
    assert client.get(_reverse("section_edit", template.sections.first().pk)).status_code == 403


def test_only_county_admins_edit_the_hyte_coefficient_set(setup, client_for):
    world = setup[0]
    indicator = Indicator.objects.get(sotkanet_id=683)
    data = {"indicator": indicator.pk, "group": "Tulosindikaattorit", "order": 1}
    for role in ("staff", "coordinator", "board"):
        response = client_for(world.user(role)).post(_reverse("coefficient_add"), data)
        assert response.status_code == 403, role
    assert not HyteCoefficientIndicator.objects.exists()
    response = client_for(world.admin).post(_reverse("coefficient_add"), data)
    assert response.status_code == 302
    entry = HyteCoefficientIndicator.objects.get()
    assert entry.county == world.county and entry.group == "Tulosindikaattorit"


def test_publishing_needs_write_access_to_the_organisation(setup, client_for):
    world, _goal, template = setup
    url = _reverse("publish", template.pk, world.m2.pk) + "?year=2024"
    assert client_for(world.board).post(url, {"is_public": "1"}).status_code == 403
    assert client_for(world.coordinator).post(url, {"is_public": "1"}).status_code == 403
    assert not ReportPublication.objects.exists()
    assert client_for(world.staff).post(url, {"is_public": "1"}).status_code == 302
    assert ReportPublication.objects.get().slug == "kunta-kaksi-2024"


def test_staff_of_another_county_cannot_edit_goals(setup, client_for):
    world, goal, _template = setup
    response = client_for(world.outsider).post(_reverse("goal_edit", goal.pk), {"name_fi": "X"})
    assert response.status_code == 404
    assert SharedGoal.objects.get(pk=goal.pk).name_fi == "Ylipaino vähenee"
