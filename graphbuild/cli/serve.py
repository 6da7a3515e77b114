"""``graphbuild serve``: open the explorer (the Streamlit app in ``app/``) on a store.

An empty store is first filled from ``seeds/``, so that a fresh clone opens on a graph.
This module parses arguments, hands off to Streamlit, and takes Streamlit down with it:
SIGTERM, SIGINT (Ctrl-C) or SIGHUP to ``graphbuild serve`` stops the Streamlit child too,
and the child is told to stop if this process dies without a word (``kill -9``, on Linux),
so no server is left answering on the port.
"""
from __future__ import annotations

import argparse
import ipaddress
import os
import signal
import subprocess
import sys
from pathlib import Path

__all__ = ["register", "serve", "streamlit_command", "run_streamlit", "exposure_warning", "APP_SCRIPT", "SEEDS_DIR",
           "STOP_SECONDS"]

_ROOT = Path(__file__).resolve().parents[2]
#: The explorer's server (the page, and the graph loaded as the server starts), beside the package in the source tree.
APP_SCRIPT = _ROOT / "app" / "server.py"
#: Articles ingested into an empty store before the explorer opens.
SEEDS_DIR = _ROOT / "seeds"
#: How long Streamlit gets to stop after SIGTERM before it is killed.
STOP_SECONDS = 10.0


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
    parser.add_argument("--address", default="localhost",
                        help="address to bind (default: localhost; any other address warns unless --read-only)")
    parser.add_argument("--read-only", action="store_true",
                        help="offer no upload, merge or other curation: for an explorer others can reach")
    parser.add_argument("--no-seed", action="store_true", help="do not ingest seeds/ into an empty store")
    parser.set_defaults(func=serve)


def streamlit_command(db: str | Path, *, port: int = 8501, headless: bool = False, address: str = "localhost",
                      read_only: bool = False) -> list[str]:
    """The ``streamlit run`` command line that starts the explorer on ``db``."""
    return [
        sys.executable, "-m", "streamlit", "run", str(APP_SCRIPT),
        "--server.port", str(port),
        "--server.address", address,
        "--server.headless", "true" if headless else "false",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal",
        "--theme.base", "light",
        "--", "--db", str(db), *(["--read-only"] if read_only else []),
    ]


def exposure_warning(address: str, read_only: bool) -> str | None:
    """The warning for an explorer that others may reach and change: bound beyond this machine, not read-only."""
    if read_only or address.strip().lower() in ("localhost", "localhost."):
        return None
    try:
        if ipaddress.ip_address(address.strip("[]")).is_loopback:
            return None
    except ValueError:
        pass  # a host name: it may be reachable from anywhere
    return (f"warning: the explorer listens on {address} without --read-only: whoever reaches it can upload "
            f"articles and merge officials (add --read-only to publish it)")


def _die_with_parent() -> None:
    """In the child, before Streamlit starts: be sent SIGTERM when ``graphbuild serve`` dies (Linux)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the signals below still stop it


class _Stop(Exception):
    """A signal asked ``graphbuild serve`` to stop."""


def _stop(child: subprocess.Popen) -> None:
    """Stop Streamlit and everything it started (its own process group): SIGTERM, then SIGKILL."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(child.pid, sig)
        except ProcessLookupError:
            break
        try:
            child.wait(timeout=STOP_SECONDS)
            break
        except subprocess.TimeoutExpired:
            continue
    child.wait()


def run_streamlit(command: list[str], env: dict[str, str]) -> int:
    """Run Streamlit until it exits or this process is asked to stop; either way it is gone afterwards.

    Streamlit runs in a process group of its own, so that Ctrl-C reaches it once (through
    here), and so that everything it started stops with it.
    """
    def stop(signum: int, _frame: object) -> None:
        for sig in handled:  # a second Ctrl-C must not interrupt the stopping itself
            signal.signal(sig, signal.SIG_IGN)
        raise _Stop(signum)

    # The child first: a signal before the handlers are in place ends this process the default
    # way, and the child, told to follow its parent (``_die_with_parent``), stops too.
    child = subprocess.Popen(command, env=env, start_new_session=True,
                             preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None)
    # A signal ignored when this process started (SIGHUP under nohup, SIGINT in a background
    # job) stays ignored: whoever started it asked for that.
    handled = [sig for sig in (signal.SIGTERM, signal.SIGINT, getattr(signal, "SIGHUP", None))
               if sig is not None and signal.getsignal(sig) is not signal.SIG_IGN]
    previous = {sig: signal.signal(sig, stop) for sig in handled}
    try:
        return child.wait()
    except _Stop:
        print("graphbuild serve: stopping the explorer", file=sys.stderr)
        return 0
    finally:
        if child.poll() is None:
            _stop(child)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


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
    warning = exposure_warning(args.address, args.read_only)
    if warning:
        print(warning, file=sys.stderr)
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false", "GRAPHBUILD_DB": str(db)}
    command = streamlit_command(db, port=args.port, headless=args.headless, address=args.address,
                                read_only=args.read_only)
    return run_streamlit(command, env)
