"""Dates of any precision as intervals; year-less dates never break a comparison."""
from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from graphbuild.graph.dates import first_day, has_year, interval, last_day, months_between, overlaps, sort_key


@pytest.mark.parametrize(("value", "first", "last"), [
    ("2023-05-17", "2023-05-17", "2023-05-17"),
    ("2023-05", "2023-05-01", "2023-05-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023", "2023-01-01", "2023-12-31"),
    ("--07-04", None, None),
    (None, None, None),
    ("soon", None, None),
])
def test_first_and_last_day(value: str | None, first: str | None, last: str | None) -> None:
    assert (first_day(value), last_day(value)) == (first, last)


def test_interval_of_a_span() -> None:
    assert interval("2023-11", "2025-06-10") == ("2023-11-01", "2025-06-10")
    assert interval("--07-04") == (None, None)


def test_months_between_spans_years_and_precisions() -> None:
    assert months_between("2024-11-20", "2025-02") == ("2024-11", "2024-12", "2025-01", "2025-02")
    assert months_between("2025", "2025")[::11] == ("2025-01", "2025-12")
    assert months_between("2025-03", "2025-03-31") == ("2025-03",)
    assert months_between("2025-04", "2025-03") == ()
    assert months_between("--07-04", "2025") == months_between(None, "2025") == ()


def test_overlaps_with_precision() -> None:
    assert overlaps("2023-11", "2023-11", "2023-11-30", None)
    assert not overlaps("2023-11", "2023-11", "2023-12", None)
    assert not overlaps("--07-04", None, "2023", None)
    assert overlaps("--07-04", None, None, None)


dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
precisions = st.sampled_from([10, 7, 4])
bounds = st.one_of(st.none(), st.builds(lambda d, n: d.isoformat()[:n], dates, precisions))
year_less = st.builds(lambda d: "--" + d.isoformat()[5:], dates)


@given(st.one_of(bounds, year_less), st.one_of(bounds, year_less), bounds, bounds)
def test_overlaps_never_fails_and_year_less_never_matches_a_range(start, end, date_from, date_to) -> None:
    result = overlaps(start, end, date_from, date_to)
    if not has_year(start) and not has_year(end) and (date_from or date_to):
        assert result is False
    sort_key(start)  # never raises either


@given(dates, precisions)
def test_a_date_lies_within_its_own_interval(day: date, precision: int) -> None:
    text = day.isoformat()[:precision]
    first, last = interval(text)
    assert first <= day.isoformat() <= last
    assert overlaps(text, text, day.isoformat(), day.isoformat())


def test_human_dates_read_as_people_write_them() -> None:
    from graphbuild.graph.dates import human_date

    assert [human_date(d) for d in ("2025-10-27", "2025-10", "2025", "--10-26", "--01-05")] == [
        "27 Oct 2025", "Oct 2025", "2025", "26 Oct (year unknown)", "5 Jan (year unknown)"]
    for nonsense in ("--13-01", "le 26 octobre", "2025-13"):
        assert human_date(nonsense) == nonsense
    assert human_date(None) == human_date("") == ""
