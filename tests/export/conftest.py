"""Fixtures for the export tests: the fixture graph, a graph of hostile names, the GEXF schema."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import build_graph
from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant
from graphbuild.store import Store, ingest_extractions

# CI checks out shared/ beside the repository.
GEXF_SCHEMA = Path(__file__).parents[2] / ".." / "shared" / "schemas" / "gexf" / "1.3" / "gexf.xsd"

XSS_NAME = "<img src=x onerror=alert(1)>"
FORMULA_NAME = '=HYPERLINK("http://evil.example","click")'


@pytest.fixture
def graph(filled_store: Store) -> nx.MultiDiGraph:
    """The graph of every extraction fixture (the store fixtures are in tests/conftest.py)."""
    return build_graph(filled_store)


@pytest.fixture
def hostile_graph(store: Store) -> nx.MultiDiGraph:
    """Names and texts that try markup, script and spreadsheet-formula injection."""
    sentence = "They met.</script><script>alert(2)</script> & more"
    ingest_extractions(store, [Extraction("hostile.txt", "en", None, meetings=[Meeting(
        date="--07-04", place="<b>Hanoi</b>", evidence=Evidence(sentence, 0, len(sentence)),
        participants=[
            Participant(XSS_NAME, title="-2+3", organization="@SUM(A1:A9)", country="Vietnam"),
            Participant(FORMULA_NAME, title="+cmd", country="France"),
        ],
        topics=["=1+1"],
    )], agreements=[Agreement('"><svg onload=alert(3)>', "mou", "signed", ["Vietnam", "France"], date="2024",
                              topics=["@topic"])])])
    return build_graph(store)


@pytest.fixture
def gexf_schema():
    """The GEXF 1.3 XML Schema, loaded once per test."""
    if not GEXF_SCHEMA.is_file():
        pytest.skip(f"GEXF 1.3 schema not found at {GEXF_SCHEMA.resolve()} (shared/ must sit beside the repo)")
    import xmlschema

    return xmlschema.XMLSchema(str(GEXF_SCHEMA))
