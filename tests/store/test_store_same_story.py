"""An article is its story, not its file: the same text under another name, re-wrapped or with a
date header added changes nothing in the store, row for row."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.store import ingest_paths, open_store
from graphbuild.store.identity import normalised_text, text_digest

from tests.scale.corpus_helpers import store_rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
# The seed whose meetings have no known year: the ones a second copy used to duplicate.
UNDATED_SEED = sorted(SEEDS.glob("001_*.txt"))[0]


def variants(folder: Path) -> list[Path]:
    """The undated seed as a user may bring it again: renamed, with CRLF, re-wrapped, with a date header."""
    text = UNDATED_SEED.read_text(encoding="utf-8")
    folder.mkdir()
    written = {
        "copy.txt": text,
        "crlf.txt": text.replace("\n", "\r\n"),
        "rewrapped.txt": "\n\n".join("  ".join(line.split(" ")) + "  " for line in text.split("\n")),
        "dated.txt": " date 2025-10-27 " + text,
        "teaser.txt": text.rstrip("\n") + "\n\nVoir plus\n\nUne autre histoire, sans rapport.\n",
    }
    for name, content in written.items():
        (folder / name).write_bytes(content.encode("utf-8"))
    return sorted(folder.iterdir())


def test_normalised_text_drops_line_ends_spacing_header_and_furniture() -> None:
    caption = "Les deux ministres (à droite) à Hanoï. Photo : VNA"
    text = f"Titre\n\nLe ministre a reçu  son homologue.\n{caption}\n{caption}\nVNA\n"
    assert normalised_text(text) == normalised_text(" date 2024-05-01 " + text.replace("\n", "\r\n"))
    assert normalised_text(text) == normalised_text(text + "\nVoir plus\nAutre chose.\n")
    assert normalised_text(text).count(caption) == 1  # a caption printed twice is one
    assert not normalised_text(text).endswith("VNA\nVNA")  # the agency's name alone on a line
    assert "  " not in normalised_text(text)
    assert text_digest(text) != text_digest(text.replace("reçu", "accueilli"))  # a real change is a change


@pytest.mark.model
def test_the_same_story_under_other_names_leaves_the_store_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "graph.sqlite"
    with open_store(db) as store:
        first = ingest_paths(store, [SEEDS], progress=False)
    assert first.new == 5
    before = store_rows(db)
    copies = variants(tmp_path / "again")
    with open_store(db) as store:
        again = ingest_paths(store, copies, progress=False)
    assert (again.read, again.new, again.changed, again.unchanged, again.failed) == (len(copies), 0, 0, len(copies), 0)
    assert store_rows(db) == before


@pytest.mark.model
def test_copies_in_one_run_are_stored_once(tmp_path: Path) -> None:
    db = tmp_path / "graph.sqlite"
    copies = variants(tmp_path / "copies")
    with open_store(db) as store:
        summary = ingest_paths(store, copies, progress=False, batch=50)
        assert (summary.new, summary.unchanged) == (1, len(copies) - 1)
        assert store.counts()["articles"] == 1


def test_a_stored_file_rewritten_with_another_stored_story_gives_up_its_old_facts(tmp_path: Path) -> None:
    from tests.cli.test_store_cli import FakeExtractor

    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Alice Martin, Bob Keller", encoding="utf-8")
    (folder / "b.txt").write_text("Carol Diaz, Dan Evans", encoding="utf-8")
    with open_store(tmp_path / "graph.sqlite") as store:
        ingest_paths(store, [folder], extract=FakeExtractor(), progress=False)
        (folder / "a.txt").write_text("Carol Diaz,  Dan Evans\r\n", encoding="utf-8")  # b's story now
        summary = ingest_paths(store, [folder / "a.txt"], extract=FakeExtractor(), progress=False)
        assert summary.changed == 1
        assert [row["source"] for row in store.articles()] == [str(folder / "b.txt")]
        assert store.counts()["meetings"] == 1


@pytest.mark.model
def test_the_cli_says_unchanged_for_a_renamed_copy(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "graph.sqlite"
    assert main(["ingest", "--db", str(db), "--no-progress", str(UNDATED_SEED)]) == 0
    (tmp_path / "copy.txt").write_bytes(UNDATED_SEED.read_bytes())
    capsys.readouterr()
    assert main(["ingest", "--db", str(db), "--no-progress", str(tmp_path / "copy.txt")]) == 0
    out = capsys.readouterr().out
    assert "new: 0" in out and "unchanged: 1" in out
