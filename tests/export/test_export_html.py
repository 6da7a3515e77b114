"""HTML: one offline page, vis-network inlined, every name shown as text."""
from __future__ import annotations

import json
import re

import networkx as nx

from graphbuild.export import export_bytes
from graphbuild.export.html import vis_assets
from graphbuild.graph import ViewFilter
from graphbuild.graph.labels import display_labels

XSS_NAME = "<img src=x onerror=alert(1)>"


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "no graph data block"
    return json.loads(match.group(1))


def test_page_draws_the_full_graph_as_the_app_does(graph: nx.MultiDiGraph) -> None:
    page = export_bytes(graph, "html", ViewFilter(countries=("VNM",), network="full")).decode("utf-8")
    data = embedded_data(page)
    assert [n["id"] for n in data["nodes"]] == list(graph.nodes)
    assert {n["id"]: n["label"] for n in data["nodes"]} == display_labels(graph)
    assert [(e["from"], e["to"]) for e in data["edges"]] == [(u, v) for u, v in graph.edges()]
    assert {(entry["what"], entry["kind"]) for entry in data["legend"]} == \
        {("node", kind) for _, kind in graph.nodes(data="kind")} | {("edge", kind) for *_, kind in graph.edges(data="kind")}
    assert data["metadata"]["view"]["countries"] == ["VNM"]
    assert "countries: VNM" in page and data["metadata"]["created"] in page


def test_page_draws_who_met_whom_by_default(graph: nx.MultiDiGraph) -> None:
    data = embedded_data(export_bytes(graph, "html").decode("utf-8"))
    assert {n["kind"] for n in data["nodes"]} == {"person"}
    assert {e["kind"] for e in data["edges"]} == {"met"}
    assert data["legend"][0]["kind"] == "person" and data["styles"]["person"]["shape"] == "dot"


def test_page_works_offline(graph: nx.MultiDiGraph) -> None:
    page = export_bytes(graph, "html").decode("utf-8")
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\shref\s*=\s*[\"']?https?://", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?https?://", page, re.I)
    vis_js, vis_css = vis_assets()
    assert vis_js in page and vis_css in page


def test_hostile_names_appear_only_as_text(hostile_graph: nx.MultiDiGraph) -> None:
    page = export_bytes(hostile_graph, "html", ViewFilter(search=XSS_NAME, network="full")).decode("utf-8")
    vis_js, vis_css = vis_assets()
    ours = page.replace(vis_js, "").replace(vis_css, "")
    for markup in ("<img", "<svg", "<b>", "</script><script>alert"):
        assert markup not in ours, markup
    assert ours.count("<script") == 3  # vis-network, the data block, the drawing code
    data = embedded_data(page)
    labels = {n["label"] for n in data["nodes"]}
    assert XSS_NAME in labels  # the name is kept, as text
    titles = " ".join(" ".join(n["tooltip"]) for n in data["nodes"] + data["edges"])
    assert "</script><script>alert(2)</script>" in titles
    assert "&lt;img src=x onerror=alert(1)&gt;" in ours  # the filter line, HTML-escaped
