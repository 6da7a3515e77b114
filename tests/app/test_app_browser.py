"""The explorer in a real headless Chromium, started as a user would: ``graphbuild serve`` on the seeds.

One server for the module: ``graphbuild serve --headless`` on a free localhost port and a
temporary store, which it fills from ``seeds/`` with the real extractor (spaCy) before
Streamlit starts. The hostile article is then added to that store through the library,
as another process would, and the page picks it up on reload.
"""
from __future__ import annotations

import json
import time
from urllib.parse import urlsplit
from pathlib import Path

import pytest

from explorer_helpers import (CHROMIUM, CHROMIUM_ARGS, GAWKOWSKI, HOSTILE_NAME, LUONG, REPO, extractions, fill_store,
                              serving)

ARTIFACTS = REPO / "artifacts"
GRAPH = '[data-testid="diplo-graph"]'
STABLE = f'{GRAPH}[data-stable="true"]'
TEO = "person:teo-chee-hean"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} to drive (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """``graphbuild serve`` on a new store: it ingests seeds/ (spaCy), then serves; (url, db)."""
    folder = tmp_path_factory.mktemp("browser")
    db = folder / "explorer.sqlite"
    with serving(db, folder / "serve.log") as url:
        yield url, db


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


def tooltip_text(page, node: str) -> str:
    """The tooltip vis-network would show for ``node`` (a DOM element the component made), as text."""
    return page.evaluate(f"(id) => document.querySelector('{GRAPH}').network.body.data.nodes.get(id).title.textContent",
                         node)


def drawn_ids(page) -> set[str]:
    return set(page.evaluate(f"() => document.querySelector('{GRAPH}').network.body.data.nodes.getIds()"))


def redrawn(page, action) -> None:
    """Do ``action`` and wait for the network to be drawn again, fitted, with what it changed."""
    fits = page.get_attribute(GRAPH, "data-fits") or "0"
    action()
    page.wait_for_function(
        f"""(n) => {{ const el = document.querySelector('{GRAPH}');
              return el.dataset.stable === 'true' && (el.dataset.fits || '0') !== n; }}""", arg=fits)


def sidebar(page):
    return page.locator('[data-testid="stSidebar"]')


def test_clicking_an_official_shows_his_meetings_as_cards_with_the_evidence_in_full(server, page):
    url, _ = server
    open_explorer(page, url)
    before = positions(page)
    assert LUONG in before and GAWKOWSKI in before
    assert not any(node.startswith("meeting:") for node in before)  # people first: meetings are edges

    click_node(page, LUONG)
    page.locator(".st-key-details h3", has_text="Luong Tam Quang").wait_for()
    card = page.locator(".st-key-details [class*='st-key-card_']",
                        has_text="27 Oct 2025 · Hanoi").filter(has_text="Krzysztof Gawkowski")
    card.wait_for()
    evidence = card.locator(".diplo-evidence")
    sentence = evidence.inner_text()
    assert sentence.startswith("Le général Luong Tam Quang") and sentence.rstrip().endswith("Krzysztof Gawkowski.")
    box = evidence.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= page.viewport_size["width"]  # no horizontal scrolling
    assert evidence.evaluate("(el) => el.scrollWidth <= el.clientWidth + 1")
    assert "000_ac6d88ce6df833ac.txt" in card.inner_text()  # the source by its file name, not a path
    assert page.evaluate(f"() => document.querySelector('{GRAPH}').network.getSelectedNodes()") == [LUONG]
    assert positions(page) == before  # the rerun after the click moved nothing
    assert page.outside == []  # vis-network and everything else came from the app: it works offline

    # the article, its facts highlighted
    card.get_by_role("button", name="Read").first.click()
    dialog = page.get_by_role("dialog")
    dialog.locator("mark").first.wait_for()
    assert dialog.locator("mark", has_text="Krzysztof Gawkowski").count() >= 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seeds-article.png"))
    page.keyboard.press("Escape")
    dialog.wait_for(state="detached")

    drawn = int(page.get_attribute(GRAPH, "data-nodes"))
    sidebar(page).get_by_role("button", name="Countries", exact=True).click()
    page.wait_for_function(f"(n) => +document.querySelector('{GRAPH}').dataset.nodes > n", arg=drawn)
    page.wait_for_selector(STABLE)
    after = positions(page)
    assert any(node.startswith("country:") for node in after)
    assert {node: after[node] for node in before} == before  # the newcomers settled around what was drawn
    assert "node=person%3Aluong-tam-quang" in page.url or "node=person:luong-tam-quang" in page.url
    legend = page.locator(".diplo-legend-item").all_inner_texts()
    assert any(item.endswith("Countries") for item in legend) and not any("Meetings" in item for item in legend)

    with page.expect_download() as download:
        page.get_by_test_id("diplo-png").click()
    png = Path(download.value.path()).read_bytes()
    assert download.value.suggested_filename.endswith(".png") and png.startswith(b"\x89PNG")
    height = int.from_bytes(png[20:24], "big")  # the IHDR chunk: the drawing under the legend's strip
    assert height > page.evaluate(f"() => document.querySelector('{GRAPH} canvas').height")


def test_focus_of_radius_one_on_gawkowski_shows_whom_he_met(server, page):
    url, _ = server
    open_explorer(page, url)
    click_node(page, GAWKOWSKI)
    page.locator(".st-key-details h3", has_text="Krzysztof Gawkowski").wait_for()
    redrawn(page, lambda: sidebar(page).get_by_text("Only the selected node's neighbourhood").click())
    assert drawn_ids(page) == {GAWKOWSKI, LUONG}
    labelled = page.evaluate(f"() => document.querySelector('{GRAPH}').dataset.labels")
    assert labelled == "2"


def test_a_country_filter_fits_the_drawing_to_what_is_left(server, page):
    url, _ = server
    open_explorer(page, url)
    box = page.locator(GRAPH).bounding_box()
    assert box["width"] > 0.65 * page.viewport_size["width"]  # the drawing takes the page's width

    def choose_poland():
        countries = sidebar(page).locator(".st-key-f_countries input")
        countries.click()
        countries.fill("Poland")
        page.get_by_role("option", name="Poland (POL)").click()

    scale = page.evaluate(f"() => document.querySelector('{GRAPH}').network.getScale()")
    redrawn(page, choose_poland)
    ids = drawn_ids(page)
    assert GAWKOWSKI in ids and len(ids) < 10
    points = [node_point(page, node) for node in ids]
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    assert all(box["x"] <= x <= box["x"] + box["width"] and box["y"] <= y <= box["y"] + box["height"]
               for x, y in zip(xs, ys))
    # fitted: what is left is in the middle, zoomed in, not a few tiny shapes in a corner
    middle_x, middle_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    assert abs(middle_x - (box["x"] + box["width"] / 2)) < 0.1 * box["width"]
    assert abs(middle_y - (box["y"] + box["height"] / 2)) < 0.1 * box["height"]
    assert page.evaluate(f"() => document.querySelector('{GRAPH}').network.getScale()") >= scale


def test_a_period_keeps_luongs_meetings_whose_year_is_unknown(server, page):
    url, _ = server
    page.goto(url + "?date_from=2025-10&date_to=2025-10")
    page.wait_for_selector(STABLE, timeout=120_000)
    assert tooltip_text(page, LUONG).endswith("Meetings: 8")  # all 8 seed meetings, 6 of them "26 Oct"
    redrawn(page, lambda: sidebar(page).get_by_text("Keep meetings with date unknown").click())
    page.wait_for_function("() => location.search.includes('undated=0')")  # the option is kept in the URL
    assert "Meetings: 2 in this view" in tooltip_text(page, LUONG)


def test_a_path_between_gawkowski_and_teo_chee_hean_is_drawn_and_listed(server, page):
    url, _ = server
    open_explorer(page, url)
    page.get_by_role("tab", name="Path").click()
    for key, name in (("p_from", "Krzysztof Gawkowski"), ("p_to", "Teo Chee Hean")):
        box = page.locator(f".st-key-{key} input")
        box.click()
        box.fill(name)
        page.get_by_role("option", name=name).first.click()
    listing = page.locator(".st-key-path")
    listing.wait_for()
    assert "Krzysztof Gawkowski → Teo Chee Hean: 3 meeting(s)" in listing.inner_text()
    rows = listing.locator('[role="row"]')
    rows.nth(3).wait_for(state="attached")
    assert "Tô Lâm" in rows.nth(2).text_content() and "Teo Chee Hean" in rows.nth(3).text_content()
    page.wait_for_function(f"() => document.querySelector('{GRAPH}').network.body.data.edges.get()"
                           ".filter((e) => e.width >= 5).length === 3")
    page.locator(GRAPH).scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "seeds-path.png"))


