"""Language knowledge as data: one loader, one error.

Every word the extractor knows (titles, demonyms, verbs, agreement words, topics, places,
boilerplate) lives in the files of this folder: ``countries.tsv`` for what all languages
share, and one folder per language (``fr/``, ``en/``) with the same file names. This
module reads and validates them; a missing column, an empty group or an unknown country
code raises :class:`LanguageDataError` naming the file and the line.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from graphbuild.resolve import fold

__all__ = ["LanguageDataError", "DATA_DIR", "read_table", "load_countries", "Language", "Home", "load_language",
           "available_languages", "load_home", "word_tokens", "OFFICES", "OfficeTerm", "load_officeholders",
           "KnownInstrument", "load_conventions"]

DATA_DIR = Path(__file__).resolve().parent


class LanguageDataError(ValueError):
    """A language data file is missing, malformed or inconsistent."""


def read_table(path: Path, columns: tuple[str, ...], *, required: tuple[str, ...] | None = None) -> list[dict[str, str]]:
    """Rows of a TSV file whose header is exactly ``columns``; ``#`` lines are comments."""
    if not path.is_file():
        raise LanguageDataError(f"{path}: file not found")
    required = columns if required is None else required
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != columns:
        raise LanguageDataError(f"{path}: header must be {' TAB '.join(columns)}, found {header!r}")
    for number, cells in enumerate(reader, start=2):
        if len(cells) != len(columns):
            raise LanguageDataError(f"{path}: row {number} has {len(cells)} cells, expected {len(columns)}")
        row = {c: v.strip() for c, v in zip(columns, cells, strict=True)}
        missing = [c for c in required if not row[c]]
        if missing:
            raise LanguageDataError(f"{path}: row {number} has no {', '.join(missing)}")
        rows.append(row)
    if not rows:
        raise LanguageDataError(f"{path}: no rows")
    return rows


@lru_cache(maxsize=1)
def load_countries() -> dict[str, str]:
    """ISO alpha-3 code → short English name, for every country."""
    rows = read_table(DATA_DIR / "countries.tsv", ("iso3", "name"))
    table: dict[str, str] = {}
    for row in rows:
        code = row["iso3"].upper()
        if len(code) != 3 or not code.isalpha():
            raise LanguageDataError(f"{DATA_DIR / 'countries.tsv'}: bad code {row['iso3']!r}")
        table[code] = row["name"]
    return table


#: The offices ``officeholders.tsv`` records (its header comment says what each covers).
OFFICES = frozenset({"head_of_state", "head_of_government", "deputy_head_of_government", "foreign_minister",
                     "interior_minister", "defence_minister", "party_leader", "legislature_head", "international"})


@dataclass(frozen=True, slots=True)
class OfficeTerm:
    """One person's term in a top office: a public fact with its source."""

    name: str
    aliases: tuple[str, ...]
    office: str
    country: str | None  # ISO alpha-3; None for the head of an international body
    start: int
    end: int | None  # None: still in office
    source: str

    def covers(self, year: int) -> bool:
        """Whether the term runs through any part of ``year``."""
        return self.start <= year <= (self.end if self.end is not None else 9999)


@lru_cache(maxsize=1)
def load_officeholders() -> tuple[OfficeTerm, ...]:
    """Every term of ``officeholders.tsv``: heads of state and government, foreign, interior
    and defence ministers with their country and years."""
    path = DATA_DIR / "officeholders.tsv"
    columns = ("name", "aliases", "office", "country", "from", "to", "source")
    rows = read_table(path, columns, required=("name", "office", "country", "from", "source"))
    countries = load_countries()
    terms = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}: row {number} ({row['name']})"
        if row["office"] not in OFFICES:
            raise LanguageDataError(f"{where}: unknown office {row['office']!r} (one of {', '.join(sorted(OFFICES))})")
        country = None if row["country"] == "-" else row["country"]
        if country is not None and country not in countries:
            raise LanguageDataError(f"{where}: unknown country code {row['country']!r}")
        if not row["from"].isdigit() or (row["to"] and not row["to"].isdigit()):
            raise LanguageDataError(f"{where}: years must be whole numbers, found {row['from']!r}–{row['to']!r}")
        start, end = int(row["from"]), int(row["to"]) if row["to"] else None
        if end is not None and end < start:
            raise LanguageDataError(f"{where}: the term ends ({end}) before it starts ({start})")
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        terms.append(OfficeTerm(row["name"], aliases, row["office"], country, start, end, row["source"]))
    return tuple(terms)


