"""The strict Sotkanet readers, on the real snapshots and on small broken inputs."""

from __future__ import annotations

import io
import json
import os
import re
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import pytest
from django.utils import translation

from yhdyspinta.indicators.sotkanet import (
    CSV_COLUMNS,
    SotkanetDataError,
    _input,
    filter_regions,
    read_csv,
    read_indicators,
    read_json,
    read_regions,
    read_wellbeing_counties,
)

# YHDYSPINTA_SHARED_DATA points at the shared data folder (the one holding sotkanet/).
SHARED_DATA = Path(
    os.environ.get(
        "YHDYSPINTA_SHARED_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data"
    )
)
DATA = SHARED_DATA / "sotkanet"
HEADER = ";".join(CSV_COLUMNS)


def csv_bytes(*rows: str, header: str = HEADER, newline: str = "\r\n") -> bytes:
    return (newline.join([header, *rows]) + newline).encode()


def errors_of(excinfo) -> list[tuple[int | None, str | None, str]]:
    return [(error.line, error.field, error.code) for error in excinfo.value.errors]


@pytest.fixture(scope="module")
def csv_observations():
    return read_csv(DATA / "north_karelia.csv")


@pytest.fixture(scope="module")
def provenance() -> str:
    return (DATA / "PROVENANCE.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def indicator_table(provenance):
    """{id: (Finnish title, producer, rows)} from the table in PROVENANCE.md."""
    table = {}
    for line in provenance.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 7 and cells[0].isdigit():
            table[int(cells[0])] = (cells[1], cells[2], int(cells[6]))
    assert len(table) == 63
    return table


# -- the real snapshots -----------------------------------------------------


def test_the_csv_and_json_snapshots_give_the_same_9848_observations(csv_observations):
    json_observations = read_json(DATA / "north_karelia.json")
    assert len(csv_observations) == 9848
    assert json_observations == csv_observations


def test_the_observations_match_the_provenance_counts(csv_observations, indicator_table):
    rows = Counter(observation.indicator for observation in csv_observations)
    assert rows == {indicator: count for indicator, (_, _, count) in indicator_table.items()}
    assert sum(observation.abs_value is not None for observation in csv_observations) == 276
    assert {observation.gender for observation in csv_observations} == {"total"}
    years = [observation.year for observation in csv_observations]
    assert (min(years), max(years)) == (1990, 2023)


def test_the_region_row_counts_match_the_provenance(csv_observations, provenance):
    listed = provenance.split("Regions (rows):", 1)[1].split("\n\n", 1)[0]
    expected = {int(rid): int(rows) for rid, rows in re.findall(r"(\d+) [^,]*?\((\d+)\)", listed)}
    assert len(expected) == 16
    assert Counter(observation.region for observation in csv_observations) == expected


def test_values_are_floats_and_integral_values_are_read(csv_observations):
    first = csv_observations[0]
    assert (first.indicator, first.region, first.year, first.gender) == (4, 45, 1997, "total")
    assert first.value == 6.3 and first.abs_value is None
    third = csv_observations[2]
    assert third.value == 10.0 and isinstance(third.value, float)


def test_municipal_absolute_values_add_up_to_the_county_for_indicator_683(csv_observations):
    municipalities = {45, 64, 74, 82, 135, 145, 197, 201, 252, 263, 290, 334, 384}
    sums: dict[int, float] = defaultdict(float)
    totals: dict[tuple[int, int], float] = {}
    for observation in csv_observations:
        if observation.indicator != 683:
            continue
        if observation.region in municipalities:
            sums[observation.year] += observation.abs_value
        elif observation.region in (498, 972):
            totals[(observation.region, observation.year)] = observation.abs_value
    assert sorted(sums) == list(range(2015, 2024))
    for (_, year), total in totals.items():
        assert sums[year] == pytest.approx(total, abs=1e-9)


def test_reading_from_path_bytes_and_stream_gives_the_same_records(csv_observations):
    raw = (DATA / "north_karelia.csv").read_bytes()
    assert read_csv(raw) == csv_observations
    with (DATA / "north_karelia.csv").open("rb") as stream:
        assert read_csv(stream) == csv_observations


def test_lf_line_endings_and_a_byte_order_mark_are_accepted(csv_observations):
    raw = (DATA / "north_karelia.csv").read_bytes()
    assert b"\r\n" in raw
    assert read_csv(b"\xef\xbb\xbf" + raw.replace(b"\r\n", b"\n")) == csv_observations


def test_json_records_split_across_read_chunks_are_read_whole(monkeypatch):
    records = json.loads((DATA / "north_karelia.json").read_bytes())[:300]
    raw = json.dumps(records, ensure_ascii=False, indent=1).encode()
    expected = read_json(raw)
    monkeypatch.setattr(_input, "_CHUNK", 7)
    assert read_json(raw) == expected
    assert len(expected) == 300


def test_json_line_numbers_survive_small_chunks(monkeypatch):
    monkeypatch.setattr(_input, "_CHUNK", 5)
    raw = (
        b'[\n{"indicator":4,"region":5,"year":2000,"gender":"total","value":1},\n'
        b'{"indicator":4,"region":5,"year":2001,"gender":"total","value":"x"}\n]'
    )
    with pytest.raises(SotkanetDataError) as excinfo:
        read_json(raw, source_name="x.json")
    (error,) = excinfo.value.errors
    assert (error.line, error.index, error.field, error.code) == (3, 1, "value", "wrong_type")


def test_the_region_ids_of_regions_json_do_not_include_the_wellbeing_county(csv_observations):
    regions = {region.id for region in read_regions(DATA / "regions.json")}
    counties = {
        county.region_id for county in read_wellbeing_counties(DATA / "wellbeing_counties.csv")
    }
    assert read_csv(DATA / "north_karelia.csv", known_regions=regions | counties)
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(DATA / "north_karelia.csv", known_regions=regions)
    codes = {(error.field, error.code, error.params["value"]) for error in excinfo.value.errors}
    assert codes == {("region", "unknown_region", 972)}
    assert excinfo.value.total_errors == 9


def test_every_observed_indicator_is_in_indicators_json(csv_observations):
    known = {indicator.id for indicator in read_indicators(DATA / "indicators.json")}
    assert read_json(DATA / "north_karelia.json", known_indicators=known) == csv_observations
    assert {observation.indicator for observation in csv_observations} == known


def test_filter_regions_keeps_only_the_given_regions(csv_observations):
    kept = filter_regions(csv_observations, [972, 658])
    assert len(kept) == 18
    assert {observation.region for observation in kept} == {972, 658}


def test_regions_json_has_361_regions_in_four_categories():
    regions = read_regions(DATA / "regions.json")
    assert len(regions) == 361
    assert Counter(region.category for region in regions) == {
        "KUNTA": 320,
        "SAIRAANHOITOPIIRI": 21,
        "MAAKUNTA": 19,
        "MAA": 1,
    }
    by_id = {region.id: region for region in regions}
    assert by_id[658].title_fi == "Koko maa"
    assert {496, 610} <= set(by_id[45].member_of)
    assert by_id[45].title("sv") == "Heinävesi"
    assert by_id[2].uri == "http://www.yso.fi/onto/kunnat/k005"


def test_indicators_json_has_63_indicators_with_their_producers(indicator_table):
    indicators = {
        indicator.id: indicator for indicator in read_indicators(DATA / "indicators.json")
    }
    assert set(indicators) == set(indicator_table)
    for indicator_id, (title, producer, _) in indicator_table.items():
        assert indicators[indicator_id].title_fi == title
        assert indicators[indicator_id].producer == producer
    assert indicators[127].attribution() == "Lähde: THL, Sotkanet.fi, Tilastokeskus"
    assert indicators[127].attribution("en") == "Source: THL, Sotkanet.fi, Statistics Finland"
    assert indicators[4].genders == ("male", "female", "total")


def test_indicator_453_has_only_a_finnish_title_and_no_classifications():
    (record,) = [i for i in read_indicators(DATA / "indicators.json") if i.id == 453]
    assert (record.title_sv, record.title_en, record.classifications) == (None, None, ())
    assert record.title("en") == "Toimeentulotuki, euroa / asukas"
    assert record.producer_id == 2


def test_the_2025_single_records_are_read_with_their_richer_fields():
    indicators = read_indicators(DATA / "indicators_2025_sample.json")
    assert [indicator.id for indicator in indicators] == [186, 322, 5527]
    mortality = indicators[0]
    assert mortality.data_updated == date(2025, 4, 29)
    assert (mortality.range_start, mortality.range_end) == (1990, 2024)
    assert (mortality.primary_value_type, mortality.decimals) == ("PER100000", 1)
    assert mortality.description_fi.startswith("Indikaattori ilmaisee kuolleiden")
    assert mortality.classification("sex").title_en == "Male, female, combined"
    assert indicators[1].classification("age").values == ()
    assert indicators[2].producer == "Terveyden ja hyvinvoinnin laitos (THL)"


def test_a_single_indicator_object_is_read_as_one_record():
    record = json.loads((DATA / "indicators_2025_sample.json").read_bytes())[2]
    (indicator,) = read_indicators(json.dumps(record).encode())
    assert (indicator.id, indicator.range_start, indicator.primary_value_type) == (
        5527,
        2020,
        "PROS",
    )


def test_wellbeing_counties_has_23_rows_and_north_karelia_is_972():
    counties = read_wellbeing_counties(DATA / "wellbeing_counties.csv")
    assert len(counties) == 23
    by_name = {county.name: county for county in counties}
    north_karelia = by_name["Pohjois-Karjalan hyvinvointialue"]
    assert (north_karelia.region_id, north_karelia.old_region_id) == (972, 892)
    assert (north_karelia.code, north_karelia.old_code) == (14, 10)
    assert (by_name["Ahvenanmaa"].old_region_id, by_name["Ahvenanmaa"].old_code) == (None, None)
    assert sorted(county.region_id for county in counties) == list(range(956, 979))


# -- CSV: every validation rule --------------------------------------------


def test_a_comma_separated_file_is_reported_as_the_wrong_delimiter():
    raw = csv_bytes("4,5,2000,total,1,", header=HEADER.replace(";", ","))
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(raw, source_name="upload.csv")
    (error,) = excinfo.value.errors
    assert (error.source, error.line, error.code) == ("upload.csv", 1, "wrong_delimiter")
    assert 'separated by ","' in str(error)


def test_a_file_that_is_not_a_sotkanet_csv_says_so():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(b"<html><body>Service unavailable</body></html>")
    (error,) = excinfo.value.errors
    assert error.code == "not_sotkanet_csv"
    assert "not a Sotkanet CSV file" in str(excinfo.value)


def test_the_json_snapshot_is_not_accepted_as_csv():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(DATA / "north_karelia.json")
    assert errors_of(excinfo) == [(1, None, "not_sotkanet_csv")]
    assert excinfo.value.errors[0].source == "north_karelia.json"


def test_every_missing_column_is_named():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;2000;total", header="indicator;region;year;gender"))
    assert errors_of(excinfo) == [
        (1, "primary value", "missing_column"),
        (1, "absolute value", "missing_column"),
    ]


def test_a_repeated_column_is_reported():
    header = HEADER + ";year"
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;2000;total;1;;2000", header=header))
    assert errors_of(excinfo) == [(1, "year", "duplicate_column")]


def test_a_row_with_the_wrong_number_of_fields_is_reported():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;2000;total;1;", "4;5;2001;total"))
    assert errors_of(excinfo) == [(3, None, "field_count")]
    assert excinfo.value.errors[0].params == {"found": 4, "expected": 6}


@pytest.mark.parametrize(
    ("row", "field", "code"),
    [
        ("x;5;2000;total;1;", "indicator", "not_integer"),
        ("4;5.0;2000;total;1;", "region", "not_integer"),
        ("4;5;20o0;total;1;", "year", "not_integer"),
        ("4;5;2000;total;abc;", "primary value", "not_number"),
        ("4;5;2000;total;1,5;", "primary value", "decimal_comma"),
        ("4;5;2000;total;nan;", "primary value", "not_finite"),
        ("4;5;2000;total;1;inf", "absolute value", "not_finite"),
        ("4;5;2000;total;1;many", "absolute value", "not_number"),
        ("4;5;2000;total;;3", "primary value", "required"),
        ("4;;2000;total;1;", "region", "required"),
        ("4;5;2000;;1;", "gender", "required"),
    ],
)
def test_a_bad_field_is_reported_with_its_line_and_field(row, field, code):
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;1999;total;2;", row), source_name="data.csv")
    assert errors_of(excinfo) == [(3, field, code)]
    assert str(excinfo.value.errors[0]).startswith(f'data.csv, line 3, field "{field}": ')


def test_a_year_outside_the_range_is_reported():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;1989;total;1;", "4;5;2000;total;1;"), year_range=(1990, 2030))
    assert errors_of(excinfo) == [(2, "year", "year_out_of_range")]
    assert "the year 1989 is outside the allowed range 1990-2030" in str(excinfo.value)


def test_an_unknown_gender_is_reported():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;2000;Total;1;"))
    assert errors_of(excinfo) == [(2, "gender", "unknown_gender")]
    assert 'unknown gender "Total", expected one of male, female, total' in str(excinfo.value)


def test_a_duplicate_key_with_a_different_value_is_reported_with_both_lines():
    rows = ("4;5;2000;total;1.5;", "4;5;2001;total;2;", "4;5;2000;total;1.6;")
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes(*rows))
    (error,) = excinfo.value.errors
    assert (error.line, error.field, error.code) == (4, "primary value", "duplicate_key")
    assert error.params["first_line"] == 2
    assert "already occurs on line 2" in error.reason and "(1.5 there, 1.6 here)" in error.reason


