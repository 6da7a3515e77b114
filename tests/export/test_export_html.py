"""HTML: one offline page, vis-network inlined, every name shown as text."""
from __future__ import annotations

import json
import re

import networkx as nx

from graphbuild.export import export_bytes
from graphbuild.export.html import vis_assets
from graphbuild.graph import ViewFilter

XSS_NAME = "<img src=x onerror=alert(1)>"


def embedded_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S)
    assert match, "no graph data block"
    return json.loads(match.group(1))


def test_page_round_trips_its_nodes_and_edges(graph: nx.MultiDiGraph) -> None:
    page = export_bytes(graph, "html", ViewFilter(countries=("VNM",))).decode("utf-8")
    data = embedded_data(page)
    assert [n["id"] for n in data["nodes"]] == list(graph.nodes)
    assert {n["id"]: n["label"] for n in data["nodes"]} == {n: d["label"] for n, d in graph.nodes(data=True)}
    assert [e["id"] for e in data["edges"]] == [key for _, _, key in graph.edges(keys=True)]
    assert [(e["from"], e["to"]) for e in data["edges"]] == [(u, v) for u, v in graph.edges()]
    assert data["metadata"]["view"]["countries"] == ["VNM"]
    assert "countries: VNM" in page and data["metadata"]["created"] in page


def test_page_works_offline(graph: nx.MultiDiGraph) -> None:
    page = export_bytes(graph, "html").decode("utf-8")
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.I)
    assert not re.search(r"<link[^>]*\shref\s*=\s*[\"']?https?://", page, re.I)
    assert not re.search(r"@import|url\(\s*[\"']?https?://", page, re.I)
    vis_js, vis_css = vis_assets()
    assert vis_js in page and vis_css in page


def test_hostile_names_appear_only_as_text(hostile_graph: nx.MultiDiGraph) -> None:
    page = export_bytes(hostile_graph, "html", ViewFilter(search=XSS_NAME)).decode("utf-8")
    vis_js, vis_css = vis_assets()
    ours = page.replace(vis_js, "").replace(vis_css, "")
    for markup in ("<img", "<svg", "<b>", "</script><script>alert"):
        assert markup not in ours, markup
    assert ours.count("<script") == 3  # vis-network, the data block, the drawing code
    data = embedded_data(page)
    labels = {n["label"] for n in data["nodes"]}
    assert XSS_NAME in labels  # the name is kept, as text
    titles = " ".join(n["title"] for n in data["nodes"] + data["edges"])
    assert "</script><script>alert(2)</script>" in titles
    assert "&lt;img src=x onerror=alert(1)&gt;" in ours  # the filter line, HTML-escaped
