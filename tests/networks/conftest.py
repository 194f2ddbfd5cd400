import datetime as dt

import pytest
from django.utils import translation
from factories import ThemeFactory
from networks.factories import NetworkFactory, NetworkMemberFactory

from yhdyspinta.networks.models import CollectionRound, MemberRole


@pytest.fixture(autouse=True)
def _engine_tests_read_english(request):
    """The overlap engine's tests (test_overlap_*.py) compare reasons with English text; the
    Finnish catalogue now translates them, so those modules run under English."""
    if request.module.__name__.split(".")[-1].startswith("test_overlap"):
        with translation.override("en"):
            yield
    else:
        yield


@pytest.fixture(autouse=True)
def immediate_tasks(settings):
    """Overlap detection runs as a background task; in these tests it runs at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def nets(world):
    """County A's register: a network of M1, one of M2 (doing the same work with the same
    partner), a county network, and a collection round; county B has one network."""
    theme = ThemeFactory(slug="substance_prevention", name_fi="Ehkäisevä päihdetyö")
    purpose = "Ehkäisevän päihdetyön suunnittelu kunnassa: PAKKA-toimintamalli ja ostokokeet."
    n1 = NetworkFactory(owner=world.m1, name="Päihdetyöryhmä", purpose=purpose)
    n1b = NetworkFactory(owner=world.m1, name="PAKKA-ohjausryhmä", purpose=purpose + " Ohjaus.")
    n2 = NetworkFactory(owner=world.m2, name="EPT-työryhmä", purpose=purpose)
    nc = NetworkFactory(owner=world.county, name="Alueellinen EPT-ryhmä", purpose="Alueen työ.")
    nb = NetworkFactory(owner=world.m3, name="Toisen alueen verkosto")
    for network in (n1, n1b, n2, nc):
        network.themes.set([theme])
    for network in (n1, n1b):
        NetworkMemberFactory(network=network, organization=world.m1, role=MemberRole.COORDINATOR)
        NetworkMemberFactory(network=network, organization=world.ngo)
    collection = CollectionRound.objects.create(
        county=world.county, name="Syksy 2023", due_date=dt.date(2023, 10, 31)
    )
    return {
        "n1": n1,
        "n1b": n1b,
        "n2": n2,
        "nc": nc,
        "nb": nb,
        "round": collection,
        "theme": theme,
    }
