"""The standalone HTML export of hostile names, opened in a real headless Chromium.

Nothing runs but the page's own scripts (no dialog opens, the Content-Security-Policy
refuses nothing the page needs), nothing is fetched, the graph is drawn, and a tooltip
shows a hostile name as text, not as markup.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.export import export
from graphbuild.graph import ViewFilter, build_graph
from graphbuild.store import ingest_extractions, open_store

from hardening_helpers import HOSTILE, hostile_extraction

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} to drive (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("html")
    with open_store(folder / "graph.sqlite") as store:
        ingest_extractions(store, [hostile_extraction()])
        graph = build_graph(store)
    # A small view: the people named by the first eight attacks (markup, script, URLs).
    people = [n for n, d in graph.nodes(data=True) if d["kind"] == "person" and d["label"] in HOSTILE[:8]]
    keep = set(people) | {m for p in people for _, m in graph.out_edges(p)}
    export(graph.subgraph(keep).copy(), "html", folder / "hostile.html", view=ViewFilter(network="full"))
    return folder / "hostile.html"


def test_the_page_draws_hostile_names_as_text_and_runs_nothing_else(page_file: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            dialogs, requests, refused, errors = [], [], [], []
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.on("request", lambda request: requests.append(request.url))
            page.on("console", lambda message: refused.append(message.text)
                    if "Content Security Policy" in message.text else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(page_file.as_uri())
            page.wait_for_function("typeof network !== 'undefined' && network.body.data.nodes.length > 0")
            page.evaluate("network.stopSimulation(); network.fit();")

            drawn = page.evaluate("network.body.data.nodes.get().map(n => [n.id, n.label, n.title.textContent])")
            assert len(drawn) >= 8
            assert {label for _, label, _ in drawn} >= set(HOSTILE[:8])
            # No element the names describe was made: every one of them is canvas text.
            assert page.evaluate("document.querySelectorAll('img, svg, a, iframe, object, embed, form').length") == 0

            # Hover the node named "<img src=x onerror=alert(1)>": its tooltip is that text.
            node_id, label, title = next(item for item in drawn if item[1] == HOSTILE[1])
            point = page.evaluate("id => network.canvasToDOM(network.getPositions([id])[id])", node_id)
            box = page.locator("#graph canvas").bounding_box()
            page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
            tooltip = page.locator("div.vis-tooltip")
            tooltip.wait_for(state="visible")
            assert tooltip.text_content().strip() == title.strip()
            assert label in tooltip.inner_text()
            # The tooltip's lines are elements the page made (a heading and rows, filled with
            # textContent): no element and no attribute comes from the names.
            assert page.evaluate("[...document.querySelector('div.vis-tooltip').querySelectorAll('*')]"
                                 ".filter(e => !['DIV', 'STRONG'].includes(e.tagName) || [...e.attributes]"
                                 ".some(a => a.name !== 'class')).length") == 0

            page.wait_for_timeout(300)  # let any onerror handler of an injected <img> fire
            assert dialogs == []
            assert errors == []
            assert refused == []  # the policy allows everything the page itself does
            assert [url for url in requests if not url.startswith(("file:", "data:"))] == []
        finally:
            browser.close()
