"""Identity across articles: which stored person, organization, country or agreement a new fact names.

The matching of two names is ``graphbuild.resolve.same_person`` (accents folded, fuzzy,
country as a guard); this module adds what the store needs around it: the title words
that a participant name may still carry, blocking keys, and readable node ids.
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

import pycountry

from graphbuild.resolve import country_code, country_name, fold

__all__ = [
    "strip_title",
    "match_keys",
    "slug",
    "country_label",
    "country_node",
    "party_node",
    "organization_node",
    "dates_compatible",
]


@lru_cache(maxsize=None)
def _title_patterns(language: str) -> tuple[re.Pattern, ...]:
    """Honorific and rank patterns of a language; none for a language without word lists.

    Extractions can be imported as JSON in any language, and the store must still accept
    them: names are then only cleaned of their lower-case leading words.
    """
    from graphbuild.lang import LanguageDataError, load_language

    try:
        data = load_language(language)
    except LanguageDataError:
        return ()
    return (data.honorifics, data.ranks)


@lru_cache(maxsize=65_536)  # the same names come back at every meeting and every graph build
def strip_title(name: str, language: str | None = None) -> str:
    """The name without leading honorifics, ranks or lower-case words ("le général Tô Lâm" → "Tô Lâm").

    The extractor already removes them; this keeps one person per name when it does not
    (imported JSON, older extractions). A person's name starts with a capital letter, so
    leading lower-case words are title words ("le", "général", "ministre").
    """
    patterns = _title_patterns(language) if language else ()
    rest = " ".join(name.split())
    while rest:
        match = next((m for m in (p.match(rest) for p in patterns) if m and m.end() > 0), None)
        if match:
            remainder = rest[match.end():].lstrip(" ,.")
        else:
            first, _, remainder = rest.partition(" ")
            if not first[:1].islower():
                break
        if not any(c.isupper() for c in remainder):
            break  # nothing name-like would remain: keep what we have
        rest = remainder
    return rest or name


def match_keys(name: str) -> set[str]:
    """Keys shared by any two spellings that ``same_name`` may accept: tokens and the joined name."""
    tokens = fold(name).replace("'", "").split()
    keys = {token for token in tokens if len(token) > 1}
    if tokens:
        keys.add("".join(tokens))  # "Xiaohong" against "Xiao Hong"
    return keys


def slug(text: str) -> str:
    """An ASCII id fragment; a short hash when nothing Latin remains (CJK names)."""
    folded = fold(text).replace("'", "")
    value = "-".join(folded.split())
    if value:
        return value[:60].rstrip("-")
    return "x" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def country_label(iso3: str) -> str:
    """The English short name of a country: the project's table, else pycountry, else the code."""
    name = country_name(iso3)
    if name:
        return name
    record = pycountry.countries.get(alpha_3=iso3)
    if record is None:
        return iso3
    return getattr(record, "common_name", None) or record.name


def country_node(iso3: str) -> str:
    """``country:VNM``."""
    return f"country:{iso3}"


def organization_node(name: str, iso3: str | None) -> str:
    """``org:vnm:ministry-of-public-security`` for a national body, ``org:interpol`` otherwise.

    Ministries share names across countries, so the country is part of a national body's id.
    """
    if iso3:
        return f"org:{iso3.lower()}:{slug(name)}"
    return f"org:{slug(name)}"


def party_node(party: str) -> tuple[str, str | None]:
    """The node id of an agreement party (a country or an organisation) and its ISO code if a country."""
    iso3 = country_code(party)
    if iso3:
        return country_node(iso3), iso3
    return organization_node(party, None), None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """False only when two known dates cannot be the same day (2022-10-17 vs 2024-09-12)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)
