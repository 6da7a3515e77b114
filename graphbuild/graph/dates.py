"""Dates of known precision (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD``) as intervals.

A date says how much is known by its length; an interval turns it into its first and last
day so that dates of different precision can be compared and drawn on a timeline. A date
whose year is unknown (``--MM-DD``) has no interval: it cannot be placed on a timeline.
"""
from __future__ import annotations

import calendar
import re
from functools import lru_cache

__all__ = ["has_year", "first_day", "last_day", "interval", "months_between", "overlaps", "sort_key", "check_date"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


# A graph of the whole store asks these of the same few thousand dates again and again.
_CACHE = 1 << 16


@lru_cache(maxsize=_CACHE)
def _parts(date: str | None) -> tuple[int, int | None, int | None] | None:
    match = _DATE.match(date or "")
    if not match:
        return None
    year, month, day = match.groups()
    return int(year), int(month) if month else None, int(day) if day else None


def has_year(date: str | None) -> bool:
    """True for ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD``; False for ``--MM-DD``, None or garbage."""
    return _parts(date) is not None


def check_date(date: str) -> str:
    """``date`` itself if it is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with a real month and day."""
    parts = _parts(date)
    if parts is None:
        raise ValueError(f"{date!r} is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = parts
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"{date!r}: no month {month}")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{date!r}: no day {day} in that month")
    return date


@lru_cache(maxsize=_CACHE)
def first_day(date: str | None) -> str | None:
    """The first day a date can denote (``2023-05`` → ``2023-05-01``), None without a year."""
    parts = _parts(date)
    if parts is None:
        return None
    year, month, day = parts
    return f"{year:04d}-{month or 1:02d}-{day or 1:02d}"


@lru_cache(maxsize=_CACHE)
def last_day(date: str | None) -> str | None:
    """The last day a date can denote (``2023-02`` → ``2023-02-28``), None without a year."""
    parts = _parts(date)
    if parts is None:
        return None
    year, month, day = parts
    month = month or 12
    day = day or calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}"


def interval(start: str | None, end: str | None = None) -> tuple[str | None, str | None]:
    """First and last day covered from ``start`` to ``end`` (``end`` defaults to ``start``)."""
    first = first_day(start)
    last = last_day(end if end else start)
    if first is None:
        return None, last
    return first, last


def months_between(start: str | None, end: str | None) -> tuple[str, ...]:
    """Every month (``YYYY-MM``) from the one ``start`` begins in to the one ``end`` ends in; none without years."""
    first, last = first_day(start), last_day(end)
    if first is None or last is None:
        return ()
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last[:7]:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def overlaps(start: str | None, end: str | None, date_from: str | None, date_to: str | None) -> bool:
    """Whether a dated thing falls in a date range; an undated thing never does once a bound is set."""
    if not date_from and not date_to:
        return True
    first, last = interval(start, end)
    if first is None and last is None:
        return False
    if date_to and first is not None and first > last_day(date_to):
        return False
    if date_from and last is not None and last < first_day(date_from):
        return False
    return True


def sort_key(date: str | None) -> tuple[int, str]:
    """Sorts dated before year-less before undated, and dated ones in time order."""
    if has_year(date):
        return (0, first_day(date) or "")
    if date and date.startswith("--"):
        return (1, date)
    return (2, "")


_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def human_date(date: str | None) -> str:
    """A date as people write it: ``27 Oct 2025``, ``Oct 2025``, ``2025``, ``26 Oct (year unknown)``; '' for none."""
    if not date:
        return ""
    if date.startswith("--"):
        month, _, day = date[2:].partition("-")
        if month.isdigit() and 1 <= int(month) <= 12:
            name = _MONTH_NAMES[int(month) - 1]
            return f"{int(day)} {name} (year unknown)" if day.isdigit() else f"{name} (year unknown)"
        return date
    parts = date.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return date
    return date
