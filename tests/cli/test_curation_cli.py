"""Guarded curation through the command line: a merge says what it changes, two people seen at one
meeting are refused with the reason unless forced, and every override is listed and undone."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.graph import build_graph
from graphbuild.store import open_store

from test_store_cli import run


def test_a_merge_of_two_people_at_one_meeting_is_refused_with_its_reason(db: Path,
                                                                          capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    code, out, err = run(capsys, "merge", "--db", str(db), "Luong Tam Quang", "Lim Boon Keat")
    assert code == 2 and out == ""
    assert "merge refused" in err and "both attended 1 meeting" in err and "--force" in err
    assert "2024-09-12, Hanoi" in err  # the meeting they both attended
    with open_store(db) as store:
        assert store.overrides() == []


def test_force_merges_and_says_what_changes_then_the_override_is_listed_and_undone(
        db: Path, capsys: pytest.CaptureFixture) -> None:
    capsys.readouterr()
    code, out, _ = run(capsys, "merge", "--db", str(db), "--force", "Luong Tam Quang", "Lim Boon Keat")
    assert code == 0
    assert "Lim Boon Keat (1 meeting) becomes part of Luong Tam Quang" in out
    assert "new aliases of Luong Tam Quang: Lim Boon Keat" in out
    assert "countries differ: VNM (Luong Tam Quang) and SGP (Lim Boon Keat)" in out
    with open_store(db) as store:
        assert "person:lim-boon-keat" not in build_graph(store)

    code, listed, _ = run(capsys, "overrides", "--db", str(db))
    assert code == 0
    identifier, _, action, described, _ = listed.splitlines()[0].split("\t")
    assert (action, described) == ("merge", "merge Lim Boon Keat into Luong Tam Quang")
    assert run(capsys, "overrides", "--db", str(db), "--remove", identifier)[0] == 0
    with open_store(db) as store:
        assert store.overrides() == [] and "person:lim-boon-keat" in build_graph(store)


def test_a_safe_merge_goes_through_without_force(db: Path, capsys: pytest.CaptureFixture) -> None:
    code, out, _ = run(capsys, "merge", "--db", str(db), "Luong Tam Quang", "person:le-quy-vuong")
    assert code == 0 and "after the merge" in out and "override 1: merge" in out
