"""Helpers shared by the explorer's tests and their conftest (a unique module name: tests/ has no packages)."""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from graphbuild.records import Extraction
from graphbuild.store import ingest_extractions, open_store

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "data"
APP_SCRIPT = REPO / "app" / "explorer.py"

LUONG = "person:luong-tam-quang"
GAWKOWSKI = "person:krzysztof-gawkowski"
HOSTILE_NAME = "<img src=x onerror=alert(1)>"


def extractions(*names: str) -> list[Extraction]:
    """The fixture extractions ``tests/app/data/<name>.json`` (all of them when no name is given)."""
    paths = [DATA / f"{name}.json" for name in names] if names else sorted(DATA.glob("*.json"))
    return [Extraction.from_dict(json.loads(path.read_text(encoding="utf-8"))) for path in paths]


def fill_store(db: Path, records: list[Extraction]) -> Path:
    """A store at ``db`` holding ``records``."""
    with open_store(db) as store:
        ingest_extractions(store, records)
    return db


def network_data(app) -> dict:
    """What the network component was given on the last run of ``app`` (an ``AppTest``)."""
    for element in app.get("bidi_component"):
        if element.proto.component_name == "diplo_network":
            return json.loads(element.proto.json or element.proto.mixed.json)
    raise AssertionError("the network component is not on the page")


def load_bench():
    """``bench/app.py`` as a module (its synthetic store generator is shared with the tests)."""
    spec = importlib.util.spec_from_file_location("bench_app", REPO / "bench" / "app.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]


def free_port() -> int:
    """A TCP port free on localhost right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, limit: float = 240) -> None:
    import pytest

    began = time.monotonic()
    while time.monotonic() - began < limit:
        if process.poll() is not None:
            pytest.fail(f"graphbuild serve exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"the explorer did not answer within {limit} s:\n{log.read_text()[-3000:]}")


@contextmanager
def serving(db: Path, log: Path, *options: str) -> Iterator[str]:
    """``graphbuild serve --headless`` on ``db`` (filled from seeds/ when empty) on a free port, with more
    ``options`` ("--read-only"); yields its URL."""
    port = free_port()
    command = [sys.executable, "-m", "graphbuild", "serve", "--db", str(db), "--port", str(port), "--headless",
               "--address", "127.0.0.1", *options]
    with log.open("w") as out:
        # Its own process group: serve starts Streamlit as a child, and both must stop.
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process, log)
        yield url
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
