"""A corrected publication date: an override that dates the article's meetings and survives rebuilds and re-ingests.

The seed article 001 says "le 26 octobre" and has no dateline: its meetings have no year
until its publication date is given. The real extractor (spaCy) reads it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graphbuild.cli import main
from graphbuild.store import correct_published, ingest_paths, open_store, rebuild, undo_override

SEED = Path(__file__).resolve().parents[2] / "seeds" / "001_5cce019f36229a6f.txt"


def meeting_dates(db: Path) -> set[str]:
    with open_store(db) as store:
        return {row["date"] for row in store.meetings()}


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("published")
    shutil.copy(SEED, folder / SEED.name)
    return folder / SEED.name


def test_a_corrected_date_gives_the_meetings_their_year_and_is_kept(article: Path, tmp_path: Path) -> None:
    db = tmp_path / "store.sqlite"
    with open_store(db) as store:
        ingest_paths(store, [article], progress=False)
        assert "--10-26" in {row["date"] for row in store.meetings()}
        summary = correct_published(store, str(article), "2025-10-27")
        assert summary.failures == [] and summary.changed == 1
        dates = {row["date"] for row in store.meetings()}
        assert "2025-10-26" in dates and "--10-26" not in dates
        assert [o.args for o in store.overrides()] == [{"source": str(article), "published": "2025-10-27",
                                                        "original": None}]  # the file gives no date
        # kept: a rebuild re-extracts with the corrected date, a re-ingest finds the article unchanged
        rebuild(store, progress=False)
        assert "2025-10-26" in {row["date"] for row in store.meetings()}
        again = ingest_paths(store, [article], progress=False)
        assert again.unchanged == 1 and "2025-10-26" in {row["date"] for row in store.meetings()}
        with pytest.raises(ValueError, match="not a calendar date"):
            correct_published(store, str(article), "2025-02-30")
        with pytest.raises(ValueError, match="no such article"):
            correct_published(store, "nowhere.txt", "2025-10-27")
        assert len(store.overrides()) == 1  # nothing recorded for the refused ones


def test_set_date_on_the_command_line(article: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "store.sqlite"
    with open_store(db) as store:
        ingest_paths(store, [article], progress=False)
    assert main(["set-date", "--db", str(db), article.name, "2025-10-27"]) == 0  # the file name is enough
    assert "kept across rebuilds" in capsys.readouterr().out
    assert "2025-10-26" in meeting_dates(db)
    assert main(["set-date", "--db", str(db), "other.txt", "2025-10-27"]) == 2
    assert "no stored article 'other.txt'" in capsys.readouterr().err
    assert main(["set-date", "--db", str(db), article.name, "yesterday"]) == 2


def test_undoing_a_correction_reads_the_article_again_with_the_date_before(article: Path, tmp_path: Path,
                                                                           capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "store.sqlite"
    with open_store(db) as store:
        ingest_paths(store, [article], progress=False)
        correct_published(store, str(article), "2024-10-27")
        correct_published(store, str(article), "2025-10-27")  # corrected again: the first date stays the original
        first, second = store.overrides()
        assert second.args["original"] is None and "2025-10-26" in meeting_dates(db)
        assert undo_override(store, second.id)  # back to the earlier correction
        assert "2024-10-26" in meeting_dates(db) and store.article(str(article))["published"] == "2024-10-27"
    # `graphbuild overrides` lists it in words; --remove undoes it as the app's Undo does: no date, no year
    assert main(["overrides", "--db", str(db)]) == 0
    assert f"set the publication date of {article} to 2024-10-27 (was unknown)" in capsys.readouterr().out
    assert main(["overrides", "--db", str(db), "--remove", str(first.id)]) == 0
    with open_store(db) as store:
        assert store.overrides() == [] and store.article(str(article))["published"] is None
    assert "--10-26" in meeting_dates(db) and not any(d.endswith("10-26") and d[0].isdigit() for d in meeting_dates(db))
    with open_store(db) as store:  # the file again: nothing to re-date
        assert ingest_paths(store, [article], progress=False).unchanged == 1
    assert "--10-26" in meeting_dates(db)
