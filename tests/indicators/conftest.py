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
