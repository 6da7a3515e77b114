"""Article text shown in Streamlit's Markdown: as the characters it holds, never as markup."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["plain", "joined", "readable_date"]

# Every ASCII punctuation mark may be backslash-escaped in CommonMark: escaping them all
# turns `<img …>`, `[x](javascript:…)`, `**`, `$…$` and friends into literal text.
_MARKUP = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~$&:\"'=/])")


def plain(value: Any) -> str:
    """``value`` as Markdown that displays exactly its characters (newlines become spaces)."""
    text = "" if value is None else str(value)
    return _MARKUP.sub(r"\\\1", " ".join(text.split()))


def joined(values: Iterable[Any] | None, separator: str = ", ") -> str:
    """Several values as one plain string (not escaped: for tables and captions' data)."""
    return separator.join(str(v) for v in values or () if v not in (None, ""))


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NO_YEAR = re.compile(r"^--(\d{2})-(\d{2})$")


def readable_date(date: str | None) -> str:
    """A fact's date as the explorer shows it: as stored when its year is known, else ``26 Oct (year unknown)``.

    An article that says "le 26 octobre" without a dateline gives ``--10-26``, which readers
    take for a typo.
    """
    found = _NO_YEAR.match(date or "")
    if found and 1 <= int(found[1]) <= 12:
        return f"{int(found[2])} {_MONTHS[int(found[1]) - 1]} (year unknown)"
    return date or ""
