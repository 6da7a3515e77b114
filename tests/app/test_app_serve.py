"""``graphbuild serve``: seeds an empty store, then hands off to Streamlit with the right options."""
from __future__ import annotations

import graphbuild.store
from graphbuild.cli import build_parser
from graphbuild.cli import serve as serve_module
from graphbuild.store import IngestSummary

from explorer_helpers import extractions, fill_store


def test_serve_parses_its_options():
    args = build_parser().parse_args(["serve", "--db", "x.sqlite", "--port", "8765", "--headless"])
    assert (args.db, args.port, args.headless, args.func) == ("x.sqlite", 8765, True, serve_module.serve)
    defaults = build_parser().parse_args(["serve"])
    assert (defaults.db, defaults.port, defaults.headless) == (None, 8501, False)


def test_the_streamlit_command_runs_the_explorer_headless_without_telemetry(tmp_path):
    command = serve_module.streamlit_command(tmp_path / "s.sqlite", port=8765, headless=True)
    joined = " ".join(command)
    assert command[1:4] == ["-m", "streamlit", "run"] and command[4].endswith("app/server.py")
    assert "--server.port 8765" in joined and "--server.headless true" in joined
    assert "--browser.gatherUsageStats false" in joined and "--server.address localhost" in joined
    assert command[-3:] == ["--", "--db", str(tmp_path / "s.sqlite")]
    assert "--server.headless false" in " ".join(serve_module.streamlit_command("s.sqlite"))


def _run_serve(monkeypatch, db):
    ingested, started = [], []

    def fake_ingest(store, paths, **kwargs):
        ingested.append(list(paths))
        return IngestSummary()

    monkeypatch.setattr(graphbuild.store, "ingest_paths", fake_ingest)
    monkeypatch.setattr(serve_module, "run_streamlit", lambda command, env: started.append((command, env)) or 0)
    code = build_parser().parse_args(["serve", "--db", str(db), "--headless", "--port", "8765"])
    assert code.func(code) == 0
    return ingested, started


def test_serve_fills_an_empty_store_from_the_seeds(monkeypatch, tmp_path):
    ingested, started = _run_serve(monkeypatch, tmp_path / "new.sqlite")
    assert ingested == [[serve_module.SEEDS_DIR]]
    command, env = started[0]
    assert env["STREAMLIT_BROWSER_GATHER_USAGE_STATS"] == "false"
    assert command[-1] == str(tmp_path / "new.sqlite")


def test_serve_leaves_a_filled_store_alone(monkeypatch, tmp_path):
    db = fill_store(tmp_path / "full.sqlite", extractions("000_ac6d88ce6df833ac"))
    ingested, started = _run_serve(monkeypatch, db)
    assert ingested == [] and len(started) == 1
