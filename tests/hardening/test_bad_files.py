"""Bad files in a batch: each gets one clear message naming it and the reason, the rest is read.

One folder holds every kind of bad input the issue lists (empty, binary, truncated, not
UTF-8, an HTML page with no article, broken JSONL lines, a file over the size limit, a
folder loop) and a few more (a broken link, a named pipe, an impossible publication date,
a UTF-16 file), next to good articles. The folder goes through ``iter_articles``, then
``graphbuild ingest`` and ``graphbuild extract``: every failure is reported once, every
good article is read, and the exit code says that something failed.
"""
from __future__ import annotations

import codecs
import json
import os
import random
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.ingest import MAX_BYTES_VAR, iter_articles
from graphbuild.records import Article, Failure
from graphbuild.store import open_store
from graphbuild.store.identity import text_digest

from hardening_helpers import stored_articles

LIMIT = 20_000
FRENCH = ("Le Premier ministre Pham Minh Chinh a reçu le 3 mai à Hanoï l'ambassadeur de France, Olivier Brochet. "
          "Les deux parties ont évoqué la coopération économique, l'été dernier et les données personnelles.")
ENGLISH = ("Prime Minister Pham Minh Chinh met French Ambassador Olivier Brochet in Hanoi on May 3. "
           "The two sides discussed economic cooperation and the protection of personal data.")
PAGE = (f"<html><head><title>Visit</title></head><body><nav>Home | World</nav><article><h1>Visit</h1>"
        f"<p>{FRENCH}</p><p>{FRENCH}</p></article></body></html>")


def make_batch(root: Path) -> tuple[Path, list[Path], dict[str, str], dict[str, str]]:
    """A folder of bad and good inputs; (folder, extra paths to name, failures by source, texts by source)."""
    folder = root / "batch"
    (folder / "sub").mkdir(parents=True)
    failures: dict[str, str] = {}   # source → words the reason must contain
    texts: dict[str, str] = {}      # source → the exact article text expected (None: not checked)

    def bad(name: str, data: bytes, reason: str) -> None:
        (folder / name).write_bytes(data)
        failures[str(folder / name)] = reason

    bad("empty.txt", b"", "empty file")
    bad("blank.txt", b" \n\t\n  ", "only white space")
    bad("tiny-binary.txt", b"\x00\x01\x02PNG", "binary file")
    bad("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file")
    noise = random.Random(7)
    bad("noise.txt", bytes(noise.randrange(1, 256) for _ in range(3000)), "no text encoding could be detected")
    bad("controls.txt", b"\x01\x02\x03\x1b[2J\x07" * 400 + b"ok", "control characters")
    bad("program.html", b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8, "binary file")
    bad("bad-utf16.txt", codecs.BOM_UTF16_LE + "Le ministre".encode("utf-16-le") + b"\x00\xd8\x41\x00\x00\xd8",
        "byte-order mark but is not UTF-16")
    bad("menu.html", b"<html><body><nav>Accueil | Monde | Contact</nav><footer>(c)</footer></body></html>",
        "no article text")
    bad("truncated.html", b"<html><head><title>Visite</title></head><body><nav>Accueil</nav><article><p>Le mini",
        "no article text")
    bad("big.txt", ("x" * (LIMIT + 10)).encode(), f"over the limit of {LIMIT:,}")
    bad("bad-date.txt", f" date 2024-02-30 {FRENCH}".encode(), "not a calendar date")
    bad("not-a-date.txt", f" date 2024-13-01 {FRENCH}".encode(), "not a calendar date")

    lines = [
        json.dumps({"text": ENGLISH, "published": "2024-05-03T09:00:00+07:00", "url": "https://example.org/a"}),
        "{not json",
        json.dumps({"title": "no text"}),
        "[1, 2]",
        json.dumps({"text": 5}),
        json.dumps({"text": ENGLISH, "published": "2024-13-45"}),
        json.dumps({"text": ENGLISH, "title": {"html": "<b>x</b>"}}),
        "[" * 5000,
        '{"text": "Le ministre \\ud800 a re\\u00e7u l\'ambassadeur.", "url": "https://example.org/b"}',
        '{"text": "Le ministre a re',
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    jsonl = {2: "line 2 is not valid JSON", 3: 'line 3 has no "text" string', 4: "line 4 is not a JSON object",
             5: 'line 5: "text" is int', 6: "line 6: publication date '2024-13-45' is not a calendar date",
             7: 'line 7: "title" is dict', 8: "line 8 is not valid JSON (nested too deeply)",
             10: "line 10 is not valid JSON"}
    failures.update({f"{folder / 'batch.jsonl'}:{number}": reason for number, reason in jsonl.items()})
    texts["https://example.org/a"] = ENGLISH
    texts["https://example.org/b"] = "Le ministre \ufffd a reçu l'ambassadeur."

    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)
    failures[str(folder / "sub" / "loop")] = "folder loop"
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    failures[str(folder / "dangling.txt")] = "broken symbolic link"
    os.mkfifo(folder / "pipe.txt")
    failures[str(folder / "pipe.txt")] = "not a regular file"
    (root / "notes.pdf").write_bytes(b"%PDF-1.7\n")
    failures[str(root / "notes.pdf")] = "unsupported file type '.pdf'"
    failures[str(root / "missing.txt")] = "no such file or folder"

    # Good ones, some in unusual encodings or cut short.
    good = {
        "good.txt": (f" date 2024-05-04 {FRENCH}".encode("utf-8"), f" date 2024-05-04 {FRENCH}"),
        "latin1.txt": (FRENCH.encode("cp1252"), FRENCH),
        "utf16.txt": (ENGLISH.encode("utf-16"), ENGLISH),
        "utf16-no-bom.txt": (ENGLISH.encode("utf-16-le"), ENGLISH),
        "truncated-utf8.txt": ((FRENCH + " Café").encode("utf-8")[:-1], FRENCH + " Caf"),
        "sub/page.html": (PAGE.encode("utf-8"), None),
    }
    for name, (data, text) in good.items():
        (folder / name).write_bytes(data)
        texts[str(folder / name)] = text
    return folder, [root / "notes.pdf", root / "missing.txt"], failures, texts


