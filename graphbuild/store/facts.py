"""Writing one article's facts into the store, and removing them again.

Everything here runs inside the caller's transaction (one per article, or a savepoint per
article inside a batch), so an article is stored whole or not at all. Identity is decided
here, once, as facts arrive: a participant joins the stored person whose spelling
``same_person`` accepts, an agreement joins the stored instrument with the same kind,
parties and a shared topic.

Every lookup here is an index seek whose cost does not grow with the store: candidate
people come from tight blocking keys (``identity.lookup_keys``), a person's spellings and
the people of a key are read by skipping through an index (one seek per distinct value,
not one row per meeting), and new ids are numbered from the ids already taken.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant
from graphbuild.resolve import country_code, fold, same_person
from graphbuild.store.identity import (
    blocking_keys,
    country_label,
    dates_compatible,
    known_instrument,
    lookup_keys,
    match_keys,
    organization_node,
    party_node,
    slug,
    spelling_variants,
    strip_title,
)

__all__ = ["write_facts", "delete_article_facts", "collect_garbage", "article_digest", "ensure_identity_keys",
           "IDENTITY_INDEXES"]

#: Indexes the identity lookups seek through (schema version 3, see ``ensure_identity_keys``):
#: their presence marks a store whose people all have their tight blocking keys.
IDENTITY_INDEXES = {
    "person_keys_lookup": "CREATE INDEX person_keys_lookup ON person_keys(key, person_id)",
    "person_keys_person": "CREATE INDEX person_keys_person ON person_keys(person_id, key)",
    "participants_spellings": "CREATE INDEX participants_spellings ON participants(person_id, name, aliases)",
}
# A person's keys are the union of their participants' keys, each (key, person) stored once,
# on the participant that first brought it: a minister met in thousands of meetings has a
# dozen key rows, not a dozen per meeting. Removing an article recomputes the keys of its
# people (``delete_article_facts``).
_INSERT_KEY = ("INSERT INTO person_keys (participant_id, person_id, key) SELECT ?, ?, ?"
               " WHERE NOT EXISTS (SELECT 1 FROM person_keys WHERE key = ? AND person_id = ?)")
# The lookup index starts with the key: the older index on the key alone is then redundant.
_REPLACED_INDEX = "person_keys_key"


def _evidence_columns(evidence: Evidence | None) -> tuple:
    if evidence is None:
        return (None, None, None)
    if evidence.start < 0 or evidence.end < 0:  # records mark "offsets unknown" with -1
        return (evidence.sentence, None, None)
    return (evidence.sentence, evidence.start, evidence.end)


def _ensure_country(db: sqlite3.Connection, iso3: str | None) -> None:
    if iso3:
        db.execute("INSERT OR IGNORE INTO countries (iso3, name) VALUES (?, ?)", (iso3, country_label(iso3)))


def _free_id(db: sqlite3.Connection, table: str, candidates: list[str]) -> str:
    """The first candidate id not yet used in ``table``, else the first with the lowest free number appended."""
    for candidate in candidates:
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate
    # One range read of the primary key instead of one query per number already taken.
    prefix = f"{candidates[0]}-"
    suffixes = (row[0][len(prefix):] for row in db.execute(f"SELECT id FROM {table} WHERE id >= ? AND id < ?",
                                                           (prefix, prefix[:-1] + ".")))
    taken = {int(suffix) for suffix in suffixes if suffix.isdigit() and str(int(suffix)) == suffix}
    number = 2
    while number in taken:
        number += 1
    return f"{prefix}{number}"


def _spellings(participant: Participant, language: str) -> list[str]:
    names = [participant.name, *participant.aliases]
    spellings: list[str] = []
    for name in names:
        cleaned = strip_title(name, language)
        if cleaned and cleaned not in spellings:
            spellings.append(cleaned)
    return spellings


def _distinct_spellings(db: sqlite3.Connection, person_id: str) -> list[tuple[str, str]]:
    """The distinct (name, aliases) a person is written with, one index seek each.

    A person met in thousands of meetings is written the same few ways: skipping from one
    distinct value to the next costs a seek per spelling, where ``SELECT DISTINCT`` read
    every meeting's row. (Names, then each name's aliases: SQLite seeks on one inequality.)
    """
    found: list[tuple[str, str]] = []
    name = _first(db, "SELECT name FROM participants WHERE person_id = ? ORDER BY name LIMIT 1", (person_id,))
    while name is not None:
        aliases = _first(db, "SELECT aliases FROM participants WHERE person_id = ? AND name = ? ORDER BY aliases"
                             " LIMIT 1", (person_id, name))
        while aliases is not None:
            found.append((name, aliases))
            aliases = _first(db, "SELECT aliases FROM participants WHERE person_id = ? AND name = ? AND aliases > ?"
                                 " ORDER BY aliases LIMIT 1", (person_id, name, aliases))
        name = _first(db, "SELECT name FROM participants WHERE person_id = ? AND name > ? ORDER BY name LIMIT 1",
                      (person_id, name))
    return found


def _first(db: sqlite3.Connection, query: str, parameters: tuple) -> Any:
    row = db.execute(query, parameters).fetchone()
    return None if row is None else row[0]


def _person_spellings(db: sqlite3.Connection, person_id: str, language: str) -> list[str]:
    spellings: list[str] = []
    for name, aliases in _distinct_spellings(db, person_id):
        for written in (name, *json.loads(aliases)):
            cleaned = strip_title(written, language)
            if cleaned not in spellings:
                spellings.append(cleaned)
    return spellings


def _people_with_key(db: sqlite3.Connection, key: str) -> list[str]:
    """The distinct people a blocking key points to, one index seek each (not one per participant)."""
    people: list[str] = []
    person = _first(db, "SELECT person_id FROM person_keys WHERE key = ? ORDER BY person_id LIMIT 1", (key,))
    while person is not None:
        people.append(person)
        person = _first(db, "SELECT person_id FROM person_keys WHERE key = ? AND person_id > ? ORDER BY person_id"
                            " LIMIT 1", (key, person))
    return people


def _find_person(db: sqlite3.Connection, spellings: list[str], iso3: str | None, language: str) -> str | None:
    """The stored person ``spellings`` name: the same choice as comparing with every person sharing a token.

    The candidates are the people sharing a tight key (``identity.lookup_keys``), which
    include every person ``same_person`` can accept; those that share no ``match_keys``
    token either are left out, as they always were.
    """
    keys = sorted({key for spelling in spellings for key in match_keys(spelling)})
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    candidates = sorted({person for spelling in spellings for key in lookup_keys(spelling)
                         for person in _people_with_key(db, key)})
    best, best_score = None, None
    for person_id in candidates:
        if db.execute(f"SELECT 1 FROM person_keys WHERE key IN ({marks}) AND person_id = ? LIMIT 1",
                      (*keys, person_id)).fetchone() is None:
            continue
        country = db.execute("SELECT country FROM people WHERE id = ?", (person_id,)).fetchone()[0]
        known = _person_spellings(db, person_id, language)
        if not any(same_person(a, b, iso3, country) for a in spellings for b in known):
            continue
        # Prefer the same known country, then the most spellings in common.
        score = (bool(iso3) and country == iso3, len(set(spellings) & set(known)))
        if best_score is None or score > best_score:
            best, best_score = person_id, score
    return best


def _resolve_person(db: sqlite3.Connection, participant: Participant, iso3: str | None, language: str) -> str:
    spellings = _spellings(participant, language) or [participant.name]
    person_id = _find_person(db, spellings, iso3, language)
    if person_id is not None:
        if iso3:
            db.execute("UPDATE people SET country = ? WHERE id = ? AND country IS NULL", (iso3, person_id))
        return person_id
    base = f"person:{slug(spellings[0])}"
    candidates = [base] + ([f"{base}-{iso3.lower()}"] if iso3 else [])
    person_id = _free_id(db, "people", candidates)
    db.execute("INSERT INTO people (id, country) VALUES (?, ?)", (person_id, iso3))
    return person_id


def _resolve_organization(db: sqlite3.Connection, name: str | None, iso3: str | None) -> str | None:
    if not name or not name.strip():
        return None
    organization_id = organization_node(name, iso3)
    db.execute("INSERT OR IGNORE INTO organizations (id, name, country) VALUES (?, ?, ?)",
               (organization_id, name.strip(), iso3))
    return organization_id


def _participant_keys(name: str, aliases: list[str], language: str) -> list[str]:
    """Every key stored for a participant: the token keys of its spellings, and the tight keys of
    its spellings as any language strips them (see ``identity.spelling_variants``)."""
    spellings = _spellings(Participant(name, aliases), language)
    keys = {key for spelling in spellings for key in match_keys(spelling)}
    for written in (name, *aliases):
        if written and written.strip():
            keys.update(key for variant in spelling_variants(written) for key in blocking_keys(variant))
    return sorted(keys)


def _add_keys(db: sqlite3.Connection, participant_id: int, person_id: str, keys: Iterable[str]) -> None:
    db.executemany(_INSERT_KEY, [(participant_id, person_id, key, key, person_id) for key in keys])


def _rekey(db: sqlite3.Connection, people: Iterable[str]) -> None:
    """Recompute the keys of ``people`` from the participants they still have."""
    for person_id in people:
        db.execute("DELETE FROM person_keys WHERE person_id = ?", (person_id,))
        # Each spelling once, with the participant that first brought it: grouped by SQLite, as
        # a minister met in thousands of meetings is written the same few ways.
        rows = db.execute("SELECT min(p.id), p.name, p.aliases, coalesce(a.language, 'fr') FROM participants p"
                          " JOIN meetings m ON m.id = p.meeting_id JOIN articles a ON a.id = m.article_id"
                          " WHERE p.person_id = ? GROUP BY p.name, p.aliases, coalesce(a.language, 'fr')"
                          " ORDER BY min(p.id)", (person_id,)).fetchall()
        for participant_id, name, aliases, language in rows:
            _add_keys(db, participant_id, person_id, _participant_keys(name, json.loads(aliases), language))


def delete_article_facts(db: sqlite3.Connection, article_id: int) -> None:
    """Remove an article and every fact it alone supported (the caller's transaction)."""
    people = [row[0] for row in db.execute(
        "SELECT DISTINCT p.person_id FROM participants p JOIN meetings m ON m.id = p.meeting_id"
        " WHERE m.article_id = ?", (article_id,))]
    agreements = [row[0] for row in db.execute(
        "SELECT DISTINCT agreement_id FROM agreement_mentions WHERE article_id = ?", (article_id,))]
    organizations = [row[0] for row in db.execute(
        "SELECT p.organization_id FROM participants p JOIN meetings m ON m.id = p.meeting_id"
        " WHERE m.article_id = ? AND p.organization_id IS NOT NULL"
        " UNION SELECT ap.party_id FROM agreement_parties ap JOIN agreement_mentions am"
        " ON am.agreement_id = ap.agreement_id WHERE am.article_id = ?", (article_id, article_id))]
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    collect_garbage(db, people=people, agreements=agreements, organizations=organizations)
    remaining = {row[0] for row in db.execute(
        f"SELECT id FROM people WHERE id IN ({','.join('?' * len(people))})", people)} if people else set()
    _rekey(db, sorted(remaining))
    for agreement_id in agreements:
        _rekey_agreement(db, agreement_id)  # one that is gone has no keys left (cascade)


def ensure_identity_keys(db: sqlite3.Connection) -> bool:
    """Inside a write transaction: add the identity indexes and keys to a store written before them.

    The migration to schema version 3. Stores of version 2 written by an earlier graphbuild
    have the token keys of people only; those written by a later one have everything
    already. The indexes (and the agreement keys' table) come with their keys, in the
    caller's transaction, so their presence says the keys are complete. True when there
    was something to do.
    """
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type IN ('index', 'table')")}
    done = False
    if not set(IDENTITY_INDEXES) <= present:
        _index_people(db, present)
        done = True
    if _AGREEMENT_KEYS not in present:
        for statement in _AGREEMENT_KEYS_SCHEMA:
            db.execute(statement)
        for (agreement_id,) in db.execute("SELECT id FROM agreements").fetchall():
            _rekey_agreement(db, agreement_id)
        done = True
    return done


def _index_people(db: sqlite3.Connection, present: set[str]) -> None:
    for name, statement in IDENTITY_INDEXES.items():
        if name not in present:
            db.execute(statement)
    db.execute(f"DROP INDEX IF EXISTS {_REPLACED_INDEX}")
    # The token keys are there already (one row per participant, as this store was written);
    # the tight keys come once per person.
    rows = db.execute("SELECT id, person_id, name, aliases FROM participants ORDER BY id").fetchall()
    seen: set[tuple] = set()
    for participant_id, person_id, name, aliases in rows:
        if (person_id, name, aliases) in seen:
            continue
        seen.add((person_id, name, aliases))
        tight = {key for written in (name, *json.loads(aliases)) if written and written.strip()
                 for variant in spelling_variants(written) for key in blocking_keys(variant)}
        _add_keys(db, participant_id, person_id, sorted(tight))


def _write_meeting(db: sqlite3.Connection, article_id: int, meeting_id: str, position: int,
                   meeting: Meeting, language: str) -> set[str]:
    """Insert a meeting and its participants; return the node ids of the countries and bodies present."""
    db.execute(
        "INSERT INTO meetings (id, article_id, position, date, date_text, place, topics, event_type,"
        " multilateral, teaser, planned, evidence, evidence_start, evidence_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (meeting_id, article_id, position, meeting.date, meeting.date_text, meeting.place,
         json.dumps(meeting.topics, ensure_ascii=False), meeting.event_type, int(meeting.multilateral),
         int(meeting.teaser), int(meeting.planned), *_evidence_columns(meeting.evidence)),
    )
    present: set[str] = set()
    for index, participant in enumerate(meeting.participants):
        if not participant.name or not participant.name.strip():
            continue
        iso3 = country_code(participant.country)
        _ensure_country(db, iso3)
        person_id = _resolve_person(db, participant, iso3, language)
        organization_id = _resolve_organization(db, participant.organization, iso3)
        cursor = db.execute(
            "INSERT INTO participants (meeting_id, position, person_id, name, aliases, title,"
            " organization_id, country, country_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (meeting_id, index, person_id, participant.name, json.dumps(participant.aliases, ensure_ascii=False),
             participant.title, organization_id, iso3, participant.country),
        )
        _add_keys(db, cursor.lastrowid, person_id, _participant_keys(participant.name, participant.aliases, language))
        if iso3:
            present.add(f"country:{iso3}")
        if organization_id:
            present.add(organization_id)
    return present


