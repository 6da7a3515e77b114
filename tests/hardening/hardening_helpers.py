"""Helpers of the hardening tests: hostile strings, many articles, the CLI as a process, store checks.

The hostile strings are the attacks an article from the open web can carry in a name, a
title, a place, a topic or its evidence: markup, script, ``javascript:`` URLs, Markdown,
spreadsheet formulas, control characters, bidirectional overrides, very long text.
"""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
FIXTURES = REPO / "tests" / "data" / "extractions"

HOSTILE = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</script><script>alert(2)</script>",
    "<a href=\"javascript:alert(1)\">click</a>",
    "javascript:alert(document.cookie)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "[click me](javascript:alert(1)) ![x](http://evil.example/x.png)",
    "**bold** _italic_ `code` # Heading\n- item",
    "<style>body{display:none}</style>",
    "<!-- comment --> <![CDATA[ x ]]>",
    "&amp; &lt;script&gt; &#x3C;b&#x3E;",
    "{{7*7}} ${7*7} %(name)s {0} $title",
    "'; DROP TABLE articles; --",
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    " =1+1",
    "\n=1+1",
    "\x00\x01\x07\x1b[31mred\x1b[0m\x7f",
    "line one\nline two\r\nline three",
    "\u202eevil.exe\u202c",
    "مرحبا شالوم שלום",
    "😀 👩‍👩‍👧 🇻🇳",
    "\u2028\u2029\ufeff\u200b",
    "N" * 20_000,
    "'\"\\`<>&",
)


def hostile_extraction(source: str = "hostile.txt") -> Extraction:
    """One article whose every text field carries the hostile strings."""
    meetings = []
    for index, text in enumerate(HOSTILE):
        sentence = f"Meeting {index}: {text}"
        meetings.append(Meeting(
            date="2024-05-16", place=text, date_text=text,
            participants=[
                Participant(name=f"{text} Nguyen", aliases=[text], title=text, organization=text, country="Vietnam"),
                Participant(name=text, title=text, country="France"),
            ],
            topics=[text], evidence=Evidence(sentence, 0, len(sentence)),
        ))
    agreements = [Agreement(name=text, kind="mou", status="signed", parties=["Vietnam", "France", text],
                            date="2024-05-16", topics=[text], evidence=Evidence(f"Signed: {text}", 0, 9))
                  for text in HOSTILE]
    return Extraction(source, "en", "2024-05-16", meetings=meetings, agreements=agreements)


def fixture_extractions() -> list[Extraction]:
    """The project's extraction fixtures (tests/data/extractions), in file-name order."""
    return [Extraction.from_dict(json.loads(path.read_text(encoding="utf-8")))
            for path in sorted(FIXTURES.glob("*.json"))]


def many_extractions(count: int, meetings: int = 12) -> list[Extraction]:
    """``count`` distinct articles, each with ``meetings`` meetings of three people and one agreement.

    The host of each meeting is new, the guest comes back at every meeting of the article,
    and the twelve Interpol officers come back in every article (one person each, across
    articles: the store's identity matching has work to do).
    """
    result = []
    for number in range(count):
        found = []
        for position in range(meetings):
            host, guest, officer = f"Tran{number}q{position} Kim{number}q{position}", f"Jean{number} Dupont{number}", \
                f"Ana Lopez{position}"
            sentence = f"Le ministre {host} a reçu {guest} et {officer}."
            found.append(Meeting(
                date=f"2024-{1 + position % 12:02d}-{1 + number % 28:02d}", place="Hanoi",
                participants=[Participant(host, title="ministre", country="Vietnam"),
                              Participant(guest, country="France"),
                              Participant(officer, organization="Interpol")],
                topics=["security"], evidence=Evidence(sentence, 0, len(sentence))))
        agreements = [Agreement(f"mémorandum d'entente n° {number}", "mou", "signed", ["Vietnam", "France"],
                                date=f"2024-01-{1 + number % 28:02d}", topics=[f"topic {number}"])]
        result.append(Extraction(f"article-{number:04d}.txt", "fr", "2024-12-31", meetings=found,
                                 agreements=agreements))
    return result


def write_extractions(path: Path, extractions: list[Extraction]) -> Path:
    """``extractions`` as the JSON list ``graphbuild ingest --extractions`` reads."""
    path.write_text(json.dumps([e.to_dict() for e in extractions], ensure_ascii=False), encoding="utf-8")
    return path


def graphbuild(*args: str, timeout: float = 300, **kwargs) -> subprocess.CompletedProcess:
    """Run the ``graphbuild`` command in a new Python process; its output as text."""
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], cwd=REPO, capture_output=True, text=True,
                          timeout=timeout, env={**os.environ, "PYTHONUNBUFFERED": "1"}, **kwargs)


