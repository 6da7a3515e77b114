"""Store and graph at scale: ingest time per step, graph build time and memory, filter queries, at three sizes.

The articles are the generated corpus of ``bench/corpus.py``, ingested as extractions (their
text is not extracted: see ``bench/extract.py`` for extraction itself). One store grows to the
largest size; at each of the sizes asked for, a fresh process measures on it:

- the graph build from SQLite (``build_graph(store, cache=False)``), its time and the
  process's peak memory, the filters' indexes (``prepare_queries``, kept in the graph file),
  then saving and loading the graph file (``graphbuild.graph.cache``);
- the explorer's first view, as the app computes it (choices, whole view, overview, chart);
- filter queries of the explorer (date range + countries), each on a graph that has not
  answered it before.

The growth of each cost with the number of articles is measured, not guessed: the exponent
``k`` in ``cost ∝ articles^k`` between the sizes (1: linear, 0: flat).

    .venv/bin/python bench/store.py                           # 1k, 10k, 100k articles (about 15 minutes)
    .venv/bin/python bench/store.py --sizes 1000,10000 --json
    .venv/bin/python bench/store.py --keep /tmp/bench-store   # keep the stores (bench/app.py --db)
"""
from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

#: The explorer's filters measured at every size: (label, ViewFilter arguments).
QUERIES = [
    ("2020 + Laos", {"date_from": "2020-01", "date_to": "2020-12", "countries": ("LAO",)}),
    ("March 2024 + France", {"date_from": "2024-03", "date_to": "2024-03", "countries": ("FRA",)}),
    ("2018-2023 + Japan, South Korea", {"date_from": "2018-01", "date_to": "2023-12", "countries": ("JPN", "KOR")}),
    ("Cambodia, all dates", {"countries": ("KHM",)}),
    ("2022, all countries", {"date_from": "2022-01", "date_to": "2022-12"}),
]


def _seconds(func, *args, **kwargs):
    began = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - began, result


def measure(db: Path) -> dict:
    """Run in a fresh process: the graph's cost on the store at ``db``."""
    import gc

    import psutil

    from graphbuild.graph import (
        ViewFilter,
        build_graph,
        filter_choices,
        meetings_per_month,
        overview,
        prepare_queries,
    )
    from graphbuild.graph import cache as kept
    from graphbuild.store import open_store

    process = psutil.Process()
    report: dict = {}
    with open_store(db) as store:
        store.counts()  # warm: imports, the language data strip_title reads
        baseline = process.memory_info().rss
        seconds, graph = _seconds(build_graph, store, cache=False)
        report["build_s"] = seconds
        report["rss_after_build_mb"] = process.memory_info().rss / 1e6
        report["graph_mb"] = (process.memory_info().rss - baseline) / 1e6
        report["nodes"], report["edges"] = graph.number_of_nodes(), graph.number_of_edges()
        report["meetings"] = sum(1 for _, kind in graph.nodes(data="kind") if kind == "meeting")
        report["prepare_s"], _ = _seconds(prepare_queries, graph)  # the indexes the filters use, kept in the file
        with store.snapshot():
            key = kept.cache_key(store)
            report["cache_save_s"], _ = _seconds(kept.save_graph, store, key, graph)
        report["cache_mb"] = kept.cache_path(store).stat().st_size / 1e6

        # The explorer's first view on the graph as it comes from build_graph.
        first = {}
        first["filter_choices"], _ = _seconds(filter_choices, graph)
        first["whole_view"], view = _seconds(ViewFilter().apply, graph)
        first["overview"], (drawn, _) = _seconds(overview, view, limit=400)
        first["meetings_per_month"], _ = _seconds(meetings_per_month, view)
        report["first_view_s"] = first
        report["drawn_nodes"] = drawn.number_of_nodes()

        queries = {}
        for label, arguments in QUERIES:
            seconds, shown = _seconds(ViewFilter(**arguments).apply, graph)
            overview_s, _ = _seconds(overview, shown, limit=400)
            queries[label] = {"filter_s": seconds, "overview_s": overview_s, "nodes": shown.number_of_nodes()}
        report["queries"] = queries
        del graph, view, drawn, shown
        gc.collect()

        seconds, loaded = _seconds(build_graph, store)  # from the file written above
        report["cache_load_s"] = seconds
        report["loaded_nodes"] = loaded.number_of_nodes()
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    return report


def _measure_in_process(db: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--measure", str(db)], capture_output=True, text=True,
                          check=False)
    if done.returncode:
        raise RuntimeError(f"measuring {db} failed:\n{done.stderr}")
    return json.loads(done.stdout)


def _ingest(db: Path, start: int, count: int, *, batch: int, seed: int) -> tuple[float, float]:
    """Ingest ``count`` generated articles: (wall seconds, CPU seconds of this process).

    The CPU seconds hardly move with the machine's load, so two versions measured at different
    times, or side by side, compare on them.
    """
    from corpus import generate_extractions

    from graphbuild.store import ingest_extractions, open_store

    extractions = list(generate_extractions(count, seed=seed, start=start))
    with open_store(db) as store:
        began, began_cpu = time.perf_counter(), time.process_time()
        summary = ingest_extractions(store, extractions, batch=batch)
        seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - began_cpu
    if summary.failed or summary.new != count:
        raise RuntimeError(f"ingest of {count} articles from {start}: {summary.to_dict()}")
    return seconds, cpu_seconds


def _growth(sizes: list[int], values: list[float]) -> list[float | None]:
    """The exponent k of cost ∝ size^k between each size and the next."""
    out: list[float | None] = []
    for (a, x), (b, y) in zip(zip(sizes, values, strict=True), zip(sizes[1:], values[1:], strict=True), strict=False):
        out.append(math.log(y / x) / math.log(b / a) if x > 0 and y > 0 else None)
    return out


