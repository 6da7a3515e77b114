"""The store every CLI test starts from: the extraction fixtures, ingested through ``graphbuild ingest``."""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.cli import main

FIXTURES = Path(__file__).parents[1] / "data" / "extractions"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A store filled with the extraction fixtures through ``graphbuild ingest --extractions``."""
    path = tmp_path / "graph.sqlite"
    assert main(["ingest", "--db", str(path), "--extractions", "--no-progress", str(FIXTURES)]) == 0
    return path
