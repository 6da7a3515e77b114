"""The SQLite file: which file it is, its tables, and how an older one is brought up to date.

A graphbuild database is marked twice: ``PRAGMA application_id`` in the file header (so
another program's SQLite file is recognised before anything is written to it) and a
``schema_version`` table (so an older database is migrated in place, one step per version).

Versions: 1, the tables; 2, indexes on the columns that cascading deletes and the garbage
collection look up (replacing or re-extracting an article no longer scans whole tables);
3, the identity lookups' indexes, the tight blocking keys of people and the
``agreement_keys`` table (derived data, computed from the rows already stored by
``graphbuild.store.facts``, which keeps them up to date from then on); 4, articles known
by their normalised text (``identity.text_digest``: the stored texts' hashes recomputed, and
an index on them, so that the same story under another name is found); 5, the ``addresses``
table (a web address fetched and the stored article it led to, so that a redirect to an
article stored already is not fetched again by ``graphbuild follow``). Opening an
up-to-date store never writes to it.

The file is in WAL mode with a busy timeout: readers (the app) never wait for a writer,
and two writers (two ingests) queue, one transaction (an article, or a batch of them) at a
time. A process killed mid-transaction leaves the file as it was before that transaction.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "MIGRATIONS",
    "ENV_VAR",
    "DEFAULT_PATH",
    "BUSY_TIMEOUT_SECONDS",
    "StoreError",
    "default_path",
    "connect",
    "migrate",
    "schema_version",
]

#: "GBDB" in the SQLite header: this file belongs to graphbuild.
APPLICATION_ID = 0x47424442
SCHEMA_VERSION = 5
ENV_VAR = "GRAPHBUILD_DB"
DEFAULT_PATH = Path("data") / "graphbuild.sqlite"
#: How long a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT_SECONDS = 60.0
#: SQLite's page cache per connection, in KiB (filled only as pages are read).
CACHE_KIB = 64 * 1024

_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The database file cannot be used: not a database, another program's, or too new."""


def default_path() -> Path:
    """``$GRAPHBUILD_DB`` when set, else ``./data/graphbuild.sqlite``."""
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


_V1 = """
CREATE TABLE schema_version (version INTEGER NOT NULL);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    text TEXT,                       -- NULL when stored from an extraction alone: not re-extractable
    title TEXT,
    url TEXT,
    language TEXT,
    published TEXT,
    extraction TEXT NOT NULL,        -- the extractor's output (Extraction.to_dict), as produced
    ingested_at TEXT NOT NULL
);

CREATE TABLE countries (
    iso3 TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE organizations (
    id TEXT PRIMARY KEY,             -- node id: org:<slug> or org:<iso3>:<slug>
    name TEXT NOT NULL,
    country TEXT REFERENCES countries(iso3)
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,             -- node id: person:<slug>, kept while a participant points to it
    country TEXT REFERENCES countries(iso3)
);

CREATE TABLE meetings (
    id TEXT PRIMARY KEY,             -- node id: meeting:<article digest>-<position>
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT,
    date_text TEXT,
    place TEXT,
    topics TEXT NOT NULL DEFAULT '[]',
    event_type TEXT,
    multilateral INTEGER NOT NULL DEFAULT 0,
    teaser INTEGER NOT NULL DEFAULT 0,
    planned INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER
);
CREATE INDEX meetings_article ON meetings(article_id);

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    person_id TEXT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,              -- as the extractor wrote it
    aliases TEXT NOT NULL DEFAULT '[]',
    title TEXT,
    organization_id TEXT REFERENCES organizations(id),
    country TEXT REFERENCES countries(iso3),
    country_text TEXT                -- the country as written, kept when it names no ISO country
);
CREATE INDEX participants_meeting ON participants(meeting_id);
CREATE INDEX participants_person ON participants(person_id);

-- Blocking keys (name tokens, joined name) so that a new name is compared only with the
-- people who share a key, not with everyone in the store.
CREATE TABLE person_keys (
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL,
    key TEXT NOT NULL
);
CREATE INDEX person_keys_key ON person_keys(key);

CREATE TABLE agreements (
    id TEXT PRIMARY KEY,             -- node id: agreement:<kind>-<parties>-<topic>
    kind TEXT NOT NULL,
    parties_key TEXT NOT NULL        -- sorted party node ids: the identity, with kind and topic
);
CREATE INDEX agreements_identity ON agreements(kind, parties_key);

CREATE TABLE agreement_parties (
    agreement_id TEXT NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    party_id TEXT NOT NULL,          -- country:<iso3> or org:<slug>
    PRIMARY KEY (agreement_id, party_id)
);

CREATE TABLE agreement_mentions (
    id INTEGER PRIMARY KEY,
    agreement_id TEXT NOT NULL REFERENCES agreements(id),
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    meeting_id TEXT REFERENCES meetings(id) ON DELETE SET NULL,   -- the meeting it was signed at
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    date TEXT,
    topics TEXT NOT NULL DEFAULT '[]',
    mention_only INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER
);
CREATE INDEX agreement_mentions_agreement ON agreement_mentions(agreement_id);

-- Curation by hand (merge, set_country, rename, hide), re-applied on every graph build.
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY,
    action TEXT NOT NULL,
    args TEXT NOT NULL,
    created_at TEXT NOT NULL
);
"""


# Every ON DELETE CASCADE / SET NULL looks up the child rows by the referencing column; without
# an index SQLite scans the child table once per parent row deleted, so replacing an article
# cost a scan of person_keys per participant. The garbage collection after it looks up
# organizations and parties the same way.
_V2 = """
CREATE INDEX IF NOT EXISTS person_keys_participant ON person_keys(participant_id);
CREATE INDEX IF NOT EXISTS agreement_mentions_article ON agreement_mentions(article_id, position);
CREATE INDEX IF NOT EXISTS agreement_mentions_meeting ON agreement_mentions(meeting_id);
CREATE INDEX IF NOT EXISTS participants_organization ON participants(organization_id);
CREATE INDEX IF NOT EXISTS agreement_parties_party ON agreement_parties(party_id);
"""


