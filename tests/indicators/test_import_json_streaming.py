"""A Sotkanet JSON file goes through the streaming CSV import (spooled a record at a time);
only a file with a problem is read whole, so that each problem is named by its own line."""

import json

import pytest
from django.core.management import CommandError, call_command

from yhdyspinta.indicators.models import ImportRun, Observation
from yhdyspinta.indicators.services import sotkanet_import
from yhdyspinta.indicators.sotkanet import spool

pytestmark = pytest.mark.django_db


def _run(path, fails=False):
    if fails:
        with pytest.raises(CommandError):
            call_command("import_sotkanet", "--file", str(path))
    else:
        call_command("import_sotkanet", "--file", str(path))
    return ImportRun.objects.order_by("-pk").first()


def _refuse_whole_reads(monkeypatch):
    def whole(*args, **kwargs):
        raise AssertionError("the JSON file was read whole")

    monkeypatch.setattr(sotkanet_import, "read_json", whole)


def test_a_plain_json_file_streams_and_gives_the_csvs_rows(catalogue, monkeypatch):
    _refuse_whole_reads(monkeypatch)
    run = _run(catalogue / "north_karelia.json")
    assert run.status == ImportRun.Status.SUCCEEDED
    assert (run.rows_read, run.rows_written, run.rows_rejected) == (9848, 9848, 0)
    again = _run(catalogue / "north_karelia.csv")
    assert (again.rows_written, again.rows_unchanged) == (0, 9848)


def test_a_json_files_problem_is_named_by_its_line_and_nothing_is_written(catalogue, tmp_path):
    records = json.loads((catalogue / "north_karelia.json").read_text())[:50]
    records[40]["region"] = 999_999
    path = tmp_path / "broken.json"
    path.write_text("[\n" + ",\n".join(json.dumps(r) for r in records) + "\n]\n")
    run = _run(path, fails=True)
    assert run.status == ImportRun.Status.FAILED
    assert Observation.objects.count() == 0
    (problem,) = run.errors
    assert (problem["source"], problem["row"], problem["index"]) == (str(path), 42, 40)
    assert (problem["field"], problem["reason"]) == ("region", "unknown region id 999999")
    assert run.rows_read == 50


def test_a_value_past_the_largest_is_refused_with_its_indicator_and_year(catalogue, tmp_path):
    records = json.loads((catalogue / "north_karelia.json").read_text())[:5]
    records[2]["value"] = 1e300
    path = tmp_path / "huge.json"
    path.write_text(json.dumps(records))
    run = _run(path, fails=True)
    assert run.status == ImportRun.Status.FAILED
    assert "1e+300" in str(run.errors[0]) and "year" in str(run.errors[0])
    assert Observation.objects.count() == 0


@pytest.mark.parametrize(
    "record",
    [
        {"indicator": 4, "region": 45, "year": 2001, "gender": "total", "value": True},
        {"indicator": 4, "region": 45, "year": 2001.0, "gender": "total", "value": 1},
        {"indicator": 4, "region": 45, "year": 2001, "gender": "total;x", "value": 1},
        {"indicator": 4, "region": 45, "year": 2001, "gender": "total", "value": 1, "x": 1},
        {"indicator": 4, "region": 45, "year": 2001, "gender": "total"},
        ["not", "an", "object"],
    ],
)
def test_a_record_that_is_not_plain_is_left_to_the_whole_reader(record, tmp_path):
    """The spool takes only the format's own fields of their own types; anything else stops
    it, and the reader that names each problem reads the file instead."""
    import io

    path = tmp_path / "odd.json"
    path.write_text(json.dumps([record]))
    assert spool.json_as_csv(path, io.StringIO()) is None


def test_the_spooled_rows_read_back_as_the_same_numbers(tmp_path):
    import io

    records = [
        {"indicator": 4, "region": 45, "year": 2001, "gender": "male", "value": 0.1},
        {"indicator": 4, "region": 45, "year": 2002, "gender": "total", "value": 7,
         "absValue": 1234.5},
    ]  # fmt: skip
    path = tmp_path / "plain.json"
    path.write_text(json.dumps(records))
    out = io.StringIO()
    assert spool.json_as_csv(path, out) == 2
    lines = out.getvalue().splitlines()
    assert lines[1:] == ["4;45;2001;male;0.1;", "4;45;2002;total;7.0;1234.5"]
