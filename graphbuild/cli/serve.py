"""``graphbuild serve``: open the explorer (the Streamlit app in ``app/``) on a store.

An empty store is first filled from ``seeds/``, so that a fresh clone opens on a graph.
This module only parses arguments and hands off to Streamlit.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

__all__ = ["register", "serve", "streamlit_command", "APP_SCRIPT", "SEEDS_DIR"]

_ROOT = Path(__file__).resolve().parents[2]
#: The explorer's server (the page, and the graph loaded as the server starts), beside the package in the source tree.
APP_SCRIPT = _ROOT / "app" / "server.py"
#: Articles ingested into an empty store before the explorer opens.
SEEDS_DIR = _ROOT / "seeds"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``serve`` verb."""
    parser = subparsers.add_parser(
        "serve",
        help="open the explorer in the browser",
        description="Start the Streamlit explorer on a store; an empty store is first filled from seeds/.",
    )
    parser.add_argument("--db", metavar="FILE", help="SQLite store (default: the store's default database)")
    parser.add_argument("--port", type=int, default=8501, metavar="N", help="port to listen on (default: 8501)")
    parser.add_argument("--headless", action="store_true", help="do not open a browser window")
    parser.add_argument("--address", default="localhost", help="address to bind (default: localhost)")
    parser.add_argument("--no-seed", action="store_true", help="do not ingest seeds/ into an empty store")
    parser.set_defaults(func=serve)


def streamlit_command(db: str | Path, *, port: int = 8501, headless: bool = False, address: str = "localhost") -> list[str]:
    """The ``streamlit run`` command line that starts the explorer on ``db``."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
        "--server.port", str(port),
        "--server.address", address,
        "--server.headless", "true" if headless else "false",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
        "--theme.base", "light",
        "--", "--db", str(db),
    ]


def _seed_if_empty(db: Path) -> None:
    from graphbuild.store import ingest_paths, open_store

    with open_store(db) as store:
        if store.counts()["articles"]:
            return
        if not SEEDS_DIR.is_dir():
            print(f"store {db} is empty and there is no {SEEDS_DIR} to fill it from", file=sys.stderr)
            return
        print(f"store {db} is empty: ingesting {SEEDS_DIR} ...", file=sys.stderr)
        summary = ingest_paths(store, [SEEDS_DIR])
        for failure in summary.failures:
            print(f"  {failure.source}: {failure.reason}", file=sys.stderr)
        print("\n".join(summary.lines()), file=sys.stderr)


def serve(args: argparse.Namespace) -> int:
    """Fill an empty store from seeds/, then run Streamlit until it stops."""
    from graphbuild.store import default_path

    db = Path(args.db) if args.db else default_path()
    if not APP_SCRIPT.is_file():
        print(f"the explorer's script {APP_SCRIPT} is missing (serve runs from a source checkout)", file=sys.stderr)
        return 2
    db.parent.mkdir(parents=True, exist_ok=True)
    if not args.no_seed:
        _seed_if_empty(db)
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", "GRAPHBUILD_DB": str(db)}
    command = streamlit_command(db, port=args.port, headless=args.headless, address=args.address)
    return subprocess.call(command, env=env)
