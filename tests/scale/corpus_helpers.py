"""The generated corpus of ``bench/corpus.py`` for tests, and a store as comparable rows."""
from __future__ import annotations

import importlib.util
import sqlite3
import sys
from functools import lru_cache
from pathlib import Path

from graphbuild.records import Extraction

REPO = Path(__file__).resolve().parents[2]


@lru_cache(maxsize=1)
def corpus_module():
    """``bench/corpus.py`` (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_corpus", REPO / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def generated_extractions(count: int, *, seed: int = 7, start: int = 0) -> list[Extraction]:
    """``count`` generated articles' extractions (fresh objects each call)."""
    return list(corpus_module().generate_extractions(count, seed=seed, start=start))


def store_rows(db: Path, *, storage_order: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows without the ingestion times: sorted, or with ``storage_order`` as stored
    (``agreement_keys``, a table without rowid, sorted all the same)."""
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        rows = {}
        for table in tables:
            columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})") if row[1] != "ingested_at"]
            select = f"SELECT {', '.join(columns)} FROM {table}"
            if storage_order and table != "agreement_keys":  # (a table without rowid)
                rows[table] = connection.execute(f"{select} ORDER BY rowid").fetchall()
            else:
                rows[table] = sorted(connection.execute(select).fetchall(), key=repr)
        return rows
    finally:
        connection.close()
