"""The ``Store``: one SQLite file of articles, their facts, identities and hand-made overrides."""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from graphbuild.records import Article, Extraction
from graphbuild.store.checks import check_extraction
from graphbuild.store.facts import article_digest, delete_article_facts, write_facts
from graphbuild.store.identity import text_digest
from graphbuild.store.schema import connect, default_path

__all__ = ["Store", "Override", "OVERRIDE_ACTIONS", "open_store", "article_hash", "extraction_hash"]

#: What a curator can do; each is re-applied every time the graph is built.
OVERRIDE_ACTIONS = ("merge", "set_country", "rename", "hide", "set_published")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def article_hash(article: Article) -> str:
    """What makes an article the same article: its normalised text (``identity.text_digest``), not its name."""
    return text_digest(article.text)


def extraction_hash(extraction: Extraction) -> str:
    """The content hash of an article known only through its extraction (imported JSON)."""
    payload = json.dumps(extraction.to_dict(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Override:
    """One curation step: ``merge``, ``set_country``, ``rename``, ``hide`` or ``set_published``, with its arguments."""

    id: int
    action: str
    args: dict[str, Any]
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of every field."""
        return {"id": self.id, "action": self.action, "args": self.args, "created_at": self.created_at}


def _check_article(article: Article) -> None:
    for name in ("source", "text", "title", "url"):
        value = getattr(article, name)
        if value is None and name not in ("source", "text"):
            continue
        if not isinstance(value, str):
            raise ValueError(f"article {name} is {type(value).__name__}, not a string")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"article {name} holds a lone surrogate (\\ud800-\\udfff), not text") from None


def _dicts(connection: sqlite3.Connection, sql: str, parameters: tuple = ()) -> Iterator[dict[str, Any]]:
    """The rows of a query as dicts (made from tuples: twice as fast as from ``sqlite3.Row``)."""
    cursor = connection.cursor()
    cursor.row_factory = None
    cursor.execute(sql, parameters)
    columns = [description[0] for description in cursor.description]
    for row in cursor:
        yield dict(zip(columns, row))


def _decoded(rows: Iterable[dict[str, Any]], column: str) -> list[dict[str, Any]]:
    """``rows`` with ``column`` parsed from its JSON list; each row gets a list of its own."""
    parsed: dict[str, list] = {"": [], "[]": []}  # a hundred thousand meetings share a few hundred topic lists
    decoded = []
    for data in rows:
        value = data[column] or ""
        known = parsed.get(value)
        if known is None:
            known = parsed[value] = json.loads(value)
        data[column] = list(known)
        decoded.append(data)
    return decoded


def _position(row: tuple) -> int:
    return row[1]


def _bump_revision(connection: sqlite3.Connection) -> None:
    """Count one more write, inside the writing transaction (the header field is transactional)."""
    revision = int(connection.execute("PRAGMA user_version").fetchone()[0])
    connection.execute(f"PRAGMA user_version = {(revision + 1) % 2**31}")


class Store:
    """An open graphbuild database; use ``open_store`` to get one."""

    def __init__(self, connection: sqlite3.Connection, path: Path):
        self.connection = connection
        self.path = path
        self._in_batch = False

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back whole on any error, so a failure leaves no trace.

        Inside ``batch()`` it is a savepoint of the batch's transaction instead: an error
        takes back this part alone, and what it wrote is committed with the batch.
        """
        if self._in_batch:
            self.connection.execute("SAVEPOINT article")
            try:
                yield self.connection
            except BaseException:
                self.connection.execute("ROLLBACK TO article")
                self.connection.execute("RELEASE article")
                raise
            self.connection.execute("RELEASE article")
            return
        with self._write() as connection:
            yield connection

    @contextmanager
    def batch(self) -> Iterator["Store"]:
        """One write transaction for several articles: they are all committed at the end, or none is.

        Each ``save_article`` inside is a savepoint, so an article the store refuses is left
        out alone. Committing once per batch rather than once per article is what makes a
        large ingest fast; a process killed during a batch loses that batch, whole.
        """
        if self._in_batch:
            raise RuntimeError("a batch is already open on this store")
        with self._write():
            self._in_batch = True
            try:
                yield self
            finally:
                self._in_batch = False

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        # IMMEDIATE takes the write lock at once: two processes queue (up to the busy timeout)
        # instead of both reading and then failing to upgrade their lock.
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            changes = self.connection.total_changes
            yield self.connection
            if self.connection.total_changes != changes:
                _bump_revision(self.connection)
        except BaseException:
            self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def revision(self) -> int:
        """A number that changes with every write transaction that changed something (``PRAGMA user_version``).

        With the article and override counts, it tells whether a graph built earlier
        (``graphbuild.graph.cache``) still describes the store.
        """
        return int(self.connection.execute("PRAGMA user_version").fetchone()[0])

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """Reads that all see the store at one moment, however many queries they take.

        Each query otherwise sees the store as it is when it runs: an article committed by
        another process between two queries of a graph build would give participants of a
        meeting the build never read. Inside ``snapshot()`` (WAL mode) such writes go on and
        stay invisible until the block ends. Nested uses share the outer snapshot.
        """
        if self.connection.in_transaction:
            yield self.connection
            return
        self.connection.execute("BEGIN")
        try:
            # A deferred transaction takes its snapshot at its first read: take it now.
            self.connection.execute("SELECT count(*) FROM schema_version").fetchone()
            yield self.connection
        finally:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")  # nothing to keep: it only read

    # Articles ---------------------------------------------------------------------------

    def content_hash(self, source: str) -> str | None:
        """The content hash stored for a source, or None if it is not stored."""
        row = self.connection.execute("SELECT content_hash FROM articles WHERE source = ?", (source,)).fetchone()
        return row[0] if row else None

    def is_stored(self, source: str, content_hash: str) -> bool:
        """Whether ``save_article`` would find nothing to do: this source with this content, or this content
        under another name while this source is not stored with other content."""
        stored = self.content_hash(source)
        if stored is not None:
            return stored == content_hash
        return self._source_of(self.connection, content_hash, source) is not None

    @staticmethod
    def _source_of(db: sqlite3.Connection, content_hash: str, other_than: str) -> str | None:
        row = db.execute("SELECT source FROM articles WHERE content_hash = ? AND source != ? LIMIT 1",
                         (content_hash, other_than)).fetchone()
        return row[0] if row else None

    def save_article(self, extraction: Extraction, *, content_hash: str, article: Article | None = None,
                     force: bool = False) -> str:
        """Store one article and its facts in one transaction: ``new``, ``changed`` or ``unchanged``.

        The article is known by its content (``content_hash``): the same content again, under
        this name or another, changes nothing; new content under a stored name replaces every
        fact the old one gave (and when that new content is stored already under another name,
        the old facts go and nothing is added: ``changed``). ``force`` replaces even the same
        content (a re-extraction by a newer extractor). ValueError, before anything is written,
        when the extraction or the article holds a value the store cannot keep (see ``checks``).
        """
        check_extraction(extraction)
        if article is not None:
            _check_article(article)
        source = article.source if article is not None else extraction.source
        with self.transaction() as db:
            row = db.execute("SELECT id, content_hash FROM articles WHERE source = ?", (source,)).fetchone()
            if row is not None and row["content_hash"] == content_hash and not force:
                return "unchanged"
            twin = None if force else self._source_of(db, content_hash, source)
            if row is not None:
                delete_article_facts(db, row["id"])
            if twin is not None:
                return "unchanged" if row is None else "changed"
            cursor = db.execute(
                "INSERT INTO articles (source, content_hash, text, title, url, language, published, extraction,"
                " ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (source, content_hash, article.text if article else None, article.title if article else None,
                 article.url if article else None, extraction.language, extraction.published,
                 json.dumps(extraction.to_dict(), ensure_ascii=False), _now()),
            )
            write_facts(db, cursor.lastrowid, article_digest(source, content_hash), extraction)
        return "new" if row is None else "changed"

    def knows_address(self, address: str) -> bool:
        """True when an article is stored under ``address``, or under the address it redirected to."""
        return self.connection.execute(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE source = ?)"
            " OR EXISTS (SELECT 1 FROM addresses d JOIN articles a ON a.source = d.source WHERE d.address = ?)",
            (address, address)).fetchone()[0] == 1

    def remember_address(self, address: str, source: str) -> None:
        """Record that ``address`` led to the article stored (or to be stored) as ``source``."""
        with self.transaction() as db:
            db.execute("INSERT INTO addresses (address, source, seen_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (address) DO UPDATE SET source = excluded.source, seen_at = excluded.seen_at"
                       " WHERE source != excluded.source", (address, source, _now()))

    def delete_article(self, source: str) -> bool:
        """Remove an article and every fact it alone supported; False if it was not stored."""
        with self.transaction() as db:
            row = db.execute("SELECT id FROM articles WHERE source = ?", (source,)).fetchone()
            if row is not None:
                delete_article_facts(db, row["id"])
        return row is not None

    def articles(self) -> list[dict[str, Any]]:
        """Stored articles in ingestion order, without their text."""
        return list(_dicts(self.connection,
                           "SELECT id, source, title, url, language, published, content_hash, ingested_at,"
                           " text IS NOT NULL AS has_text FROM articles ORDER BY id"))

    def article(self, source: str) -> dict[str, Any] | None:
        """One stored article by its source: ``title``, ``url``, ``language``, ``published`` and ``text``; None if absent."""
        rows = list(_dicts(self.connection, "SELECT source, title, url, language, published, text FROM articles"
                                            " WHERE source = ?", (source,)))
        return rows[0] if rows else None

    def stored_articles(self) -> Iterator[tuple[Article | None, Extraction]]:
        """Each stored article (None when only its extraction was stored) with its stored extraction."""
        ids = [row[0] for row in self.connection.execute("SELECT id FROM articles ORDER BY id")]
        for article_id in ids:
            row = self.connection.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                continue  # removed by another process meanwhile
            extraction = Extraction.from_dict(json.loads(row["extraction"]))
            article = None
            if row["text"] is not None:
                article = Article(source=row["source"], text=row["text"], published=row["published"],
                                  title=row["title"], url=row["url"], language=row["language"])
            yield article, extraction

    def load_extractions(self) -> list[Extraction]:
        """Every stored extraction, in ingestion order, as the extractor produced it."""
        rows = self.connection.execute("SELECT extraction FROM articles ORDER BY id")
        return [Extraction.from_dict(json.loads(row[0])) for row in rows]

    def counts(self) -> dict[str, int]:
        """How many articles, meetings, people, organizations, agreements and overrides are stored."""
        tables = ("articles", "meetings", "people", "organizations", "agreements", "overrides")
        return {table: self.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables}

    # Facts, as rows for the graph ----------------------------------------------------------

    def meetings(self) -> list[dict[str, Any]]:
        """Every meeting with its article's source and language, in article then text order."""
        return _decoded(_dicts(self.connection, "SELECT m.*, a.source, a.language FROM meetings m"
                                                " JOIN articles a ON a.id = m.article_id"
                                                " ORDER BY m.article_id, m.position"), "topics")

    def participants(self, meetings: list[dict[str, Any]] | None = None, *,
                     only_these: bool = False) -> list[dict[str, Any]]:
        """Every participant with its meeting's date and evidence and its article's source and language.

        In the order of ``meetings`` (as ``meetings()`` gives them: passing them saves reading
        them again), then of the participants in each; the meeting's values are the meeting
        row's own strings, one object however many participants share them. ``only_these``
        reads only the participants of ``meetings`` (a few of them) instead of the whole table.
        """
        if meetings is None:
            meetings = self.meetings()
        cursor = self.connection.cursor()
        cursor.row_factory = None  # tuples: a row per participant, and no join, at a hundred thousand articles
        by_meeting: dict[str, list[tuple]] = {}
        columns = "SELECT meeting_id, position, id, person_id, name, aliases, title, organization_id, country," \
                  " country_text FROM participants"
        query = (columns + " WHERE meeting_id IN (SELECT value FROM json_each(?))",
                 (json.dumps([m["id"] for m in meetings]),)) if only_these else (columns, ())
        for row in cursor.execute(*query):
            by_meeting.setdefault(row[0], []).append(row)
        out = []
        # An official's id, name and title come back from SQLite as a new string per row: one
        # object per distinct value instead (they end up on the graph's edges, thousands each).
        strings: dict[str | None, str | None] = {}
        share = strings.setdefault
        for meeting in meetings:
            rows = by_meeting.get(meeting["id"])
            if not rows:
                continue
            rows.sort(key=_position)
            date, evidence = meeting["date"], meeting["evidence"]
            source, language = meeting["source"], meeting["language"]
            for meeting_id, position, row_id, person_id, name, aliases, title, organization, country, text in rows:
                out.append({
                    "id": row_id, "meeting_id": meeting_id, "position": position,
                    "person_id": share(person_id, person_id), "name": share(name, name),
                    "aliases": json.loads(aliases) if aliases and aliases != "[]" else [],
                    "title": share(title, title), "organization_id": share(organization, organization),
                    "country": share(country, country), "country_text": text,
                    "meeting_date": date, "meeting_evidence": evidence, "source": source, "language": language,
                })
        return out

    def people(self) -> list[dict[str, Any]]:
        """Every person: node id and country."""
        return [dict(row) for row in self.connection.execute("SELECT * FROM people ORDER BY id")]

    def organizations(self) -> list[dict[str, Any]]:
        """Every organization: node id, name, country."""
        return [dict(row) for row in self.connection.execute("SELECT * FROM organizations ORDER BY id")]

    def countries(self) -> dict[str, str]:
        """ISO alpha-3 → name, for every country a fact names."""
        return {row[0]: row[1] for row in self.connection.execute("SELECT iso3, name FROM countries")}

    def agreements(self) -> list[dict[str, Any]]:
        """Every agreement (instrument) with its ordered party node ids."""
        parties: dict[str, list[str]] = {}
        for row in self.connection.execute(
                "SELECT agreement_id, party_id FROM agreement_parties ORDER BY agreement_id, position"):
            parties.setdefault(row[0], []).append(row[1])
        return [{**row, "parties": parties.get(row["id"], [])}
                for row in _dicts(self.connection, "SELECT * FROM agreements ORDER BY rowid")]

    def agreement_mentions(self) -> list[dict[str, Any]]:
        """Every report of an agreement, with its article's source and publication date."""
        return _decoded(_dicts(self.connection,
                               "SELECT am.*, a.source, a.published, m.date AS meeting_date FROM agreement_mentions am"
                               " JOIN articles a ON a.id = am.article_id"
                               " LEFT JOIN meetings m ON m.id = am.meeting_id"
                               " ORDER BY am.article_id, am.position"), "topics")

    # Overrides -------------------------------------------------------------------------

    def add_override(self, action: str, args: dict[str, Any]) -> Override:
        """Record a curation step; it applies from the next graph build on."""
        if action not in OVERRIDE_ACTIONS:
            raise ValueError(f"unknown override {action!r}; expected one of {', '.join(OVERRIDE_ACTIONS)}")
        created = _now()
        with self.transaction() as db:
            cursor = db.execute("INSERT INTO overrides (action, args, created_at) VALUES (?, ?, ?)",
                                (action, json.dumps(args, ensure_ascii=False), created))
        return Override(cursor.lastrowid, action, args, created)

    def overrides(self) -> list[Override]:
        """Every override, oldest first (the order they are applied in)."""
        rows = self.connection.execute("SELECT * FROM overrides ORDER BY id")
        return [Override(row["id"], row["action"], json.loads(row["args"]), row["created_at"]) for row in rows]

    def remove_override(self, override_id: int) -> bool:
        """Forget an override; False if there was none with this id."""
        with self.transaction() as db:
            return bool(db.execute("DELETE FROM overrides WHERE id = ?", (override_id,)).rowcount)


def open_store(path: str | Path | None = None) -> Store:
    """Open the database at ``path`` (default: ``$GRAPHBUILD_DB`` or ``./data/graphbuild.sqlite``).

    The file is created when missing and migrated when older; a file that is not a
    graphbuild database raises ``StoreError`` naming it, and is left untouched.
    """
    resolved = Path(path) if path else default_path()
    return Store(connect(resolved), resolved)
