"""Editing goals, measures and indicators on the plan's page with HTMX: the fragments, the
field errors in them (nothing written), the pages without JavaScript, and the goal's progress."""

from django.urls import reverse

from yhdyspinta.plans.models import AnnualReview, Goal, Measure, MeasureIndicator, ReviewEntry

HX = {"HTTP_HX_REQUEST": "true"}


def _measure_data(goal, org, **extra):
    prefix = f"g{goal.pk}-"
    data = {"title": "Liikuntaryhmät iäkkäille", "responsible_organization": org.pk, "order": 0}
    data.update(extra)
    return {prefix + key: value for key, value in data.items()}


def test_the_new_measure_form_is_a_fragment(client_for, world, plans):
    goal = plans["goal"]
    response = client_for(world.staff).get(reverse("plans:measure_add", args=[goal.pk]), **HX)
    body = response.content.decode()
    assert response.status_code == 200 and "<html" not in body
    assert f'hx-target="#measures-{goal.pk}"' in body and f'name="g{goal.pk}-title"' in body


def test_adding_a_measure_returns_the_new_row_and_empties_the_form(client_for, world, plans):
    goal = plans["goal"]
    response = client_for(world.staff).post(
        reverse("plans:measure_add", args=[goal.pk]), _measure_data(goal, world.m1), **HX
    )
    assert response.status_code == 200
    body = response.content.decode()
    measure = Measure.objects.get(title="Liikuntaryhmät iäkkäille")
    assert body.startswith(f'<section id="measure-{measure.pk}"')
    assert "Kunta Yksi" in body and "<html" not in body
    assert f'<div id="measure-form-{goal.pk}" hx-swap-oob="innerHTML"></div>' in body
    assert measure.goal == goal and measure.responsible_organization == world.m1


def test_a_measure_without_a_responsible_organisation_names_the_field(client_for, world, plans):
    goal = plans["goal"]
    before = Measure.objects.count()
    data = _measure_data(goal, world.m1)
    data[f"g{goal.pk}-responsible_organization"] = ""
    response = client_for(world.staff).post(
        reverse("plans:measure_add", args=[goal.pk]), data, **HX
    )
    assert response.status_code == 200
    assert response["HX-Retarget"] == f"#measure-form-{goal.pk}"
    body = response.content.decode()
    assert f'id="id_g{goal.pk}-responsible_organization"' in body
    assert 'aria-invalid="true"' in body and "error" in body
    assert Measure.objects.count() == before


def test_a_coordinator_is_not_offered_another_municipality(client_for, world, plans):
    goal = plans["m1_goal"]
    client = client_for(world.coordinator)
    form = client.get(reverse("plans:measure_add", args=[goal.pk]), **HX).content.decode()
    select = form[form.index(f'name="g{goal.pk}-responsible_organization"') :]
    select = select[: select.index("</select>")]
    assert f'value="{world.m1.pk}"' in select and f'value="{world.m2.pk}"' not in select
    response = client.post(
        reverse("plans:measure_add", args=[goal.pk]), _measure_data(goal, world.m2), **HX
    )
    assert response["HX-Retarget"] == f"#measure-form-{goal.pk}"
    assert not Measure.objects.filter(title="Liikuntaryhmät iäkkäille").exists()


def test_a_duplicate_goal_names_the_title(client_for, world, plans):
    plan = plans["regional"]
    response = client_for(world.staff).post(
        reverse("plans:goal_add", args=[plan.pk]),
        {"goal-title": "yksinäisyys vähenee", "goal-order": 1},
        **HX,
    )
    assert response["HX-Retarget"] == "#goal-form"
    assert 'id="id_goal-title"' in response.content.decode()
    assert "already has this goal" in response.content.decode() or "jo" in (
        response.content.decode()
    )
    assert Goal.objects.filter(plan=plan).count() == 1


def test_adding_a_goal_returns_its_card(client_for, world, plans):
    plan = plans["regional"]
    response = client_for(world.staff).post(
        reverse("plans:goal_add", args=[plan.pk]),
        {"goal-title": "Liikunta lisääntyy", "goal-order": 1},
        **HX,
    )
    goal = Goal.objects.get(plan=plan, title="Liikunta lisääntyy")
    assert response.content.decode().startswith(f'<article class="card" id="goal-{goal.pk}"')


def test_a_target_year_outside_the_period_names_the_field(client_for, world, plans):
    measure = plans["m1_measure"]
    prefix = f"m{measure.pk}-"
    data = {
        prefix + k: v
        for k, v in {
            "kind": "outcome",
            "name": "Ryhmiä",
            "order": 0,
            "target_value": 5,
            "target_year": 2031,
        }.items()
    }
    response = client_for(world.coordinator).post(
        reverse("plans:measure_indicator_add", args=[measure.pk]), data, **HX
    )
    assert response["HX-Retarget"] == f"#indicator-form-{measure.pk}"
    assert "2025–2028" in response.content.decode()
    assert not MeasureIndicator.objects.filter(name="Ryhmiä").exists()
    data[prefix + "target_year"] = 2028
    response = client_for(world.coordinator).post(
        reverse("plans:measure_indicator_add", args=[measure.pk]), data, **HX
    )
    assert response.content.decode().startswith("<tr>")
    assert MeasureIndicator.objects.filter(name="Ryhmiä", measure=measure).exists()


def test_without_htmx_the_add_urls_are_the_form_pages(client_for, world, plans):
    goal = plans["goal"]
    client = client_for(world.staff)
    page = client.get(reverse("plans:measure_add", args=[goal.pk]))
    assert page.status_code == 200 and "<h1>" in page.content.decode()
    response = client.post(
        reverse("plans:measure_add", args=[goal.pk]),
        {"title": "Ilman JavaScriptiä", "responsible_organization": world.m1.pk, "order": 0},
    )
    assert response.status_code == 302
    assert Measure.objects.filter(title="Ilman JavaScriptiä").exists()


def test_the_board_cannot_add(client_for, world, plans):
    response = client_for(world.board).post(
        reverse("plans:measure_add", args=[plans["goal"].pk]),
        _measure_data(plans["goal"], world.m1),
        **HX,
    )
    assert response.status_code == 403


def test_the_plan_page_shows_the_goals_progress_and_the_hx_links(client_for, world, plans):
    review = AnnualReview.objects.create(plan=plans["regional"], year=2025)
    ReviewEntry.objects.create(review=review, measure=plans["m1_measure"], status="done")
    page = client_for(world.staff).get(plans["regional"].get_absolute_url()).content.decode()
    assert f'id="progress-{plans["goal"].pk}"' in page
    assert "33 %" in page
    assert f'hx-get="{reverse("plans:measure_add", args=[plans["goal"].pk])}"' in page
