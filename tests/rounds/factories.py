"""Factories for the rounds app."""

import factory
from factories import CountyFactory, MunicipalityFactory

from yhdyspinta.rounds.models import Action, Finding, FindingKind, Negotiation, Request, Round


class RoundFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Round

    county = factory.SubFactory(CountyFactory)
    slug = factory.Sequence(lambda n: f"round-{n}")
    title = factory.Sequence(lambda n: f"Kuntakierros {n}")


class NegotiationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Negotiation

    round = factory.SubFactory(RoundFactory)
    municipality = factory.SubFactory(
        MunicipalityFactory, parent_county=factory.SelfAttribute("..round.county")
    )


class FindingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Finding

    round = factory.SubFactory(RoundFactory)
    kind = FindingKind.STRENGTH
    text = factory.Sequence(lambda n: f"Havainto {n}")


class ActionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Action

    round = factory.SubFactory(RoundFactory)
    text = factory.Sequence(lambda n: f"Toimenpide {n}")
    owner = factory.SelfAttribute("round.county")


class RequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Request

    municipality = factory.SubFactory(MunicipalityFactory)
    text = factory.Sequence(lambda n: f"Toive {n}")
