import pytest
from agreements.factories import AgreementFactory, AnnexFactory, AnnexRowFactory, TableFactory
from factories import BodyFactory, CounterpartFactory, PersonFactory, ThemeFactory


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded documents go to a temporary folder through the storage API."""
    settings.MEDIA_ROOT = str(tmp_path / "media")


@pytest.fixture
def deal(world):
    """A signed framework agreement of county A with M1: an annex for the world's theme with
    one row naming a counterpart pair, and the county's board for approving decisions."""
    agreement = AgreementFactory(county=world.county, title="Puitesopimus Yksi", parties=[world.m1])
    table = TableFactory(agreement=agreement)
    annex = AnnexFactory(table=table, theme=world.theme)
    pair = CounterpartFactory(
        theme=world.theme,
        municipality=world.m1,
        county_person=world.county.people.first(),
        municipality_person=world.m1.people.first(),
    )
    row = AnnexRowFactory(annex=annex, task="Työllisyyden yhdyspinta", order=1)
    row.counterparts.set([pair])
    return {
        "agreement": agreement,
        "table": table,
        "annex": annex,
        "row": row,
        "pair": pair,
        "board": BodyFactory(organization=world.county),
        "theme2": ThemeFactory(slug="integration", name_fi="Kotoutuminen"),
        "pair_b": CounterpartFactory(
            theme=world.theme,
            municipality=world.m3,
            county_person=PersonFactory(organization=world.county_b),
            municipality_person=world.m3.people.first(),
        ),
    }
