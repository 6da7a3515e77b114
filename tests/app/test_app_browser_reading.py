"""Reading the network at a realistic size, in a real headless Chromium: the seeds and the dev corpus (226 nodes).

One server for the module: the store is filled by ``graphbuild ingest`` (spaCy) from seeds/ and
the dev corpus, then ``graphbuild serve`` shows it. What the canvas draws is read from the
canvas itself: every ``fillText`` call is recorded with its size on screen.
"""
from __future__ import annotations

import subprocess
import sys

import pytest

from graphbuild.graph import build_graph, top_officials
from graphbuild.store import open_store

from explorer_helpers import CHROMIUM, CHROMIUM_ARGS, REPO, serving

GRAPH = '[data-testid="diplo-graph"]'
STABLE = f'{GRAPH}[data-stable="true"]'
DEV = REPO / "tests" / "golden" / "corpus" / "dev"
#: Canvas text at least this tall on screen reads without zooming.
READABLE_PX = 12

# Records the text the page draws on any canvas, with its height on screen in CSS pixels.
RECORD_TEXT = """
(() => {
  const draw = CanvasRenderingContext2D.prototype.fillText;
  window.__drawnText = new Map();
  CanvasRenderingContext2D.prototype.fillText = function (text, x, y, ...rest) {
    const px = parseFloat(this.font) * this.getTransform().a / (window.devicePixelRatio || 1);
    const key = String(text);
    window.__drawnText.set(key, Math.max(px, window.__drawnText.get(key) || 0));
    return draw.call(this, text, x, y, ...rest);
  };
})();
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} to drive (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """The seeds and the dev corpus, extracted and stored, served; (url, db)."""
    folder = tmp_path_factory.mktemp("reading")
    db = folder / "explorer.sqlite"
    subprocess.run([sys.executable, "-m", "graphbuild", "ingest", str(REPO / "seeds"), str(DEV), "--db", str(db)],
                   cwd=REPO, check=True, capture_output=True)
    with serving(db, folder / "serve.log") as url:
        yield url, db


@pytest.fixture(scope="module")
def page(server):
    playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})
        page.add_init_script(RECORD_TEXT)
        page.set_default_timeout(60_000)
        yield page
        browser.close()


def drawn_text(page) -> dict[str, float]:
    """The text the network's canvas draws now, with its height on screen."""
    page.evaluate(f"""() => {{ window.__drawnText.clear();
        document.querySelector('{GRAPH}').network.redraw(); }}""")
    return dict(page.evaluate("() => [...window.__drawnText.entries()]"))


def test_the_first_view_labels_the_most_active_officials_readably(server, page):
    url, db = server
    with open_store(db) as store:
        graph = build_graph(store)
    assert graph.number_of_nodes() >= 200  # the size at which the first view used to show no label
    busiest = [graph.nodes[person]["label"] for person, _ in top_officials(graph, 20)]
    page.goto(url)
    page.wait_for_selector(STABLE, timeout=120_000)
    text = drawn_text(page)
    unreadable = {name: round(text.get(name, 0), 1) for name in busiest if text.get(name, 0) < READABLE_PX}
    assert not unreadable, f"labels missing or too small at the first view: {unreadable}"
    labelled = int(page.get_attribute(GRAPH, "data-labels"))
    assert labelled >= 20
    (REPO / "artifacts").mkdir(exist_ok=True)
    page.screenshot(path=str(REPO / "artifacts" / "seeds-dev-default.png"))


def test_zooming_in_labels_what_is_in_view_at_reading_size(server, page):
    url, _ = server
    page.goto(url)
    page.wait_for_selector(STABLE, timeout=120_000)
    box = page.locator(GRAPH).bounding_box()
    scale = page.evaluate(f"() => document.querySelector('{GRAPH}').network.getScale()")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    for _ in range(8):  # vis-network zooms by a tenth per wheel step
        page.mouse.wheel(0, -200)
        page.wait_for_timeout(150)
    page.wait_for_function(f"(s) => document.querySelector('{GRAPH}').network.getScale() > 1.5 * s", arg=scale)
    page.wait_for_timeout(300)
    text = drawn_text(page)
    labels = [size for size in text.values() if size >= READABLE_PX]
    assert len(labels) >= 5 and max(text.values()) < 20  # labels stay at reading size, not blown up
