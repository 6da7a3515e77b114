"""The real corpus as committed: manifests, golds and roles that hold together, and the
tool that adds pages and brings their texts back (the texts themselves are not committed)."""
from __future__ import annotations

import json
import sys

import pytest

from tests.golden import real


def test_every_batch_has_a_role_and_every_article_a_gold():
    roles = real.batch_roles()
    assert set(roles) == set(real.batch_names())
    assert {info["role"] for info in roles.values()} <= {"dev", "check"}
    for batch in real.batch_names():
        entries = real.read_manifest(batch)
        assert entries, batch
        for entry in entries:
            gold = real.REAL / batch / "gold" / f"{entry.stem}.json"
            assert not real.check_gold(gold, None), gold
            assert json.loads(gold.read_text(encoding="utf-8"))["language"] == entry.language


def test_no_page_is_in_two_batches():
    entries = [e for b in real.batch_names() for e in real.read_manifest(b)]
    for field in ("stem", "url", "sha256"):
        values = [getattr(e, field) for e in entries]
        assert len(values) == len(set(values)), field


def test_the_corpus_holds_what_the_issue_asks():
    entries = [e for b in real.batch_names() for e in real.read_manifest(b)]
    by_language = {lang: sum(e.language == lang for e in entries) for lang in real.LANGUAGES}
    assert by_language["fr"] >= 150 and by_language["en"] >= 100
    foreign = sum(e.outlet_country != "Vietnam" for e in entries)
    assert foreign / len(entries) >= 0.4
    assert all(e.query and e.url.startswith("http") and len(e.sha256) == 64 for e in entries)


def test_the_text_hash_ignores_line_endings_spacing_and_unicode_form():
    text = "Le général Tô Lâm a reçu\nl’ambassadeur.\n"
    assert real.text_hash(text) == real.text_hash("Le général Tô Lâm a reçu\r\n  l’ambassadeur.  ")
    decomposed = "Le ge\u0301ne\u0301ral To\u0302 La\u0302m a reçu l’ambassadeur."
    assert real.text_hash(text) == real.text_hash(decomposed)
    assert real.text_hash(text) != real.text_hash(text.replace("reçu", "reçue"))


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """An empty real corpus in a temporary folder, and a reserved-page checker that says no."""
    folder = tmp_path / "real"
    monkeypatch.setattr(real, "REAL", folder)
    monkeypatch.setattr(real, "TEXTS", folder / "texts")
    monkeypatch.setattr(real, "BATCHES", folder / "batches.json")
    checker = tmp_path / "reserved.py"
    checker.write_text("import sys\nprint('ok')\nsys.exit(0)\n", encoding="utf-8")
    monkeypatch.setattr(real, "RESERVED", checker)
    return folder


def _page(tmp_path, text="Le ministre a reçu l'ambassadeur de Norvège, Erik Haugland.\n"):
    page = tmp_path / "page.txt"
    page.write_text(text, encoding="utf-8")
    return page


def test_a_page_is_added_once_with_its_hash(corpus, tmp_path):
    entry = real.add("dev-x", _page(tmp_path), url="https://example.org/news/1", query="ministre reçoit",
                     language="fr", outlet="Example", outlet_country="France")
    assert (corpus / "texts" / f"{entry.stem}.txt").is_file()
    assert real.read_manifest("dev-x") == [entry]
    assert real.text_state(entry) == "ok"
    with pytest.raises(real.CorpusError, match="already in batch dev-x"):
        real.add("dev-y", _page(tmp_path), url="https://example.org/news/2", query="q", language="fr",
                 outlet="Example", outlet_country="France")


def test_a_reserved_page_is_deleted_and_not_added(corpus, tmp_path):
    real.RESERVED.write_text("import sys\nprint('reserved')\nsys.exit(1)\n", encoding="utf-8")
    page = _page(tmp_path)
    with pytest.raises(real.CorpusError, match="reserved for the secret evaluation"):
        real.add("dev-x", page, url="https://example.org/news/1", query="q", language="fr", outlet="Example",
                 outlet_country="France")
    assert not page.exists()
    assert real.read_manifest("dev-x") == []


def test_missing_texts_are_listed_under_the_query_that_finds_them(corpus, tmp_path, capsys):
    pages = [("https://example.org/news/1", "ministre reçoit", "Le ministre a reçu M. Haugland.\n"),
             ("https://example.org/news/2", "ministre reçoit", "Le ministre a reçu M. Larsen.\n"),
             ("https://example.org/news/3", "visite", "Le Premier ministre a visité Oslo.\n")]
    for url, query, text in pages:
        entry = real.add("dev-x", _page(tmp_path, text), url=url, query=query, language="fr",
                         outlet="Example", outlet_country="France")
        (corpus / "texts" / f"{entry.stem}.txt").unlink()
    assert real.main(["missing"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    found = {line["query"]: [(a["url"], a["state"]) for a in line["articles"]] for line in lines}
    assert found == {"ministre reçoit": [("https://example.org/news/1", "missing"), ("https://example.org/news/2", "missing")],
                     "visite": [("https://example.org/news/3", "missing")]}


def test_verify_names_a_changed_text_and_an_evidence_not_in_it(corpus, tmp_path, capsys):
    entry = real.add("dev-x", _page(tmp_path), url="https://example.org/news/1", query="q", language="fr",
                     outlet="Example", outlet_country="France")
    gold = {"source": f"{entry.stem}.txt", "language": "fr", "published": None, "agreements": [],
            "meetings": [{"evidence": "Le ministre a reçu l'ambassadeur de Suède.", "participants": []}]}
    (corpus / "dev-x" / "gold" / f"{entry.stem}.json").write_text(json.dumps(gold), encoding="utf-8")
    assert real.main(["verify"]) == 1
    assert "evidence not in the text" in capsys.readouterr().out
    (corpus / "texts" / f"{entry.stem}.txt").write_text("Autre chose.", encoding="utf-8")
    assert real.main(["verify"]) == 1
    assert "does not match the sha256" in capsys.readouterr().out


def test_a_check_suite_is_never_listed_miss_by_miss(monkeypatch, capsys):
    from tests.golden import scores

    monkeypatch.setattr(scores, "real_suites", lambda: {"real-check-fr": ("fr", ["x"])})
    monkeypatch.setattr(sys, "argv", ["scores"])
    with pytest.raises(SystemExit):
        scores.main(["--real", "--misses", "real-check-fr"])
    assert "only scored, never read for rules" in capsys.readouterr().err


def test_a_batch_article_telling_a_story_another_batch_holds_is_named(corpus, tmp_path):
    story = ("Le ministre de la Sécurité publique, le général Paul Girard, a reçu le 12 mars à Hanoï "
             "l'ambassadeur de Norvège, Erik Haugland, pour discuter de la coopération contre la cybercriminalité.\n")
    kept = real.add("dev-x", _page(tmp_path, story), url="https://example.org/news/1", query="q", language="fr",
                    outlet="Example", outlet_country="France")
    copy = real.add("check-y", _page(tmp_path, "Hanoï (VNA) – " + story), url="https://other.example/a/2", query="q",
                    language="fr", outlet="Other", outlet_country="Vietnam")
    real.add("check-y", _page(tmp_path, "Le président a inauguré un pont sur le fleuve Rouge.\n"),
             url="https://other.example/a/3", query="q", language="fr", outlet="Other", outlet_country="Vietnam")
    assert [(stem, batch, other) for _, stem, batch, other in real.similar("check-y")] == [
        (copy.stem, "dev-x", kept.stem)]