@pytest.fixture
def batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(MAX_BYTES_VAR, str(LIMIT))
    return make_batch(tmp_path)


def test_every_bad_file_fails_alone_with_its_reason_and_every_good_one_is_read(batch) -> None:
    folder, extra, failures, texts = batch
    results = list(iter_articles([folder, *extra]))
    found_failures = {r.source: r.reason for r in results if isinstance(r, Failure)}
    articles = {r.source: r for r in results if isinstance(r, Article)}
    assert set(found_failures) == set(failures), (set(found_failures) ^ set(failures))
    for name, words in failures.items():
        assert words in found_failures[name], (name, found_failures[name])
    assert set(articles) == set(texts)
    for name, text in texts.items():
        if text is not None:
            assert articles[name].text == text, name
    assert "Pham Minh Chinh" in articles[str(folder / "sub" / "page.html")].text
    assert articles[str(folder / "good.txt")].published == "2024-05-04"
    assert articles["https://example.org/a"].published == "2024-05-03"
    assert len(results) == len(failures) + len(texts)  # each input once: the loop was not followed


def test_the_size_limit_is_configurable_and_a_bad_setting_is_named(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "a.txt"
    article.write_text(FRENCH, encoding="utf-8")
    monkeypatch.setenv(MAX_BYTES_VAR, "100")
    (failure,) = iter_articles([article])
    assert isinstance(failure, Failure) and "over the limit of 100 bytes" in failure.reason
    monkeypatch.setenv(MAX_BYTES_VAR, "1_000")
    assert isinstance(next(iter_articles([article])), Article)
    monkeypatch.setenv(MAX_BYTES_VAR, "five megabytes")
    (failure,) = iter_articles([article])
    assert isinstance(failure, Failure) and MAX_BYTES_VAR in failure.reason and "five megabytes" in failure.reason


def _check_reported(err: str, prefix: str, failures: dict[str, str]) -> None:
    """Standard error has one ``PREFIX SOURCE: reason`` line per failure, with its reason, and no other."""
    lines = [line for line in err.splitlines() if line.startswith(prefix)]
    assert len(lines) == len(failures), "\n".join(lines)
    for source, words in failures.items():
        (line,) = [line for line in lines if line.startswith(f"{prefix}{source}: ")]
        assert words in line, line


@pytest.mark.model
def test_ingest_reports_every_failure_stores_the_rest_and_exits_1(batch, tmp_path: Path, spacy_models,
                                                                   capsys: pytest.CaptureFixture) -> None:
    folder, extra, failures, texts = batch
    db = tmp_path / "graph.sqlite"
    code = main(["ingest", "--db", str(db), "--no-progress", "--json", str(folder), *map(str, extra)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    summary = json.loads(captured.out)
    assert summary["failed"] == len(failures) == len(summary["failures"])
    # The good files tell a few stories in many encodings: each story is stored once, under the
    # first file that tells it; the others are the same article ("unchanged").
    first_teller: dict[str, str] = {}
    for article in iter_articles([folder, *extra]):
        if isinstance(article, Article):
            first_teller.setdefault(text_digest(article.text), article.source)
    stories = set(first_teller.values())
    assert 1 < len(stories) < len(texts)
    assert (summary["new"], summary["unchanged"]) == (len(stories), len(texts) - len(stories))
    _check_reported(captured.err, "failed: ", failures)
    with open_store(db) as store:
        assert {a["source"] for a in store.articles()} == stories
    assert len(stored_articles(db)) == len(stories)

    # A second run stores nothing twice and still names every failure.
    assert main(["ingest", "--db", str(db), "--no-progress", "--json", str(folder), *map(str, extra)]) == 1
    again = json.loads(capsys.readouterr().out)
    assert again["unchanged"] == len(texts) and again["new"] == 0 and again["failed"] == len(failures)


@pytest.mark.model
def test_extract_reports_every_failure_prints_the_rest_and_exits_1(batch, tmp_path: Path, spacy_models,
                                                                    capsys: pytest.CaptureFixture) -> None:
    folder, extra, failures, texts = batch
    out = tmp_path / "out.json"
    code = main(["extract", "--json", "-o", str(out), str(folder), *map(str, extra)])
    captured = capsys.readouterr()
    assert code == 1
    assert "Traceback" not in captured.err
    _check_reported(captured.err, "error: ", failures)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {item["source"] for item in data} == set(texts)
    assert f"{len(failures)} of {len(failures) + len(texts)} inputs failed" in captured.err


@pytest.mark.model
def test_line_breaks_of_any_convention_give_the_same_meetings(tmp_path: Path, spacy_models) -> None:
    from graphbuild.extract import extract_articles

    lines = ["Le ministre Pham Minh Chinh a reçu le 3 mai à Hanoï Olivier Brochet.",
             "Le ministre Bui Thanh Son a reçu le 4 mai à Hanoï Krzysztof Gawkowski.", ""]
    for name, separator in (("unix", "\n"), ("windows", "\r\n"), ("mac", "\r"), ("unicode", "\u2028"),
                            ("paragraphs", "\u2029"), ("next-line", "\x85")):
        (tmp_path / f"{name}.txt").write_text(separator.join(lines), encoding="utf-8", newline="")
    articles = [a for a in iter_articles([tmp_path]) if isinstance(a, Article)]
    assert len(articles) == 6
    assert {a.text for a in articles} == {"\n".join(lines)}
    for extraction in extract_articles(articles):
        assert [[p.name for p in m.participants] for m in extraction.meetings] == [
            ["Pham Minh Chinh", "Olivier Brochet"], ["Bui Thanh Son", "Krzysztof Gawkowski"]], extraction.source
