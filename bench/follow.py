"""New articles into a large store: the graph brought up to date with them alone, against a full rebuild.

What ``graphbuild follow`` (or ``ingest``) does after storing new articles in a store whose
graph is kept on disk: load the kept graph, add the new articles' facts (``graph.update``),
work out the explorer's indexes again and keep the file. The store is the generated corpus
of ``bench/corpus.py`` (made if missing, as extractions: fetching and extraction are not
graph work); the new articles are the next ones of the same corpus.

    .venv/bin/python bench/follow.py                                   # 100 new into 100,000 articles
    .venv/bin/python bench/follow.py --articles 20000 --new 100 --check  # and compare with a full build
"""
from __future__ import annotations

import argparse
import gc
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


def _fill(store, articles: int) -> None:
    from corpus import generate_extractions

    from graphbuild.store import ingest_extractions

    stored = store.counts()["articles"]
    if stored >= articles:
        return
    print(f"making the store: {articles - stored:,} generated articles…", flush=True)
    seconds, _ = _timed(ingest_extractions, store, generate_extractions(articles - stored, start=stored), batch=500)
    print(f"  stored in {seconds:.0f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run the measurement and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000, help="articles in the store before (default 100,000)")
    parser.add_argument("--new", type=int, default=100, help="new articles (default 100)")
    parser.add_argument("--db", type=Path, default=Path("/tmp/follow-bench.sqlite"), help="the store (made if missing)")
    parser.add_argument("--check", action="store_true", help="also compare the updated graph with a full build")
    args = parser.parse_args(argv)

    from corpus import generate_extractions

    from graphbuild.graph import build_graph, prepare_queries
    from graphbuild.graph import cache as kept
    from graphbuild.graph.query import forget_queries
    from graphbuild.graph.update import can_update, update_graph
    from graphbuild.store import ingest_extractions, open_store

    with open_store(args.db) as store:
        # The store as it was: its graph kept on disk, as graphbuild ingest leaves a large store.
        count = store.counts()["articles"]
        if count > args.articles:
            raise SystemExit(f"{args.db} holds {count:,} articles, more than --articles; use another --db")
        _fill(store, args.articles)
        if kept.kept_key(store) != kept.cache_key(store):
            kept.MIN_BUILD_SECONDS = 0.0  # keep it whatever its size
            seconds, graph = _timed(build_graph, store)
            print(f"graph of {args.articles:,} articles built and kept in {seconds:.1f} s", flush=True)
            del graph
            gc.collect()

        seconds, summary = _timed(ingest_extractions, store,
                                  generate_extractions(args.new, start=args.articles, seed=11), batch=500)
        print(f"{summary.new} new articles stored in {seconds:.1f} s (store: {summary.meetings:,} meetings)", flush=True)

        with store.snapshot():
            key, old = kept.cache_key(store), kept.kept_key(store)
            assert can_update(old, key), "the kept graph cannot be updated: more than articles changed"
            load_s, graph = _timed(kept.load_graph, store, old)
            update_s, done = _timed(update_graph, graph, store, old)
            assert done, "the update gave up: a full build would be needed"
            forget_queries(graph)
            prepare_s, _ = _timed(prepare_queries, graph)
            save_s, _ = _timed(kept.save_graph, store, key, graph)
            nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
            if not args.check:
                del graph
                gc.collect()
            rebuild_s, rebuilt = _timed(build_graph, store, cache=False)

    print(f"\n{args.new} new articles into {args.articles:,} ({nodes:,} nodes, {edges:,} edges):")
    print(f"  update of the graph with the new articles alone: {update_s:6.2f} s")
    print(f"  the explorer's indexes worked out again:          {prepare_s:6.2f} s")
    print(f"  loading the kept graph before, saving it after:   {load_s:6.2f} s, {save_s:.2f} s")
    print(f"  a full rebuild of the graph instead:              {rebuild_s:6.2f} s")
    if args.check:
        from tests.hardening.hardening_helpers import graph_signature

        same = graph_signature(graph) == graph_signature(rebuilt)
        print(f"  updated graph == full rebuild, node for node and edge for edge: {same}")
        return 0 if same else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
