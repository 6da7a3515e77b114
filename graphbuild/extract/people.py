"""People in a sentence: the name without rank or honorific, the title, the country.

A capitalised run of words is a person when the model tags it as one, or when an office,
a rank or an honorific stands right before it ("le vice-ministre … Le Quy Vuong",
"Mme Kang") or an office follows it in apposition ("Ghada Waly, directrice exécutive").
The title is the office phrase around the name; the country comes from a nationality
adjective, a country name or an international body in that phrase.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

import regex

from graphbuild.extract.lexicon import Hit, Lexicon
from graphbuild.lang import word_tokens
from graphbuild.resolve import fold

__all__ = ["Mention", "Office", "UnnamedReference", "PersonFinder"]

# "D.Tsogtbaatar": Mongolian wire copy glues the father's initial to the name
_GLUED_INITIAL = r"\p{Lu}\.\p{Lu}\p{Ll}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*"
# "Clément-Bollée", "M’Bagnick", "O'Brien": parts joined by a hyphen, or by an apostrophe before a capital
_NAME_WORD = r"(?:" + _GLUED_INITIAL + r"|\p{Lu}\.(?=\s)|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*|['’]\p{Lu}[\p{L}\p{M}]*)*)"
_GLUED_NAME = regex.compile(_GLUED_INITIAL)
_PARTICLES = r"(?:van|den|der|von|da|dos|das|bin|binti|ibn|al|el|di|ter)"
_RUN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’-]){_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+)*{_NAME_WORD})*")
# Where an apposition title stops: a clause boundary or a verb.
_TITLE_STOP = regex.compile(
    r"\s*(?:[;.]|,\s+(?!chargée?s?\b|responsable\b|in charge\b)|\s(?:a|ont|est|sont|avait|avaient|has|have|had|was|were|said|met|held|received)\s)",
    regex.IGNORECASE)
# Where a new title phrase may start inside the text before a name: after a comma.
_SEGMENT = regex.compile(r",\s*")
_SPACES = regex.compile(r"\s*")
_NEXT_WORD = regex.compile(r"[ \t]+([^\W\d_]+)")
# How long a country's name after a person's may be ("des Etats-Unis d'Amérique").
_COUNTRY_AFTER_CHARS = 40
# Entity labels of the spaCy models that mark a person (French PER, English PERSON).
_PERSON_LABELS = {"PER", "PERSON"}
# Entity labels of places (French LOC, English GPE and LOC).
_PLACE_LABELS = {"LOC", "GPE"}
# Determiners before a title; an acronym is not the determiner it spells ("UN Resident Coordinator").
_DETERMINERS = regex.compile(
    r"^(?:(?!(?-i:\p{Lu}{2}))(?:le|la|les|son|sa|ses|leur|du|de la|des|un|une|the|a|an|his|her|its|their)\s+"
    r"|(?:l|de l)['’]\s*)+",
    regex.IGNORECASE)


def _ending(pattern: regex.Pattern | None) -> regex.Pattern | None:
    """``pattern`` where it ends a text, before spaces (searched up to a position)."""
    return pattern and regex.compile(r"(?:" + pattern.pattern + r")\s*$", pattern.flags)


@dataclass(slots=True)
class Mention:
    """A person named in a sentence (offsets relative to the sentence)."""

    name: str
    start: int
    end: int
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    country: str | None = None  # ISO3 read from the title or nationality
    located_in: str | None = None  # ISO3 of a locative phrase ("… d'Interpol au Vietnam"), not an envoy's post
    organization: str | None = None
    international: bool = False  # an official of an international body
    short: bool = False  # a one-word reference to someone named in full elsewhere ("M. Lim")


@dataclass(frozen=True, slots=True)
class Office:
    """An office as the extractor compares them: "Defence Minister" and "Minister of National
    Defence" are one office, "Deputy Minister of National Defence" another, of the same head."""

    role: str  # the folded office words with its deputy words, its ministry aside ("deputy minister")
    head: str  # the noun it is named by ("directeur" for "directeur général adjoint")
    portfolio: str | None = None  # the field of its ministry, when named ("defence")

    def shares_portfolio(self, other: Office) -> bool:
        """No two different ministries: an office named without one may be of any."""
        return self.portfolio is None or other.portfolio is None or self.portfolio == other.portfolio

    def same_as(self, other: Office) -> bool:
        """The same office, as far as the words tell."""
        return self.role == other.role and self.shares_portfolio(other)


