"""``app.text``: dates shown as readers read them."""
from __future__ import annotations

from app.text import readable_date


def test_a_date_without_year_reads_as_day_and_month() -> None:
    assert readable_date("--10-26") == "26 Oct (year unknown)"
    assert readable_date("--01-05") == "5 Jan (year unknown)"


def test_dates_with_a_year_and_nonsense_are_shown_as_stored() -> None:
    for date in ("2025-10-27", "2025-10", "2025", "--13-01", "le 26 octobre"):
        assert readable_date(date) == date
    assert readable_date(None) == readable_date("") == ""

