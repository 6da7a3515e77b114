"""Hostile text in every field stays text in the standalone HTML page and the CSV zip, and survives whole.

Each of the ``HOSTILE`` strings is put in every text field of an article (participant
names, aliases, titles, organizations, places, date texts, topics, evidence, agreement
names and parties); the exports are then parsed back and checked for what the page would
run and what a spreadsheet would evaluate.
"""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.export import export_bytes
from graphbuild.export.csv_zip import neutralise
from graphbuild.export.html import vis_assets
from graphbuild.export.snapshot import flat_graph
from graphbuild.graph import ViewFilter, build_graph
from graphbuild.graph.labels import display_labels
from graphbuild.records import Evidence, Extraction, Meeting, Participant
from graphbuild.store import ingest_extractions, open_store

from hardening_helpers import HOSTILE, hostile_extraction

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Every element the page template itself writes; nothing else may appear.
PAGE_TAGS = {"html", "head", "meta", "title", "style", "script", "body", "header", "h1", "p", "ul", "li", "span",
             "div"}


class _Tags(HTMLParser):
    """Every start tag of a page with its attributes, script and style bodies kept as their text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


@pytest.fixture(scope="module")
def hostile_graph(tmp_path_factory) -> nx.MultiDiGraph:
    db = tmp_path_factory.mktemp("hostile") / "graph.sqlite"
    with open_store(db) as store:
        summary = ingest_extractions(store, [hostile_extraction()])
        assert summary.failed == 0 and summary.new == 1
        return build_graph(store)


def _page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "no graph data block"
    return json.loads(match.group(1))


def test_the_html_page_holds_no_element_but_its_own(hostile_graph: nx.MultiDiGraph) -> None:
    page = export_bytes(hostile_graph, "html", ViewFilter(search=HOSTILE[0])).decode("utf-8")
    parser = _Tags()
    parser.feed(page)
    tags = [tag for tag, _ in parser.tags]
    assert set(tags) <= PAGE_TAGS, set(tags) - PAGE_TAGS
    assert tags.count("script") == 3  # vis-network, the data block, the drawing code
    for tag, attributes in parser.tags:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        assert not any("javascript:" in (value or "") for value in attributes.values()), (tag, attributes)
    # The data block is the only place the names are, and it cannot end its element early.
    data_block = parser.scripts[1]
    assert "<" not in data_block and ">" not in data_block and "&" not in data_block


def test_the_html_page_keeps_every_hostile_string_as_text(hostile_graph: nx.MultiDiGraph) -> None:
    page = export_bytes(hostile_graph, "html", ViewFilter(network="full")).decode("utf-8")
    data = _page_data(page)
    labels = {node["label"] for node in data["nodes"]}
    titles = "\n".join("\n".join(item["tooltip"]) for item in data["nodes"] + data["edges"])
    expected = display_labels(hostile_graph)
    assert {node["id"]: node["label"] for node in data["nodes"]} == expected
    for text in HOSTILE:
        assert text in titles, text  # every field's text is there, unaltered, in some tooltip
    people = [d["label"] for _, d in hostile_graph.nodes(data=True) if d["kind"] == "person"]
    assert sum(label in labels for label in people) == len(people)


def test_the_html_page_runs_only_its_own_scripts(hostile_graph: nx.MultiDiGraph) -> None:
    page = export_bytes(hostile_graph, "html").decode("utf-8")
    parser = _Tags()
    parser.feed(page)
    policy = next(attrs["content"] for tag, attrs in parser.tags
                  if tag == "meta" and attrs.get("http-equiv") == "Content-Security-Policy")
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert directives["default-src"] == "'none'"
    allowed = set(directives["script-src"].split())
    script_tags = [attrs for tag, attrs in parser.tags if tag == "script"]
    executed = [script for attrs, script in zip(script_tags, parser.scripts, strict=True)
                if attrs.get("type") != "application/json"]
    assert len(executed) == 2
    for script in executed:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        assert f"'sha256-{digest}'" in allowed
    assert allowed == {f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in executed}
    assert "'unsafe-inline'" not in directives["script-src"] and "unsafe-eval" not in policy
    assert vis_assets()[0] in executed


def _csv_rows(archive: bytes, name: str) -> list[dict[str, str]]:
    with zipfile.ZipFile(io.BytesIO(archive)) as files:
        text = files.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_no_csv_cell_can_start_a_formula(hostile_graph: nx.MultiDiGraph) -> None:
    archive = export_bytes(hostile_graph, "csv")
    cells = 0
    for name in ("nodes.csv", "edges.csv"):
        for row in _csv_rows(archive, name):
            for value in row.values():
                cells += 1
                if value.startswith("'"):
                    continue
                assert not value.startswith(FORMULA_STARTS), (name, value[:60])
                assert not value.lstrip().startswith(FORMULA_STARTS), (name, value[:60])
    assert cells > 1000


def test_no_csv_cell_can_start_a_formula_whatever_the_graph_holds() -> None:
    graph = nx.MultiDiGraph()
    for number, text in enumerate(HOSTILE):  # as written, not cleaned by the store's identity rules
        graph.add_node(f"n{number}", kind="person", label=text, place=text, topics=[text, "x"])
        graph.add_edge(f"n{number}", "n0", key=text, kind="attended", title=text)
    archive = export_bytes(graph, "csv")
    cells = [value for name in ("nodes.csv", "edges.csv") for row in _csv_rows(archive, name) for value in row.values()]
    for value in cells:
        assert value.startswith("'") or not value.lstrip().startswith(FORMULA_STARTS), value[:60]
    for text in HOSTILE[14:22]:
        assert "'" + text.replace("\r", "\n") in cells, repr(text)  # kept whole (line breaks as \n)


def test_the_csv_cells_read_back_as_the_graph_holds_them(hostile_graph: nx.MultiDiGraph) -> None:
    archive = export_bytes(hostile_graph, "csv")
    flat = flat_graph(hostile_graph)
    nodes = {row["id"]: row for row in _csv_rows(archive, "nodes.csv")}
    assert set(nodes) == set(flat.nodes)
    for node, data in flat.nodes(data=True):
        for name, value in data.items():
            assert nodes[node][name] == str(neutralise(value)), (node, name)
    cells = [value for name in ("nodes.csv", "edges.csv") for row in _csv_rows(archive, name) for value in row.values()]
    for text in HOSTILE[14:22]:  # the formulas: kept, behind one quote
        assert any(cell.startswith("'") and text.strip() in cell for cell in cells), repr(text)


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
def test_each_hostile_name_is_a_plain_label_everywhere(text: str, tmp_path: Path) -> None:
    sentence = f"{text} met Pham Minh Chinh."
    with open_store(tmp_path / "graph.sqlite") as store:
        ingest_extractions(store, [Extraction("one.txt", "en", "2024-01-02", meetings=[Meeting(
            "2024-01-02", text, [Participant(text, title=text, country="France"),
                                 Participant("Pham Minh Chinh", country="Vietnam")],
            evidence=Evidence(sentence, 0, len(sentence)), topics=[text])])])
        graph = build_graph(store)
    (person,) = [n for n, d in graph.nodes(data=True) if d["kind"] == "person" and d["label"] != "Pham Minh Chinh"]
    label = graph.nodes[person]["label"]
    assert label.strip()  # not lost
    page = export_bytes(graph, "html").decode("utf-8")
    parser = _Tags()
    parser.feed(page)
    assert {tag for tag, _ in parser.tags} <= PAGE_TAGS
    assert [t for t, _ in parser.tags].count("script") == 3
    assert {n["id"]: n["label"] for n in _page_data(page)["nodes"]}[person] == label
    rows = {row["id"]: row for row in _csv_rows(export_bytes(graph, "csv"), "nodes.csv")}
    assert rows[person]["label"] == neutralise(flat_graph(graph).nodes[person]["label"])
