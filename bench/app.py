"""Explorer timings in a real browser: start → drawn graph, click → details panel, filters.

Two stores: the seeds (extracted with spaCy, as ``graphbuild serve`` does on a fresh clone)
and a synthetic store of about 2,000 nodes (invented extractions, ingested without spaCy).
Each store gets its own server on a free localhost port; Chromium is driven by Playwright.

With ``--articles N``, one store instead: a generated archive of N articles (``bench/corpus.py``,
ingested as extractions, as ``bench/store.py`` does), with its graph kept on disk as
``graphbuild ingest`` leaves it. Measured: start → first view drawn, reload, a country chosen in
the sidebar → drawn (from the choice: its name is typed before the clock starts), a shared
link with a period and a country → drawn, a click → details, the server's memory after all
of these; and once, the first view with no graph file (the build from SQLite).

    .venv/bin/python bench/app.py               # both stores, 3 rounds each
    .venv/bin/python bench/app.py --rounds 5 --nodes 2000 --json
    .venv/bin/python bench/app.py --articles 100000 --db /tmp/archive.sqlite   # the store is kept there

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
    """``graphbuild serve``'s Streamlit command on ``db``, headless, on 127.0.0.1:``port``."""
    sys.path.insert(0, str(ROOT))
    from graphbuild.cli.serve import streamlit_command

    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    return subprocess.Popen(streamlit_command(db, port=port, headless=True, address="127.0.0.1"), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)


def open_when_served(page, url: str, began: float, limit: float) -> None:
    """Open ``url`` as soon as the server started at ``began`` answers (``limit`` seconds at most)."""
    while True:
        try:
            page.goto(url, timeout=2000)
            return
        except Exception:  # noqa: BLE001 - the server is still starting
            if time.perf_counter() - began > limit:
                raise
            time.sleep(0.1)


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
                open_when_served(page, f"http://127.0.0.1:{port}/{query}", began, limit=120)
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


def archive_store(db: Path, articles: int) -> Path:
    """A store of ``articles`` generated articles at ``db`` (made unless it holds them already), graph kept."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import generate_extractions

    from graphbuild.graph import build_graph
    from graphbuild.store import ingest_extractions, open_store

    with open_store(db) as store:
        held = store.counts()["articles"]
        if held < articles:
            began = time.perf_counter()
            for start in range(held, articles, 10_000):
                ingest_extractions(store, generate_extractions(min(10_000, articles - start), start=start), batch=500)
            print(f"ingested {articles - held:,} articles in {time.perf_counter() - began:.0f} s", file=sys.stderr)
        began = time.perf_counter()
        build_graph(store)  # as graphbuild ingest leaves it: the graph kept next to the store
        print(f"graph ready in {time.perf_counter() - began:.1f} s", file=sys.stderr)
    return db


def _redrawn(page, action, timeout: float = 120.0) -> float:
    """Seconds from ``action()`` to the network drawn again with other nodes, settled and fitted.

    Every change of what is drawn ends in a fit (``data-fits`` counts them): the same number
    of nodes may be other nodes (the 100 busiest officials of the archive, then of Laos).
    """
    before = page.get_attribute(GRAPH, "data-fits")
    began = time.perf_counter()
    action()
    page.wait_for_function(
        """(n) => { const el = document.querySelector('[data-testid="diplo-graph"]');
            return el && el.dataset.stable === 'true' && el.dataset.fits !== n; }""",
        arg=before, timeout=timeout * 1000)
    return time.perf_counter() - began


def _isolated(page, candidates: list[tuple[str, str]]) -> tuple[str, str]:
    """The drawn official farthest from any other node: a click there hits it and nothing else."""
    positions = page.evaluate(f"() => document.querySelector('{GRAPH}').network.getPositions()")

    def room(node: str) -> float:
        x, y = positions[node]["x"], positions[node]["y"]
        return min(((x - p["x"]) ** 2 + (y - p["y"]) ** 2 for other, p in positions.items() if other != node),
                   default=0.0)

    drawn = [(node, label) for node, label in candidates if node in positions]
    return max(drawn, key=lambda item: room(item[0]))


def _type_country(page, name: str) -> None:
    """Type ``name`` into the sidebar's country box, up to the moment its option is offered."""
    box = page.locator(".st-key-f_countries input")
    box.click()
    box.fill(name)
    page.get_by_role("option", name=name).first.wait_for(timeout=30_000)


