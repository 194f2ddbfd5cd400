"""`yhdyspinta import_sotkanet` on the real North Karelia snapshots."""

import pytest
from django.core.management import CommandError, call_command

from yhdyspinta.indicators.models import Area, ImportRun, Indicator, Observation

pytestmark = pytest.mark.django_db


def _run(*args):
    call_command("import_sotkanet", *args)
    return ImportRun.objects.order_by("-pk").first()


def test_the_csv_snapshot_imports_whole_with_the_catalogue_files(snapshots):
    run = _run(
        "--file", str(snapshots / "north_karelia.csv"),
        "--regions-file", str(snapshots / "regions.json"),
        "--counties-file", str(snapshots / "wellbeing_counties.csv"),
        "--indicators-file", str(snapshots / "indicators.json"),
    )  # fmt: skip
    assert run.status == ImportRun.Status.SUCCEEDED
    assert (run.rows_read, run.rows_written, run.rows_rejected) == (9848, 9848, 0)
    assert Observation.objects.count() == 9848
    assert Indicator.objects.count() == 63
    assert Area.objects.filter(category=Area.Category.HYVINVOINTIALUE).count() == 23
    diabetes = Observation.objects.get(
        indicator__sotkanet_id=683, area__sotkanet_id=972, year=2023, gender="total"
    )
    assert diabetes.numerator is not None


def test_a_rerun_changes_nothing(catalogue, capsys):
    _run("--file", str(catalogue / "north_karelia.csv"))
    first = list(Observation.objects.order_by("pk").values_list("pk", "value", "numerator"))
    capsys.readouterr()
    run = _run("--file", str(catalogue / "north_karelia.csv"))
    assert (run.rows_written, run.rows_unchanged) == (0, 9848)
    assert "0 written, 9848 unchanged" in capsys.readouterr().out
    assert list(Observation.objects.order_by("pk").values_list("pk", "value", "numerator")) == first


def test_the_json_snapshot_gives_the_same_rows_as_the_csv(catalogue):
    _run("--file", str(catalogue / "north_karelia.json"))
    run = _run("--file", str(catalogue / "north_karelia.csv"))
    assert (run.rows_written, run.rows_unchanged) == (0, 9848)


def test_indicators_and_years_limit_what_is_written(catalogue):
    run = _run("--file", str(catalogue / "north_karelia.csv"), "--indicator", "683")
    assert run.rows_written == 144
    assert run.rows_skipped == 9848 - 144
    assert set(Observation.objects.values_list("indicator__sotkanet_id", flat=True)) == {683}


def test_years_outside_the_range_fail_the_whole_file(catalogue):
    with pytest.raises(CommandError, match="failed"):
        _run("--file", str(catalogue / "north_karelia.csv"), "--years", "2010-2024")
    run = ImportRun.objects.get()
    assert run.status == ImportRun.Status.FAILED
    assert run.rows_rejected > 0
    assert "outside the allowed range" in run.errors[0]["reason"]
    assert run.errors[0]["row"] is not None
    assert not Observation.objects.exists()


def test_a_bad_years_argument_is_refused(catalogue):
    with pytest.raises(CommandError, match="years must look like"):
        _run("--file", str(catalogue / "north_karelia.csv"), "--years", "last decade")


def test_without_a_file_it_needs_indicators_and_years(catalogue):
    with pytest.raises(CommandError, match="--indicator and --years"):
        _run("--indicator", "181")
