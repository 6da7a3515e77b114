"""Identity across articles: which stored person, organization, country or agreement a new fact names.

The matching of two names is ``graphbuild.resolve.same_person`` (accents folded, fuzzy,
country as a guard); this module adds what the store needs around it: the title words
that a participant name may still carry, blocking keys, and readable node ids.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

import pycountry

from graphbuild.resolve import country_code, country_name, fold

if TYPE_CHECKING:
    from graphbuild.lang import KnownInstrument

__all__ = [
    "strip_title",
    "match_keys",
    "blocking_keys",
    "lookup_keys",
    "spelling_variants",
    "slug",
    "country_label",
    "country_node",
    "party_node",
    "organization_node",
    "dates_compatible",
    "normalised_text",
    "text_digest",
    "known_instrument",
    "known_instrument_labels",
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


# Blocking keys -----------------------------------------------------------------------------
#
# ``match_keys`` (a name's tokens and its joined form) find every stored person that
# ``same_name`` may accept, but a common family name ("Nguyen", in a third of Vietnamese
# names) makes the block of a token as large as the store: each new Nguyen was compared with
# every stored one. The keys below are tight instead; each rule of ``same_name`` is
# covered by one of them (tokens folded, apostrophes dropped; "full" tokens are those
# longer than one letter):
#
# - joined tokens equal ("Xiao Hong" / "Xiaohong")          -> "~j <joined>"
# - same full tokens in any order, initials aside            -> "~s <sorted full tokens>"
#   (a name made of initials only: "~i", one block for all of them)
# - one full token a single edit away, the others the same   -> "~r <the others>|<x…"
#   (both words have four letters or more; a single edit keeps the first or the last
#   letter, and changes the length by at most one, so the stored side writes both letters
#   with the exact length and the lookup side asks for the three neighbouring lengths).
#
# They start with "~", which ``fold`` never writes: they never meet the token keys.
_KEY_PREFIX = "~"
_FUZZY_MIN = 4  # as in graphbuild.resolve._one_token_apart


def _key_tokens(name: str) -> list[str]:
    return fold(name).replace("'", "").split()


def _tight_keys(name: str, lengths: tuple[int, ...]) -> set[str]:
    tokens = _key_tokens(name)
    if not tokens:
        return set()
    keys = {f"~j {''.join(tokens)}"}
    full = sorted(token for token in tokens if len(token) > 1)
    if not full:
        keys.add("~i")
        return keys
    keys.add(f"~s {' '.join(full)}")
    for index, token in enumerate(full):
        if len(token) < _FUZZY_MIN or (index and full[index - 1] == token):
            continue
        rest = " ".join(full[:index] + full[index + 1:])
        for delta in lengths:
            size = len(token) + delta
            if size >= _FUZZY_MIN:
                keys.add(f"~r {rest}|<{token[0]}{size}")
                keys.add(f"~r {rest}|>{token[-1]}{size}")
    return keys


def blocking_keys(name: str) -> set[str]:
    """The tight keys stored for one spelling (see the comment above ``_tight_keys``)."""
    return _tight_keys(name, (0,))


def lookup_keys(name: str) -> set[str]:
    """The keys to look up for a new spelling: a stored spelling ``same_name`` accepts shares one of them."""
    return _tight_keys(name, (-1, 0, 1))


@lru_cache(maxsize=1)
def _languages() -> tuple[str | None, ...]:
    from graphbuild.lang import available_languages

    return (None, *available_languages())


def spelling_variants(name: str) -> set[str]:
    """``name`` without its title words as each language strips them (``strip_title``).

    A stored name is compared with a new one as the *new* article's language strips it, so
    its keys are written for every language's stripping: a lookup from any language finds it.
    """
    return {strip_title(name, language) for language in _languages()}


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
    """False only when two known dates cannot be the same day (2022-10-17 vs 2024-09-12).

    A day whose year is unknown ("--10-27") may be any year's: it agrees with 2025-10-27 and
    with 2025-10, not with 2025-10-26.
    """
    if not a or not b:
        return True
    if a.startswith("--") or b.startswith("--"):
        month_day = [date[2:] if date.startswith("--") else date[5:] for date in (a, b)]
        if any(len(date) < 7 for date in (a, b) if not date.startswith("--")):
            return True  # a year alone ("2025") says nothing of the day
        return month_day[0].startswith(month_day[1]) or month_day[1].startswith(month_day[0])
    return a.startswith(b) or b.startswith(a)


# Article identity ---------------------------------------------------------------------------
#
# An article is the story it tells, not the file it came in: the same text saved under another
# name, with Windows line ends, re-wrapped, with a ` date` header added, or with the page's
# furniture (the teaser block after "Voir plus", the agency's name on a line of its own, a
# caption printed twice) is the same article. The furniture words are those the extractor
# skips (``boilerplate.yaml`` of every language: the language is not known yet when hashing).


@lru_cache(maxsize=1)
def _furniture() -> tuple[frozenset[str], frozenset[str]]:
    """Teaser markers (the article ends there) and lines that are never the article's own, in any language."""
    from graphbuild.lang import available_languages, load_language

    teasers: set[str] = set()
    dropped: set[str] = set()
    for code in available_languages():
        language = load_language(code)
        teasers |= language.teaser_markers
        dropped |= language.drop_lines | {agency.lower() for agency in language.agencies}
    return frozenset(teasers), frozenset(dropped)


def normalised_text(text: str) -> str:
    """The article's own text, as its identity: no ` date` header, furniture or repeated line, one space
    between words, one line break between lines, Unicode NFC."""
    from graphbuild.ingest import parse_header

    _, start = parse_header(text.lstrip("\ufeff"))
    teasers, dropped = _furniture()
    kept: list[str] = []
    seen: set[str] = set()
    # splitlines() breaks at every line-break style the reader accepts (CRLF, CR, U+2028…).
    for line in unicodedata.normalize("NFC", text.lstrip("\ufeff")[start:]).splitlines():
        line = " ".join(line.split())
        lowered = line.lower().rstrip(" :")
        if lowered in teasers:
            break
        if not line or lowered in dropped or line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return "\n".join(kept)


def text_digest(text: str) -> str:
    """The SHA-256 of ``normalised_text`` (of the text itself when nothing is left): what makes two articles one."""
    return hashlib.sha256((normalised_text(text) or text).encode("utf-8")).hexdigest()


# Instruments known by name ------------------------------------------------------------------


@lru_cache(maxsize=65_536)
def known_instrument(name: str, kind: str) -> "KnownInstrument | None":
    """The multilateral instrument of ``conventions.yaml`` whose name ``name`` contains, if of that kind."""
    from graphbuild.lang import load_conventions

    folded = f" {fold(name)} "
    for instrument in load_conventions():
        if instrument.kind == kind and any(f" {known} " in folded for known in instrument.names):
            return instrument
    return None


@lru_cache(maxsize=1)
def known_instrument_labels() -> dict[str, str]:
    """The node id (``agreement:<id>``) → label of every instrument of ``conventions.yaml``."""
    from graphbuild.lang import load_conventions

    return {f"agreement:{known.id}": known.label for known in load_conventions()}
