"""``app/server.py``: the explorer as an ``st.App`` whose graph is loaded as the server starts."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path


def test_the_server_serves_the_explorer_page() -> None:
    from app import server

    assert server.app.script_path == server.EXPLORER
    assert server.EXPLORER.name == "explorer.py" and server.EXPLORER.is_file()


def test_warming_up_loads_the_graph_the_page_then_reads_from_the_cache(fixture_db: Path, monkeypatch) -> None:
    from app import cached, server
    from graphbuild.graph import build as built
    from graphbuild.graph import cache as kept
    from graphbuild.graph import query

    monkeypatch.setattr(sys, "argv", ["explorer", "--db", str(fixture_db)])
    cached.full_graph.clear()
    server.warm_up()

    def no_second_build(*args, **kwargs):
        raise AssertionError("the page built the graph again")

    monkeypatch.setattr(built, "_build_graph", no_second_build)
    monkeypatch.setattr(kept, "load_graph", no_second_build)
    graph = cached.full_graph(str(fixture_db), cached.store_stamp(fixture_db))  # what the page asks for
    assert graph.number_of_nodes() > 0
    assert {"choices", "dates", "affiliations", "links"} <= set(query._memo(graph))  # prepared for queries
    cached.full_graph.clear()


def test_the_start_hook_returns_at_once_and_loads_in_a_thread(fixture_db: Path, monkeypatch) -> None:
    from app import server

    started = []
    monkeypatch.setattr(server.threading, "Thread",
                        lambda target, name, daemon: type("T", (), {"start": lambda self: started.append(target)})())

    async def run_hook() -> None:
        async with server._load_at_start(server.app):
            pass

    asyncio.run(run_hook())
    assert started == [server._warm_up_quietly]


def test_a_store_that_cannot_be_read_is_reported_not_raised(tmp_path: Path, monkeypatch, capsys) -> None:
    from app import cached, server

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    monkeypatch.setattr(sys, "argv", ["explorer", "--db", str(broken)])
    cached.full_graph.clear()
    server._warm_up_quietly()
    assert "could not load the graph" in capsys.readouterr().err
    assert broken.read_bytes() == b"not a database" * 100


def test_warming_up_creates_no_store(tmp_path: Path, monkeypatch) -> None:
    from app import server

    monkeypatch.setattr(sys, "argv", ["explorer", "--db", str(tmp_path / "absent.sqlite")])
    server.warm_up()
    assert not (tmp_path / "absent.sqlite").exists()


def test_a_first_page_opened_while_the_graph_loads_draws_the_first_view_then_waits(writable_db: Path, explorer,
                                                                                   monkeypatch) -> None:
    import app.network as network
    from app import cached
    from graphbuild.graph import build_graph
    from graphbuild.graph import cache as kept
    from graphbuild.store import open_store

    from explorer_helpers import network_data

    monkeypatch.setattr(kept, "MIN_BUILD_SECONDS", 0.0)
    with open_store(writable_db) as store:
        build_graph(store)  # the graph file and its first view, as graphbuild ingest leaves them
    cached.full_graph.clear()
    order = []
    draw, load = network._network, cached.full_graph
    monkeypatch.setattr(network, "_network", lambda **kwargs: order.append("network") or draw(**kwargs))
    monkeypatch.setattr(cached, "full_graph", lambda *args: order.append("graph") or load(*args))

    early = explorer(writable_db)  # the graph is not loaded yet
    assert not early.exception
    assert order[:2] == ["network", "graph"]  # the network from the first view; the rest waited for the graph
    assert [tab.label for tab in early.tabs][:2] == ["Timeline", "Path"]
    order.clear()
    later = explorer(writable_db)  # a visitor once the graph is there: drawn from it
    assert not later.exception and order[0] == "graph"
    for part in ("nodes", "edges", "legend"):
        assert network_data(early)[part] == network_data(later)[part]
    assert [element.value for element in early.caption][:3] == [element.value for element in later.caption][:3]
    load.clear()


def test_the_pages_modules_leave_pandas_altair_and_pyvis_to_what_needs_them() -> None:
    # A first page draws its network before any table or chart: their libraries (a second or more to
    # import on a loaded machine) are imported by the tables and the chart, or by the warm-up after the graph.
    import subprocess

    from explorer_helpers import REPO

    code = ("import sys\n"
            "import app.analysis, app.cached, app.curation, app.details, app.exports, app.network, app.ties, app.view\n"
            "print(sorted(m for m in ('pandas', 'altair', 'IPython', 'pyvis') if m in sys.modules))")
    found = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
