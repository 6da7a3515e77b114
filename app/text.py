"""Article text shown in Streamlit's Markdown: as the characters it holds, never as markup."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["plain", "joined"]

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