def test_a_click_on_the_timeline_filters_the_graph(server, page):
    url, _ = server
    open_explorer(page, url)
    assert TEO in drawn_ids(page)
    bar = page.locator('[data-testid="stVegaLiteChart"] [aria-roledescription="bar"][aria-label*="2025-10"]').first
    bar.scroll_into_view_if_needed()
    place = bar.bounding_box()
    redrawn(page, lambda: page.mouse.click(place["x"] + place["width"] / 2, place["y"] + place["height"] - 3))
    page.wait_for_function("() => location.search.includes('date_from=2025-10&date_to=2025-10')")
    assert TEO not in drawn_ids(page) and LUONG in drawn_ids(page)  # met Tô Lâm in November 2023


def test_the_time_slider_plays_the_network_month_by_month(server, page):
    url, _ = server
    open_explorer(page, url)
    slider = page.get_by_test_id("diplo-slider")
    total = int(page.get_attribute(GRAPH, "data-nodes"))
    slider.evaluate("(el) => { el.value = '0'; el.dispatchEvent(new Event('input')); }")
    first = page.get_attribute(GRAPH, "data-time")
    assert first != "all" and int(page.get_attribute(GRAPH, "data-visible")) < total
    page.get_by_test_id("diplo-play").click()
    page.wait_for_function(f"() => document.querySelector('{GRAPH}').dataset.time === 'all'", timeout=30_000)
    assert int(page.get_attribute(GRAPH, "data-visible")) == total