def _read_yaml(path: Path) -> dict:
    if not path.is_file():
        raise LanguageDataError(f"{path}: file not found")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise LanguageDataError(f"{path}: not valid YAML ({error})") from error
    if not isinstance(data, dict):
        raise LanguageDataError(f"{path}: expected a mapping at the top level")
    return data


def _words(path: Path, data: dict, key: str) -> tuple[str, ...]:
    """A non-empty group of strings; an empty group would silently match nothing."""
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise LanguageDataError(f"{path}: {key!r} must be a non-empty list of strings")
    return tuple(value)


def word_tokens(text: str) -> list[str]:
    """The folded words of a text, apostrophes and hyphens parting them ("vice-ministre d'État" → vice, ministre, d, etat)."""
    return regex.findall(r"[a-z0-9]+", fold(text))


def _apostrophes(pattern: str) -> str:
    """Let ' in a cue match the typographic ’ too (articles use both)."""
    return re.sub(r"\\?['’]", "['’]", pattern) if "['’]" not in pattern else pattern


def _compile_alternatives(path: Path, key: str, patterns: tuple[str, ...], *, is_regex: bool,
                          glued: bool = False) -> regex.Pattern:
    """One case-insensitive pattern matching any entry at word boundaries, longest first
    (``glued``: the entry may run straight into the next word)."""
    parts = []
    for entry in sorted(patterns, key=len, reverse=True):
        body = entry if is_regex else regex.escape(entry)
        body = body.replace("\\'", "'").replace("\\’", "’")
        parts.append(_apostrophes(body))
    try:
        end = "" if glued else r"(?![\w-])"
        return regex.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")" + end, regex.IGNORECASE | regex.V0)
    except regex.error as error:
        raise LanguageDataError(f"{path}: {key!r} holds an invalid pattern ({error})") from error


def _compile_plain(path: Path, key: str, pattern: str) -> re.Pattern:
    """A case-insensitive ``re`` pattern made of a file's entries, or the named error."""
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as error:
        raise LanguageDataError(f"{path}: {key!r} holds an invalid pattern ({error})") from error


