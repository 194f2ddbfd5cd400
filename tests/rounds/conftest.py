import pytest
from rounds.factories import ActionFactory, FindingFactory, NegotiationFactory, RoundFactory


@pytest.fixture
def rec(world):
    """Records of county A: a round with negotiations in M1 and M2, findings for all, for M1
    only and for M2 only, an action of M1, an action of M2, a county action."""
    round_ = RoundFactory(county=world.county, slug="syksy", title="Syksy")
    n1 = NegotiationFactory(round=round_, municipality=world.m1)
    n2 = NegotiationFactory(round=round_, municipality=world.m2)
    everyone = FindingFactory(round=round_, text="Kaikkia koskeva")
    only_m1 = FindingFactory(round=round_, text="Vain Yksi", all_municipalities=False)
    only_m1.municipalities.set([world.m1])
    only_m2 = FindingFactory(round=round_, text="Vain Kaksi", all_municipalities=False)
    only_m2.municipalities.set([world.m2])
    return {
        "round": round_,
        "n1": n1,
        "n2": n2,
        "everyone": everyone,
        "only_m1": only_m1,
        "only_m2": only_m2,
        "a1": ActionFactory(round=round_, owner=world.m1, text="Yhden toimenpide"),
        "a2": ActionFactory(round=round_, owner=world.m2, text="Kahden toimenpide"),
        "ac": ActionFactory(round=round_, owner=world.county, text="Alueen toimenpide"),
    }
