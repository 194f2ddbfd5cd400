"""Integer query parameters: a clear refusal for anything the database could not hold."""

import pytest
from django.http import QueryDict

from yhdyspinta.web.params import DB_MAX_INT, InvalidParameterError, int_param, parse_int


@pytest.mark.parametrize(
    ("text", "value"), [("1", 1), ("42", 42), (" 7 ", 7), (str(DB_MAX_INT), DB_MAX_INT)]
)
def test_it_reads_a_plain_positive_integer(text, value):
    assert parse_int(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "99999999999999999999",
        str(DB_MAX_INT + 1),
        "-1",
        "0",
        "abc",
        "NaN",
        "nan",
        "inf",
        "1e3",
        "1.0",
        "0x10",
        "١٢",  # Arabic-Indic digits: int() accepts them, an id is never written so
        "",
        "1_000",
        "9" * 5000,
    ],
)
def test_it_refuses_what_is_not_an_id(text):
    with pytest.raises(ValueError):
        parse_int(text)


def test_the_bounds_can_be_chosen():
    assert parse_int("0", minimum=0) == 0
    assert parse_int("-3", minimum=-5) == -3
    with pytest.raises(ValueError):
        parse_int("11", maximum=10)


def test_a_missing_or_empty_parameter_gives_the_default():
    params = QueryDict("county=")
    assert int_param(params, "county") is None
    assert int_param(params, "other", default=5) == 5


def test_a_bad_parameter_names_itself():
    with pytest.raises(InvalidParameterError) as caught:
        int_param(QueryDict("county=99999999999999999999"), "county")
    assert caught.value.name == "county"
    assert "county" in str(caught.value)
    assert caught.value.as_dict() == {"county": [caught.value.message]}


def test_an_api_view_answers_a_bad_parameter_with_drfs_validation_error():
    from rest_framework.exceptions import ValidationError

    from yhdyspinta.web.params import api_int_param

    assert api_int_param(QueryDict("limit=5"), "limit") == 5
    with pytest.raises(ValidationError) as caught:
        api_int_param(QueryDict("limit=NaN"), "limit")
    assert "limit" in caught.value.detail