def test_a_duplicate_with_the_same_values_is_dropped_silently():
    observations = read_csv(csv_bytes("4;5;2000;total;1.5;7", "4;5;2000;total;1.50;7.0"))
    assert len(observations) == 1
    assert observations[0].abs_value == 7.0


def test_a_duplicate_differing_only_in_the_absolute_value_is_reported():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;2000;total;1.5;7", "4;5;2000;total;1.5;8"))
    assert errors_of(excinfo) == [(3, "primary value", "duplicate_key")]


def test_unknown_regions_and_indicators_are_reported_when_the_known_sets_are_given():
    raw = csv_bytes("4;5;2000;total;1;", "4;6;2000;total;1;", "9;5;2000;total;1;")
    assert len(read_csv(raw)) == 3
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(raw, known_regions={5}, known_indicators={4})
    assert errors_of(excinfo) == [
        (3, "region", "unknown_region"),
        (4, "indicator", "unknown_indicator"),
    ]


def test_all_problems_are_collected_and_nothing_is_returned():
    rows = ("4;5;2000;total;1;", "4;5;2001;male;x;", "4;5;2002;other;1;", "4;5;1800;total;1;")
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes(*rows), year_range=(1990, 2030))
    assert errors_of(excinfo) == [
        (3, "primary value", "not_number"),
        (4, "gender", "unknown_gender"),
        (5, "year", "year_out_of_range"),
    ]
    assert str(excinfo.value).startswith("3 problems in <bytes>:")


