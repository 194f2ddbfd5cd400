"""Factories and data of the reporting tests (shared goals, templates, commentary)."""

from django.core.management import call_command

from yhdyspinta.indicators.models import (
    GoalTarget,
    Indicator,
    ReportCommentary,
    ReportSection,
    ReportTemplate,
    SectionIndicator,
    SharedGoal,
)
from yhdyspinta.indicators.services.catalogue import link_areas_to_organizations


def load_snapshot(folder) -> None:
    """The real North Karelia snapshot; the world's county (14), Joensuu (167, world.m1) and
    Lieksa (422, world.m2) link to their Sotkanet areas."""
    call_command("import_sotkanet", "--file", str(folder / "north_karelia.csv"))
    link_areas_to_organizations()
    Indicator.objects.filter(sotkanet_id__in=[683, 2358, 3219]).update(polarity="lower_is_better")


def make_goal(county, *, sotkanet_id=683, target=12.0, year=2030, name="Ylipaino vähenee"):
    goal = SharedGoal.objects.create(county=county, name_fi=name, name_en="Overweight decreases")
    GoalTarget.objects.create(
        goal=goal,
        indicator=Indicator.objects.get(sotkanet_id=sotkanet_id),
        target_value=target,
        target_year=year,
        baseline_value=13.0,
        baseline_year=2019,
    )
    return goal


def make_template(county, *, sections=(("Ylipaino", [683]), ("Mielenterveys", [2358, 4]))):
    template = ReportTemplate.objects.create(
        county=county, name="Yhteinen raportointipohja", years_shown=5
    )
    for order, (title, ids) in enumerate(sections):
        section = ReportSection.objects.create(template=template, title=title, order=order)
        for i, sid in enumerate(ids):
            SectionIndicator.objects.create(
                section=section, indicator=Indicator.objects.get(sotkanet_id=sid), order=i
            )
    return template


def write_commentary(template, organization, year=2024, text="Kommentti (demo)"):
    section = template.sections.order_by("order").first()
    return ReportCommentary.objects.create(
        section=section, organization=organization, year=year, text=text
    )
