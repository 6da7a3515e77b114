"""``graphbuild serve`` as a process: stopped by SIGTERM it takes Streamlit with it and frees its port;
``--read-only`` reaches the page; an explorer bound beyond localhost without it warns."""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from graphbuild.cli import build_parser
from graphbuild.cli import serve as serve_module

from explorer_helpers import REPO, extractions, fill_store


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_for(condition, limit: float, what: str, log: Path) -> None:
    began = time.monotonic()
    while time.monotonic() - began < limit:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"{what} within {limit} s:\n{log.read_text()[-3000:]}")


def test_sigterm_to_serve_stops_streamlit_and_frees_the_port(tmp_path: Path) -> None:
    db = fill_store(tmp_path / "explorer.sqlite", extractions("000_ac6d88ce6df833ac"))
    port, log = _free_port(), tmp_path / "serve.log"
    command = [sys.executable, "-m", "graphbuild", "serve", "--db", str(db), "--port", str(port), "--headless",
               "--address", "127.0.0.1", "--no-seed"]
    with log.open("w") as out:
        serve = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                 env={**os.environ, "PYTHONUNBUFFERED": "1"})
    children: list[psutil.Process] = []
    try:
        _wait_for(lambda: _listening(port), 120, "the explorer did not listen", log)
        children = psutil.Process(serve.pid).children(recursive=True)
        assert children, "Streamlit runs as a child of graphbuild serve"
        serve.send_signal(signal.SIGTERM)  # to graphbuild serve alone, as `kill PID` does
        serve.wait(timeout=30)
        _wait_for(lambda: not _listening(port), 15, "the port was still answering", log)
        for child in children:
            assert not child.is_running() or child.status() == psutil.STATUS_ZOMBIE, child
        assert serve.returncode == 0  # an orderly stop
        assert not list(tmp_path.glob("*.lock"))
    finally:
        if serve.poll() is None:
            serve.kill()
        for child in children:  # only what this test started
            try:
                child.kill()
            except psutil.NoSuchProcess:
                pass


def _serve_args(*extra: str):
    return build_parser().parse_args(["serve", "--no-seed", "--headless", *extra])


def _started(monkeypatch, tmp_path: Path, *extra: str) -> list[str]:
    started: list[list[str]] = []
    monkeypatch.setattr(serve_module, "run_streamlit", lambda command, env: started.append(command) or 0)
    args = _serve_args("--db", str(tmp_path / "s.sqlite"), *extra)
    assert args.func(args) == 0
    return started[0]


def test_binding_beyond_localhost_without_read_only_warns(monkeypatch, tmp_path, capsys) -> None:
    _started(monkeypatch, tmp_path, "--address", "0.0.0.0")
    assert "warning: the explorer listens on 0.0.0.0 without --read-only" in capsys.readouterr().err
    for quiet in (["--address", "127.0.0.1"], ["--address", "::1"], [], ["--address", "0.0.0.0", "--read-only"]):
        _started(monkeypatch, tmp_path, *quiet)
        assert "warning" not in capsys.readouterr().err, quiet


def test_read_only_is_passed_to_the_page(monkeypatch, tmp_path) -> None:
    command = _started(monkeypatch, tmp_path, "--read-only")
    assert command[-4:] == ["--", "--db", str(tmp_path / "s.sqlite"), "--read-only"]
    assert "--read-only" not in _started(monkeypatch, tmp_path)
