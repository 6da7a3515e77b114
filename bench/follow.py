"""New articles into a large store: the graph brought up to date with them alone, against a full rebuild.

What ``build_graph`` does when a store whose graph is kept on disk has gained articles:
load the kept graph, add the facts of the articles stored since (``graph.update``), keep the
explorer's indexes up to date (``query.QueryMarks``); then ``graphbuild follow`` (or
``ingest``) writes the file again for the next process (``keep=True``), which the explorer
never waits for (seeing the new articles first, it updates the graph it loads itself, and
writes nothing unless that took ``cache.RESAVE_SECONDS``). Each phase is printed: the graph
work the new articles cost is the update and the indexes; loading the kept graph is what
any process pays to have the graph at all (the explorer as it starts), new articles or not.

The store is the generated corpus of ``bench/corpus.py`` (made if missing, as extractions:
fetching and extraction are not graph work); the new articles are the next ones of the same
corpus. Each round stores ``--new`` articles, then a fresh process measures; the full
rebuild is measured once, in a fresh process too. Medians with the range.

With ``--explorer``, the explorer's path instead: one process loads the kept graph once (as
the explorer's server does), then each round stores ``--new`` articles through another store
handle and brings the graph it holds in memory up to date (``graph.build.graph_since``: the
update made apart, the graph before left whole for the sessions still drawing it), as the
explorer does at its next rerun; no file is loaded or written (unless that took
``cache.RESAVE_SECONDS``, which the round reports). ``--check`` then also compares the last
graph with a full build, and the graph held before the last round with what it was.

    .venv/bin/python bench/follow.py                                   # 100 new into 100,000 articles
    .venv/bin/python bench/follow.py --articles 20000 --rounds 1 --check  # and compare with a full build
    .venv/bin/python bench/follow.py --explorer --rounds 5 --check      # the running explorer's graph
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _timed(func, *args, **kwargs):
    began = time.perf_counter()
    result = func(*args, **kwargs)
    return time.perf_counter() - began, result


def measure(db: Path, check: bool) -> dict:
    """In a fresh process: what ``build._updated`` does for ``follow``, phase by phase (load, update, indexes, write)."""
    from graphbuild.graph import build as built
    from graphbuild.graph import build_graph
    from graphbuild.graph import cache as kept
    from graphbuild.graph.query import QueryMarks
    from graphbuild.graph.update import can_update, update_graph
    from graphbuild.store import open_store
    from graphbuild.store.identity import known_instrument_labels, strip_title

    for language in ("fr", "en"):  # the language data names are read with: loaded once per process
        strip_title("le ministre Tô Lâm", language)
    known_instrument_labels()  # the conventions' names, read once per process too
    report: dict = {}
    refresh = QueryMarks.refresh

    def timed_refresh(self: QueryMarks) -> None:  # the indexes' part of update_graph, timed apart
        report["indexes_s"], _ = _timed(refresh, self)

    QueryMarks.refresh = timed_refresh
    with open_store(db) as store, store.snapshot():
        store.counts()  # warm: imports
        key, old = kept.cache_key(store), kept.kept_key(store)
        assert can_update(old, key), "the kept graph cannot be updated: more than articles changed"
        report["since"] = key[3][0] - old[3][0]
        with built._no_collection():  # as build_graph loads it
            cpu = time.process_time()
            report["load_s"], graph = _timed(kept.load_graph, store, old)
            report["load_cpu_s"], cpu = time.process_time() - cpu, time.process_time()
            seconds, done = _timed(update_graph, graph, store, old)
            # CPU seconds hardly move with the machine's load (other jobs take the cores, not our CPU time)
            report["graph_work_cpu_s"] = time.process_time() - cpu
        assert done, "the update gave up: a full build would be needed"
        report["update_s"] = seconds - report["indexes_s"]
        report["graph_work_s"] = seconds
        report["save_s"], _ = _timed(kept.save_graph, store, key, graph)  # keep=True
        report["nodes"], report["edges"] = graph.number_of_nodes(), graph.number_of_edges()
        if check:
            from tests.hardening.hardening_helpers import graph_signature, query_signature

            report["rebuild_s"], rebuilt = _timed(build_graph, store, cache=False)
            report["same"] = graph_signature(graph) == graph_signature(rebuilt)
            report["same_indexes"] = query_signature(graph) == query_signature(rebuilt)
    return report


def measure_explorer(db: Path, rounds: int, new: int, check: bool) -> dict:
    """In a fresh process: the kept graph loaded once, then ``rounds`` of ``new`` articles stored and brought
    into the graph held in memory (``graph_since``), each timed; what the explorer does at each write."""
    from corpus import generate_extractions

    from graphbuild.graph import build as built
    from graphbuild.graph import build_graph, graph_since, prepare_queries
    from graphbuild.graph import cache as kept
    from graphbuild.store import ingest_extractions, open_store
    from graphbuild.store.identity import known_instrument_labels, strip_title

    for language in ("fr", "en"):  # loaded once per process, as the explorer has them
        strip_title("le ministre Tô Lâm", language)
    known_instrument_labels()
    report: dict = {"rounds": []}
    with open_store(db) as store:
        with store.snapshot():
            key = kept.cache_key(store)
            assert kept.kept_key(store) == key, "the graph file is not kept for the store as it is"
            report["load_s"], graph = _timed(build_graph, store)
        prepare_queries(graph)  # app.cached.full_graph does (nothing to do for a loaded graph)
        report["loaded_rss_mb"] = _peak_rss_mb()
        files = {"loads": 0, "builds": 0}
        load, build = kept.load_graph, built._build_graph

        def counted(name, func):
            def call(*args):
                files[name] += 1
                return func(*args)
            return call

        kept.load_graph, built._build_graph = counted("loads", load), counted("builds", build)
        held_before = None
        for number in range(rounds):
            with open_store(db) as writer:  # another store handle, as `graphbuild follow` is another process
                count = writer.counts()["articles"]
                ingest_extractions(writer, generate_extractions(new, start=count), batch=500)
            last = number == rounds - 1
            if check and last:
                from tests.hardening.hardening_helpers import graph_signature, query_signature

                held_before = graph_signature(graph), query_signature(graph)
            files.update(loads=0, builds=0)
            cpu = time.process_time()
            seconds, (updated, now) = _timed(graph_since, store, graph, key)
            entry = {"into": count, "graph_work_s": seconds, "graph_work_cpu_s": time.process_time() - cpu,
                     "in_memory": files == {"loads": 0, "builds": 0} and updated is not graph,
                     "written": kept.kept_key(store) == now,
                     "shared_nodes": sum(1 for node, data in updated._node.items() if graph._node.get(node) is data)
                     / updated.number_of_nodes()}
            report["rounds"].append(entry)
            if check and last:
                entry["held_unchanged"] = (graph_signature(graph), query_signature(graph)) == held_before
                report["rebuild_s"], rebuilt = _timed(build_graph, store, cache=False)
                entry["same"] = graph_signature(updated) == graph_signature(rebuilt)
                entry["same_indexes"] = query_signature(updated) == query_signature(rebuilt)
            graph, key = updated, now  # the graph before is dropped, as the explorer's cache drops it
            if not last:
                report["peak_rss_mb"] = _peak_rss_mb()  # the graph before and the new one alive, as in the explorer
        report["nodes"], report["edges"] = graph.number_of_nodes(), graph.number_of_edges()
    return report


def _peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rebuild(db: Path) -> dict:
    """In a fresh process: the full build the update replaces."""
    from graphbuild.graph import build_graph
    from graphbuild.store import open_store

    with open_store(db) as store:
        store.counts()
        seconds, _ = _timed(build_graph, store, cache=False)
    return {"rebuild_s": seconds}


def _fresh(*args: str) -> dict:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fill(store, articles: int) -> None:
    from corpus import generate_extractions

    from graphbuild.store import ingest_extractions

    stored = store.counts()["articles"]
    if stored >= articles:
        return
    print(f"making the store: {articles - stored:,} generated articles…", flush=True)
    seconds, _ = _timed(ingest_extractions, store, generate_extractions(articles - stored, start=stored), batch=500)
    print(f"  stored in {seconds:.0f} s", flush=True)


def _figure(values: list[float]) -> str:
    if len(values) == 1:
        return f"{values[0]:6.2f} s"
    return f"{statistics.median(values):6.2f} s ({min(values):.2f}–{max(values):.2f})"


def main(argv: list[str] | None = None) -> int:
    """Run the rounds and print their figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the store at least (default 100,000)")
    parser.add_argument("--new", type=int, default=100, help="new articles per round (default 100)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds (default 3)")
    parser.add_argument("--db", type=Path, default=Path("/tmp/follow-bench.sqlite"), help="the store (made if missing)")
    parser.add_argument("--check", action="store_true", help="also compare the last updated graph with a full build")
    parser.add_argument("--explorer", action="store_true",
                        help="the running explorer's path: the graph held in memory brought up to date, each round")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--measure-explorer", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--rebuild", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure(args.measure, args.check)))
        return 0
    if args.measure_explorer:
        print(json.dumps(measure_explorer(args.measure_explorer, args.rounds, args.new, args.check)))
        return 0
    if args.rebuild:
        print(json.dumps(rebuild(args.rebuild)))
        return 0

    from corpus import generate_extractions

    from graphbuild.graph import build_graph
    from graphbuild.graph import cache as kept
    from graphbuild.store import ingest_extractions, open_store

    with open_store(args.db) as store:
        _fill(store, args.articles)  # a store used before holds the new articles of earlier runs too
        key = kept.cache_key(store)
        if kept.kept_key(store) != key:  # the rounds start from a graph file kept for the store as it is
            kept.MIN_BUILD_SECONDS = 0.0  # keep it whatever its size
            seconds, graph = _timed(build_graph, store)
            if kept.kept_key(store) != key:  # updated, and quickly: not written
                kept.save_graph(store, key, graph)
            print(f"graph of {store.counts()['articles']:,} articles made and kept in {seconds:.1f} s", flush=True)
    if args.explorer:
        return _explorer(args)
    rounds = []
    load = os.getloadavg()
    for number in range(args.rounds):
        with open_store(args.db) as store:
            count = store.counts()["articles"]
            summary = ingest_extractions(store, generate_extractions(args.new, start=count), batch=500)
        last = number == args.rounds - 1
        rounds.append(_fresh("--measure", str(args.db), *(["--check"] if args.check and last else [])))
        print(f"round {number + 1}: {summary.new} new articles into {count:,}: "
              + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in rounds[-1].items()),
              flush=True)
    full = _fresh("--rebuild", str(args.db))["rebuild_s"]
    load = (load, os.getloadavg())

    print(f"\n{args.new} new articles into {count:,} ({rounds[-1]['nodes']:,} nodes, {rounds[-1]['edges']:,} edges),"
          f" {args.rounds} round(s), load average {load[0][0]:.1f} before, {load[1][0]:.1f} after:")
    print(f"  graph work, the update and the indexes:           {_figure([r['graph_work_s'] for r in rounds])}")
    print(f"    the graph brought up to date (graph.update):    {_figure([r['update_s'] for r in rounds])}")
    print(f"    the explorer's indexes kept up to date:         {_figure([r['indexes_s'] for r in rounds])}")
    print(f"    articles added (since the graph file was kept): {', '.join(str(r['since']) for r in rounds)}")
    print(f"    the same in CPU seconds of the process:         {_figure([r['graph_work_cpu_s'] for r in rounds])}")
    print(f"  loading the kept graph before (any process):      {_figure([r['load_s'] for r in rounds])}")
    print(f"    in CPU seconds:                                 {_figure([r['load_cpu_s'] for r in rounds])}")
    print(f"  writing the graph file after (the command, not the explorer): {_figure([r['save_s'] for r in rounds])}")
    print(f"  a full rebuild of the graph instead:              {full:6.2f} s")
    if args.check:
        same, indexes = rounds[-1]["same"], rounds[-1]["same_indexes"]
        print(f"  updated graph == full rebuild, node for node and edge for edge: {same}; its indexes too: {indexes}")
        return 0 if same and indexes else 1
    return 0


