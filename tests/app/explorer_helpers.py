"""Helpers shared by the explorer's tests and their conftest (a unique module name: tests/ has no packages)."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from graphbuild.records import Extraction
from graphbuild.store import ingest_extractions, open_store

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
APP_SCRIPT = REPO / "app" / "explorer.py"

LUONG = "person:luong-tam-quang"
GAWKOWSKI = "person:krzysztof-gawkowski"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"


def extractions(*names: str) -> list[Extraction]:
    """The fixture extractions ``tests/app/data/<name>.json`` (all of them when no name is given)."""
    paths = [DATA / f"{name}.json" for name in names] if names else sorted(DATA.glob("*.json"))
    return [Extraction.from_dict(json.loads(path.read_text(encoding="utf-8"))) for path in paths]


def fill_store(db: Path, records: list[Extraction]) -> Path:
    """A store at ``db`` holding ``records``."""
    with open_store(db) as store:
        ingest_extractions(store, records)
    return db


def load_bench():
    """``bench/app.py`` as a module (its synthetic store generator is shared with the tests)."""
    spec = importlib.util.spec_from_file_location("bench_app", REPO / "bench" / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
