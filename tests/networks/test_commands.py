"""The CLI: find_overlaps prints JSON sorted by score; export then import changes nothing."""

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from networks.factories import NetworkFactory

from yhdyspinta.networks.models import Network


@pytest.fixture
def duplicates(world):
    a = NetworkFactory(owner=world.m1, name="Ehkäisevän päihdetyön työryhmä")
    b = NetworkFactory(owner=world.m1, name="Ehkäisevän päihdetyön ohjausryhmä")
    for network in (a, b):
        network.themes.set([world.theme])
    NetworkFactory(owner=world.m2, name="Kulttuuriverkosto", purpose="Taide ja kulttuuri.")
    return a, b


def test_find_overlaps_prints_the_pairs_as_json_sorted_by_score(duplicates):
    out = io.StringIO()
    call_command("find_overlaps", "--format", "json", "--min-score", "0.5", stdout=out)
    rows = json.loads(out.getvalue())
    assert [(row["a"], row["b"]) for row in rows] == [tuple(sorted(n.pk for n in duplicates))]
    assert 0.5 <= rows[0]["score"] <= 1 and rows[0]["reasons"]
    assert rows == sorted(rows, key=lambda row: -row["score"])


def test_find_overlaps_refuses_a_threshold_outside_zero_to_one(duplicates):
    with pytest.raises(CommandError):
        call_command("find_overlaps", "--min-score", "1.5", stdout=io.StringIO())


def test_export_then_import_from_the_command_line_changes_nothing(duplicates, tmp_path):
    path = tmp_path / "register.xlsx"
    call_command("export_networks", "--output", str(path), stdout=io.StringIO())
    out = io.StringIO()
    call_command("import_networks", str(path), "--organization", "167", stdout=out)
    assert "0 new, 0 changed, 3 unchanged" in out.getvalue()
    assert Network.objects.count() == 3


def test_a_dry_run_writes_nothing(world, tmp_path):
    path = tmp_path / "empty.xlsx"
    NetworkFactory(owner=world.m1, name="Verkosto")
    call_command("export_networks", "--output", str(path), stdout=io.StringIO())
    Network.objects.all().delete()
    out = io.StringIO()
    call_command("import_networks", str(path), "--organization", "167", "--dry-run", stdout=out)
    assert "1 new" in out.getvalue() and Network.objects.count() == 0
