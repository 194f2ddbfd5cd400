"""The overlap reasons write numbers as the active language does (issue 12): a decimal comma in
Finnish and Swedish beside the page's "samankaltaisuus 0,86", a point in English."""

import re

import pytest
from django.utils import translation

from yhdyspinta.networks.overlap import find_overlaps
from yhdyspinta.networks.overlap.reasons import decimal

from .test_overlap_engine import network

PURPOSE = "Ehkäisevä päihdetyö: alkoholin saatavuuden rajoittaminen nuorilta"


@pytest.mark.parametrize(
    ("language", "word", "separator"),
    [("fi", "tekstin samankaltaisuus", ","), ("sv", "textlikhet", ","), ("en", "similarity", ".")],
)
def test_text_similarity_in_the_reasons_uses_the_languages_decimal_mark(language, word, separator):
    first = network(1, name="PAKKA-työryhmä", purpose=PURPOSE)
    second = network(2, name="Päihdetyöryhmä", purpose=PURPOSE + " ja nuorille")
    with translation.override(language):
        [pair] = find_overlaps([first, second])
        reasons = [str(reason) for reason in pair.reasons]
    [similar] = [reason for reason in reasons if word in reason]
    number = re.search(r"(\d)([.,])(\d\d)\)", similar)
    assert number is not None, similar
    assert number.group(2) == separator, similar
    other = "." if separator == "," else ","
    assert not re.search(rf"\d\{other}\d", " ".join(reasons)), reasons


def test_decimal_follows_the_active_language():
    with translation.override("fi"):
        assert decimal(0.6789) == "0,68"
    with translation.override("sv"):
        assert decimal(0.5) == "0,50"
    with translation.override("en"):
        assert decimal(0.6789) == "0.68"