def test_invalid_utf8_is_reported_with_its_line():
    raw = csv_bytes("4;5;2000;total;1;") + "4;5;2001;yhteensä;1;\r\n".encode("latin-1")
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(raw)
    assert errors_of(excinfo) == [(3, None, "encoding")]


def test_an_empty_file_is_reported():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(b"")
    assert errors_of(excinfo) == [(None, None, "empty_file")]


def test_a_header_only_file_has_no_observations():
    assert read_csv(csv_bytes()) == []


def test_the_error_list_is_capped_but_counts_everything():
    rows = [f"4;5;{2000 + n};total;x;" for n in range(5)]
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes(*rows), max_errors=2)
    error = excinfo.value
    assert (len(error.errors), error.total_errors, error.truncated) == (2, 5, True)
    assert str(error).endswith("... and 3 more")


def test_errors_are_structured_and_localizable():
    with pytest.raises(SotkanetDataError) as excinfo:
        read_csv(csv_bytes("4;5;2000;total;x;"), source_name="a.csv")
    error = excinfo.value.errors[0]
    assert error.as_dict() == {
        "source": "a.csv",
        "line": 2,
        "index": None,
        "field": "primary value",
        "code": "not_number",
        "params": {"value": "x"},
        "reason": '"x" is not a number',
    }
    with translation.override("en"):
        assert (
            error.localized()
            == str(error)
            == 'a.csv, line 2, field "primary value": "x" is not a number'
        )


