from __future__ import annotations

import json

import pytest

from graphbuild.cli import main

pytestmark = pytest.mark.model


def test_json_output_has_the_corpus_shape_with_evidence_offsets(repo_root, tmp_path):
    out = tmp_path / "out.json"
    assert main(["extract", str(repo_root / "seeds"), "--json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert len(data) == 5
    first = next(a for a in data if a["source"].endswith("000_ac6d88ce6df833ac.txt"))
    assert first["language"] == "fr" and first["published"] == "2025-10-27"
    meeting = first["meetings"][0]
    assert {p["name"] for p in meeting["participants"]} == {"Luong Tam Quang", "Krzysztof Gawkowski"}
    text = (repo_root / "seeds" / "000_ac6d88ce6df833ac.txt").read_text(encoding="utf-8")
    start, end = meeting["evidence_span"]
    assert text[start:end] == meeting["evidence"]
    for agreement in first["agreements"]:
        start, end = agreement["evidence_span"]
        assert text[start:end] == agreement["evidence"]


def test_summary_is_readable_and_failures_make_the_exit_code(repo_root, tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    code = main(["extract", str(repo_root / "seeds" / "000_ac6d88ce6df833ac.txt"), str(tmp_path / "empty.txt")])
    captured = capsys.readouterr()
    assert code == 1
    assert "Krzysztof Gawkowski" in captured.out and "meeting 2025-10-27 in Hanoi" in captured.out
    assert f"error: {tmp_path / 'empty.txt'}: empty file" in captured.err
    assert "Traceback" not in captured.err