@dataclass(frozen=True)
class Language:
    """Everything the extractor knows about one language, compiled once."""

    code: str
    honorifics: regex.Pattern
    ranks: regex.Pattern
    offices: regex.Pattern
    pronouns: regex.Pattern
    title_words: frozenset[str]
    common_nouns: frozenset[str]  # folded
    institution_heads: frozenset[str]  # folded; the noun that closes an institution's name ("… Investigation Department")
    name_links: tuple[str, ...]
    led_by: regex.Pattern
    generic_offices: frozenset[str]
    deputy_words: frozenset[str]  # folded
    office_head_first: bool  # the noun of an office is its first word ("directeur général"), else its last
    office_qualifiers: frozenset[str]  # folded words
    office_complements: frozenset[str]  # folded words
    apposition_openers: regex.Pattern  # "X, outgoing Australian Ambassador": words before the office in apposition
    national_offices: regex.Pattern
    place_prepositions: regex.Pattern
    country_after_name: regex.Pattern  # "Didier Lebret de la France", "Ambassador X of France": the words before it
    country_possessive: regex.Pattern | None  # "Montenegro's Dorde Radulovic": the ending a country takes before a name
    place_nouns_before: regex.Pattern | None
    place_nouns_after: regex.Pattern | None
    meeting_cues: dict[str, regex.Pattern]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    day_suffixes: tuple[str, ...]
    past_markers: tuple[str, ...]
    day_parts: tuple[str, ...]  # "matin", "morning": between a weekday and its day ("vendredi matin 20 septembre")
    relative_days: dict[str, int]  # from the day last reported
    deictic_days: dict[str, int]  # from the publication day ("hier", "today")
    range_joiners: tuple[str, ...]
    range_openers: tuple[str, ...]
    teaser_markers: frozenset[str]
    drop_lines: frozenset[str]
    unfinished_line_endings: frozenset[str]  # lower-case last words of a line cut inside its sentence
    abbreviations: frozenset[str]  # lower-case, without their period: a period after them ends no sentence
    caption_marker: regex.Pattern
    caption_opener: regex.Pattern
    photo_position: regex.Pattern
    agencies: tuple[str, ...]
    byline_words: regex.Pattern
    agreement_kinds: dict[str, tuple[str, ...]]
    agreement_noun: regex.Pattern
    agreement_determiners: tuple[str, ...]
    agreement_links: regex.Pattern
    agreement_complements: tuple[str, ...]
    agreement_plurals: dict[str, str]  # folded plural noun → its singular
    agreement_plural_noun: regex.Pattern
    agreement_list_joint: regex.Pattern  # ", ", " et ", ", and " between the complements of a plural
    agreement_list_opener: regex.Pattern  # the preposition each listed complement opens on
    agreement_vague_modifiers: frozenset[str]  # words before an instrument noun that say nothing of it ("new")
    not_instruments: regex.Pattern
    name_stop: regex.Pattern
    status_cues: dict[str, regex.Pattern]
    multilateral: dict[str, str]
    mention_kinds: frozenset[str]
    signed_if_nothing_else: regex.Pattern | None  # a weaker signed cue ("to implement the MoU on …")
    country_names: dict[str, str]
    demonyms: dict[str, str]
    places: dict[str, tuple[str, str]]
    organizations: dict[str, tuple[str, str]]
    ministries: dict[str, str]
    portfolios: dict[str, str]  # written ministry name → the field of its office
    topics: tuple[tuple[str, str], ...]


