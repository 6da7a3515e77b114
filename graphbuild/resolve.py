"""Identity: when two spellings name one person, and which country a name denotes.

The same matcher serves within one article (aliases) and across articles (the store),
so that "Tô Lâm", "To Lam" and "TO LAM" are one person everywhere.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry
from rapidfuzz.distance import Levenshtein

__all__ = ["fold", "name_key", "same_name", "same_person", "country_code", "country_name", "OfficeHolders",
           "office_holders"]

_NON_WORD = re.compile(r"[^a-z0-9' ]+")


def fold(text: str | None) -> str:
    """Lower-case, accent-free, apostrophes unified, punctuation as spaces."""
    if not text:
        return ""
    text = text.replace("đ", "d").replace("Đ", "D")  # Vietnamese đ has no decomposition
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


def _tokens(name: str) -> list[str]:
    return fold(name).replace("'", "").split()


def name_key(name: str) -> str:
    """A key equal for spellings that differ only in accents, case, spacing or order."""
    return " ".join(sorted(_tokens(name)))


def _one_token_apart(a: list[str], b: list[str]) -> bool:
    """Same tokens in the same order but one, and that one a single edit away (a typo)."""
    if len(a) != len(b):
        return False
    differing = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    return min(len(x), len(y)) >= 4 and Levenshtein.distance(x, y) <= 1


def same_name(a: str, b: str) -> bool:
    """True when two spellings plausibly name one person.

    Accepted: accent and case variants (Tô Lâm / To Lam), split or joined syllables
    (Wang Xiao Hong / Wang Xiaohong), name order (Sato Hiroshi / Hiroshi Sato), a dropped
    middle initial (Mmamiloko T. Kubayi / Mmamiloko Kubayi) and one one-letter typo in
    one word of four letters or more (Naghiyev / Nagiyev). Two names that differ in a
    whole word (Nguyen Van Long / Nguyen Van Lam) stay apart.
    """
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    if "".join(ta) == "".join(tb) or sorted(ta) == sorted(tb):
        return True
    full_a = [t for t in ta if len(t) > 1]
    full_b = [t for t in tb if len(t) > 1]
    if full_a != ta or full_b != tb:
        if full_a == full_b or sorted(full_a) == sorted(full_b):
            return True
    return _one_token_apart(full_a, full_b) or _one_token_apart(sorted(full_a), sorted(full_b))


def same_person(a: str, b: str, country_a: str | None = None, country_b: str | None = None) -> bool:
    """``same_name`` guarded by country: two known, different countries are two people."""
    if country_a and country_b and country_code(country_a) != country_code(country_b):
        return False
    return same_name(a, b)


@lru_cache(maxsize=1)
def _country_table() -> tuple[dict[str, str], dict[str, str]]:
    from graphbuild.lang import load_countries

    names = load_countries()
    by_key = {fold(name): code for code, name in names.items()}
    return names, by_key


@lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO 3166 alpha-3 for an English country name or code, or None when it names none."""
    key = fold(name)
    if not key:
        return None
    names, by_key = _country_table()
    if key in by_key:
        return by_key[key]
    if key.upper() in names:
        return key.upper()
    try:
        return pycountry.countries.lookup(name).alpha_3
    except LookupError:
        return None


def country_name(code: str | None) -> str | None:
    """The short English name of an ISO alpha-3 code (``VNM`` → ``Vietnam``)."""
    if not code:
        return None
    return _country_table()[0].get(code.upper())


class OfficeHolders:
    """Well-known officials by name: whom a name denotes in a given year, from ``officeholders.tsv``.

    A name matches a term's name or alias as ``same_name`` does (accents, order, a typo);
    only names of two words or more are looked up, so "M. Lim" denotes no one.
    """

    def __init__(self, terms):
        self._by_word: dict[str, list[tuple[str, object]]] = {}
        self._by_family_name: dict[str, list] = {}
        for term in terms:
            for spelling in (term.name, *term.aliases):
                tokens = _tokens(spelling)
                if len(tokens) >= 2:
                    for token in {tokens[0], tokens[-1]}:
                        self._by_word.setdefault(token, []).append((spelling, term))
                    self._by_family_name.setdefault(tokens[-1], []).append(term)

    def terms(self, name: str, year: int | None = None) -> list:
        """The terms of the office holders ``name`` may denote, those running in ``year`` if given."""
        tokens = _tokens(name)
        if sum(len(token) > 1 for token in tokens) < 2:
            return []  # "Saud F.": one word and an initial denote no one for sure
        found = {id(term): term for token in {tokens[0], tokens[-1]}
                 for spelling, term in self._by_word.get(token, ()) if same_name(name, spelling)}
        terms = list(found.values())
        if year is not None:
            terms = [t for t in terms if t.covers(year)]
        return terms

    def recognise(self, name: str, year: int | None = None) -> tuple[str, str | None] | None:
        """(name, country) of the one office holder ``name`` denotes in ``year``, or None.

        Words before the name that the text's title left on it ("Premier Li Keqiang", "Seri
        Anwar Ibrahim") are dropped until the rest is a holder's name; the name returned is
        that rest. Two countries for one name leave it unknown.
        """
        words = name.split()
        if len(words) == 1:
            return self._recognise_family_name(name, year)
        for skip in range(max(1, len(words) - 1)):
            rest = " ".join(words[skip:])
            countries = {term.country for term in self.terms(rest, year)}
            if len(countries) == 1:
                return rest, countries.pop()
            if countries:
                return None
        return None


    def _recognise_family_name(self, name: str, year: int | None) -> tuple[str, str | None] | None:
        """A family name alone ("Medvedev", "Mnangagwa") denotes the holder who bears it, when one
        country's holders alone bear it (in ``year``, if known): a short one ("Lee", "Khan") never."""
        tokens = _tokens(name)
        if len(tokens) != 1 or len(tokens[0]) < _FAMILY_NAME_LENGTH:
            return None
        terms = [t for t in self._by_family_name.get(tokens[0], ()) if year is None or t.covers(year)]
        countries = {term.country for term in terms}
        return (name, countries.pop()) if len(countries) == 1 else None


# a family name shorter than this is shared by too many people to stand for one office holder
_FAMILY_NAME_LENGTH = 5


@lru_cache(maxsize=1)
def office_holders() -> OfficeHolders:
    """The office holders of ``graphbuild/lang/officeholders.tsv``, indexed once."""
    from graphbuild.lang import load_officeholders

    return OfficeHolders(load_officeholders())
