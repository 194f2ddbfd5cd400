"""Factories for the grants app."""

import datetime as dt
from decimal import Decimal

import factory

from yhdyspinta.grants.models import (
    Application,
    Criterion,
    Decision,
    FundingReservation,
    GrantCall,
    Project,
    Review,
    UsageReport,
)


class GrantCallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GrantCall
        skip_postgeneration_save = True

    kind = GrantCall.Kind.OPERATING
    year = 2024
    title = factory.Sequence(lambda n: f"Toiminta-avustus 2024 ({n})")
    budget = Decimal("100000")
    opens = dt.date(2024, 1, 1)
    closes = dt.date(2099, 12, 31)
    excluded_legal_forms = ["cooperative", "foundation"]
    required_fields = ["activity_description", "municipalities"]
    min_amount = Decimal("500")
    max_amount = Decimal("20000")
    target_groups = ["older", "children"]

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)


class CriterionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Criterion

    name = factory.Sequence(lambda n: f"Kriteeri {n}")
    weight = Decimal("1")


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application
        skip_postgeneration_save = True

    activity_description = "Vertaisryhmiä ikäihmisille."
    requested_amount = Decimal("5000")
    target_groups = ["older"]
    budget = [{"item": "Tilavuokrat", "amount": "5000.00"}]

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)


class ReviewFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Review


class DecisionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Decision

    amount = Decimal("4000")
    decided_on = dt.date(2024, 5, 20)


class UsageReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UsageReport

    due = dt.date(2025, 3, 31)


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    name = factory.Sequence(lambda n: f"Hanke {n}")
    starts = 2025
    ends = 2026


class FundingReservationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FundingReservation

    year = 2025
    amount = Decimal("10000")
