"""Writes of reporting: rules of the record become form errors (never a 500), and the delete
views refuse everyone but the owner, leaving the database unchanged."""

import pytest
from django.urls import reverse
from indicators.reporting_factories import make_goal, make_template

from yhdyspinta.indicators.models import (
    GoalTarget,
    HyteCoefficientIndicator,
    Indicator,
    ReportSection,
    SharedGoal,
)


@pytest.fixture
def setup(world, catalogue):
    goal = make_goal(world.county)
    template = make_template(world.county)
    entry = HyteCoefficientIndicator.objects.create(
        county=world.county, indicator=Indicator.objects.get(sotkanet_id=683), group="Tulos"
    )
    world.goal, world.template, world.entry = goal, template, entry
    return world


def _url(name, *args):
    return reverse(f"indicators_reporting:{name}", args=args)


def test_a_duplicate_shared_goal_in_the_same_county_is_a_form_error(setup, client_for):
    client = client_for(setup.staff)
    response = client.post(_url("goal_create"), {"name_fi": "Ylipaino vähenee", "order": 1})
    assert response.status_code == 400
    assert response.context["form"].errors  # named, shown with the form
    assert SharedGoal.objects.filter(county=setup.county).count() == 1


def test_the_same_goal_name_in_another_county_is_allowed(setup, client_for):
    response = client_for(setup.outsider).post(
        _url("goal_create"), {"name_fi": "Ylipaino vähenee", "order": 1}
    )
    assert response.status_code == 302
    assert SharedGoal.objects.filter(name_fi="Ylipaino vähenee").count() == 2


def test_a_duplicate_goal_target_is_a_form_error(setup, client_for):
    indicator = setup.goal.targets.get().indicator
    response = client_for(setup.staff).post(
        _url("target_create", setup.goal.pk),
        {"indicator": indicator.pk, "target_value": "11", "target_year": 2030, "order": 2},
    )
    assert response.status_code == 400
    assert response.context["form"].errors
    assert GoalTarget.objects.filter(goal=setup.goal).count() == 1


# name, the object, its model, the roles that may delete it
DELETES = [
    ("target_delete", lambda w: w.goal.targets.get(), GoalTarget, ("staff", "admin")),
    ("section_delete", lambda w: w.template.sections.first(), ReportSection, ("staff", "admin")),
    ("coefficient_delete", lambda w: w.entry, HyteCoefficientIndicator, ("admin",)),
]
REFUSED = {"outsider": 404, "coordinator": 403, "board": 403, "ngo": 404, "staff": 403}


@pytest.mark.parametrize(("name", "obj", "model", "owners"), DELETES)
def test_anonymous_users_cannot_delete(setup, client, name, obj, model, owners):
    target = obj(setup)
    response = client.post(_url(name, target.pk))
    assert response.status_code == 302 and response.url.startswith("/login/")
    assert model.objects.filter(pk=target.pk).exists()


@pytest.mark.parametrize(
    ("name", "obj", "model", "role"),
    [(n, o, m, role) for n, o, m, owners in DELETES for role in REFUSED if role not in owners],
)
def test_others_cannot_delete_and_nothing_changes(setup, client_for, name, obj, model, role):
    target = obj(setup)
    before = model.objects.count()
    client = client_for(setup.user(role))
    expected = REFUSED[role]
    assert client.get(_url(name, target.pk)).status_code == expected
    assert client.post(_url(name, target.pk)).status_code == expected
    assert model.objects.count() == before


@pytest.mark.parametrize(("name", "obj", "model", "owners"), DELETES)
def test_the_owner_confirms_and_deletes(setup, client_for, name, obj, model, owners):
    target = obj(setup)
    client = client_for(setup.user(owners[0]))
    assert client.get(_url(name, target.pk)).status_code == 200
    assert model.objects.filter(pk=target.pk).exists()
    assert client.post(_url(name, target.pk)).status_code == 302
    assert not model.objects.filter(pk=target.pk).exists()


def test_an_approved_templates_section_cannot_be_deleted(setup, client_for):
    setup.template.status = "approved"
    setup.template.save()
    section = setup.template.sections.first()
    assert client_for(setup.staff).post(_url("section_delete", section.pk)).status_code == 403
    assert ReportSection.objects.filter(pk=section.pk).exists()