def _country_columns(path: Path, codes: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for row in read_table(path, ("iso3", "names", "demonyms"), required=("iso3", "names")):
        code = row["iso3"].upper()
        if code not in codes:
            raise LanguageDataError(f"{path}: {code!r} is not in countries.tsv")
        for name in filter(None, (n.strip() for n in row["names"].split("|"))):
            names[name] = code
        for demonym in filter(None, (d.strip() for d in row["demonyms"].split("|"))):
            demonyms[demonym.lower()] = code
    return names, demonyms


def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a data folder."""
    return tuple(sorted(p.name for p in DATA_DIR.iterdir() if p.is_dir() and (p / "titles.yaml").is_file()))


@lru_cache(maxsize=None)
def load_language(code: str) -> Language:
    """Read, validate and compile the data files of one language (``fr``, ``en``)."""
    folder = DATA_DIR / code
    if not folder.is_dir():
        raise LanguageDataError(f"{folder}: no data for language {code!r} (have: {', '.join(available_languages())})")
    titles_path, meetings_path = folder / "titles.yaml", folder / "meetings.yaml"
    dates_path, boiler_path, agree_path = folder / "dates.yaml", folder / "boilerplate.yaml", folder / "agreements.yaml"
    titles, meetings, dates = _read_yaml(titles_path), _read_yaml(meetings_path), _read_yaml(dates_path)
    boiler, agree = _read_yaml(boiler_path), _read_yaml(agree_path)

    cues = {key: _compile_alternatives(meetings_path, key, _words(meetings_path, meetings, key), is_regex=True)
            for key in ("meet", "talk", "signing", "call", "planned", "group", "series", "join", "splitters",
                        "pair_joiners", "welcome", "both_sides", "reported_speech", "framing")}
    relative, deictic = dates.get("relative"), dates.get("deictic")
    for key, table in (("relative", relative), ("deictic", deictic)):
        if not isinstance(table, dict) or not table or not all(isinstance(v, int) for v in table.values()):
            raise LanguageDataError(f"{dates_path}: {key!r} must map expressions to whole numbers of days")

    kinds_data = agree.get("kinds")
    if not isinstance(kinds_data, dict) or not kinds_data:
        raise LanguageDataError(f"{agree_path}: 'kinds' must map each kind to its nouns")
    kinds = {kind: _words(agree_path, kinds_data, kind) for kind in kinds_data}
    status_data = agree.get("status")
    if not isinstance(status_data, dict) or not status_data:
        raise LanguageDataError(f"{agree_path}: 'status' must map each status to its cues")
    status = {key: _compile_alternatives(agree_path, f"status.{key}", _words(agree_path, status_data, key), is_regex=True)
              for key in status_data}
    multilateral = agree.get("multilateral")
    if not isinstance(multilateral, dict) or not multilateral:
        raise LanguageDataError(f"{agree_path}: 'multilateral' must map name words to a party")
    plurals = agree.get("plurals")
    if not isinstance(plurals, dict) or not plurals:
        raise LanguageDataError(f"{agree_path}: 'plurals' must map each plural instrument noun to its singular")
    joiners = [regex.escape(w) for w in _words(agree_path, agree, "list_joiners")]

    codes = set(load_countries())
    country_names, demonyms = _country_columns(folder / "countries.tsv", codes)
    places = {}
    for row in read_table(folder / "places.tsv", ("written", "city", "iso3")):
        if row["iso3"].upper() not in codes:
            raise LanguageDataError(f"{folder / 'places.tsv'}: {row['iso3']!r} is not in countries.tsv")
        places[row["written"]] = (row["city"], row["iso3"].upper())
    organizations = {row["written"]: (row["name"], row["party"])
                     for row in read_table(folder / "organizations.tsv", ("written", "name", "party"))}
    ministry_rows = read_table(folder / "ministries.tsv", ("written", "organization", "portfolio"))
    office_head = titles.get("office_head")
    if office_head not in ("first", "last"):
        raise LanguageDataError(f"{titles_path}: 'office_head' must be first or last")
    topics = tuple((row["keyword"].lower(), row["topic"])
                   for row in read_table(folder / "topics.tsv", ("keyword", "topic")))
    return Language(
        code=code,
        honorifics=_compile_alternatives(titles_path, "honorifics", _words(titles_path, titles, "honorifics"), is_regex=False),
        ranks=_compile_alternatives(titles_path, "ranks", _words(titles_path, titles, "ranks"), is_regex=False),
        offices=_compile_alternatives(titles_path, "offices", _words(titles_path, titles, "offices"), is_regex=False),
        pronouns=_compile_alternatives(titles_path, "pronouns", _words(titles_path, titles, "pronouns"), is_regex=False),
        # optional: languages that capitalise office names ("Deputy Minister") list their words
        title_words=frozenset(_words(titles_path, titles, "title_words")) if "title_words" in titles else frozenset(),
        common_nouns=frozenset(fold(w) for w in _words(titles_path, titles, "common_nouns")),
        # optional: languages whose institution names end on their noun list those nouns
        institution_heads=(frozenset(fold(w) for w in _words(titles_path, titles, "institution_heads"))
                           if "institution_heads" in titles else frozenset()),
        name_links=_words(titles_path, titles, "name_links") if "name_links" in titles else (),
        led_by=_compile_alternatives(titles_path, "led_by", _words(titles_path, titles, "led_by"), is_regex=False),
        generic_offices=frozenset(w.lower() for w in _words(titles_path, titles, "generic_offices")),
        deputy_words=frozenset(fold(w) for w in _words(titles_path, titles, "deputy_words")),
        office_head_first=office_head == "first",
        office_qualifiers=frozenset(w for q in _words(titles_path, titles, "office_qualifiers") for w in word_tokens(q)),
        office_complements=frozenset(w for c in _words(titles_path, titles, "office_complements") for w in word_tokens(c)),
        apposition_openers=_compile_alternatives(titles_path, "apposition_openers",
                                                 _words(titles_path, titles, "apposition_openers"), is_regex=False),
        national_offices=_compile_alternatives(titles_path, "national_offices", _words(titles_path, titles, "national_offices"),
                                               is_regex=False),
        place_prepositions=_compile_alternatives(titles_path, "place_prepositions",
                                                 _words(titles_path, titles, "place_prepositions"), is_regex=False),
        country_after_name=_compile_alternatives(titles_path, "country_after_name",
                                                 _words(titles_path, titles, "country_after_name"), is_regex=False,
                                                 glued=True),
        # optional: languages that name a person after their country's possessive
        country_possessive=regex.compile("(?:" + "|".join(regex.escape(w) for w in _words(titles_path, titles, "country_possessive"))
                                         + r")\s*$") if "country_possessive" in titles else None,
        # optional, one side or both: where a language puts such nouns
        place_nouns_before=_compile_alternatives(titles_path, "place_nouns_before",
                                                 _words(titles_path, titles, "place_nouns_before"), is_regex=False)
        if "place_nouns_before" in titles else None,
        place_nouns_after=_compile_alternatives(titles_path, "place_nouns_after",
                                                _words(titles_path, titles, "place_nouns_after"), is_regex=False)
        if "place_nouns_after" in titles else None,
        meeting_cues=cues,
        months=_words(dates_path, dates, "months"),
        weekdays=_words(dates_path, dates, "weekdays"),
        day_suffixes=tuple(dates.get("day_suffixes") or ()),
        past_markers=_words(dates_path, dates, "past_markers"),
        day_parts=tuple(dates.get("day_parts") or ()),
        relative_days={str(k): int(v) for k, v in relative.items()},
        deictic_days={str(k): int(v) for k, v in deictic.items()},
        range_joiners=_words(dates_path, dates, "range_joiners"),
        range_openers=_words(dates_path, dates, "range_openers"),
        teaser_markers=frozenset(m.lower() for m in _words(boiler_path, boiler, "teaser_markers")),
        drop_lines=frozenset(m.lower() for m in _words(boiler_path, boiler, "drop_lines")),
        unfinished_line_endings=frozenset(w.lower() for w in _words(boiler_path, boiler, "unfinished_line_endings")),
        abbreviations=frozenset(w.lower().rstrip(".") for w in _words(boiler_path, boiler, "abbreviations")),
        caption_marker=_compile_alternatives(boiler_path, "caption_markers", _words(boiler_path, boiler, "caption_markers"), is_regex=True),
        caption_opener=_compile_alternatives(boiler_path, "caption_openers", _words(boiler_path, boiler, "caption_openers"),
                                              is_regex=True, glued=True),
        photo_position=regex.compile(r"\s*\((?:[^()]*?\b)?(?:" + "|".join(regex.escape(w) for w in sorted(
            _words(boiler_path, boiler, "photo_positions"), key=len, reverse=True)) + r")\b[^()]*\)", regex.IGNORECASE),
        agencies=_words(boiler_path, boiler, "agencies"),
        byline_words=_compile_alternatives(boiler_path, "byline_words", _words(boiler_path, boiler, "byline_words"), is_regex=False),
        agreement_kinds=kinds,
        agreement_noun=_compile_alternatives(agree_path, "kinds", tuple(n for nouns in kinds.values() for n in nouns), is_regex=False),
        agreement_determiners=_words(agree_path, agree, "determiners"),
        agreement_links=regex.compile(r"\s+(?:" + "|".join(_apostrophes(regex.escape(w)) for w in sorted(
            _words(agree_path, agree, "name_links"), key=len, reverse=True)) + r")\s*", regex.IGNORECASE),
        agreement_complements=_words(agree_path, agree, "complements"),
        agreement_plurals={fold(str(k)): str(v) for k, v in plurals.items()},
        agreement_plural_noun=_compile_alternatives(agree_path, "plurals", tuple(map(str, plurals)), is_regex=False),
        # optional: languages whose modifiers stand before the instrument noun ("an extradition agreement")
        agreement_vague_modifiers=(frozenset(w.lower() for w in _words(agree_path, agree, "vague_modifiers"))
                                   if "vague_modifiers" in agree else frozenset()),
        agreement_list_opener=_compile_alternatives(agree_path, "list_openers", _words(agree_path, agree, "list_openers"),
                                                    is_regex=True, glued=True),
        agreement_list_joint=regex.compile(r"\s*,\s*(?:(?:" + "|".join(joiners) + r")\s+)?|\s+(?:" + "|".join(joiners) + r")\s+",
                                           regex.IGNORECASE),
        not_instruments=_compile_alternatives(agree_path, "not_instruments", _words(agree_path, agree, "not_instruments"), is_regex=False),
        name_stop=_compile_plain(agree_path, "name_stops", "|".join(_apostrophes(s) for s in _words(agree_path, agree, "name_stops"))),
        status_cues=status,
        multilateral={str(k): str(v) for k, v in multilateral.items()},
        mention_kinds=frozenset(_words(agree_path, agree, "mention_kinds")),
        signed_if_nothing_else=(_compile_alternatives(agree_path, "signed_if_nothing_else",
                                                      _words(agree_path, agree, "signed_if_nothing_else"), is_regex=True)
                                if "signed_if_nothing_else" in agree else None),
        country_names=country_names,
        demonyms=demonyms,
        places=places,
        organizations=organizations,
        ministries={row["written"]: row["organization"] for row in ministry_rows},
        portfolios={row["written"]: row["portfolio"] for row in ministry_rows},
        topics=topics,
    )


@dataclass(frozen=True)
class Home:
    """The agency's own country and the family names that point to it."""

    country: str
    family_names: frozenset[str]
    syllable: re.Pattern  # one word of the home country's names, folded

    def has_name_shape(self, folded_words: list[str]) -> bool:
        """A home family name first, then only syllables of the home country's names ("bui thanh son")."""
        return (bool(folded_words) and folded_words[0] in self.family_names
                and all(self.syllable.fullmatch(w) for w in folded_words[1:]))


@lru_cache(maxsize=1)
def load_home() -> Home:
    """Read ``home.yaml``: the point of view of the news agency."""
    path = DATA_DIR / "home.yaml"
    data = _read_yaml(path)
    country = str(data.get("country", "")).upper()
    if country not in load_countries():
        raise LanguageDataError(f"{path}: 'country' must be an ISO alpha-3 code in countries.tsv")
    from graphbuild.resolve import fold

    try:
        syllable = re.compile(str(data["syllable"]))
    except (KeyError, re.error) as error:
        raise LanguageDataError(f"{path}: 'syllable' must be a regular expression ({error})") from error
    return Home(country=country, family_names=frozenset(fold(n) for n in _words(path, data, "family_names")),
                syllable=syllable)


@dataclass(frozen=True, slots=True)
class KnownInstrument:
    """A multilateral instrument known by name (``conventions.yaml``): one node for every report of it."""

    id: str
    label: str
    kind: str
    names: tuple[str, ...]  # folded (``graphbuild.resolve.fold``), as a report's name is compared


@lru_cache(maxsize=1)
def load_conventions() -> tuple[KnownInstrument, ...]:
    """Read ``conventions.yaml``: the Hanoi Convention, Palermo, UNCAC…, with their names in every language."""
    path = DATA_DIR / "conventions.yaml"
    data = _read_yaml(path)
    kinds = {kind for code in available_languages() for kind in load_language(code).agreement_kinds}
    known = []
    for identifier, entry in data.items():
        where = f"{path}: {identifier!r}"
        if not isinstance(identifier, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", identifier):
            raise LanguageDataError(f"{where}: an id is lower-case words joined by hyphens")
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str) or not entry["label"].strip():
            raise LanguageDataError(f"{where}: needs a 'label'")
        if entry.get("kind") not in kinds:
            raise LanguageDataError(f"{where}: 'kind' must be one of {', '.join(sorted(kinds))}")
        names = tuple(fold(name) for name in _words(path, entry, "names"))
        if not all(names):
            raise LanguageDataError(f"{where}: a name has no letters")
        known.append(KnownInstrument(identifier, entry["label"].strip(), entry["kind"], names))
    if not known:
        raise LanguageDataError(f"{path}: no instruments")
    return tuple(known)
