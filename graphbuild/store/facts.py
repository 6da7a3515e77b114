"""Writing one article's facts into the store, and removing them again.

Everything here runs inside the caller's transaction (one per article), so an article is
stored whole or not at all. Identity is decided here, once, as facts arrive: a participant
joins the stored person whose spelling ``same_person`` accepts, an agreement joins the
stored instrument with the same kind, parties and a shared topic.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant
from graphbuild.resolve import country_code, fold, same_person
from graphbuild.store.identity import (
    country_label,
    dates_compatible,
    match_keys,
    organization_node,
    party_node,
    slug,
    strip_title,
)

__all__ = ["write_facts", "collect_garbage", "article_digest"]


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
    """The first candidate id not yet used in ``table``, else the first with a number appended."""
    for candidate in candidates:
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate
    number = 2
    while True:
        candidate = f"{candidates[0]}-{number}"
        if db.execute(f"SELECT 1 FROM {table} WHERE id = ?", (candidate,)).fetchone() is None:
            return candidate
        number += 1


def _spellings(participant: Participant, language: str) -> list[str]:
    names = [participant.name, *participant.aliases]
    spellings: list[str] = []
    for name in names:
        cleaned = strip_title(name, language)
        if cleaned and cleaned not in spellings:
            spellings.append(cleaned)
    return spellings


def _person_spellings(db: sqlite3.Connection, person_id: str, language: str) -> list[str]:
    spellings: list[str] = []
    # DISTINCT: a person met in many meetings is written the same way in most of them.
    for row in db.execute("SELECT DISTINCT name, aliases FROM participants WHERE person_id = ?", (person_id,)):
        for name in (row["name"], *json.loads(row["aliases"])):
            cleaned = strip_title(name, language)
            if cleaned not in spellings:
                spellings.append(cleaned)
    return spellings


def _find_person(db: sqlite3.Connection, spellings: list[str], iso3: str | None, language: str) -> str | None:
    keys = sorted({key for spelling in spellings for key in match_keys(spelling)})
    if not keys:
        return None
    marks = ",".join("?" * len(keys))
    candidates = [row[0] for row in db.execute(
        f"SELECT DISTINCT person_id FROM person_keys WHERE key IN ({marks}) ORDER BY person_id", keys)]
    best, best_score = None, None
    for person_id in candidates:
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
        keys = {key for spelling in _spellings(participant, language) for key in match_keys(spelling)}
        db.executemany("INSERT INTO person_keys (participant_id, person_id, key) VALUES (?, ?, ?)",
                       [(cursor.lastrowid, person_id, key) for key in sorted(keys)])
        if iso3:
            present.add(f"country:{iso3}")
        if organization_id:
            present.add(organization_id)
    return present


def _same_instrument(db: sqlite3.Connection, agreement_id: str, agreement: Agreement) -> bool:
    rows = db.execute("SELECT name, status, date, topics FROM agreement_mentions WHERE agreement_id = ?",
                      (agreement_id,)).fetchall()
    topics = {fold(t) for row in rows for t in json.loads(row["topics"])}
    wanted = {fold(t) for t in agreement.topics}
    if agreement.status == "signed":
        # Two signatures on different days are two instruments, whatever their topics.
        if any(row["status"] == "signed" and not dates_compatible(row["date"], agreement.date) for row in rows):
            return False
    if wanted or topics:
        return bool(wanted & topics)
    return fold(agreement.name) in {fold(row["name"]) for row in rows}


def _resolve_agreement(db: sqlite3.Connection, agreement: Agreement) -> str:
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
    for row in db.execute("SELECT id FROM agreements WHERE kind = ? AND parties_key = ? ORDER BY rowid",
                          (agreement.kind, parties_key)).fetchall():
        if _same_instrument(db, row["id"], agreement):
            return row["id"]
    short_parties = "-".join(p.split(":")[-1].lower() for p in sorted(parties))
    subject = agreement.topics[0] if agreement.topics else agreement.name
    base = f"agreement:{slug(' '.join(filter(None, [agreement.kind, short_parties, slug(subject)])))}"
    agreement_id = _free_id(db, "agreements", [base])
    db.execute("INSERT INTO agreements (id, kind, parties_key) VALUES (?, ?, ?)",
               (agreement_id, agreement.kind, parties_key))
    db.executemany("INSERT INTO agreement_parties (agreement_id, position, party_id) VALUES (?, ?, ?)",
                   [(agreement_id, index, party) for index, party in enumerate(parties)])
    return agreement_id


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
        agreement_id = _resolve_agreement(db, agreement)
        db.execute(
            "INSERT INTO agreement_mentions (agreement_id, article_id, position, meeting_id, name, status, date,"
            " topics, mention_only, evidence, evidence_start, evidence_end)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (agreement_id, article_id, position, _signed_at(agreement, meetings), agreement.name, agreement.status,
             agreement.date, json.dumps(agreement.topics, ensure_ascii=False), int(agreement.mention_only),
             *_evidence_columns(agreement.evidence)),
        )


def collect_garbage(db: sqlite3.Connection) -> None:
    """Drop people, agreements and organizations no fact points to any more; refresh people's countries."""
    db.execute("DELETE FROM people WHERE id NOT IN (SELECT person_id FROM participants)")
    db.execute("DELETE FROM agreements WHERE id NOT IN (SELECT agreement_id FROM agreement_mentions)")
    db.execute(
        "DELETE FROM organizations WHERE id NOT IN"
        " (SELECT organization_id FROM participants WHERE organization_id IS NOT NULL)"
        " AND id NOT IN (SELECT party_id FROM agreement_parties)"
    )
    # A person's country is the one their remaining mentions give most often.
    db.execute(
        "UPDATE people SET country = (SELECT country FROM participants WHERE person_id = people.id"
        " AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 1)"
    )


def article_digest(source: str, content_hash: str) -> str:
    """A short digest naming an article's meetings: the same content under two names stays two."""
    return hashlib.sha256(f"{source}\n{content_hash}".encode("utf-8")).hexdigest()
