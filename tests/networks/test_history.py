from factories import ThemeFactory
from networks.factories import NetworkFactory

from yhdyspinta.web.history import history_for


def test_a_change_of_themes_shows_in_the_history_by_name(world):
    employment = ThemeFactory(slug="employment-x", name_fi="Työllisyys X")
    integration = ThemeFactory(slug="integration-x", name_fi="Kotoutuminen X")
    network = NetworkFactory(owner=world.m1, name="Työllisyysverkosto")
    network.themes.set([employment])
    network.save()
    network.themes.set([employment, integration])
    network.save()
    changes = [change for entry in history_for(network) for change in entry.changes]
    assert any(
        change.old == "Työllisyys X" and change.new == "Kotoutuminen X, Työllisyys X"
        for change in changes
    ), changes