def measure_archive(db: Path, rounds: int, *, country: str, link: str) -> dict[str, object]:
    """The explorer on a large store: first view, reload, sidebar filter, shared link with filters, click."""
    from playwright.sync_api import sync_playwright

    import psutil

    results: dict[str, list[float]] = {"start_to_drawn_s": [], "reload_to_drawn_s": [], "sidebar_country_s": [],
                                       "filtered_link_s": [], "click_to_details_s": [], "server_rss_mb": []}
    drawn: dict[str, int] = {}
    nodes, _ = _clickable(db, 60)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for _ in range(rounds):
            port = free_port()
            began = time.perf_counter()
            server = start_server(db, port)
            try:
                page = browser.new_page(viewport={"width": 1500, "height": 1000})
                url = f"http://127.0.0.1:{port}/"
                open_when_served(page, url, began, limit=300)
                page.wait_for_selector(f'{GRAPH}[data-stable="true"]', timeout=300_000)
                results["start_to_drawn_s"].append(time.perf_counter() - began)
                drawn["first view"] = int(page.get_attribute(GRAPH, "data-nodes"))

                began = time.perf_counter()
                page.reload()
                page.wait_for_selector(f'{GRAPH}[data-stable="true"]', timeout=300_000)
                results["reload_to_drawn_s"].append(time.perf_counter() - began)

                node, label = _isolated(page, nodes)
                point = node_point(page, node)
                began = time.perf_counter()
                page.mouse.click(point["x"], point["y"])
                page.locator(".st-key-details h3", has_text=label).wait_for(timeout=120_000)
                results["click_to_details_s"].append(time.perf_counter() - began)

                # Timed from the choice (Enter), as a filter's answer is: typing the name is the analyst's time.
                _type_country(page, country)
                results["sidebar_country_s"].append(_redrawn(page, lambda page=page: page.keyboard.press("Enter")))
                drawn[f"sidebar: {country}"] = int(page.get_attribute(GRAPH, "data-nodes"))

                began = time.perf_counter()
                page.goto(url + link)
                page.wait_for_selector(f'{GRAPH}[data-stable="true"]', timeout=300_000)
                results["filtered_link_s"].append(time.perf_counter() - began)
                drawn[f"link: {link}"] = int(page.get_attribute(GRAPH, "data-nodes"))
                # the server's memory once it has drawn all of the above
                results["server_rss_mb"].append(psutil.Process(server.pid).memory_info().rss / 1e6)
                page.close()
            finally:
                server.terminate()
                server.wait(timeout=30)
        browser.close()
    summary: dict[str, object] = {"drawn_nodes": drawn}
    for name, values in results.items():
        summary[name] = {"median": round(statistics.median(values), 3), "min": round(min(values), 3),
                         "max": round(max(values), 3), "n": len(values)}
    return summary


def _cold_start(db: Path) -> float:
    """Start → first view drawn once with no graph file: the server builds the graph from SQLite."""
    from playwright.sync_api import sync_playwright

    from graphbuild.graph.cache import cache_path
    from graphbuild.store import open_store

    with open_store(db) as store:
        kept = cache_path(store)
    kept.unlink(missing_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        port = free_port()
        began = time.perf_counter()
        server = start_server(db, port)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1000})
            open_when_served(page, f"http://127.0.0.1:{port}/", began, limit=600)
            page.wait_for_selector(f'{GRAPH}[data-stable="true"]', timeout=600_000)
            return time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=30)
            browser.close()


def _archive_report(args: argparse.Namespace) -> dict:
    db = archive_store(args.db or Path(tempfile.mkdtemp()) / f"archive-{args.articles}.sqlite", args.articles)
    from graphbuild.graph import build_graph
    from graphbuild.store import open_store

    with open_store(db) as store:
        graph = build_graph(store)
        size = {"articles": store.counts()["articles"], "graph_nodes": graph.number_of_nodes(),
                "meetings": sum(1 for _, kind in graph.nodes(data="kind") if kind == "meeting")}
    del graph
    figures = measure_archive(db, args.rounds, country="Laos", link="?date_from=2020-01&date_to=2020-12&countries=LAO")
    cold = _cold_start(db)
    archive_store(db, args.articles)  # keep the graph again for the next run
    return {f"archive of {args.articles:,} articles": {**size, **figures, "first_view_without_graph_file_s": cold}}


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--articles", type=int, help="measure a generated archive of this many articles instead")
    parser.add_argument("--db", type=Path, help="with --articles: the store to use (filled if it holds fewer)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: nothing to measure", file=sys.stderr)
        return 2
    if args.articles:
        report = _archive_report(args)
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            for name, figures in report.items():
                print(f"{name}: {figures['meetings']:,} meetings, graph of {figures['graph_nodes']:,} nodes; "
                      f"drawn: {figures['drawn_nodes']}")
                for metric in ("start_to_drawn_s", "reload_to_drawn_s", "sidebar_country_s", "filtered_link_s",
                               "click_to_details_s", "server_rss_mb"):
                    value, unit = figures[metric], metric.rsplit("_", 1)[-1].replace("mb", "MB")
                    print(f"  {metric:20s} median {value['median']:.2f} {unit}  (min {value['min']:.2f}, "
                          f"max {value['max']:.2f}, n={value['n']})")
                print(f"  first view without the graph file: {figures['first_view_without_graph_file_s']:.1f} s")
        return 0
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