def run(sizes: list[int], *, folder: Path, step: int, batch: int, seed: int, compare: int) -> dict:
    """Grow one store to the largest size, measuring at each size; and per-article transactions for comparison."""
    db = folder / "bench.sqlite"
    report: dict = {"sizes": sizes, "batch": batch, "step": step, "steps": [], "at": {}}
    done = 0
    targets = sorted(set(sizes))
    while done < targets[-1]:
        count = min(step, targets[-1] - done, min(t for t in targets if t > done) - done)
        seconds, cpu_seconds = _ingest(db, done, count, batch=batch, seed=seed)
        done += count
        report["steps"].append({"articles": done, "seconds": seconds, "cpu_seconds": cpu_seconds,
                                "per_second": count / seconds})
        print(f"  ingested {done - count:>7,}-{done:>7,}: {seconds:7.2f} s, CPU {cpu_seconds:7.2f} s "
              f"({count / seconds:6.0f} articles/s)", file=sys.stderr, flush=True)
        if done in targets:
            size_db = folder / f"store-{done}.sqlite"
            shutil.copyfile(db, size_db)
            measured = _measure_in_process(size_db)
            measured["ingest_s"] = sum(s["seconds"] for s in report["steps"])
            measured["ingest_cpu_s"] = sum(s["cpu_seconds"] for s in report["steps"])
            measured["db_mb"] = size_db.stat().st_size / 1e6
            report["at"][done] = measured
            print(f"  measured at {done:,} articles: build {measured['build_s']:.2f} s", file=sys.stderr, flush=True)
    if compare:
        per_article = folder / "per-article.sqlite"
        seconds, _ = _ingest(per_article, 0, compare, batch=1, seed=seed)
        report["per_article_transactions"] = {"articles": compare, "seconds": seconds}
    return report


def _print(report: dict) -> None:
    sizes = [int(s) for s in report["at"]]
    at = [report["at"][s] if s in report["at"] else report["at"][str(s)] for s in sizes]
    print(f"Store and graph, generated corpus (bench/corpus.py), batch of {report['batch']} articles per transaction")
    print()
    print("Ingest, per step of the growing store:")
    print(f"{'articles':>10s} {'seconds':>9s} {'CPU s':>9s} {'articles/s':>11s}")
    for row in report["steps"]:
        print(f"{row['articles']:>10,} {row['seconds']:9.2f} {row['cpu_seconds']:9.2f} {row['per_second']:11.0f}")
    if "per_article_transactions" in report:
        row = report["per_article_transactions"]
        first = report["steps"][0]
        batched = first["seconds"] * row["articles"] / first["articles"] if first["articles"] else 0
        print(f"one transaction per article, first {row['articles']:,}: {row['seconds']:.2f} s "
              f"({row['articles'] / row['seconds']:.0f} articles/s; batched: {batched:.2f} s)")
    print()
    rows = [
        ("ingest, total (s)", [a["ingest_s"] for a in at]),
        ("ingest, total CPU (s)", [a["ingest_cpu_s"] for a in at]),
        ("store file (MB)", [a["db_mb"] for a in at]),
        ("graph: meetings", [a["meetings"] for a in at]),
        ("graph: nodes", [a["nodes"] for a in at]),
        ("graph: edges", [a["edges"] for a in at]),
        ("build_graph from SQLite (s)", [a["build_s"] for a in at]),
        ("graph in memory (MB)", [a["graph_mb"] for a in at]),
        ("process RSS after the build (MB)", [a["rss_after_build_mb"] for a in at]),
        ("process peak RSS, saving incl. (MB)", [a["peak_rss_mb"] for a in at]),
        ("filter indexes, made once (s)", [a["prepare_s"] for a in at]),
        ("graph file: save (s)", [a["cache_save_s"] for a in at]),
        ("graph file: load (s)", [a["cache_load_s"] for a in at]),
        ("graph file (MB)", [a["cache_mb"] for a in at]),
        ("first view, computed (s)", [sum(a["first_view_s"].values()) for a in at]),
    ]
    for label, _ in QUERIES:
        rows.append((f"filter {label} (s)", [a["queries"][label]["filter_s"] for a in at]))
    rows.append(("filter, slowest (s)", [max(q["filter_s"] for q in a["queries"].values()) for a in at]))
    rows.append(("filter, median (s)", [statistics.median(q["filter_s"] for q in a["queries"].values()) for a in at]))
    header = f"{'':40s}" + "".join(f"{size:>10,}" for size in sizes) + "   growth k (cost ∝ articles^k)"
    print(header)
    for label, values in rows:
        growth = _growth(sizes, values)
        cells = "".join(f"{v:10,.0f}" if v >= 100 else f"{v:10.3f}" for v in values)
        print(f"{label:40s}{cells}   " + ", ".join("-" if g is None else f"{g:.2f}" for g in growth))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="article counts to measure at (default 1k,10k,100k)")
    parser.add_argument("--step", type=int, default=10_000, help="articles per timed ingest step (default 10,000)")
    parser.add_argument("--batch", type=int, default=500, help="articles per transaction (default 500, as the CLI)")
    parser.add_argument("--compare", type=int, default=10_000,
                        help="also ingest this many articles one transaction each, for comparison (0: no)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the stores in this folder")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return 0
    sizes = sorted(int(size) for size in args.sizes.split(","))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = run(sizes, folder=args.keep, step=args.step, batch=args.batch, seed=args.seed,
                     compare=args.compare)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            report = run(sizes, folder=Path(tmp), step=args.step, batch=args.batch, seed=args.seed,
                         compare=args.compare)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        _print(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
