"""The network component's payload and its script: text only, nothing fetched."""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pyvis

from app.network import KIND_STYLES, NODE_SIZES, _vis_module, to_vis_data

SCRIPT = Path(__file__).resolve().parents[2] / "graphbuild" / "export" / "network" / "network.js"


def small_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("person:a", kind="person", label="<b>A</b>", meetings=4, country="VNM")
    graph.add_node("person:b", kind="person", label="B", meetings=1)
    graph.add_node("country:VNM", kind="country", label="Vietnam", iso3="VNM")
    graph.add_node("meeting:1", kind="meeting", label="A – B, 2025-10-27, Hanoi", date="2025-10-27")
    graph.add_node("agreement:1", kind="agreement", label="memorandum of understanding on cybersecurity",
                   status="to_be_signed")
    graph.add_edge("person:a", "meeting:1", key="a>attended>m", kind="attended", start="2025-10-27",
                   end="2025-10-27")
    graph.add_edge("person:a", "country:VNM", key="a>represents>v", kind="represents", start="2024-03",
                   end="2025-10-27")
    graph.add_edge("agreement:1", "meeting:1", key="g>signed_at>m", kind="signed_at")
    return graph


def test_nodes_keep_their_text_and_are_sized_by_meetings():
    data = to_vis_data(small_graph())
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["person:a"]["label"] == "<b>A</b>"  # drawn on the canvas as these characters
    assert nodes["person:a"]["tooltip"][:2] == ["<b>A</b>", "Official"]
    assert nodes["person:a"]["size"] > nodes["person:b"]["size"]
    assert nodes["meeting:1"]["label"] == "Meeting, 27 Oct 2025: <b>A</b>"
    assert nodes["person:a"]["rank"] == 0 and sorted(n["rank"] for n in nodes.values()) == list(range(len(nodes)))
    assert {n["kind"] for n in data["nodes"]} <= set(KIND_STYLES)


def test_node_sizes_stay_within_bounds_however_many_meetings():
    graph = small_graph()
    graph.nodes["person:a"]["meetings"] = 13_518  # the busiest official of a 100,000-article archive
    sizes = {n["id"]: n["size"] for n in to_vis_data(graph)["nodes"]}
    assert sizes["person:a"] == NODE_SIZES[1]
    assert NODE_SIZES[0] < sizes["person:b"] < sizes["person:a"]  # one meeting still shows
    assert min(sizes.values()) >= NODE_SIZES[0]


def test_meetings_in_the_view_size_the_nodes_and_the_tooltip_gives_both_counts():
    nodes = {n["id"]: n for n in to_vis_data(small_graph(), meetings={"person:a": 1, "person:b": 1})["nodes"]}
    assert nodes["person:a"]["size"] == nodes["person:b"]["size"]  # 4 meetings in all, 1 in this view each
    assert "Meetings: 1 in this view (4 in all)" in nodes["person:a"]["tooltip"]
    assert "Meetings: 1" in nodes["person:b"]["tooltip"]


def test_edges_show_their_dates():
    edges = {e["kind"]: e for e in to_vis_data(small_graph())["edges"]}
    assert edges["represents"]["tooltip"] == ["Represents", "Mar 2024 \u2192 27 Oct 2025"]
    assert edges["attended"]["tooltip"] == ["Attended", "27 Oct 2025"]
    assert edges["signed_at"]["tooltip"] == ["Signed at", "date unknown"]
    assert len({e["id"] for e in to_vis_data(small_graph())["edges"]}) == 3


def test_the_script_never_turns_text_into_markup():
    script = SCRIPT.read_text(encoding="utf-8")
    assert not re.search(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(", script)
    assert "textContent" in script
    assert 'dataset.testid = "diplo-graph"' in script and "frame.host.network =" in script


def test_vis_network_comes_from_pyvis_and_fetches_nothing():
    shipped = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2" / "vis-network.min.js"
    module = _vis_module()
    assert module.startswith(shipped.read_text(encoding="utf-8")[:2000])
    assert "sourceMappingURL" not in module
    assert module.rstrip().endswith("export default function () {}")
    assert not re.search(r"https?://[^\s\"')]*\.(js|css|map)\b", SCRIPT.read_text(encoding="utf-8"))


def test_the_legend_lists_only_what_is_drawn():
    graph = small_graph()
    graph.remove_node("agreement:1")
    entries = [(entry["what"], entry["kind"]) for entry in to_vis_data(graph)["legend"]]
    assert entries == [("node", "person"), ("node", "country"), ("node", "meeting"), ("edge", "attended"),
                       ("edge", "represents")]


def test_the_script_gives_labels_room_by_rank_and_fits_after_changes():
    script = SCRIPT.read_text(encoding="utf-8")
    assert "function placeLabels" in script and "node.rank" in script
    assert "state.fitOnSettle = true" in script and 'addEventListener("mouseleave", hideTooltips)' in script
