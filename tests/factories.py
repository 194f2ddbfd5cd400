"""Factories for the organizations app: the base every capability's tests build on."""

import factory
from django.contrib.auth import get_user_model

from yhdyspinta.organizations.models import (
    AccessLevel,
    Account,
    Body,
    Counterpart,
    Organization,
    Person,
    Role,
    RoleKind,
    Theme,
)


class CountyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    kind = Organization.Kind.COUNTY
    name_fi = factory.Sequence(lambda n: f"Testin hyvinvointialue {n}")
    code = factory.Sequence(lambda n: f"{(n % 89) + 10:02d}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    kind = Organization.Kind.MUNICIPALITY
    name_fi = factory.Sequence(lambda n: f"Testikunta {n}")
    code = factory.Sequence(lambda n: f"{(n % 899) + 100:03d}")
    parent_county = factory.SubFactory(CountyFactory)


class NGOFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    kind = Organization.Kind.NGO
    legal_form = "association"
    name_fi = factory.Sequence(lambda n: f"Testiyhdistys {n} ry")
    parent_county = factory.SubFactory(CountyFactory)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: f"theme-{n}")
    name_fi = factory.Sequence(lambda n: f"Teema {n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    first_name = "Maija"
    last_name = factory.Sequence(lambda n: f"Meikäläinen{n}")
    title = "asiantuntija"
    organization = factory.SubFactory(MunicipalityFactory)
    email = factory.Sequence(lambda n: f"person{n}@example.fi")


class RoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Role

    person = factory.SubFactory(PersonFactory)
    organization = factory.SelfAttribute("person.organization")
    kind = RoleKind.CONTACT


class CounterpartFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Counterpart

    theme = factory.SubFactory(ThemeFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    county_person = factory.SubFactory(
        PersonFactory, organization=factory.SelfAttribute("..municipality.parent_county")
    )
    municipality_person = factory.SubFactory(
        PersonFactory, organization=factory.SelfAttribute("..municipality")
    )


class BodyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Body

    organization = factory.SubFactory(CountyFactory)
    kind = Body.Kind.HYTE_BOARD
    name_fi = "Hyte-lautakunta"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "salasana-123")


def make_user(level: str, organization: Organization, username: str | None = None):
    user = UserFactory(**({"username": username} if username else {}))
    user.save()
    Account.objects.create(user=user, organization=organization, level=level)
    return user


__all__ = [
    "AccessLevel",
    "BodyFactory",
    "CountyFactory",
    "CounterpartFactory",
    "MunicipalityFactory",
    "NGOFactory",
    "PersonFactory",
    "RoleFactory",
    "ThemeFactory",
    "UserFactory",
    "make_user",
]