# -- JSON -------------------------------------------------------------------


def test_json_values_may_be_integral_and_the_absolute_value_may_be_null_or_absent():
    raw = (
        b'[{"indicator":4,"region":231,"year":2012,"gender":"total","value":3.4,"absValue":9},'
        b'{"indicator":4,"region":231,"year":2013,"gender":"male","value":3,"absValue":null},'
        b'{"indicator":4,"region":231,"year":2014,"gender":"female","value":3.0}]'
    )
    first, second, third = read_json(raw)
    assert (first.value, first.abs_value) == (3.4, 9.0)
    assert (second.value, second.abs_value, type(second.value)) == (3.0, None, float)
    assert third.gender == "female"


def test_bad_json_records_are_reported_with_their_index_and_field():
    raw = (
        b'[{"indicator":4,"region":5,"year":2000,"gender":"total","value":1},\n'
        b'{"indicator":"4","region":5,"year":2000.5,"gender":"total","value":true},\n'
        b"7,\n"
        b'{"indicator":4,"region":5,"year":2001,"gender":"all","value":1,"absValue":"2"}]'
    )
    with pytest.raises(SotkanetDataError) as excinfo:
        read_json(raw, source_name="r.json")
    found = [(e.index, e.line, e.field, e.code) for e in excinfo.value.errors]
    assert found == [
        (1, 2, "indicator", "wrong_type"),
        (1, 2, "year", "not_integer"),
        (1, 2, "value", "wrong_type"),
        (2, 3, None, "wrong_type"),
        (3, 4, "gender", "unknown_gender"),
        (3, 4, "absValue", "wrong_type"),
    ]
    assert str(excinfo.value.errors[0]) == (
        'r.json, line 2, record 1, field "indicator": expected a whole number, found a string'
    )