# A web address that led to a stored article under another address (a redirect); the address an
# article is stored under is its source. Joined with ``articles``: an address whose article
# was deleted is fetched again.
_V5 = """
CREATE TABLE IF NOT EXISTS addresses (
    address TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    seen_at TEXT NOT NULL
)
"""


def _execute_all(connection: sqlite3.Connection, script: str) -> None:
    # Not executescript(): it commits first, and a migration must stay inside its transaction.
    for statement in script.split(";\n"):
        if statement.strip():
            connection.execute(statement)


def _create_v1(connection: sqlite3.Connection) -> None:
    _execute_all(connection, _V1)


def _index_foreign_keys(connection: sqlite3.Connection) -> None:
    _execute_all(connection, _V2)


def _add_identity_keys(connection: sqlite3.Connection) -> None:
    # The keys are derived by the code that writes them with every article.
    from graphbuild.store.facts import ensure_identity_keys

    ensure_identity_keys(connection)


def _index_contents(connection: sqlite3.Connection) -> None:
    # Articles stored from their text get the hash of their normalised text; those stored from
    # an extraction alone keep the extraction's hash (they have no text to normalise).
    from graphbuild.store.identity import text_digest

    ids = [row[0] for row in connection.execute("SELECT id FROM articles WHERE text IS NOT NULL ORDER BY id")]
    for article_id in ids:  # one text in memory at a time
        text = connection.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
        connection.execute("UPDATE articles SET content_hash = ? WHERE id = ?", (text_digest(text), article_id))
    connection.execute("CREATE INDEX IF NOT EXISTS articles_content ON articles(content_hash)")


def _add_addresses(connection: sqlite3.Connection) -> None:
    _execute_all(connection, _V5)


#: Step that brings a database from version ``n - 1`` to version ``n``.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _create_v1, 2: _index_foreign_keys, 3: _add_identity_keys, 4: _index_contents, 5: _add_addresses}


def _user_tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()
    return [row[0] for row in rows]


def schema_version(connection: sqlite3.Connection) -> int:
    """The version recorded in the database, 0 for an empty one."""
    if "schema_version" not in _user_tables(connection):
        return 0
    row = connection.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(connection: sqlite3.Connection) -> int:
    """Bring the database to ``SCHEMA_VERSION`` inside the caller's transaction; return it."""
    current = schema_version(connection)
    for version in range(current + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](connection)
    if current != SCHEMA_VERSION:
        connection.execute("DELETE FROM schema_version")
        connection.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    return SCHEMA_VERSION


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a path that is a folder or a file of another kind."""
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a database file")
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
        if magic != _SQLITE_MAGIC:
            raise StoreError(f"{path}: not a graphbuild database (not an SQLite file); refusing to touch it")


def _check_owner(connection: sqlite3.Connection, path: Path) -> None:
    """Refuse another program's SQLite file, and a graphbuild file newer than this code."""
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    tables = _user_tables(connection)
    if application_id == APPLICATION_ID:
        version = schema_version(connection)
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{path}: written by a newer graphbuild (schema version {version}, "
                f"this one reads up to {SCHEMA_VERSION}); upgrade graphbuild"
            )
        return
    if application_id == 0 and not tables:
        return  # a new, empty file: ours to initialise
    listed = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
    raise StoreError(
        f"{path}: an SQLite database of another program (application id {application_id:#x}, "
        f"tables: {listed or 'none'}); graphbuild will not write to it"
    )


def _enable_wal(connection: sqlite3.Connection) -> None:
    """Switch the file to WAL (readers never wait for a writer), waiting out a concurrent opener.

    Changing the journal mode needs the file to itself, and SQLite reports "locked" at once,
    without its busy timeout, when another process opens the same new file at that moment.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            connection.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _open_checked(path: Path) -> tuple[sqlite3.Connection, int]:
    """A connection to ``path`` once the file is known to be ours (or new), and its schema version."""
    # isolation_level=None: transactions are opened explicitly, one per article.
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        connection.row_factory = sqlite3.Row
        # One read transaction: the header and the table list from the same moment, even
        # while another process is creating the schema.
        connection.execute("BEGIN")
        try:
            _check_owner(connection, path)
            version = schema_version(connection)
        finally:
            connection.execute("COMMIT")
    except BaseException:
        connection.close()
        raise
    return connection, version


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) a graphbuild database, checked and migrated; StoreError if unusable.

    An up-to-date database is opened without taking the write lock, so that opening it
    (the app does, on every change) never waits for an ingest in another process.
    """
    _check_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path}: cannot create its folder ({error.strerror or error})") from error
    connection = None
    try:
        connection, version = _open_checked(path)
        _enable_wal(connection)  # only once the file is known to be ours
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
        connection.execute("PRAGMA foreign_keys = ON")
        # The identity lookups of an ingest seek all over the indexes: at 100,000 articles the
        # default 2 MB page cache sends most of them back to the file.
        connection.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        if version != SCHEMA_VERSION:
            connection.execute("BEGIN IMMEDIATE")
            try:
                _check_owner(connection, path)  # again: another process may have created it meanwhile
                migrate(connection)
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
    except sqlite3.DatabaseError as error:
        if connection is not None:
            connection.close()
        raise StoreError(f"{path}: not a usable SQLite database ({error})") from error
    except StoreError:
        if connection is not None:
            connection.close()
        raise
    return connection
