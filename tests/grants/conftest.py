import pytest
from factories import AccessLevel, NGOFactory, make_user
from grants.factories import ApplicationFactory, CriterionFactory, GrantCallFactory


@pytest.fixture
def grants(world):
    """County A's open operating-grant call (themes: employment; criteria: two) with a draft of
    the world's NGO for activity in M1; a second association with its own user and draft; a
    cooperative; county B's call."""
    call = GrantCallFactory(county=world.county, themes=[world.theme])
    criteria = [
        CriterionFactory(call=call, name="Vaikuttavuus", weight=2, order=0),
        CriterionFactory(call=call, name="Kustannukset", weight=1, order=1),
    ]
    world.ngo.business_id = "1234567-1"
    world.ngo.save()
    draft = ApplicationFactory(
        call=call, organization=world.ngo, themes=[world.theme], municipalities=[world.m1]
    )
    other_ngo = NGOFactory(name_fi="Toinen yhdistys ry", parent_county=world.county)
    other_user = make_user(AccessLevel.NGO, other_ngo, "ngo2")
    other_draft = ApplicationFactory(
        call=call, organization=other_ngo, themes=[world.theme], municipalities=[world.m2]
    )
    cooperative = NGOFactory(
        name_fi="Kylätalot osuuskunta",
        legal_form="cooperative",
        parent_county=world.county,
        business_id="2345678-0",
    )
    call_b = GrantCallFactory(county=world.county_b, title="Toisen alueen haku")
    return {
        "call": call,
        "criteria": criteria,
        "draft": draft,
        "other_ngo": other_ngo,
        "other_user": other_user,
        "other_draft": other_draft,
        "cooperative": cooperative,
        "call_b": call_b,
    }
