import factory

from yhdyspinta.networks.models import MemberRole, Network, NetworkMember


class NetworkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Network

    name = factory.Sequence(lambda n: f"Verkosto {n}")
    purpose = "Ehkäisevän päihdetyön yhteistyö nuorten kanssa."
    target_groups = "young_people"


class NetworkMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NetworkMember

    role = MemberRole.MEMBER
