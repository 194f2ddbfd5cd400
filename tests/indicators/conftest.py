"""Fixtures of the indicators app: the real Sotkanet snapshots and a loaded catalogue."""

import pytest

from yhdyspinta.indicators.services.catalogue import (
    load_indicators,
    load_regions,
    sotkanet_snapshot_dir,
)
from yhdyspinta.indicators.sotkanet import read_indicators, read_regions, read_wellbeing_counties


@pytest.fixture(scope="session")
def snapshots():
    folder = sotkanet_snapshot_dir()
    assert (folder / "north_karelia.csv").is_file(), f"the Sotkanet snapshots are missing: {folder}"
    return folder


@pytest.fixture
def catalogue(db, snapshots):
    """Areas (regions + wellbeing counties) and the 63 indicators of the snapshot."""
    load_regions(
        read_regions(snapshots / "regions.json"),
        read_wellbeing_counties(snapshots / "wellbeing_counties.csv"),
    )
    load_indicators(read_indicators(snapshots / "indicators.json"))
    return snapshots


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def key_indicators_loaded(world, catalogue):
    """The world with three indicators of the snapshot imported, the areas linked to the world's
    organisations, and two of them (683 and 181, lower is better) key indicators."""
    from django.core.management import call_command

    from yhdyspinta.indicators.models import Indicator
    from yhdyspinta.indicators.services.catalogue import link_areas_to_organizations

    call_command(
        "import_sotkanet", "--file", str(catalogue / "north_karelia.csv"),
        "--indicator", "683", "--indicator", "181", "--indicator", "3076",
    )  # fmt: skip
    link_areas_to_organizations()
    Indicator.objects.filter(sotkanet_id__in=[683, 181]).update(
        key_indicator=True, polarity="lower_is_better"
    )
    return world
