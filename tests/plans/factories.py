"""Factories for the plans app."""

import datetime as dt

import factory

from yhdyspinta.organizations.vaguedate import parse_vague_date
from yhdyspinta.plans.models import (
    Goal,
    Measure,
    MeasureIndicator,
    Milestone,
    Phase,
    Plan,
    Statement,
    Workshop,
)


class PlanFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Plan

    title = factory.Sequence(lambda n: f"Hyvinvointikertomus ja -suunnitelma {n}")
    slug = factory.Sequence(lambda n: f"plan-{n}")
    period_start = 2025
    period_end = 2028


class PhaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Phase

    kind = "planning"


def planned(text: str):
    """A vague date read as the UI reads it (reference 1.1.2024)."""
    return parse_vague_date(text, reference=dt.date(2024, 1, 1), language="fi")


class MilestoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Milestone
        skip_postgeneration_save = True

    kind = "hyte_board"

    @factory.post_generation
    def due(obj, create, extracted, **kwargs):  # noqa: N805 -- factory_boy passes the object
        if extracted:
            obj.set_due(planned(extracted))
            if create:
                obj.save()


class WorkshopFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workshop

    title = factory.Sequence(lambda n: f"Työpaja {n}")
    date = dt.date(2024, 5, 15)


class GoalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Goal

    title = factory.Sequence(lambda n: f"Tavoite {n}")


class MeasureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Measure

    title = factory.Sequence(lambda n: f"Toimenpide {n}")


class MeasureIndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MeasureIndicator

    kind = "process"
    name = factory.Sequence(lambda n: f"Mittari {n}")


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    received = dt.date(2025, 3, 1)
    text = "Nuorten osallisuus näkyy suunnitelmassa liian vähän."