def test_no_tooltip_is_left_behind(server, page):
    url, _ = server
    open_explorer(page, url)
    point = node_point(page, LUONG)
    page.mouse.move(point["x"], point["y"])
    tooltip = page.locator(f"{GRAPH} div.vis-tooltip")
    tooltip.wait_for(state="visible")
    page.mouse.move(5, 5)  # out of the drawing, in one jump
    tooltip.wait_for(state="hidden")


def test_the_html_export_draws_what_the_app_draws(server, page, tmp_path):
    url, db = server
    out = tmp_path / "view.html"
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "graphbuild", "export", "--db", str(db), "-f", "html", "-o", str(out)],
                   cwd=REPO, check=True, capture_output=True)
    open_explorer(page, url)
    app_legend = page.locator(".diplo-legend-item").all_inner_texts()
    app_labels = json.loads(page.evaluate(
        f"() => JSON.stringify(document.querySelector('{GRAPH}').network.body.data.nodes.get().map((n) => n.label))"))
    page.goto(out.as_uri())
    page.wait_for_selector(STABLE, timeout=60_000)
    assert page.locator(".diplo-legend-item").all_inner_texts() == app_legend
    export_labels = json.loads(page.evaluate(
        f"() => JSON.stringify(document.querySelector('{GRAPH}').network.body.data.nodes.get().map((n) => n.label))"))
    assert sorted(export_labels) == sorted(app_labels)
    page.screenshot(path=str(ARTIFACTS / "seeds-html-export.png"))


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
    page.locator(".st-key-details", has_text="Luong Tam Quang").first.wait_for(state="attached")
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


def test_correcting_a_publication_date_dates_the_articles_meetings(server, page):
    url, db = server
    page.goto(url + "?node=person%3Aluong-tam-quang")
    page.wait_for_selector(STABLE, timeout=120_000)
    card = page.locator(".st-key-details [class*='st-key-card_']", has_text="26 Oct (year unknown)").filter(
        has_text="Rita Mokbel")
    card.get_by_role("button", name="Read").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("textbox", name="Publication date").fill("2025-10-27")
    dialog.get_by_role("button", name="Correct the date").click()
    page.locator(".st-key-details [class*='st-key-card_']", has_text="26 Oct 2025 · Hanoi").first.wait_for(
        timeout=120_000)
    assert page.locator(".st-key-details [class*='st-key-card_']", has_text="26 Oct (year unknown)").count() == 0
    from graphbuild.store import open_store

    with open_store(db) as store:
        assert [o.args["published"] for o in store.overrides() if o.action == "set_published"] == ["2025-10-27"]


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
