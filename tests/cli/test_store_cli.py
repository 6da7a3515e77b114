"""The store verbs through the command line: ingest, rebuild, curation, questions."""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.graph import build_graph
from graphbuild.records import Article, Extraction, Meeting, Participant
from graphbuild.store import open_store
from graphbuild.store import pipeline

FIXTURES = Path(__file__).parents[1] / "data" / "extractions"


def run(capsys: pytest.CaptureFixture, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


class FakeExtractor:
    """Stands for spaCy: the text of an article lists the people of its one meeting."""

    def __init__(self, country: str = "Vietnam"):
        self.country = country

    def __call__(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        for article in articles:
            names = [name.strip() for name in article.text.split(",")]
            yield Extraction(article.source, "en", "2024-03-01", meetings=[
                Meeting("2024-03-01", "Hanoi", [Participant(name, country=self.country) for name in names])])


def test_ingest_prints_a_summary_and_is_idempotent(db: Path, capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "ingest", "--db", str(db), "--extractions", "--no-progress", "--json", str(FIXTURES))
    summary = json.loads(out)
    assert code == 0
    assert (summary["new"], summary["unchanged"], summary["failed"]) == (0, 9, 0)
    assert summary["meetings"] == 22 and summary["agreements"] > 0 and summary["people"] > 0


def test_ingest_names_each_bad_file_continues_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "_default_extractor", lambda: FakeExtractor())
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.txt").write_text("Alice Martin, Bob Keller", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "graph.sqlite"
    code, out, err = run(capsys, "ingest", "--db", str(db), "--no-progress", str(folder),
                         str(folder / "notes.pdf"))
    assert code == 1
    failed = [line for line in err.splitlines() if line.startswith("failed: ")]
    assert len(failed) == 2
    assert any("binary.txt" in line and "binary" in line.split("binary.txt", 1)[1] for line in failed)
    assert any("notes.pdf" in line and "unsupported" in line for line in failed)
    assert "new: 1" in out and "failed: 2" in out
    with open_store(db) as store:
        assert store.counts()["articles"] == 1


def test_ingest_reads_bad_extraction_files_as_failures(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps([{"meetings": []}]), encoding="utf-8")
    code, _, err = run(capsys, "ingest", "--db", str(tmp_path / "g.sqlite"), "--extractions", "--no-progress",
                       str(broken), str(wrong), str(FIXTURES / "01_fr_singapour-cybercriminalite.json"))
    assert code == 1
    assert f"failed: {broken}: not valid JSON" in err
    assert f"failed: {wrong}: not in the extraction shape" in err


def test_database_of_another_kind_is_refused_with_its_name(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "people", "--db", str(notes))
    assert code == 2
    assert str(notes) in err and err.startswith("error: ")
    assert notes.read_text(encoding="utf-8") == "keep me"


def test_the_database_path_comes_from_the_environment(db: Path, capsys: pytest.CaptureFixture,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GRAPHBUILD_DB", str(db))
    code, out, _ = run(capsys, "people", "Teo")
    assert code == 0
    assert out.splitlines() == ["person:teo-chee-hean\tTeo Chee Hean\tSGP\t2 meetings"]


def test_people_lists_everyone_or_those_whose_name_holds_the_search(db: Path, capsys: pytest.CaptureFixture) -> None:
    code, everyone, _ = run(capsys, "people", "--db", str(db))
    assert code == 0
    labels = [line.split("\t")[1] for line in everyone.splitlines()]
    assert len(labels) > 10 and labels == sorted(labels)
    code, found, _ = run(capsys, "people", "--db", str(db), "CHEE h")  # part of a name, any case
    assert [line.split("\t")[1] for line in found.splitlines()] == ["Teo Chee Hean"]
    assert run(capsys, "people", "--db", str(db), "   ")[1] == everyone


def test_curation_verbs_are_stored_and_applied(db: Path, capsys: pytest.CaptureFixture) -> None:
    assert run(capsys, "merge", "--db", str(db), "Luong Tam Quang", "person:le-quy-vuong")[0] == 0
    assert run(capsys, "set-country", "--db", str(db), "Henk Verhoeven", "NLD")[0] == 0
    assert run(capsys, "rename", "--db", str(db), "Europol", "Europol (EU agency)")[0] == 0
    assert run(capsys, "hide", "--db", str(db), "Rumen Radev")[0] == 0
    code, out, _ = run(capsys, "overrides", "--db", str(db))
    assert code == 0
    assert [line.split("\t")[2] for line in out.splitlines()] == ["merge", "set_country", "rename", "hide"]
    with open_store(db) as store:
        graph = build_graph(store)
    assert "person:le-quy-vuong" not in graph and "person:rumen-radev" not in graph
    assert graph.nodes["person:henk-verhoeven"]["country"] == "NLD"
    assert graph.nodes["org:europol"]["label"] == "Europol (EU agency)"
    assert run(capsys, "overrides", "--db", str(db), "--remove", "4")[0] == 0
    with open_store(db) as store:
        assert "person:rumen-radev" in build_graph(store)


def test_curation_refuses_unknown_or_ambiguous_names(db: Path, capsys: pytest.CaptureFixture) -> None:
    code, _, err = run(capsys, "merge", "--db", str(db), "Nobody Atall", "Tô Lâm")
    assert code == 2 and "no person named 'Nobody Atall'" in err
    code, _, err = run(capsys, "hide", "--db", str(db), "Ministry of Public Security")
    assert code == 2 and "several" in err and "org:vnm:ministry-of-public-security" in err
    code, _, err = run(capsys, "set-country", "--db", str(db), "Tô Lâm", "Atlantis")
    assert code == 2 and "names no country" in err
    code, _, err = run(capsys, "merge", "--db", str(db), "Tô Lâm", "To Lam")
    assert code == 2 and "already one person" in err
    with open_store(db) as store:
        assert store.overrides() == []


def test_rebuild_re_extracts_and_keeps_overrides(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Alice Martin, Bob Keller", encoding="utf-8")
    db = tmp_path / "graph.sqlite"
    monkeypatch.setattr(pipeline, "_default_extractor", lambda: FakeExtractor("Vietnam"))
    assert run(capsys, "ingest", "--db", str(db), "--no-progress", str(folder))[0] == 0
    assert run(capsys, "rename", "--db", str(db), "Alice Martin", "Alice M.")[0] == 0
    monkeypatch.setattr(pipeline, "_default_extractor", lambda: FakeExtractor("Laos"))
    code, out, _ = run(capsys, "rebuild", "--db", str(db), "--no-progress")
    assert code == 0 and "changed: 1" in out
    with open_store(db) as store:
        graph = build_graph(store)
    assert graph.nodes["person:alice-martin"]["label"] == "Alice M."
    assert graph.nodes["person:alice-martin"]["country"] == "LAO"


def test_question_verbs(db: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, "meetings", "--db", str(db), "To Lam")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Meetings of Tô Lâm (Vietnam): 9" and len(lines) == 11
    assert lines[1].split() == ["date", "place", "title", "that", "day", "with"]
    assert lines[2].startswith("9 Aug 2022") and "ministre de la Sécurité publique" in lines[2]
    assert lines[2].rstrip().endswith("Somvang Phetsavong") or "Somvang" in lines[2]
    code, out, _ = run(capsys, "ties", "--db", str(db), "Vietnam", "SGP")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Singapore – Vietnam: 3 meetings, 7 agreements")
    assert "Meetings" in lines and "Agreements" in lines
    assert not any("country:" in line or "_" in line.split("  ")[0] for line in lines)  # names, human statuses
    code, out, _ = run(capsys, "top", "--db", str(db), "--country", "VNM", "--limit", "1")
    assert code == 0
    assert [line.split("  ")[0].strip() for line in out.splitlines() if line] == [
        "Officials with most meetings", "meetings", "9", "Partners of Vietnam, by meetings and agreements",
        "shared", "10"]
    assert "Tô Lâm" in out and "Singapore" in out and "person:" not in out