def test_json_duplicates_and_missing_fields_are_reported():
    raw = (
        b'[{"indicator":4,"region":5,"year":2000,"gender":"total","value":1},'
        b'{"indicator":4,"region":5,"year":2000,"gender":"total","value":1},'
        b'{"indicator":4,"region":5,"year":2000,"gender":"total","value":2},'
        b'{"indicator":4,"region":5,"gender":"total","value":2}]'
    )
    with pytest.raises(SotkanetDataError) as excinfo:
        read_json(raw)
    found = [(e.index, e.field, e.code) for e in excinfo.value.errors]
    assert found == [(2, "value", "duplicate_key"), (3, "year", "required")]


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "empty_file"),
        (b"<html>", "invalid_json"),
        (b'[{"indicator":4,', "invalid_json"),
        (b'[{"indicator":4} {"indicator":5}]', "invalid_json"),
        (b"[1] [2]", "trailing_data"),
        (b'"text"', "json_top_level"),
        (b'{"indicator":4}', "wrong_type"),
        (b'[{"indicator":4}]\xff', "encoding"),
    ],
)
def test_broken_json_is_reported(raw, code):
    with pytest.raises(SotkanetDataError) as excinfo:
        read_json(raw)
    assert [error.code for error in excinfo.value.errors][-1] == code


def test_an_empty_json_list_has_no_observations():
    assert read_json(b"[ ]") == []


# -- metadata ---------------------------------------------------------------


def test_bad_regions_are_reported():
    raw = json.dumps(
        [
            {"id": 1, "code": "1", "category": "KUNTA", "title": {"fi": "A"}, "memberOf": [2]},
            {"id": 1, "code": "2", "category": "KUNTA", "title": {"fi": "B"}, "memberOf": []},
            {"id": 3, "code": "3", "category": "KUNTA", "title": {"sv": "C"}, "memberOf": "x"},
        ]
    ).encode()
    with pytest.raises(SotkanetDataError) as excinfo:
        read_regions(raw)
    found = [(e.index, e.field, e.code) for e in excinfo.value.errors]
    assert found == [
        (1, "id", "duplicate_id"),
        (2, "title.fi", "required"),
        (2, "memberOf", "wrong_type"),
    ]


def test_bad_indicator_metadata_is_reported():
    good = json.loads((DATA / "indicators_2025_sample.json").read_bytes())[0]
    broken = dict(good, id=187, **{"data-updated": "29.4.2025"})
    no_title = {"id": 188, "organization": good["organization"]}
    bad_classes = dict(good, id=189, classifications={"sex": {"values": "total"}})
    no_organization = {"id": 190, "title": {"fi": "X"}}
    raw = json.dumps([good, broken, no_title, bad_classes, no_organization]).encode()
    with pytest.raises(SotkanetDataError) as excinfo:
        read_indicators(raw)
    found = [(e.index, e.field, e.code) for e in excinfo.value.errors]
    assert found == [
        (1, "data-updated", "not_date"),
        (2, "title", "required"),
        (3, "classifications.sex.values", "wrong_type"),
        (4, "organization", "required"),
    ]


def test_a_semicolon_separated_county_table_is_the_wrong_delimiter():
    raw = (DATA / "wellbeing_counties.csv").read_bytes().replace(b",", b";")
    with pytest.raises(SotkanetDataError) as excinfo:
        read_wellbeing_counties(raw)
    assert errors_of(excinfo) == [(1, None, "wrong_delimiter")]


def test_bad_county_rows_are_reported():
    raw = (
        b"nimi,uusi_id,vanha_id,uusi_code,vanha_code\n"
        b"A,956,,91,\n"
        b"B,956,877,11,7\n"
        b"C,x,878,12,8\n"
        b",959,879,13,9\n"
        b"D,960,880\n"
    )
    with pytest.raises(SotkanetDataError) as excinfo:
        read_wellbeing_counties(io.BytesIO(raw))
    assert errors_of(excinfo) == [
        (3, "uusi_id", "duplicate_id"),
        (4, "uusi_id", "not_integer"),
        (5, "nimi", "required"),
        (6, None, "field_count"),
    ]
    assert excinfo.value.errors[0].source == "<stream>"