def _explorer(args: argparse.Namespace) -> int:
    load = os.getloadavg()
    report = _fresh("--measure-explorer", str(args.db), "--rounds", str(args.rounds), "--new", str(args.new),
                    *(["--check"] if args.check else []))
    load = (load, os.getloadavg())
    rounds = report["rounds"]
    for number, entry in enumerate(rounds, 1):
        print(f"round {number}: {args.new} new articles into {entry['into']:,}: "
              + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in entry.items()
                          if k != "into"), flush=True)
    print(f"\n{args.new} new articles into {rounds[-1]['into']:,}"
          f" ({report['nodes']:,} nodes, {report['edges']:,} edges), the graph held in memory,"
          f" {len(rounds)} round(s) in one process,"
          f" load average {load[0][0]:.1f} before, {load[1][0]:.1f} after:")
    print(f"  graph work (graph_since: the update made apart):  {_figure([r['graph_work_s'] for r in rounds])}")
    print(f"    the same in CPU seconds of the process:         {_figure([r['graph_work_cpu_s'] for r in rounds])}")
    print(f"    in memory (no file loaded, no build):           {all(r['in_memory'] for r in rounds)}")
    print(f"    graph file written (cache.RESAVE_SECONDS):      {sum(r['written'] for r in rounds)} of {len(rounds)}")
    print(f"    nodes whose attributes the graphs share:        "
          f"{min(r['shared_nodes'] for r in rounds):.1%} at least")
    print(f"  loading the kept graph once, as the server starts: {report['load_s']:6.2f} s")
    print(f"  the process's peak memory: {report['loaded_rss_mb']:,.0f} MB with the graph loaded,"
          f" {report.get('peak_rss_mb', report['loaded_rss_mb']):,.0f} MB after the rounds (two graphs alive)")
    if args.check:
        last = rounds[-1]
        print(f"  a full rebuild of the graph instead:              {report['rebuild_s']:6.2f} s")
        print(f"  updated graph == full rebuild, node for node and edge for edge: {last['same']};"
              f" its indexes too: {last['same_indexes']}; the graph held before unchanged: {last['held_unchanged']}")
        return 0 if last["same"] and last["same_indexes"] and last["held_unchanged"] else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
