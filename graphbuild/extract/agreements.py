"""Agreements in a sentence: the instrument, its kind, its status, its parties and date.

An instrument is an agreement noun ("mémorandum d'entente", "traité", "plan de
coopération") with a singular determiner and a complement; its name runs until a clause
boundary. The status is the status cue nearest to it (after it first: "…, entré en
vigueur en 2005"; else before it: "ont signé un …"), so that one sentence can hold an
instrument in force and a proposal. Parties are the countries named in or after the
name, else the home country and the counterpart of the meeting being reported.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from graphbuild.extract.dates import DateFinder
from graphbuild.extract.lexicon import Lexicon
from graphbuild.resolve import fold

__all__ = ["FoundAgreement", "AgreementFinder"]

# Capitalised words that open a sentence rather than an instrument's name.
_FUNCTION_WORDS = {"le", "la", "les", "l'", "un", "une", "des", "the", "a", "an", "both", "all", "their", "its"}

# Up to two lower-case adjectives (not a determiner or a preposition) between an instrument noun and its complement.
_ADJECTIVES = r"(?:(?!(?:au|aux|à|le|la|les|du|des|un|une|et|ou|the|a|an|to|of|and|or)\s)\p{Ll}[\p{Ll}-]+\s+){0,2}?"
_LAST_LOWER_WORD = regex.compile(r"\p{Ll}[\p{Ll}-]+\s+$")
# How far (characters) around an instrument its date may be written.
_DATE_WINDOW = 80


@dataclass(slots=True)
class FoundAgreement:
    """An instrument found in a sentence, before it is tied to the article's context."""

    name: str
    kind: str
    status: str | None
    start: int
    end: int
    countries: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)  # international parties (Interpol, ASEAN…)
    multilateral_party: str | None = None
    mention_only: bool = False
    date: str | None = None
    signed_here: bool = False  # signed at the meeting being reported ("ont signé")
    aliases: list[str] = field(default_factory=list)
    inner: bool = False  # named inside another instrument's name, as what it amends


