"""Factories of the indicators app."""

import factory

from yhdyspinta.indicators.models import Area, Indicator, Observation, ValueType
from yhdyspinta.indicators.stats import Polarity


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator

    sotkanet_id = factory.Sequence(lambda n: 900000 + n)
    code = factory.LazyAttribute(lambda o: str(o.sotkanet_id))
    title_fi = factory.Sequence(lambda n: f"Indikaattori {n}, % väestöstä")
    title_en = factory.Sequence(lambda n: f"Indicator {n}, % of population")
    producer_fi = "Terveyden ja hyvinvoinnin laitos (THL)"
    value_type = ValueType.PERCENTAGE
    polarity = Polarity.LOWER_IS_BETTER
    genders = ["total"]


class AreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Area

    sotkanet_id = factory.Sequence(lambda n: 800000 + n)
    code = factory.Sequence(lambda n: f"{n % 1000:03d}")
    category = Area.Category.KUNTA
    name_fi = factory.Sequence(lambda n: f"Alue {n}")


class ObservationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Observation

    indicator = factory.SubFactory(IndicatorFactory)
    area = factory.SubFactory(AreaFactory)
    year = 2020
    gender = "total"
    value = 10.0