def start_graphbuild(*args: str, **kwargs) -> subprocess.Popen:
    """Start the ``graphbuild`` command in a new Python process, without waiting for it."""
    return subprocess.Popen([sys.executable, "-m", "graphbuild", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"}, **kwargs)


def stored_articles(db: Path) -> dict[str, dict[str, int]]:
    """Source → how many meetings, participants and agreement reports the file holds for it (read-only)."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT a.source,"
            " (SELECT count(*) FROM meetings m WHERE m.article_id = a.id),"
            " (SELECT count(*) FROM participants p JOIN meetings m ON m.id = p.meeting_id WHERE m.article_id = a.id),"
            " (SELECT count(*) FROM agreement_mentions am WHERE am.article_id = a.id)"
            " FROM articles a").fetchall()
    finally:
        connection.close()
    return {source: {"meetings": m, "participants": p, "agreements": g} for source, m, p, g in rows}


def expected_counts(extraction: Extraction) -> dict[str, int]:
    """What ``stored_articles`` gives for a complete copy of ``extraction``."""
    return {"meetings": len(extraction.meetings),
            "participants": sum(len(m.participants) for m in extraction.meetings),
            "agreements": len(extraction.agreements)}


def integrity(db: Path) -> tuple[str, list]:
    """``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check`` of a database file."""
    connection = sqlite3.connect(db)
    try:
        return (connection.execute("PRAGMA integrity_check").fetchone()[0],
                connection.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        connection.close()


def _unordered(value):
    if isinstance(value, list):
        return sorted((_unordered(item) for item in value), key=lambda item: json.dumps(item, sort_keys=True))
    if isinstance(value, dict):
        return {key: _unordered(item) for key, item in value.items()}
    return value


def graph_signature(graph, *, ordered: bool = True) -> tuple:
    """A graph as sorted, comparable data: nodes and edges with their attributes.

    ``ordered=False`` also sorts the lists inside attributes (sources, evidence), whose order
    is the order articles were stored in.
    """
    norm = (lambda value: value) if ordered else _unordered

    def dump(data) -> str:
        return json.dumps(norm(data), sort_keys=True, ensure_ascii=False)

    nodes = sorted((node, dump(data)) for node, data in graph.nodes(data=True))
    edges = sorted((u, v, k, dump(data)) for u, v, k, data in graph.edges(keys=True, data=True))
    return tuple(nodes), tuple(edges), dump(graph.graph)


def query_signature(graph) -> dict:
    """What the explorer works out of a graph once (``graph_summary``), comparable: orders that say nothing sorted."""
    from graphbuild.graph.query import graph_summary

    return summary_signature(graph_summary(graph))


def summary_signature(summary: dict) -> dict:
    """``query_signature`` of a summary as the graph file keeps it."""
    firsts, facts, others = summary["dates"]
    return {**summary, "attended": sorted(summary["attended"]), "undated": sorted(summary["undated"]),
            "dates": (firsts, facts, sorted(others)),
            "links": {node: sorted(targets) for node, targets in summary["links"].items()},
            "affiliations": {person: sorted((target, sorted(json.dumps(edge, sort_keys=True) for edge in edges))
                                            for target, edges in found)
                             for person, found in summary["affiliations"].items()},
            "countries": list(summary["choices"]["countries"].items())}


# An ingest that stops inside the transaction of the article TARGET, after all its facts are
# written, and waits there; with the page cache so small that the facts spill into the WAL.
_PAUSING_INGEST = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    import graphbuild.store.database as database
    from graphbuild.cli.store import read_extraction_files
    from graphbuild.store import ingest_extractions, open_store

    db, batch, target, marker = sys.argv[1:5]
    write_facts = database.write_facts

    def pausing(connection, article_id, digest, extraction):
        write_facts(connection, article_id, digest, extraction)
        if extraction.source == target:
            Path(marker).write_text("inside the transaction")
            time.sleep(600)

    database.write_facts = pausing
    extractions, failures = read_extraction_files([Path(batch)])
    with open_store(db) as store:
        store.connection.execute("PRAGMA cache_size = 1")
        ingest_extractions(store, extractions)
""")


def start_pausing_ingest(folder: Path, db: Path, batch: Path, target: str) -> tuple[subprocess.Popen, Path]:
    """Start an ingest of ``batch`` that stops inside ``target``'s transaction; (process, marker file).

    The marker file appears once the process holds the write lock with ``target``'s facts written.
    """
    script, marker = folder / "pausing_ingest.py", folder / "inside-the-transaction"
    script.write_text(_PAUSING_INGEST, encoding="utf-8")
    process = subprocess.Popen([sys.executable, str(script), str(db), str(batch), target, str(marker)], cwd=REPO,
                               stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    return process, marker
