"""Explorer timings in a real browser: start → drawn graph, click → details panel.

Two stores: the seeds (extracted with spaCy, as ``graphbuild serve`` does on a fresh clone)
and a synthetic store of about 2,000 nodes (invented extractions, ingested without spaCy).
Each store gets its own server on a free localhost port; Chromium is driven by Playwright.

    .venv/bin/python bench/app.py               # both stores, 3 rounds each
    .venv/bin/python bench/app.py --rounds 5 --nodes 2000 --json

Nothing leaves this machine: the server binds 127.0.0.1 and the browser starts with
networking features off.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
GRAPH = '[data-testid="diplo-graph"]'

_COUNTRIES = ["Vietnam", "Poland", "France", "Germany", "Japan", "Singapore", "Laos", "Cambodia", "Thailand",
              "Indonesia", "Malaysia", "Philippines", "Australia", "India", "China", "South Korea", "Canada",
              "Brazil", "Argentina", "Mexico", "Egypt", "Morocco", "Nigeria", "Kenya", "South Africa", "Turkey",
              "Iran", "Azerbaijan", "Kazakhstan", "Mongolia", "Netherlands", "Belgium", "Spain", "Italy", "Sweden",
              "Norway", "Finland", "Czechia", "Hungary", "Romania"]
_GIVEN = ["An", "Binh", "Chau", "Dung", "Hoa", "Khanh", "Linh", "Minh", "Nam", "Phuong", "Quan", "Son", "Thao",
          "Tuan", "Van", "Yen", "Adam", "Beata", "Carlos", "Dana", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
_FAMILY = ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ngo", "Kowalski", "Nowak", "Dubois",
           "Martin", "Schmidt", "Tanaka", "Tan", "Lim", "Silva", "Garcia", "Yilmaz", "Ahmadi", "Aliyev", "Larsen",
           "Novak", "Popescu", "Rossi", "Jansen", "Peeters", "Santos"]
_TOPICS = ["cybercrime", "drug trafficking", "terrorism", "border management", "human trafficking", "training",
           "extradition", "cybersecurity", "money laundering", "fire and rescue"]
_STATUSES = ["signed", "to_be_signed", "proposed", "under_negotiation", "in_force"]


def synthetic_extractions(nodes: int = 2000, *, seed: int = 7) -> list[Extraction]:
    """Invented extractions whose graph has about ``nodes`` nodes (people, meetings, agreements, ...)."""
    rng = random.Random(seed)
    people_count = int(nodes * 0.37)
    meetings_count = int(nodes * 0.5)
    agreements_count = int(nodes * 0.1)
    names: set[str] = set()
    people = []
    while len(people) < people_count:
        name = f"{rng.choice(_GIVEN)} {rng.choice(_GIVEN)} {rng.choice(_FAMILY)}{len(people)}"
        if name not in names:
            names.add(name)
            people.append((name, rng.choice(_COUNTRIES)))
    extractions = []
    per_article = 10
    for start in range(0, meetings_count, per_article):
        meetings = []
        for _ in range(start, min(start + per_article, meetings_count)):
            a, b = rng.sample(people, 2)
            date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            sentence = f"{a[0]} received {b[0]} on {date}."
            meetings.append(Meeting(
                date=date, place="Hanoi",
                participants=[Participant(name=n, title="minister", organization=f"Ministry of Interior of {c}",
                                          country=c) for n, c in (a, b)],
                topics=rng.sample(_TOPICS, 2), evidence=Evidence(sentence, 0, len(sentence)),
            ))
        agreements = []
        for _ in range(max(1, round(agreements_count * per_article / meetings_count))):
            parties = rng.sample(_COUNTRIES, 2)
            topic = rng.choice(_TOPICS)
            agreements.append(Agreement(name=f"memorandum {len(extractions)}-{len(agreements)} on {topic}", kind="mou",
                                        status=rng.choice(_STATUSES), parties=parties, topics=[topic],
                                        date=meetings[0].date))
        extractions.append(Extraction(source=f"synthetic/{start // per_article:04d}.txt", language="en",
                                      published=meetings[0].date, meetings=meetings, agreements=agreements))
    return extractions


def free_port() -> int:
    """A TCP port free on localhost right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    """``streamlit run app/explorer.py`` on ``db``, headless, on 127.0.0.1:``port``."""
    sys.path.insert(0, str(ROOT))
    from graphbuild.cli.serve import streamlit_command

    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    return subprocess.Popen(streamlit_command(db, port=port, headless=True, address="127.0.0.1"), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)


def node_point(page, node: str) -> dict[str, float]:
    """Where ``node`` is drawn, in page coordinates."""
    return page.evaluate(
        """(id) => { const el = document.querySelector('[data-testid="diplo-graph"]');
            const p = el.network.canvasToDOM(el.network.getPosition(id)); const r = el.getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y}; }""", node)