# Agreement keys -----------------------------------------------------------------------------
#
# A new report joins a stored instrument of the same kind and parties that shares one of its
# topics (folded), or, when neither has topics, that has its name. The pairs of countries
# a news agency reports on sign instrument after instrument: each instrument's keys (kind,
# parties, each folded topic of its reports, or "no topic") let a report find the few that
# share a topic instead of reading every instrument of the pair. Like the people's keys,
# they are derived data, kept with the reports: added with each report, recomputed for the
# instruments of an article that is removed.
_AGREEMENT_KEYS = "agreement_keys"
_AGREEMENT_KEYS_SCHEMA = (
    "CREATE TABLE agreement_keys (agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,"
    " key TEXT NOT NULL, PRIMARY KEY (key, agreement_id)) WITHOUT ROWID",
    "CREATE INDEX agreement_keys_agreement ON agreement_keys(agreement_id)",
)


def _agreement_key(kind: str, parties_key: str, topic: str | None) -> str:
    """One key: the kind, the parties and a folded topic (None: an instrument without topics)."""
    return json.dumps([kind, parties_key, topic], ensure_ascii=False)


def _add_agreement_keys(db: sqlite3.Connection, agreement_id: str, kind: str, parties_key: str,
                        topics: Iterable[str]) -> None:
    """Add what one more report of ``agreement_id`` (with ``topics``) says to its keys."""
    folded = sorted({_folded(topic) for topic in topics})
    if folded:
        db.execute("DELETE FROM agreement_keys WHERE agreement_id = ? AND key = ?",
                   (agreement_id, _agreement_key(kind, parties_key, None)))
        db.executemany("INSERT OR IGNORE INTO agreement_keys (agreement_id, key) VALUES (?, ?)",
                       [(agreement_id, _agreement_key(kind, parties_key, topic)) for topic in folded])
    elif db.execute("SELECT 1 FROM agreement_keys WHERE agreement_id = ? LIMIT 1", (agreement_id,)).fetchone() is None:
        db.execute("INSERT INTO agreement_keys (agreement_id, key) VALUES (?, ?)",
                   (agreement_id, _agreement_key(kind, parties_key, None)))


