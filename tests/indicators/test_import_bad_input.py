"""Bad input of every kind is reported with its row and writes nothing."""

import pytest

from yhdyspinta.indicators.models import ImportRun, Observation
from yhdyspinta.indicators.services.sotkanet_import import import_file, new_run

pytestmark = pytest.mark.django_db

HEADER = "indicator;region;year;gender;primary value;absolute value"


def _import(text: str, name="upload.csv", **parameters):
    run = new_run(ImportRun.Source.SOTKANET_FILE, **parameters)
    return import_file(run, text.encode(), name)


def _csv(*rows):
    return "\r\n".join([HEADER, *rows]) + "\r\n"


GOOD = "683;74;2023;total;8.5;4321"


@pytest.mark.parametrize(
    ("content", "expected", "row"),
    [
        (_csv(GOOD).replace(";", ","), "wrong delimiter", 1),
        ("indicator;region;year;gender\r\n683;74;2023;total\r\n", "is missing", 1),
        (_csv(GOOD, "683;74;2022;total;lots;"), "is not a number", 3),
        (_csv(GOOD, "683;99999;2022;total;8.1;"), "unknown region id 99999", 3),
        (_csv(GOOD, "999999;74;2022;total;8.1;"), "unknown indicator id 999999", 3),
        (_csv(GOOD, "683;74;2023;total;8.6;4321"), "already occurs on line 2", 3),
        (_csv(GOOD, "683;74;2022;total;8,1;"), "comma as the decimal separator", 3),
        # the same key again after other areas' rows (read a row at a time, never kept)
        (_csv(GOOD, "683;167;2023;total;1.0;", "683;74;2023;total;8.6;4321"), "on line 2", 4),
        (_csv(GOOD, "683;74;2022;total;2e12;"), "larger than 1e+12 in absolute value", 3),
        (_csv(GOOD, "683;74;2022;total;8.1;inf"), "not a finite number", 3),
    ],
)
def test_a_bad_file_fails_whole_with_the_row_and_the_reason(catalogue, content, expected, row):
    run = _import(content)
    assert run.status == ImportRun.Status.FAILED
    assert any(expected in e["reason"] and e["row"] == row for e in run.errors), run.errors
    assert run.rows_written == 0
    assert not Observation.objects.exists()


def test_one_bad_row_among_good_ones_writes_nothing_and_counts_the_rejected(catalogue):
    run = _import(
        _csv(GOOD, "683;74;2022;total;x;", "683;74;2021;total;y;", "683;74;2020;total;8;")
    )
    assert (run.rows_read, run.rows_rejected, run.rows_written) == (4, 2, 0)
    assert not Observation.objects.exists()


def test_an_identical_duplicate_row_is_accepted_once(catalogue):
    run = _import(_csv(GOOD, GOOD))
    assert run.status == ImportRun.Status.SUCCEEDED
    assert run.rows_written == 1


def test_an_identical_repeat_after_other_rows_is_accepted_and_odd_spacing_is_read(catalogue):
    run = _import(_csv(GOOD, "683;167;2023;total;1.0;", " 683 ;74;2023; total ;8.5 ;4321"))
    assert run.status == ImportRun.Status.SUCCEEDED, run.errors
    assert (run.rows_written, run.rows_unchanged) == (2, 0)


def test_a_problem_on_the_last_row_writes_nothing_of_the_rows_before(catalogue):
    rows = [f"683;74;{year};total;{year / 100};" for year in range(1950, 2024)]
    many = [f"683;{region};{year};male;1.5;" for region in (167, 422) for year in range(1950, 2024)]
    run = _import(_csv(*rows, *many, "683;74;2023;total;x;"))
    assert run.status == ImportRun.Status.FAILED
    assert [e["row"] for e in run.errors] == [2 + len(rows) + len(many)]
    assert not Observation.objects.exists()


def test_a_changed_value_is_updated_and_counted_as_written(catalogue):
    _import(_csv(GOOD, "683;74;2022;total;8.1;4100"))
    run = _import(_csv("683;74;2023;total;8.7;4400", "683;74;2022;total;8.1;4100"))
    assert (run.rows_written, run.rows_unchanged) == (1, 1)
    assert Observation.objects.get(year=2023).numerator == 4400


def test_a_json_file_with_a_wrong_type_is_rejected_with_its_record(catalogue):
    content = '[{"indicator": 683, "region": 74, "year": "last", "gender": "total", "value": 1}]'
    run = _import(content, name="upload.json")
    assert run.status == ImportRun.Status.FAILED
    assert run.errors[0]["index"] == 0
    assert not Observation.objects.exists()


def test_an_empty_catalogue_is_reported_before_reading(db):
    run = _import(_csv(GOOD))
    assert run.status == ImportRun.Status.FAILED
    assert "load the regions first" in run.errors[0]["reason"]


def test_a_requested_indicator_missing_from_the_catalogue_is_reported(catalogue):
    run = _import(_csv(GOOD), indicators=[123456])
    assert run.errors == [{"row": None, "request": None, "reason": "unknown indicator id 123456"}]