def measure(db: Path, click_nodes: list[tuple[str, str]], rounds: int, query: str = "") -> dict[str, object]:
    """Cold start → drawn, reload → drawn, and click → details, ``rounds`` times each (``query``: the URL's)."""
    from playwright.sync_api import sync_playwright

    results: dict[str, list[float]] = {"start_to_drawn_s": [], "reload_to_drawn_s": [], "click_to_details_s": []}
    drawn_nodes = None
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for _ in range(rounds):
            port = free_port()
            began = time.perf_counter()
            server = start_server(db, port)
            try:
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                url = f"http://127.0.0.1:{port}/{query}"
                while True:
                    try:
                        page.goto(url, timeout=2000)
                        break
                    except Exception:  # noqa: BLE001 - the server is still starting
                        if time.perf_counter() - began > 120:
                            raise
                        time.sleep(0.1)
                page.wait_for_selector(f'{GRAPH}[data-stable="true"]', timeout=300_000)
                results["start_to_drawn_s"].append(time.perf_counter() - began)
                drawn_nodes = int(page.get_attribute(GRAPH, "data-nodes"))

                began = time.perf_counter()
                page.reload()
                page.wait_for_selector(f'{GRAPH}[data-stable="true"]', timeout=300_000)
                results["reload_to_drawn_s"].append(time.perf_counter() - began)

                for node, label in click_nodes:
                    point = node_point(page, node)
                    began = time.perf_counter()
                    page.mouse.click(point["x"], point["y"])
                    page.locator(".st-key-details h3", has_text=label).wait_for(timeout=60_000)
                    results["click_to_details_s"].append(time.perf_counter() - began)
                page.close()
            finally:
                server.terminate()
                server.wait(timeout=30)
        browser.close()
    summary: dict[str, object] = {"drawn_nodes": drawn_nodes}
    for name, values in results.items():
        summary[name] = {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
                         "max": round(max(values), 3), "n": len(values)}
    return summary


def seeds_store(folder: Path) -> Path:
    """The seeds, extracted with spaCy and stored (what `graphbuild serve` does on a fresh clone)."""
    from graphbuild.store import ingest_paths, open_store

    db = folder / "seeds.sqlite"
    with open_store(db) as store:
        ingest_paths(store, [ROOT / "seeds"], progress=False)
    return db


def synthetic_store(folder: Path, nodes: int) -> Path:
    """A store whose graph has about ``nodes`` nodes, from invented extractions."""
    from graphbuild.store import ingest_extractions, open_store

    db = folder / f"synthetic-{nodes}.sqlite"
    with open_store(db) as store:
        ingest_extractions(store, synthetic_extractions(nodes))
    return db


def _clickable(db: Path, count: int = 2) -> tuple[list[tuple[str, str]], int]:
    """The most active officials (drawn in any view) with their labels, and the graph's size."""
    from graphbuild.graph import build_graph, top_officials
    from graphbuild.store import open_store

    with open_store(db) as store:
        graph = build_graph(store)
    return [(node, graph.nodes[node]["label"]) for node, _ in top_officials(graph, count)], graph.number_of_nodes()


def _largest_drawn_view(db: Path, limit: int) -> tuple[str, list[tuple[str, str]], int]:
    """A URL query for countries whose view stays under the explorer's drawing limit, as large as it gets."""
    from urllib.parse import urlencode

    from graphbuild.graph import ViewFilter, build_graph, top_officials
    from graphbuild.store import open_store

    with open_store(db) as store:
        graph = build_graph(store)
    chosen: list[str] = []
    for code in sorted(data["iso3"] for _, data in graph.nodes(data=True) if data["kind"] == "country"):
        if ViewFilter(countries=tuple(chosen + [code])).apply(graph).number_of_nodes() <= limit:
            chosen.append(code)
    view = ViewFilter(countries=tuple(chosen)).apply(graph)
    clicks = [(node, view.nodes[node]["label"]) for node, _ in top_officials(view, 2)]
    return "?" + urlencode(ViewFilter(countries=tuple(chosen)).to_query_params(), doseq=True), clicks, \
        view.number_of_nodes()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: nothing to measure", file=sys.stderr)
        return 2
    report = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        seeds, synthetic = seeds_store(folder), synthetic_store(folder, args.nodes)
        for name, db in (("seeds", seeds), (f"synthetic-{args.nodes}", synthetic)):
            nodes, total = _clickable(db)
            report[name] = {"graph_nodes": total, **measure(db, nodes, args.rounds)}
        from app.network import DRAW_LIMIT

        query, nodes, size = _largest_drawn_view(synthetic, DRAW_LIMIT)
        report[f"synthetic-{args.nodes}, countries filtered to {size} nodes"] = {
            "graph_nodes": size, **measure(synthetic, nodes, args.rounds, query)}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for name, figures in report.items():
            print(f"{name}: graph of {figures['graph_nodes']} nodes, {figures['drawn_nodes']} drawn")
            for metric in ("start_to_drawn_s", "reload_to_drawn_s", "click_to_details_s"):
                value = figures[metric]
                print(f"  {metric:20s} median {value['median']:.2f} s  (min {value['min']:.2f}, "
                      f"max {value['max']:.2f}, n={value['n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