def _rekey_agreement(db: sqlite3.Connection, agreement_id: str) -> None:
    """Recompute an instrument's keys from the reports it still has."""
    db.execute("DELETE FROM agreement_keys WHERE agreement_id = ?", (agreement_id,))
    row = db.execute("SELECT kind, parties_key FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
    if row is None:
        return
    reports = db.execute("SELECT topics FROM agreement_mentions WHERE agreement_id = ?", (agreement_id,)).fetchall()
    if reports:
        _add_agreement_keys(db, agreement_id, row[0], row[1], [t for (topics,) in reports for t in _json_list(topics)])


# Every instrument of the same parties is compared with each new report: the few topic
# labels and their JSON lists come back again and again.
_folded = lru_cache(maxsize=65_536)(fold)


@lru_cache(maxsize=65_536)
def _json_list(text: str) -> tuple:
    return tuple(json.loads(text))


def _same_instrument(db: sqlite3.Connection, agreement_id: str, agreement: Agreement, wanted: set[str]) -> bool:
    """Whether a stored instrument found by its keys is the one ``agreement`` reports.

    The keys already say it shares a topic with ``agreement`` (or that neither has any).
    """
    if agreement.status == "signed":
        # Two signatures on different days are two instruments, whatever their topics.
        signed = db.execute("SELECT DISTINCT date FROM agreement_mentions WHERE agreement_id = ? AND status = 'signed'",
                            (agreement_id,))
        if any(not dates_compatible(date, agreement.date) for (date,) in signed):
            return False
    if wanted:
        return True
    names = db.execute("SELECT name FROM agreement_mentions WHERE agreement_id = ?", (agreement_id,))
    return fold(agreement.name) in {fold(row[0]) for row in names}


def _resolve_agreement(db: sqlite3.Connection, agreement: Agreement) -> tuple[str, str, str]:
    """The stored instrument ``agreement`` reports (a new one if none), with its kind and parties key."""
    parties: list[str] = []
    for party in agreement.parties:
        node, iso3 = party_node(party)
        if iso3:
            _ensure_country(db, iso3)
        else:
            db.execute("INSERT OR IGNORE INTO organizations (id, name, country) VALUES (?, ?, NULL)",
                       (node, party.strip()))
        if node not in parties:
            parties.append(node)
    parties_key = " ".join(sorted(parties))
    known = known_instrument(agreement.name, agreement.kind)
    if known is not None:  # the Hanoi Convention, Palermo…: one node whoever reports it, whatever the date
        agreement_id = f"agreement:{known.id}"
        row = db.execute("SELECT kind, parties_key FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
        if row is not None:
            return agreement_id, row[0], row[1]
        return _insert_agreement(db, agreement_id, agreement.kind, parties, parties_key)
    wanted = {_folded(topic) for topic in agreement.topics}
    keys = [_agreement_key(agreement.kind, parties_key, topic) for topic in sorted(wanted)] or \
        [_agreement_key(agreement.kind, parties_key, None)]
    candidates = db.execute(
        "SELECT a.id FROM agreements a WHERE a.id IN"
        f" (SELECT agreement_id FROM agreement_keys WHERE key IN ({','.join('?' * len(keys))})) ORDER BY a.rowid",
        keys).fetchall()
    for (agreement_id,) in candidates:
        if _same_instrument(db, agreement_id, agreement, wanted):
            return agreement_id, agreement.kind, parties_key
    short_parties = "-".join(p.split(":")[-1].lower() for p in sorted(parties))
    subject = agreement.topics[0] if agreement.topics else agreement.name
    base = f"agreement:{slug(' '.join(filter(None, [agreement.kind, short_parties, slug(subject)])))}"
    return _insert_agreement(db, _free_id(db, "agreements", [base]), agreement.kind, parties, parties_key)


def _insert_agreement(db: sqlite3.Connection, agreement_id: str, kind: str, parties: list[str],
                      parties_key: str) -> tuple[str, str, str]:
    db.execute("INSERT INTO agreements (id, kind, parties_key) VALUES (?, ?, ?)", (agreement_id, kind, parties_key))
    db.executemany("INSERT INTO agreement_parties (agreement_id, position, party_id) VALUES (?, ?, ?)",
                   [(agreement_id, index, party) for index, party in enumerate(parties)])
    return agreement_id, kind, parties_key


def _day_precise(date: str | None) -> bool:
    return bool(date) and (len(date) == 10 or date.startswith("--"))


def _signed_at(agreement: Agreement, meetings: list[tuple[str, Meeting, set[str]]]) -> str | None:
    """The meeting of the article where the agreement was signed: same day, a party present."""
    if agreement.status != "signed" or not _day_precise(agreement.date):
        return None
    parties = {party_node(party)[0] for party in agreement.parties}
    same_day = [(meeting_id, present) for meeting_id, meeting, present in meetings if meeting.date == agreement.date]
    best, best_overlap = None, 0
    for meeting_id, present in same_day:
        overlap = len(parties & present)
        if overlap > best_overlap:
            best, best_overlap = meeting_id, overlap
    if best is None and len(same_day) == 1 and not parties:
        return same_day[0][0]
    return best


def write_facts(db: sqlite3.Connection, article_id: int, digest: str, extraction: Extraction) -> None:
    """Insert the meetings, people, organizations and agreements of one stored article."""
    language = extraction.language or "fr"
    meetings: list[tuple[str, Meeting, set[str]]] = []
    for position, meeting in enumerate(extraction.meetings, start=1):
        meeting_id = f"meeting:{digest[:12]}-{position}"
        present = _write_meeting(db, article_id, meeting_id, position, meeting, language)
        meetings.append((meeting_id, meeting, present))
    for position, agreement in enumerate(extraction.agreements, start=1):
        agreement_id, kind, parties_key = _resolve_agreement(db, agreement)
        _add_agreement_keys(db, agreement_id, kind, parties_key, agreement.topics)
        db.execute(
            "INSERT INTO agreement_mentions (agreement_id, article_id, position, meeting_id, name, status, date,"
            " topics, mention_only, evidence, evidence_start, evidence_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (agreement_id, article_id, position, _signed_at(agreement, meetings), agreement.name, agreement.status,
             agreement.date, json.dumps(agreement.topics, ensure_ascii=False), int(agreement.mention_only),
             *_evidence_columns(agreement.evidence)),
        )


def collect_garbage(db: sqlite3.Connection, *, people: Iterable[str], agreements: Iterable[str],
                    organizations: Iterable[str]) -> None:
    """Drop those of the people, agreements and organizations given that no fact points to any more;
    refresh the remaining people's countries.

    Only the ones an article removal touched are looked at, each through an index: a removal
    costs the same in a store of a hundred articles or a hundred thousand.
    """
    def ids(values: Iterable[str]) -> str:
        return json.dumps(sorted(set(values)))

    people_json = ids(people)
    db.execute("DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))"
               " AND NOT EXISTS (SELECT 1 FROM participants WHERE person_id = people.id)", (people_json,))
    db.execute("DELETE FROM agreements WHERE id IN (SELECT value FROM json_each(?))"
               " AND NOT EXISTS (SELECT 1 FROM agreement_mentions WHERE agreement_id = agreements.id)",
               (ids(agreements),))
    db.execute(
        "DELETE FROM organizations WHERE id IN (SELECT value FROM json_each(?))"
        " AND NOT EXISTS (SELECT 1 FROM participants WHERE organization_id = organizations.id)"
        " AND NOT EXISTS (SELECT 1 FROM agreement_parties WHERE party_id = organizations.id)", (ids(organizations),))
    # A person's country is the one their remaining mentions give most often.
    db.execute(
        "UPDATE people SET country = (SELECT country FROM participants WHERE person_id = people.id"
        " AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 1)"
        " WHERE id IN (SELECT value FROM json_each(?))", (people_json,))


def article_digest(source: str, content_hash: str) -> str:
    """A short digest naming an article's meetings: the same content under two names stays two."""
    return hashlib.sha256(f"{source}\n{content_hash}".encode("utf-8")).hexdigest()
