"""The explorer in a real headless Chromium, started as a user would: ``graphbuild serve`` on the seeds.

One server for the module: ``graphbuild serve --headless`` on a free localhost port and a
temporary store, which it fills from ``seeds/`` with the real extractor (spaCy) before
Streamlit starts. The hostile article is then added to that store through the library,
as another process would, and the page picks it up on reload.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit
from pathlib import Path

import pytest

from explorer_helpers import GAWKOWSKI, HOSTILE_NAME, LUONG, REPO, extractions, fill_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
ARTIFACTS = REPO / "artifacts"
GRAPH = '[data-testid="diplo-graph"]'
STABLE = f'{GRAPH}[data-stable="true"]'

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} to drive (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, log: Path, limit: float = 240) -> None:
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


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``graphbuild serve`` on a new store: it ingests seeds/ (spaCy), then serves; (url, db)."""
    folder = tmp_path_factory.mktemp("browser")
    db, log = folder / "explorer.sqlite", folder / "serve.log"
    port = _free_port()
    command = [sys.executable, "-m", "graphbuild", "serve", "--db", str(db), "--port", str(port), "--headless",
               "--address", "127.0.0.1"]
    with log.open("w") as out:
        # Its own process group: serve starts Streamlit as a child, and both must stop.
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, start_new_session=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_until_up(url, process, log)
        yield url, db
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture(scope="module")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1100}, accept_downloads=True)
    page = context.new_page()
    page.dialogs, page.outside = [], []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.on("request", lambda request: None if urlsplit(request.url).scheme in ("blob", "data")
            or urlsplit(request.url).hostname in ("127.0.0.1", "localhost") else page.outside.append(request.url))
    page.set_default_timeout(60_000)
    yield page
    context.close()