@dataclass(slots=True)
class UnnamedReference:
    """An office named without a name ("le vice-ministre", "le ministre cambodgien", "il")."""

    start: int
    end: int
    country: str | None
    office: Office | None = None  # None for a pronoun or a generic office ("le responsable")


class PersonFinder:
    """Finds person mentions for one language."""

    def __init__(self, lexicon: Lexicon, stop_words: frozenset[str]):
        self.lexicon = lexicon
        self.language = lexicon.language
        self.stop_words = stop_words
        # words that can open a run but are not names: capitalised function words, offices, ranks…
        # capitalised words of ministry names ("ministre de la Justice Nguyen Thanh Ha")
        self._portfolio_words = {w for key in self.language.ministries for w in regex.findall(r"\p{Lu}[\p{L}-]+", key)}
        # the place words of the language, anchored where they are read: right before a run, right after it
        self._after_place_preposition = _ending(self.language.place_prepositions)
        self._after_place_noun = _ending(self.language.place_nouns_before)
        nouns_after = self.language.place_nouns_after
        self._before_place_noun = nouns_after and regex.compile(r"\s+(?:" + nouns_after.pattern + ")", nouns_after.flags)
        self._closing_place_noun = nouns_after and regex.compile(r"\s(?:" + nouns_after.pattern + ")$", nouns_after.flags)
        self._after_title = regex.compile(r"(?:" + "|".join(p.pattern for p in (
            self.language.honorifics, self.language.ranks, self.language.offices)) + r")\s*$", regex.IGNORECASE)
        self._not_name = regex.compile(
            r"^(?:" + "|".join(p.pattern for p in (self.language.honorifics, self.language.ranks, self.language.offices,
                                                      self.language.pronouns)) + r")$",
            regex.IGNORECASE)

    def _is_name_word(self, word: str, *, edge: str = "left") -> bool:
        """Whether a word at the ``edge`` of a capitalised run can belong to a name.

        Function words are left out only at the left edge ("Le général …"): inside or at
        the end of a run a capitalised "Son", "Le" or "Ha" is a Vietnamese name syllable.
        """
        bare = word.rstrip(".")
        if self.language.honorifics.fullmatch(word) or self.language.honorifics.fullmatch(bare):
            return False
        if len(bare) == 1:
            return True  # an initial
        lowered = bare.lower()
        if edge == "left" and lowered in self.language.abbreviations:
            return False  # "Lieut.", "Gén." (at the end of a name, "Jr." is the name's)
        if (edge == "left" and lowered in self.stop_words) or lowered in self.language.demonyms:
            return False
        if lowered in {m.lower() for m in self.language.months} or lowered in {w.lower() for w in self.language.weekdays}:
            return False
        if bare.isupper() and len(bare) > 1:
            return False  # an acronym (VNA, ONUDC, AFP)
        if bare in self.language.title_words or bare in self._portfolio_words:
            return False
        if self._not_name.match(bare) or self._not_name.match(word):
            return False
        return not self.lexicon.is_place_or_country(bare)

    def _trim(self, text: str, start: int, end: int, first_names: frozenset[int] = frozenset()) -> tuple[int, int]:
        """Drop leading and trailing words of a run that cannot be part of a name (``first_names``:
        where a city's name opens a person's)."""
        words = [(m.start() + start, m.end() + start) for m in regex.finditer(r"\S+", text[start:end])]
        while words and words[0][0] not in first_names and not self._is_name_word(text[words[0][0]:words[0][1]]):
            # "Le Quy Vuong": a family name that is also a function word, followed by a name
            if (len(words) > 1 and fold(text[words[0][0]:words[0][1]]) in self.lexicon.home.family_names
                    and self._is_name_word(text[words[1][0]:words[1][1]])):
                break
            words.pop(0)
        while words and (not self._is_name_word(text[words[-1][0]:words[-1][1]], edge="right")
                         or regex.fullmatch(_PARTICLES, text[words[-1][0]:words[-1][1]])):
            if self._capitalised_surname(text, words):
                break
            words.pop()
        if not words:
            return start, start
        # "Indian External Affairs Minister Subrahmanyam Jaishankar": the name follows the last office word
        run = text[words[0][0]:words[-1][1]]
        last_office = None
        # "Police-General Surachate Hakparn": a rank written with a hyphen is the rank
        spellings = (run, run.replace("-", " ")) if "-" in run else (run,)
        for pattern in (self.language.offices, self.language.ranks, self.language.honorifics):
            for match in chain.from_iterable(pattern.finditer(spelling) for spelling in spellings):
                if last_office is None or match.end() > last_office:
                    last_office = match.end()
        if last_office is not None:
            rest = [w for w in words if w[0] >= words[0][0] + last_office]
            if rest:
                words = rest
        return words[0][0], words[-1][1]

    def _capitalised_surname(self, text: str, words: list[tuple[int, int]]) -> bool:
        """The run ends on a family name in capitals after a given name ("Adrien NGUEMA MBA", "Macky SALL"),
        as the West and Central African press writes them, not on an acronym ("Tô Lâm, VNA")."""
        capitals = []
        for start, end in reversed(words):
            word = text[start:end]
            if not (word.isupper() and len(word) >= 2 and word.isalpha()):
                break
            capitals.append(word)
        given = len(words) - len(capitals) - 1
        if not capitals or given < 0:
            return False
        first = text[words[given][0]:words[given][1]]
        return (first[:1].isupper() and first[1:].islower() and self._is_name_word(first, edge="right")
                and not any(self.lexicon.organizations(w) or self.lexicon.is_place_or_country(w) for w in capitals))

    def _left_context_title(self, text: str, name_start: int, boundary: int) -> tuple[int, int, bool] | None:
        """The office phrase between ``boundary`` and the name, and whether a rank or honorific touches the name.

        The region is cut at its commas: the phrase nearest the name that names an office
        (not only a rank) is the title ("Recevant l'hôte mozambicain …, le président
        Luong Cuong" → "président"; "le chef de la BNPT, le commissaire général de police
        Rudi Hermawan" → "chef de la BNPT").
        """
        region = text[boundary:name_start]
        touching = regex.search(
            r"(?:" + self.language.honorifics.pattern + "|" + self.language.ranks.pattern + "|" + self.language.offices.pattern
            + r")\s*[,]?\s*$", region, flags=regex.IGNORECASE)
        cuts = [boundary] + [boundary + m.end() for m in _SEGMENT.finditer(region)]
        # "le ministre senior singapourien, ministre coordinateur … Teo Chee Hean": where titles go
        # without a determiner, a segment opening on an office continues the one before it
        if not self.language.title_words:
            while len(cuts) > 1 and self.language.offices.match(text, cuts[-1]) and self.language.offices.search(
                    text, cuts[-2], cuts[-1]):
                cuts.pop()
        for segment_start in reversed(cuts):
            office = self.language.offices.search(text, segment_start, name_start)
            if office is None:
                continue
            t_start, t_end = office.start(), name_start
            # "Malaysian Home Minister", "UK Minister of State": capitalised qualifiers before the office
            qualifiers = regex.search(r"(?:(?:\p{Lu}[\p{L}.’'-]*)\s+)+$", text[segment_start:t_start])
            if qualifiers:
                for word in regex.finditer(r"\S+", text, pos=segment_start + qualifiers.start(), endpos=t_start):
                    if word.group(0).lower() not in self.stop_words or word.group(0).isupper():
                        t_start = word.start()
                        break
            # the phrase ends before a rank that stands between the office and the name ("…, le général X")
            trailing_rank = regex.search(r"[,\s]*(?:(?:le|la|l['’])\s+)?(?:" + self.language.ranks.pattern + "|"
                                         + self.language.honorifics.pattern + r")\s*$", text[t_start:t_end],
                                         flags=regex.IGNORECASE)
            if trailing_rank:
                t_end = t_start + trailing_rank.start()
            while t_end > t_start and text[t_end - 1] in " ,":
                t_end -= 1
            if t_end > t_start:
                return t_start, t_end, True
        return (name_start, name_start, bool(touching)) if touching else None

    def _city_as_first_name(self, text: str, city: Hit, entities: list[tuple[int, int, str]]) -> bool:
        """A one-word city that opens a titled person's name ("Sofia Lindahl, ambassadrice …", "Ambassador
        Adelaide Brennan"): a first name, unless a place preposition stands before it ("à Sofia")."""
        following = regex.match(r" (\p{Lu}[\p{L}\p{M}'’-]*)", text[city.end:])
        if (" " in text[city.start:city.end] or not following or not self._is_name_word(following.group(1), edge="right")
                or self._after_place_preposition.search(text, max(0, city.start - 30), city.start)):
            return False
        # "the Paris Agreement": something the model names with the city, not a person (a place it may
        # say of a name: the French model often does)
        covers = [label in _PERSON_LABELS for a, b, label in entities
                  if a <= city.start and city.end + following.end() <= b and label not in _PLACE_LABELS]
        if covers:
            return covers[0]
        if any(a <= city.start < b for a, b, label in entities if label in _PERSON_LABELS):
            return True
        titled = self._after_title.search(text, max(0, city.start - 60), city.start)
        name = _RUN.match(text, city.start)
        return bool(titled or (name and self._apposition_title(text, name.end())))

    def _names_a_place(self, text: str, start: int, end: int) -> bool:
        """A run that a place noun makes a place, whatever its shape ("la commune de Dao Son Lam",
        "the Thanh Loc Ha border gate", "Thanh Loc Ha Border Gate")."""
        if self._after_place_noun and self._after_place_noun.search(text, max(0, start - 60), start):
            return True
        return bool(self._before_place_noun and (self._before_place_noun.match(text, end)
                                                 or self._closing_place_noun.search(text, start, end)))

    def home_name_shape(self, words: list[str]) -> bool:
        """Two to four short syllables after a family name of the home country ("Bui Thanh Son"):
        a name even with no title around it (places were set aside before)."""
        return (2 <= len(words) <= 4 and all(w[:1].isupper() and "-" not in w for w in words)
                and self.lexicon.home.has_name_shape([fold(w) for w in words]))

    def _names_a_person(self, text: str, start: int, end: int) -> bool:
        """Whether a span holds a run of two or more name words (someone else's name)."""
        for run in _RUN.finditer(text, start, end):
            first, last = self._trim(text, run.start(), run.end())
            if len(text[first:last].split()) >= 2:
                return True
        return False

    def _apposition_title(self, text: str, name_end: int) -> tuple[int, int] | None:
        """An office phrase right after the name: "Ali Nagiyev, directeur de l'Agence …",
        "Karen Lindqvist, US Deputy Assistant Secretary …", "Sarah Whitfield of the AFP"."""
        match = regex.match(r",\s*(?:(?:le|la|l['’]|the)\s*)?", text[name_end:], flags=regex.IGNORECASE)
        if match:
            start = name_end + match.end()
            opener = self.language.apposition_openers.match(text, start)
            start = regex.match(r"\s*", text[opener.end():]).end() + opener.end() if opener else start
            # "US Deputy Assistant Secretary", "AU Commissioner": up to three capitalised qualifiers first
            office, position = None, start
            for _ in range(4):
                office = self.language.offices.match(text, position)
                qualifier = regex.match(r"\p{Lu}[\p{L}.’'-]*\s+", text[position:])
                if office or not qualifier:
                    break
                position += qualifier.end()
            if office is None:
                return None
            stop = _TITLE_STOP.search(text, office.end())
            end = stop.start() if stop else len(text)
            if self.language.title_words and self._names_a_person(text, office.end(), end):
                return None  # "X, New Zealand's Minister of Foreign Affairs Aroha Tāwhai": the next person's title
            return start, end
        for link in self.language.name_links:
            linked = regex.match(r"\s+" + regex.escape(link) + r"\s+(?=\p{Lu})", text[name_end:])
            if linked:
                start = name_end + linked.end()
                place = _RUN.match(text, start)
                if place and self._names_a_place(text, place.start(), place.end()):
                    return None  # "X at the Thanh Loc Ha border gate": where X was, not X's office
                stop = _TITLE_STOP.search(text, start)
                return start, stop.start() if stop else len(text)
        return None

    def _describe(self, mention: Mention, title: str) -> None:
        """Fill country, organisation and international-body flags from a title of the mention."""
        if not title:
            return
        orgs = self.lexicon.organizations(title)
        countries = self.lexicon.countries(title)
        named = [h for h in countries if not h.locative]
        located = [h for h in countries if h.locative]
        if named:
            mention.country = named[0].value
        # "représentante de l'UNICEF au Vietnam", "Head of the IOM Office in Vietnam": the country after the
        # title of a body's official is where they serve, not a country they belong to, unless the office is
        # the country's own ("directrice du Bureau central national d'Interpol au Vietnam")
        posted = bool(located and orgs and not named
                      and not self.language.national_offices.search(title, 0, located[0].start))
        if located and not posted:
            mention.located_in = located[0].value
        if orgs and not named:
            mention.international = True
            mention.organization = orgs[0].value
        elif mention.organization is None:
            mention.organization = self.lexicon.ministry(title) or (orgs[0].value if orgs else None)

    def _delegation_country(self, mention: Mention, region: str) -> None:
        """"une délégation du ministère russe … conduite par X": X comes from that country."""
        leaders = list(self.language.led_by.finditer(region))
        if not leaders:
            return
        led = leaders[-1]
        hits = [h for h in self.lexicon.countries(region[:led.start()]) if not h.locative]
        if hits:
            mention.country = hits[-1].value

    def _country_before(self, mention: Mention, text: str, boundary: int) -> None:
        """"Montenegro's Dorde Radulovic", "Brazil's Foreign Minister X": the country whose possessive opens the name."""
        if self.language.country_possessive is None:
            return
        head = text[boundary:mention.start if mention.title_start is None else min(mention.start, mention.title_start)]
        possessive = self.language.country_possessive.search(head)
        if possessive is None:
            return
        hits = self.lexicon.countries(head[:possessive.start()])
        if hits and hits[-1].end == possessive.start() and hits[-1].kind == "name":
            mention.country = hits[-1].value

    def _country_after(self, mention: Mention, text: str) -> None:
        """"les ambassadeurs Didier Lebret de la France, Henri Normandin du Canada": the country named right after."""
        joint = self.language.country_after_name.match(text, _SPACES.match(text, mention.end).end())
        if joint is None:
            return
        country_start = _SPACES.match(text, joint.end()).end()
        hits = self.lexicon.countries(text[country_start:country_start + _COUNTRY_AFTER_CHARS])
        if hits and hits[0].start == 0 and hits[0].kind == "name":
            mention.country = hits[0].value

    def _clip_to_entities(self, text: str, start: int, end: int,
                          entities: list[tuple[int, int, str]]) -> tuple[int, int, bool]:
        """Narrow a run by the model's entities, and say whether it sees a person in it.

        Where office names are capitalised (English), leading words the model puts in an
        organisation or a place are dropped ("the Kenya National Police Service Samuel
        Otieno Wafula"). Elsewhere the run is kept whole: the French model often tags a
        Vietnamese name as a place, and the run, bounded by lower-case words, is the better
        guide.
        """
        persons = [(a, b) for a, b, label in entities if label in _PERSON_LABELS and a < end and start < b]
        if self.language.title_words:
            # a one-word "organisation" is more often a misread first name ("Amara") than an organisation,
            # and one that runs to the end of the name has swallowed it ("Energy Elnur Mammadov")
            others = [(a, b) for a, b, label in entities if label not in _PERSON_LABELS and a < end and start < b
                      and " " in text[a:b].strip() and b < end]
            words = list(regex.finditer(r"\S+", text, pos=start, endpos=end))
            # never the whole run: a surname alone ("Lindqvist") is sometimes tagged an organisation
            for word, following in zip(words, words[1:]):
                if any(a <= word.start() < b for a, b in others) and not any(a <= word.start() < b for a, b in persons):
                    start = following.start()
                else:
                    break
        return start, end, bool(persons)

    def _after_common_nouns(self, text: str, start: int, end: int) -> int:
        """Where a run's name may start: after the last word that only institutions and events
        carry ("République Macky Sall" → "Macky Sall"); ``end`` when it is the run's last word."""
        for word in reversed(list(regex.finditer(r"\S+", text, pos=start, endpos=end))):
            if self._common_noun(word.group(0)):
                return word.end() + 1 if word.end() < end else end
        return start

    def _before_common_nouns(self, text: str, start: int, end: int) -> int:
        """Where a run's name may end: before the words that only institutions and events carry at
        its end ("Secretary Clinton Phone Call" → "Clinton")."""
        words = list(regex.finditer(r"\S+", text, pos=start, endpos=end))
        while words and self._common_noun(words[-1].group(0)):
            words.pop()
        return words[-1].end() if words else start

    def _names_an_institution(self, text: str, end: int) -> bool:
        """The run is followed by the noun that closes an institution's name ("Criminal Investigation Department")."""
        following = _NEXT_WORD.match(text, end)
        return bool(following) and fold(following.group(1)) in self.language.institution_heads

    def _common_noun(self, word: str) -> bool:
        """A word only institutions and events carry, in the singular or the plural ("Related Summits")."""
        key = fold(word)
        return key in self.language.common_nouns or (key.endswith("s") and key[:-1] in self.language.common_nouns)

    def _attached_to_title(self, text: str, start: int, end: int, entities: list[tuple[int, int, str]]) -> bool:
        """A run right after a capitalised office phrase ("UK Minister of State for Border Security
        Helen Armitage") that the model does not see as an organisation or a place."""
        head = text[:start]
        # "The Foreign Minister of Germany, Frank-Walter Steinmeier, who …": a name set between commas
        apposition = head.endswith(", ") and text.startswith(",", end)
        if apposition:
            head = head[:-2] + " "
        # "EU Ambassador to Vietnam Jan Vermeulen": the country of the post stands between the office and the name
        post = next((h for h in self.lexicon.countries(head) if h.locative and not head[h.end:].strip()), None)
        if post is not None:
            head = head[:self.lexicon.locative_start(head, post.start)]
        before = regex.search(r"(?:(?:\p{Lu}[\p{L}.’'-]*|\(\p{Lu}[\p{L}]*\)|of|the|for|and|de|du|des|la)\s+)+$", head)
        if not before or not self.language.offices.search(before.group(0)):
            return False
        # an organisation that starts inside the run says it is no name; one that starts before it
        # has only swallowed the office and the name together ("Energy Elnur Mammadov")
        # (between commas, a model's "organisation" that is exactly the run is a misread name)
        return not any(start <= a < end and not (apposition and (a, b) == (start, end))
                       for a, b, label in entities if label not in _PERSON_LABELS)

    def find(self, text: str, entities: list[tuple[int, int, str]], known_names: list[str],
             blocked: list[tuple[int, int]] = ()) -> list[Mention]:
        """Person mentions in ``text`` (a sentence), given the model's entities (start, end, label)
        and the names already seen in the article.

        ``blocked`` spans (cue phrases) bound title phrases, so that the office of one
        person is not read as the title of the next. Where offices are capitalised
        (English), a run the model does not see as a person needs an honorific or a rank
        right before it.
        """
        mentions: list[Mention] = []
        known_tokens = {}
        for name in known_names:
            tokens = fold(name).split()
            if not tokens:
                continue
            # first or last word; a two-letter one only as the last (a Vietnamese given name: "Vu", "Ha")
            for token in {tokens[0], tokens[-1]}:
                if len(token) >= 3 or (token == tokens[-1] and len(token) == 2 and len(tokens) > 1):
                    known_tokens.setdefault(token, name)
            # a hyphenated family name alone ("Al-Sisi" after "Abdel Fattah Al-Sisi") is one word in the text
            last_word = fold(name.split()[-1])
            if " " in last_word:
                known_tokens.setdefault(last_word, name)
        places, first_names = [], set()
        for city in self.lexicon.places(text):
            if self._city_as_first_name(text, city, entities):
                first_names.add(city.start)
            else:
                places.append((city.start, city.end))
        for run in _RUN.finditer(text):
            start, end = self._trim(text, run.start(), run.end(), frozenset(first_names))
            # "François Hollande", "Abdullah Jordan": a family name that is also a country's, inside a person
            # the model sees whole
            end = next((b for a, b, label in entities if label in _PERSON_LABELS and a == start < end < b <= run.end()
                        and " " not in text[end:b].strip() and self.lexicon.is_place_or_country(text[end:b].strip())), end)
            # "a reçu à Phnom Penh Ingo Karsten, ambassadeur …": a city the run opens on is not the name after it
            start = next((_SPACES.match(text, b).end() for a, b in places if a == start and b < end), start)
            if start >= end or any(a <= start < b for a, b in places) or self._names_a_place(text, start, end):
                continue
            start = self._after_common_nouns(text, start, end)
            if start >= end or self.lexicon.is_place_or_country(text[start:end]) or text[start:end] in self.language.agencies:
                continue  # "Criminal Police Organisation", "United Arab Emirates", "Jeune Afrique"
            end = self._before_common_nouns(text, start, end)
            if start >= end or self._names_an_institution(text, end):
                continue
            start, end, is_entity = self._clip_to_entities(text, start, end, entities)
            if start >= end:
                continue
            words = text[start:end].split()
            boundary = max([0] + [max(m.end, m.title_end or 0) for m in mentions if m.end <= start]
                           + [b for a, b in blocked if b <= start]
                           + [i + 1 for i, ch in enumerate(text[:start]) if ch == ";"])
            left = self._left_context_title(text, start, boundary)
            right = self._apposition_title(text, end)
            short = False
            if len(words) == 1 and not _GLUED_NAME.fullmatch(words[0]):  # "D.Tsogtbaatar" is initial and name
                key = fold(words[0])
                honorific_before = regex.search(r"(?:" + self.language.honorifics.pattern + r")\s*$", text[boundary:start],
                                                flags=regex.IGNORECASE)
                # a surname the model sees as a person right after a capitalised office ("Russian Foreign
                # Minister Lavrov"; the French model sees persons in too many single words to trust it)
                titled = (bool(self.language.title_words) and is_entity and len(key) >= 3
                          and left is not None and left[1] > left[0]
                          and bool(self._after_title.search(text, max(0, start - 60), start)))
                if not (titled and key not in known_tokens and key not in self.stop_words):
                    if key not in known_tokens or key in self.stop_words or (
                            not honorific_before and start == 0 and len(key) < 3):
                        continue
                    short = True
            elif not (is_entity or self.home_name_shape(words) or any(fold(text[start:end]) == fold(n) for n in known_names)):
                if self.language.title_words:
                    # capitalised offices make any run look titled: ask for a rank or honorific touching it
                    touching = regex.search(r"(?:" + self.language.honorifics.pattern + "|" + self.language.ranks.pattern
                                            + r")\s*$", text[boundary:start].replace("-", " "), flags=regex.IGNORECASE)
                    if not touching and not right and not self._attached_to_title(text, start, end, entities):
                        continue
                elif not (left or right):
                    continue
            mention = Mention(name=text[start:end], start=start, end=end, short=short)
            if short:
                mention.name = known_tokens[fold(words[0])]
            spans = [s for s in (left[:2] if left and left[1] > left[0] else None, right) if s]
            if spans:
                mention.title_start, mention.title_end = spans[0][0], max(b for _, b in spans)
                title = self.language.photo_position.sub("", text[spans[0][0]:spans[0][1]])
                mention.title = _DETERMINERS.sub("", title).strip(" ,") or None
            # the first title names the office; a second one (in apposition) may still tell the country
            for span in spans:
                self._describe(mention, _DETERMINERS.sub("", text[span[0]:span[1]]).strip(" ,"))
                if mention.country or mention.international:
                    break
            # no title told the country: the words around the name may
            if mention.country is None and not mention.international:
                self._delegation_country(mention, text[boundary:start])
                if mention.country is None:
                    self._country_after(mention, text)
                if mention.country is None:
                    self._country_before(mention, text, boundary)
            mentions.append(mention)
        return mentions

    def _office(self, text: str, office: regex.Match) -> Office:
        """The office of a match, with a deputy word right against it ("Deputy Foreign Minister",
        "directeur général adjoint": a deputy's office is not the office itself) and the ministry
        it names ("Defence Minister", "ministre vietnamien de la Défense nationale")."""
        start, end = office.start(), office.end()
        before = regex.search(r"([\p{L}-]+)\s+$", text, endpos=start)
        if before and fold(before.group(1)) in self.language.deputy_words:
            start = before.start(1)
        after = regex.match(r"\s+([\p{L}-]+)", text, pos=end)
        if after and fold(after.group(1)) in self.language.deputy_words:
            end = after.end(1)
        words = word_tokens(text[start:end])
        head = self._head(words)
        demonym = regex.match(r"\s+([\p{L}-]+)", text, pos=end)
        if demonym and demonym.group(1).lower() in self.language.demonyms:
            end = demonym.end()  # "le ministre cambodgien de la Défense"
        portfolio = self.lexicon.portfolio_after(text, end)
        named = [(w, p) for w in words if w != head and (p := self.lexicon.portfolio_word(w))]
        if portfolio is None and named:
            # a ministry written inside the office: "Defence Minister", "Foreign Secretary"
            portfolio = named[0][1]
            words = [w for w in words if w != named[0][0]]
        return Office(" ".join(words), head, portfolio)

    def _head(self, words: list[str]) -> str:
        """The noun of an office's folded words: its qualifiers, deputy words and complement aside."""
        cut = next((i for i, w in enumerate(words) if i and w in self.language.office_complements), len(words))
        nouns = [w for w in words[:cut] if w not in self.language.office_qualifiers
                 and w not in self.language.deputy_words] or words[:cut]
        return nouns[0] if self.language.office_head_first else nouns[-1]

    def offices_in(self, title: str | None) -> set[Office]:
        """The offices of a title ("vice-Premier ministre et ministre de l'Intérieur" → a vice-Premier
        ministre and a ministre of the interior; "Deputy Foreign Minister" → a deputy minister of foreign affairs)."""
        return {self._office(title, m) for m in self.language.offices.finditer(title or "")}

    def unnamed_references(self, text: str, mentions: list[Mention]) -> list[UnnamedReference]:
        """Offices and pronouns that stand for a person not named in this sentence."""
        covered = [(m.title_start, m.title_end) for m in mentions if m.title_start is not None] + [(m.start, m.end) for m in mentions]
        references = []
        for pattern in (self.language.offices, self.language.pronouns):
            for match in pattern.finditer(text):
                if any(a is not None and a <= match.start() < b for a, b in covered):
                    continue
                if pattern is self.language.pronouns and match.start() > 0 and text[match.start() - 1] not in " ,":
                    continue
                # the nationality follows the office in French ("le ministre cambodgien", "le président de
                # la République du Chili"), precedes it in English ("the Vietnamese deputy minister")
                after = text[match.end():match.end() + 45]
                before = text[max(0, match.start() - 30):match.start()]
                hit = next((h for h in self.lexicon.countries(after) if not h.locative
                            and (h.start <= 2 or (h.kind == "name" and regex.match(r"\s*(?:d[eu']|de la|des)\b", after)))), None)
                if hit is None:
                    hit = next((h for h in self.lexicon.countries(before) if h.kind == "demonym" and h.end >= len(before) - 1), None)
                # "la responsable cubaine" (a generic office): any official of that country
                generic = fold(match.group(0)) in {fold(g) for g in self.language.generic_offices}
                office = self._office(text, match) if pattern is self.language.offices and not generic else None
                references.append(UnnamedReference(match.start(), match.end(), hit.value if hit else None, office))
        return sorted(references, key=lambda r: r.start)
