"""GB 11643 identity numbers: the check character, dates, gender, masking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.enums import Gender
from app.idcard import make_id, mask_id, parse_id

TODAY = dt.date(2024, 7, 1)
regions = st.sampled_from(["310101", "310104", "310115", "320321", "410522", "110105", "650102"])
births = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2005, 12, 31))


def test_the_standards_published_example() -> None:
    info = parse_id("11010519491231002X", today=TODAY)
    assert info.birth_date == dt.date(1949, 12, 31) and info.gender is Gender.FEMALE and info.region == "110105"


@given(regions, births, st.integers(min_value=0, max_value=999))
def test_a_composed_number_parses_back(region: str, birth: dt.date, sequence: int) -> None:
    info = parse_id(make_id(region, birth, sequence), today=TODAY)
    assert info.birth_date == birth and info.region == region
    assert info.gender is (Gender.MALE if sequence % 2 else Gender.FEMALE)


@given(regions, births, st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=16),
       st.integers(min_value=1, max_value=9))
def test_every_single_digit_error_is_caught(region: str, birth: dt.date, sequence: int, position: int,
                                            shift: int) -> None:
    number = make_id(region, birth, sequence)
    wrong = number[:position] + str((int(number[position]) + shift) % 10) + number[position + 1:]
    with pytest.raises(ValueError):
        parse_id(wrong, today=TODAY)


@given(regions, births, st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=15))
def test_adjacent_transpositions_are_caught(region: str, birth: dt.date, sequence: int, position: int) -> None:
    number = make_id(region, birth, sequence)
    if number[position] == number[position + 1]:
        return
    swapped = number[:position] + number[position + 1] + number[position] + number[position + 2:]
    with pytest.raises(ValueError):
        parse_id(swapped, today=TODAY)


def test_masking_keeps_only_region_start_and_the_last_four() -> None:
    assert mask_id("31010419780314135X") == "310***********135X"
    assert mask_id("12") == "**"