def open_explorer(page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(STABLE, timeout=120_000)


def node_point(page, node: str) -> dict[str, float]:
    """Where the network draws ``node``, in page coordinates (from the exposed vis Network)."""
    return page.evaluate(
        """(id) => { const el = document.querySelector('[data-testid="diplo-graph"]');
            const p = el.network.canvasToDOM(el.network.getPosition(id)); const r = el.getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y}; }""", node)


def positions(page) -> dict[str, dict[str, float]]:
    return page.evaluate(f"() => document.querySelector('{GRAPH}').network.getPositions()")


def click_node(page, node: str) -> None:
    point = node_point(page, node)
    page.mouse.click(point["x"], point["y"])


def test_clicking_an_official_lists_his_meetings(server, page):
    url, _ = server
    open_explorer(page, url)
    before = positions(page)
    assert LUONG in before and GAWKOWSKI in before

    click_node(page, LUONG)
    page.locator(".st-key-details h3", has_text="Luong Tam Quang").wait_for()
    meeting = page.locator('.st-key-details [role="row"]', has_text="2025-10-27").filter(has_text="Krzysztof Gawkowski")
    meeting.first.wait_for(state="attached")  # the grid (its accessible rows are hidden) comes after the heading
    assert "Hanoi" in meeting.first.text_content()
    assert page.evaluate(f"() => document.querySelector('{GRAPH}').network.getSelectedNodes()") == [LUONG]
    assert positions(page) == before  # the rerun after the click moved nothing
    assert page.outside == []  # vis-network and everything else came from the app: it works offline

    drawn = int(page.get_attribute(GRAPH, "data-nodes"))
    page.locator('[data-testid="stSidebar"]').get_by_role("button", name="Agreements").click()
    page.wait_for_function(f"(n) => +document.querySelector('{GRAPH}').dataset.nodes < n", arg=drawn)
    after = positions(page)
    assert after and not any(node.startswith("agreement:") for node in after)
    assert {node: before[node] for node in after} == after  # nor did the filter change
    assert "node=person%3Aluong-tam-quang" in page.url or "node=person:luong-tam-quang" in page.url

    with page.expect_download() as download:
        page.get_by_test_id("diplo-png").click()
    png = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename == "ties_all_person-country-organization-meeting.png"
    assert png.startswith(b"\x89PNG")


def test_names_with_markup_show_as_text_and_run_nothing(server, page):
    url, db = server
    fill_store(db, extractions("hostile"))  # as another process would: the app sees the store change
    open_explorer(page, url)
    hostile = page.evaluate(
        f"""(label) => document.querySelector('{GRAPH}').network.body.data.nodes
              .get({{filter: (n) => n.label === label}}).map((n) => n.id)""", HOSTILE_NAME)
    assert len(hostile) == 1

    point = node_point(page, hostile[0])
    page.mouse.move(point["x"], point["y"])
    tooltip = page.locator(f"{GRAPH} div.vis-tooltip")
    tooltip.wait_for(state="visible")
    assert HOSTILE_NAME in tooltip.inner_text()

    page.mouse.click(point["x"], point["y"])
    page.locator(".st-key-details h3", has_text=HOSTILE_NAME).wait_for()
    page.locator(".st-key-details [role=\"row\"]", has_text="Luong Tam Quang").first.wait_for(state="attached")
    page.get_by_role("tab", name="Bilateral ties").click()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-hostile-names.png"))

    assert page.locator('img[src="x"]').count() == 0
    assert page.evaluate("() => document.querySelectorAll('[onerror], [onload]').length") == 0
    assert page.dialogs == []


def test_uploaded_articles_are_ingested_and_failures_named(server, page, tmp_path):
    url, _ = server
    open_explorer(page, url)
    people_before = page.evaluate(
        f"() => document.querySelector('{GRAPH}').network.body.data.nodes.get({{filter: (n) => n.id.startsWith('person:')}}).length")
    good = tmp_path / "visite-hongrie.txt"
    good.write_text(
        " date 2025-11-12 Coopération policière entre le Vietnam et la Hongrie\n\n"
        "Le général Luong Tam Quang, ministre de la Sécurité publique, a reçu le 12 novembre à Hanoï "
        "le ministre hongrois de l'Intérieur, Sándor Pintér.\n\n"
        "Les deux parties ont signé un mémorandum d'entente sur la lutte contre la cybercriminalité.\n",
        encoding="utf-8")
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"")

    page.get_by_role("tab", name="Add articles").click()
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files([str(good), str(empty)])
    page.get_by_role("button", name="Ingest").click()
    page.get_by_text("Last ingest: 2 article(s) read, 1 new").wait_for(timeout=120_000)
    assert page.get_by_text("vide.txt: empty file").is_visible()

    page.wait_for_function(
        f"""(before) => {{ const el = document.querySelector('{GRAPH}');
              return el.network.body.data.nodes.get({{filter: (n) => n.id.startsWith('person:')}}).length > before; }}""",
        arg=people_before)
    assert page.evaluate(f"() => document.querySelector('{GRAPH}').network.body.data.nodes.get('person:sandor-pinter')")
    page.get_by_text("Last ingest").scroll_into_view_if_needed()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-upload.png"))


def test_web_addresses_are_fetched_and_ingested_and_failures_named(server, page):
    from tests.web.site import ARTICLES, NewsSite

    site = NewsSite().start()
    try:
        url, _ = server
        open_explorer(page, url)
        article = ARTICLES[3]  # Vietnam–Japan defence talks: officials the seeds do not have
        page.get_by_role("tab", name="Add articles").click()
        page.get_by_label("web addresses of articles", exact=False).fill(
            f"{site.url(article.path)}\n{site.url(site.MISSING)}\n")
        page.get_by_role("button", name="Fetch and store").click()
        page.get_by_text("Last ingest: 2 article(s) read, 1 new").wait_for(timeout=120_000)
        assert page.get_by_text(f"{site.url(site.MISSING)}: HTTP 404 Not Found").is_visible()
        page.wait_for_function(
            f"""() => document.querySelector('{GRAPH}').network.body.data.nodes
                  .get({{filter: (n) => (n.label || '').includes('Oka Masami')}}).length > 0""")
        assert [r.path for r in site.requests] == ["/robots.txt", article.path, site.MISSING]
        assert all("graphbuild" in r.user_agent for r in site.requests)
        page.get_by_text("Last ingest").scroll_into_view_if_needed()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "explorer-web-addresses.png"))
    finally:
        site.stop()