class AgreementFinder:
    """Finds instruments for one language."""

    def __init__(self, lexicon: Lexicon, dates: DateFinder):
        self.lexicon = lexicon
        self.language = lexicon.language
        self.dates = dates
        self._kind_of = {fold(noun): kind for kind, nouns in self.language.agreement_kinds.items() for noun in nouns}
        #: folded instrument nouns alone ("memorandum of understanding"): a name that says no more than its kind
        self.bare_nouns = frozenset(self._kind_of)
        determiners = sorted(self.language.agreement_determiners, key=len, reverse=True)
        self._determiner = regex.compile(
            r"(?:^|[\s(«\"])(?:" + "|".join(regex.escape(d).replace("'", "['’]") for d in determiners) + r")\s*$",
            regex.IGNORECASE)
        # up to two adjectives may stand between the noun and its complement ("arrangement administratif sur …")
        self._complement = regex.compile(
            r"^\s*" + _ADJECTIVES + "(?:"
            + "|".join(regex.escape(c).replace("'", "['’]") for c in self.language.agreement_complements) + ")",
            regex.IGNORECASE)

        # the first of a list of complements, after an adjective or two ("des accords clés en matière de …")
        self._first_listed = regex.compile(r"\s*" + _ADJECTIVES + "(?:" + self.language.agreement_list_opener.pattern + ")",
                                           regex.IGNORECASE)

    def _has_determiner(self, before: str) -> bool:
        """A determiner ends the text before an instrument noun, maybe followed by one or two
        lower-case modifiers or a year ("an implementation plan", "the 2012 cooperation plan")."""
        for modifiers in range(3):
            if self._determiner.search(before):
                return True
            trimmed = regex.sub(r"\s*(?:\p{Ll}[\p{Ll}-]*|(?:19|20)\d\d(?:-(?:19|20)?\d\d)?)\s*$", " ", before)
            if trimmed == before:
                return False
            before = trimmed
        return False

    def _subject_modifier(self, text: str, noun_start: int) -> int | None:
        """Where the modifiers that say what an instrument is about start, before its noun, after a
        determiner ("an extradition agreement", "a prisoner transfer treaty"); None for words that say
        nothing of it ("the new agreement", "a bilateral agreement")."""
        if not self.language.agreement_vague_modifiers:
            return None  # the language puts such words after the noun ("un accord d'extradition")
        before = text[:noun_start]
        for _ in range(2):  # one or two words ("a prisoner transfer treaty")
            word = _LAST_LOWER_WORD.search(before)
            if word is None or word.group(0).strip() in self.language.agreement_vague_modifiers:
                return None
            before = before[:word.start()]
            if self._determiner.search(before):
                return word.start()
        return None

    def _kind(self, noun: str) -> str:
        key = fold(noun)
        if key in self._kind_of:
            return self._kind_of[key]
        return next((kind for k, kind in sorted(self._kind_of.items(), key=lambda kv: -len(kv[0])) if key.startswith(k)), "agreement")

    def _status(self, text: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str | None, bool]:
        """The status cue nearest the instrument, and whether it stands before it ("ont signé un …")."""
        best: tuple[float, str, str] | None = None
        next_other = min([a for a, _ in others if a >= end] + [len(text)])
        for status, pattern in self.language.status_cues.items():
            for cue in pattern.finditer(text, overlapped=True):
                if cue.start() >= end:
                    if cue.start() >= next_other:
                        continue
                    distance = cue.start() - end
                elif cue.end() <= start:
                    # "X, en vigueur depuis 2016, et … l'accord Y": a cue nearer an earlier instrument is its
                    if any(cue.start() - b < start - cue.end() for a, b in others if b <= cue.start()):
                        continue
                    between = sum(b - a for a, b in others if a >= cue.end() and b <= start)
                    distance = start - cue.end() - between + 0.5  # on a tie, the cue after the name wins
                else:
                    continue
                # on equal distance the longer cue is the more specific ("étudier la signature" over "signature")
                key = (distance, -len(cue.group(0)))
                if best is None or key < best[0]:
                    best = (key, status, cue.end() <= start)
        if best is None and self.language.signed_if_nothing_else is not None:
            cue = self.language.signed_if_nothing_else.search(text)
            if cue and not start <= cue.start() < end:
                return "signed", False
        if best and best[1] == "signed" and self._in_force_after(text, end, next_other):
            # "signé en 2019 et entré en vigueur en 2020": the later step is where the instrument stands
            return "in_force", False
        return (best[1], best[2]) if best else (None, False)

    def _in_force_after(self, text: str, end: int, next_other: int) -> bool:
        """An in-force cue follows the instrument before the next one is named."""
        pattern = self.language.status_cues.get("in_force")
        return bool(pattern and pattern.search(text, end, next_other))

    def heading_status(self, text: str, numbered_list_follows: bool = False) -> str | None:
        """The status a sentence gives the list it opens ("The documents signed are as follows:")."""
        if not (text.rstrip().endswith(":") or numbered_list_follows):
            return None
        cues = [(cue.end(), status) for status, pattern in self.language.status_cues.items()
                for cue in pattern.finditer(text)]
        return max(cues)[1] if cues else None

    def _listed(self, text: str, match: regex.Match) -> list[FoundAgreement]:
        """A plural noun whose complements are listed is one instrument per complement ("des accords en
        matière d'entraide judiciaire, d'extradition et de transfert des prisonniers": three); a plural
        that lists nothing ("plusieurs accords de coopération") names none in particular."""
        rest = text[match.end():]
        stop = next((m for m in self.language.name_stop.finditer(rest) if m.group(0).strip() != ","), None)
        complement = rest[:stop.start() if stop else len(rest)]
        bounds = [0, *(j for m in self.language.agreement_list_joint.finditer(complement) for j in (m.start(), m.end())),
                  len(complement)]
        items = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        # the first complement may follow an adjective or two ("des accords clés en matière de …"); the others
        # open on their preposition ("…, d'extradition et de transfert des prisonniers")
        if len(items) < 2 or not all((self._first_listed if i == 0 else self.language.agreement_list_opener).match(complement, a, b)
                                     for i, (a, b) in enumerate(items)):
            return []
        singular = self.language.agreement_plurals[fold(match.group(0))]
        kind = self._kind(singular)
        listed = []
        for number, (a, b) in enumerate(items):
            start = match.start() if number == 0 else match.end() + a
            listed.append(FoundAgreement(name=f"{singular} {complement[a:b].strip()}", kind=kind, status=None,
                                         start=start, end=match.end() + b))
        return listed

    def _date(self, text: str, start: int, end: int, published: str | None) -> str | None:
        window_start = max(0, start - _DATE_WINDOW)
        window = text[window_start:end + _DATE_WINDOW]
        # a year inside the name ("plan de coopération pour 2025") is not the date of signature
        candidates = [d for d in self.dates.find(window) if d.kind in ("day", "month", "year")
                      and not (start <= d.start + window_start < end)]
        if not candidates:
            return None
        centre = (start + end) / 2 - window_start
        nearest = min(candidates, key=lambda d: min(abs(d.start - centre), abs(d.end - centre)))
        return self.dates.resolve(nearest, published, None)

    def find(self, text: str, published: str | None) -> list[FoundAgreement]:
        """Instruments named in one sentence."""
        nouns = []
        inner = set()  # nouns inside the previous one's name ("protocole portant amendement au mémorandum …")
        for match in self.language.agreement_noun.finditer(text):
            if nouns and self.language.agreement_links.fullmatch(text[nouns[-1].end():match.start()]):
                inner.add(match.start())
            window = text[max(0, match.start() - 25):match.end() + 25]
            blocked = self.language.not_instruments.search(window)
            if blocked and blocked.group(0).lower() not in {"loi"}:
                if fold(blocked.group(0)) not in fold(match.group(0)):
                    continue
            if not (self._has_determiner(text[:match.start()]) or match.group(0)[0].isupper()):
                continue
            nouns.append(match)
        spans: list[tuple[int, int]] = []
        found: list[FoundAgreement] = []
        for index, match in enumerate(nouns):
            following = [n for n in nouns[index + 1:] if n.start() not in inner]
            limit = following[0].start() if following else len(text)
            rest = text[match.end():limit]
            stop = self.language.name_stop.search(rest)
            # "agreement between Vietnam and Poland on …": the parties clause opens the name
            if stop and stop.start() == 0 and regex.match(r"\s*(?:entre|between)\s", rest, flags=regex.IGNORECASE):
                later = [m for m in self.language.name_stop.finditer(rest) if m.start() > 0
                         and not regex.match(r"\s*(?:entre|between)\s", m.group(0), flags=regex.IGNORECASE)]
                stop = later[0] if later else None
            name_end = match.end() + (stop.start() if stop else len(rest))
            name = text[match.start():name_end].rstrip(" ,;:")
            name = regex.sub(r"\s+(?:et|and|ou|or)(?:\s+(?:du|de la|des|le|la|l['’]|the|a|an))?\s*$", "", name, flags=regex.IGNORECASE)
            kind = self._kind(match.group(0))
            # "le traité", "l'accord" alone refer back to an instrument already named; a
            # compound noun ("mémorandum de coopération") or a complement makes it a new one
            compound = " " in fold(match.group(0))
            start = match.start()
            if not compound and (not self._complement.match(text[match.end():]) or len(name) <= len(match.group(0)) + 2):
                # "an extradition agreement": a modifier that says what it is about makes it one
                modifier = self._subject_modifier(text, match.start())
                if modifier is None:
                    continue
                start, name = modifier, text[modifier:match.end()]
                found.append(FoundAgreement(name=name, kind=kind, status=None, start=start, end=match.end()))
                spans.append((start, match.end()))
                continue
            # "the ASEAN Convention on …", "UN Protocol to …": capitalised words before the noun belong to the name
            prefix = regex.search(r"(?:(?:\p{Lu}[\p{L}.’'-]*)\s+)+$", text[:start])
            if prefix:
                words = text[prefix.start():start].split()
                # an acronym is kept ("UN"), a capital determiner is not ("A MoU on …")
                while words and (len(words[0]) == 1 or not words[0].isupper()) and (
                        words[0].lower() in self.language.agreement_determiners or words[0].lower() in _FUNCTION_WORDS):
                    words.pop(0)
                if words:
                    start -= len(" ".join(words)) + 1
                    name = text[start:match.start()] + name
            found.append(FoundAgreement(name=name, kind=kind, status=None, start=start, end=start + len(name),
                                        inner=match.start() in inner))
            if match.start() not in inner:
                spans.append((start, start + len(name)))

        for match in self.language.agreement_plural_noun.finditer(text):
            if not any(a <= match.start() < b for a, b in spans):
                for listed in self._listed(text, match):
                    found.append(listed)
                    spans.append((listed.start, listed.end))

        for agreement in found:
            others = [s for s in spans if s != (agreement.start, agreement.end)]
            agreement.status, cue_before = self._status(text, agreement.start, agreement.end, others)
            if agreement.inner and cue_before:
                # the amended instrument is an agreement of its own only when something is said of it
                # ("…au mémorandum d'entente sur la défense, signé en 2007"), not by the amending one's cue
                agreement.status = None
            # "les deux ministres ont signé un …" reports the signing; "… signé en 2008" describes the instrument
            agreement.signed_here = agreement.status == "signed" and cue_before
            # parties written in the name or in the "entre … et …" that follows it
            following = text[agreement.end:]
            next_start = min([a for a, _ in others if a > agreement.end] + [len(text)])
            between = regex.match(r"\s*(?:\([^)]*\)\s*)?,?\s*(?:entre|between|avec|with)\s[^;()]*",
                                  following[:next_start - agreement.end], flags=regex.IGNORECASE)
            scope = agreement.name + (between.group(0) if between else "")
            for hit in self.lexicon.countries(scope):
                if hit.value not in agreement.countries and not hit.locative:
                    agreement.countries.append(hit.value)
            for hit in self.lexicon.organizations(scope):
                if hit.party and hit.party not in agreement.bodies:
                    agreement.bodies.append(hit.party)
            for marker, party in self.language.multilateral.items():
                if regex.search(r"(?<![\p{L}])" + regex.escape(marker) + r"(?![\p{L}])", agreement.name):
                    agreement.multilateral_party = party
                    break
            agreement.mention_only = bool(agreement.multilateral_party) and agreement.kind in self.language.mention_kinds
            # "(également appelée Convention de Hanoï)": another name for the same instrument
            alias = regex.match(r"\s*\(([^)]*)\)", following)
            if alias:
                inner = self.language.agreement_noun.search(alias.group(1))
                if inner:
                    agreement.aliases.append(alias.group(1)[inner.start():].strip())
            agreement.date = self._date(text, agreement.start, agreement.end, published)
        return found
