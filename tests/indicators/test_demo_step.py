"""The demo step loads the real snapshots, links areas to the demo organisations, and skips
with a warning when the shared folder is missing."""

import pytest

from yhdyspinta.demo.context import DemoContext
from yhdyspinta.demo.steps import s10_organizations, s40_indicators
from yhdyspinta.indicators.models import Area, Indicator, Observation
from yhdyspinta.indicators.services.catalogue import SHARED_DATA_ENV

pytestmark = pytest.mark.django_db


def test_the_step_loads_the_snapshots_and_links_the_demo_organisations(snapshots):
    ctx = DemoContext()
    s10_organizations.load(ctx)
    s40_indicators.load(ctx)
    assert Observation.objects.count() == 9848
    assert Area.objects.get(sotkanet_id=74).organization == ctx.orgs["167"]
    assert Area.objects.get(sotkanet_id=972).organization == ctx.orgs["county"]
    assert Indicator.objects.get(sotkanet_id=181).polarity == "lower_is_better"
    assert Indicator.objects.get(sotkanet_id=127).polarity == "no_judgement"
    s40_indicators.load(ctx)  # twice: nothing duplicated
    assert Observation.objects.count() == 9848


def test_without_the_shared_folder_the_step_warns_and_skips(monkeypatch, tmp_path, capsys):
    monkeypatch.setenv(SHARED_DATA_ENV, str(tmp_path))
    s40_indicators.load(DemoContext())
    assert "Sotkanet snapshots not found" in capsys.readouterr().err
    assert not Observation.objects.exists()
