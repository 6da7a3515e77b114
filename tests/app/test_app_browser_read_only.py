"""``graphbuild serve --read-only`` in a real headless Chromium: the graph is all there, and nothing
that writes (upload, merge, undo, the publication date correction) is on the page."""
from __future__ import annotations

import pytest

from graphbuild.records import Article
from graphbuild.store import article_hash, open_store

from explorer_helpers import LUONG, REPO, extractions, fill_store, serving
from test_app_browser import ARTIFACTS, CHROMIUM, GRAPH, browser, open_explorer, page  # noqa: F401

UNDATED = REPO / "seeds" / "001_5cce019f36229a6f.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} to drive (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def read_only_server(tmp_path_factory):
    """``graphbuild serve --read-only`` on a store of the seed annotations, with one override to show
    and the undated seed's text, whose date an editable explorer would offer to correct."""
    folder = tmp_path_factory.mktemp("read-only")
    db = fill_store(folder / "explorer.sqlite", extractions())
    with open_store(db) as store:  # an override an editable explorer would offer to undo
        store.add_override("rename", {"node": {"id": "country:AZE"}, "label": "Azerbaijan (renamed)"})
        article = Article(source=UNDATED.relative_to(REPO).as_posix(), text=UNDATED.read_text(encoding="utf-8"),
                          language="fr")
        store.save_article(extractions(UNDATED.stem)[0], content_hash=article_hash(article), article=article,
                           force=True)
    with serving(db, folder / "serve.log", "--no-seed", "--read-only") as url:
        yield url

def test_read_only_shows_the_graph_and_no_upload_or_merge(read_only_server, page):
    open_explorer(page, read_only_server)
    assert page.evaluate(f"(id) => !!document.querySelector('{GRAPH}').network.body.data.nodes.get(id)", LUONG)
    tabs = [tab.inner_text().strip() for tab in page.get_by_role("tab").all()]
    assert tabs == ["Timeline", "Path", "Rankings", "Bilateral ties", "Export"]
    assert page.locator('input[type="file"]').count() == 0
    assert page.get_by_role("button", name="Merge").count() == 0
    assert page.get_by_role("button", name="Undo").count() == 0
    assert page.get_by_text("Merge officials").count() == 0 and page.get_by_text("Add articles").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "explorer-read-only.png"))

    page.goto(read_only_server + "?node=person%3Aluong-tam-quang")  # the article is there to read…
    page.locator(".st-key-details [class*='st-key-card_']", has_text="26 Oct (year unknown)").filter(
        has_text="Rita Mokbel").get_by_role("button", name="Read").first.click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("extracted fact(s) highlighted").wait_for()
    assert dialog.get_by_role("textbox", name="Publication date").count() == 0  # …but not to re-date
    assert dialog.get_by_role("button", name="Correct the date").count() == 0
    page.screenshot(path=str(ARTIFACTS / "explorer-read-only-article.png"))
