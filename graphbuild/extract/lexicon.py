"""Compiled look-ups over a language's tables: countries, demonyms, places, organisations.

Built once per language from ``graphbuild.lang``; the extractor asks them where in a
text a country, a city or an international body is named.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from itertools import product

import regex

from graphbuild.lang import Home, Language, load_home, load_language, word_tokens
from graphbuild.resolve import fold

__all__ = ["Hit", "Lexicon", "lexicon"]

# Words that join an office or a ministry to the name of its field ("ministre de la Justice", "Minister of Justice").
_MINISTRY_LINK = r"(?:de la|de l['’]|du|des|of)\s+"
# Prepositions that make a country a location ("ambassadeur émirien au Vietnam") rather
# than the nationality of the person whose title holds it.
_LOCATIVE = regex.compile(r"(?:\b(?:au|aux|en|à|in|to|at|across|throughout)\s+(?:l['’]|la\s+|les\s+|the\s+)?)$", regex.IGNORECASE)


@dataclass(slots=True)
class Hit:
    """A match of a table entry in a text."""

    start: int
    end: int
    value: str  # ISO3 for countries and places, the English name for organisations
    kind: str  # "name", "demonym", "place", "organization"
    locative: bool = False
    party: str | None = None
    city: str | None = None


def _alternatives(words) -> str:
    """``words`` as a regex alternation, longest first, either apostrophe matching either."""
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(regex.sub(r"\\?['’]", "['’]", regex.escape(w)) for w in ordered)


def _alternation(words, *, ignore_case: bool) -> regex.Pattern:
    body = _alternatives(words)
    flags = regex.IGNORECASE if ignore_case else 0
    # a hyphen may join two names ("Mong Cai-Dongxing"), not a name and a word ("sud-coréen")
    return regex.compile(r"(?<![\p{L}\p{N}-])(?:" + body + r")(?![\p{L}\p{N}]|-\p{Ll})", flags | regex.V0)


# Names longer than this get only their unaccented spelling ("République démocratique du Congo" has 4 words).
_VARIANT_WORDS = 4


def _written_variants(name: str) -> set[str]:
    """A country's name as pages also print it: without its accents, its later words capitalised
    ("Guinée Equatoriale", "Guinee equatoriale" for "Guinée équatoriale"); the case of the first word is kept."""
    words = name.split(" ")
    if len(words) > _VARIANT_WORDS:
        return {name, _without_accents(name)}
    choices = [{word, _without_accents(word)} | ({w[:1].upper() + w[1:] for w in (word, _without_accents(word))}
                                                 if position and word.islower() else set())
               for position, word in enumerate(words)]
    return {" ".join(spelling) for spelling in product(*choices)}


def _without_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class Lexicon:
    """Where a text names countries, nationalities, cities and international bodies."""

    def __init__(self, language: Language, home: Home):
        self.language = language
        self.home = home
        self._names = _alternation({v for name in language.country_names for v in _written_variants(name)}, ignore_case=False)
        self._demonyms = _alternation(language.demonyms, ignore_case=True)
        self._places = _alternation(language.places, ignore_case=False)
        self._orgs = _alternation(language.organizations, ignore_case=False)
        self._ministries = sorted(language.ministries.items(), key=lambda kv: -len(kv[0]))
        self._portfolio_after = regex.compile(
            r"\s*" + _MINISTRY_LINK + r"(" + _alternatives(language.portfolios) + r")(?![\p{L}])", regex.IGNORECASE)
        self._portfolios_folded = {fold(k): v for k, v in language.portfolios.items()}
        # "Defence Minister", "Foreign Minister": the first word of a ministry's name, before the office
        first_words: dict[str, set[str]] = {}
        for written, portfolio in language.portfolios.items():
            first_words.setdefault(word_tokens(written)[0], set()).add(portfolio)
        self._portfolio_first_words = {w: p.pop() for w, p in first_words.items() if len(p) == 1}
        self._names_folded = {fold(k): v for k, v in language.country_names.items()}
        self._places_folded = {fold(k): v for k, v in language.places.items()}
        self._orgs_folded = {fold(k): v for k, v in language.organizations.items()}
        self._demonyms_folded = {fold(k): v for k, v in language.demonyms.items()}
        self._topics = [(regex.compile(r"(?<![\p{L}])" + regex.escape(keyword).replace("'", "['’]")), topic)
                        for keyword, topic in language.topics]

    def countries(self, text: str) -> list[Hit]:
        """Country names and nationality adjectives in ``text``, in order (not those inside a longer city
        name: "Mexico City"; a city named as its country, "Djibouti", "Singapour", is the country too)."""
        places = [(h.start, h.end) for h in self.places(text)]
        hits = []
        for pattern, kind, table in ((self._names, "name", None), (self._demonyms, "demonym", self.language.demonyms)):
            for m in pattern.finditer(text):
                code = self.language.country_names.get(m.group(0)) if table is None else table.get(m.group(0).lower())
                if code is None:
                    code = (self._names_folded if table is None else self._demonyms_folded).get(fold(m.group(0)))
                if code and not any(a <= m.start() < b and b - a > m.end() - m.start() for a, b in places):
                    hits.append(Hit(m.start(), m.end(), code, kind, locative=bool(_LOCATIVE.search(text[:m.start()]))))
        return sorted(hits, key=lambda h: h.start)

    def locative_start(self, text: str, position: int) -> int:
        """Where the preposition that makes the country at ``position`` a location starts ("… to| Vietnam")."""
        match = _LOCATIVE.search(text, endpos=position)
        return match.start() if match else position

    def places(self, text: str) -> list[Hit]:
        """Cities in ``text``, with their English name and country."""
        hits = []
        for m in self._places.finditer(text):
            city, code = self.language.places.get(m.group(0)) or self._places_folded.get(fold(m.group(0)), (None, None))
            if city:
                hits.append(Hit(m.start(), m.end(), code, "place", city=city))
        return hits

    def organizations(self, text: str) -> list[Hit]:
        """International bodies in ``text``, with their English name and party name."""
        hits = []
        for m in self._orgs.finditer(text):
            name, party = self.language.organizations.get(m.group(0)) or self._orgs_folded.get(fold(m.group(0)), (None, None))
            if name:
                hits.append(Hit(m.start(), m.end(), name, "organization", party=party))
        return hits

    def ministry(self, title: str) -> str | None:
        """The English name of the ministry a title names ("ministre de la Justice" → Ministry of Justice)."""
        lowered = title.lower()
        if "minist" not in lowered:
            return None
        for written, organization in self._ministries:
            if regex.search(_MINISTRY_LINK + regex.escape(written.lower()) + r"(?![\p{L}])", lowered):
                return organization
        return None

    def portfolio_after(self, text: str, position: int) -> str | None:
        """The field of the ministry named at ``position``, right after an office ("… de la Défense nationale" → defence)."""
        match = self._portfolio_after.match(text, position)
        return self._portfolios_folded[fold(match.group(1))] if match else None

    def portfolio_word(self, word: str) -> str | None:
        """The field a folded word names inside an office ("defence" in "Defence Minister", "foreign")."""
        return self._portfolio_first_words.get(word)

    def topics(self, text: str) -> list[str]:
        """Topic labels whose keywords occur in ``text``, in table order, each once."""
        lowered = text.lower()
        return list(dict.fromkeys(topic for pattern, topic in self._topics if pattern.search(lowered)))

    def is_place_or_country(self, words: str) -> bool:
        """True when ``words`` is, as a whole, a city, a country or an international body."""
        key = fold(words)
        return key in self._places_folded or key in self._names_folded or key in self._orgs_folded or key in self._demonyms_folded


_LEXICONS: dict[str, Lexicon] = {}


def lexicon(language_code: str) -> Lexicon:
    """The lexicon of a language, built once."""
    if language_code not in _LEXICONS:
        _LEXICONS[language_code] = Lexicon(load_language(language_code), load_home())
    return _LEXICONS[language_code]
