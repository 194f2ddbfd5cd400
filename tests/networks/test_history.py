from factories import ThemeFactory
from networks.factories import NetworkFactory

from yhdyspinta.networks.models import Network, NetworkMember
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


def _import_one(world):
    from networks.test_excel_round_trip import xlsx

    from yhdyspinta.networks.services.committing import commit_preview
    from yhdyspinta.networks.services.importing import build_preview

    ThemeFactory(slug="substance_prevention", name_fi="Ehkäisevä päihdetyö")
    rows = [["Nuorisoverkosto", "Nuorten palvelut", "Ehkäisevä päihdetyö", "nuoret",
             "Nuorisoyhdistys ry", "Kunta Yksi", "ei", "kuukausittain", "", "", ""]]  # fmt: skip
    preview = build_preview(xlsx(rows), filename="k.xlsx", organization=world.m1)
    commit_preview(preview)
    return Network.objects.get(name="Nuorisoverkosto")


def test_an_imported_network_has_its_themes_and_members_in_its_history(world):
    network = _import_one(world)
    record = network.history.latest()
    assert [row.theme.slug for row in record.themes.all()] == ["substance_prevention"]
    added = NetworkMember.history.filter(network_id=network.pk, history_type="+")
    assert added.count() == NetworkMember.objects.filter(network=network).count() == 2


def test_editing_an_imported_network_shows_only_what_was_edited(world):
    network = _import_one(world)
    network.refresh_from_db()
    network.purpose = "Nuorten palvelut ja harrastukset"
    network.save()
    newest = history_for(network)[0]
    assert [change.new for change in newest.changes] == ["Nuorten palvelut ja harrastukset"]
