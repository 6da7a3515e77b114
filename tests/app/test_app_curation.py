"""Guarded curation and the read-only explorer, under AppTest: a merge shows what it changes and waits
for confirmation, two officials seen at one meeting need "anyway", every override is listed with an
undo, an article uploaded twice is stored once, and ``--read-only`` offers nothing that writes."""
from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

from graphbuild.records import Article
from graphbuild.store import article_hash, open_store

from explorer_helpers import GAWKOWSKI, LUONG, REPO, extractions

TO_LAM, JALALZADEH = "person:to-lam", "person:vahid-jalalzadeh"  # never at one meeting
UNDATED_SEED = sorted((REPO / "seeds").glob("001_*.txt"))[0]
UNDATED_SOURCE = f"seeds/{UNDATED_SEED.name}"  # the source of its annotation in tests/app/data


def overrides(db: Path) -> list:
    with open_store(db) as store:
        return store.overrides()


def texts(app) -> str:
    """The page's text as a reader sees it (``app.text.plain`` escapes markdown with backslashes)."""
    shown = "\n".join(e.value for e in [*app.markdown, *app.warning, *app.error, *app.success, *app.caption])
    return re.sub(r"\\(.)", r"\1", shown)


def test_a_merge_shows_what_changes_and_waits_for_confirmation(explorer, writable_db):
    app = explorer(writable_db, tab="Merge officials")
    app.selectbox(key="m_keep").select(TO_LAM).run()
    app.selectbox(key="m_absorb").select(JALALZADEH).run()
    shown = texts(app)
    assert "What will change" in shown and "Vahid Jalalzadeh (1 meeting) becomes part of Tô Lâm" in shown
    assert "new aliases of Tô Lâm: Vahid Jalalzadeh" in shown
    assert "countries differ: VNM (Tô Lâm) and IRN (Vahid Jalalzadeh)" in shown
    assert app.button(key="m_merge").disabled  # not before it is confirmed
    assert app.checkbox(key="m_confirm").label == "Merge these two officials"
    app.checkbox(key="m_confirm").check().run()
    app.button(key="m_merge").click().run()
    assert not app.exception
    assert [(o.args["keep"]["id"], o.args["absorb"]["id"]) for o in overrides(writable_db)] == [(TO_LAM, JALALZADEH)]


def test_two_officials_at_one_meeting_are_refused_with_the_reason_unless_merged_anyway(explorer, writable_db):
    app = explorer(writable_db, tab="Merge officials")
    app.selectbox(key="m_keep").select(LUONG).run()
    app.selectbox(key="m_absorb").select(GAWKOWSKI).run()
    assert "Refused: Krzysztof Gawkowski and Luong Tam Quang both attended 1 meeting" in texts(app)
    assert app.checkbox(key="m_confirm").label == "Merge them anyway"
    assert app.button(key="m_merge").disabled and overrides(writable_db) == []
    app.checkbox(key="m_confirm").check().run()
    app.button(key="m_merge").click().run()
    assert [o.action for o in overrides(writable_db)] == ["merge"]


def test_every_override_is_listed_and_can_be_undone_in_the_app(explorer, writable_db):
    with open_store(writable_db) as store:  # as `graphbuild set-country` and `graphbuild hide` record them
        country = store.add_override("set_country", {"person": {"id": JALALZADEH, "name": "Vahid Jalalzadeh"},
                                                     "country": "MYS"})
        store.add_override("hide", {"node": {"id": "country:AZE"}})
        # as `graphbuild set-date` records it (an article stored from its extraction: nothing to read again)
        dated = store.add_override("set_published", {"source": UNDATED_SOURCE, "published": "2025-10-27",
                                                     "original": None})
    app = explorer(writable_db, tab="Merge officials")
    listed = [line for line in texts(app).splitlines() if line.startswith("#")]
    assert len(listed) == 3 and "set the country of Vahid Jalalzadeh to MYS" in listed[0]
    assert "hide country:AZE" in listed[1]
    assert f"set the publication date of {UNDATED_SOURCE} to 2025-10-27 (was unknown)" in listed[2]
    app.button(key=f"o_undo_{country.id}").click().run()
    assert [o.action for o in overrides(writable_db)] == ["hide", "set_published"]
    app.button(key=f"o_undo_{dated.id}").click().run()
    assert not app.exception and [o.action for o in overrides(writable_db)] == ["hide"]


def _store_rows(db: Path) -> dict[str, list]:
    connection = sqlite3.connect(db)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
                for table in tables if table != "articles"} | {
            "articles": connection.execute("SELECT source, content_hash, text FROM articles ORDER BY id").fetchall()}
    finally:
        connection.close()


@pytest.mark.model
def test_an_article_uploaded_twice_is_stored_once(explorer, tmp_path):
    db = tmp_path / "uploads.sqlite"
    open_store(db).close()
    text = UNDATED_SEED.read_bytes()
    app = explorer(db, tab="Add articles")
    app.get("file_uploader")[0].set_value(("first.txt", text, "text/plain")).run()
    app.button(key="u_ingest").click().run()
    assert not app.exception and any("1 new" in s.value for s in app.success)
    stored = _store_rows(db)
    assert stored["meetings"]

    # Again, under another name and with Windows line ends: the same story.
    app.get("file_uploader")[0].set_value(("again.txt", text.replace(b"\n", b"\r\n"), "text/plain")).run()
    app.button(key="u_ingest").click().run()
    assert any("0 new" in s.value and "1 unchanged" in s.value for s in app.success)
    assert _store_rows(db) == stored
    assert sorted(p.name for p in (tmp_path / "uploads").iterdir()) == ["first.txt"]  # no stray copy


def _with_text(db: Path) -> None:
    """The undated seed stored with its text (as an ingest of the file would), beside its annotation's facts."""
    with open_store(db) as store:
        extraction = next(e for e in extractions("001_5cce019f36229a6f"))
        article = Article(source=UNDATED_SOURCE, text=UNDATED_SEED.read_text(encoding="utf-8"), language="fr")
        store.save_article(extraction, content_hash=article_hash(article), article=article, force=True)


def _article_view(app):
    """What the app shows after **Read** on a card of the undated seed."""
    app.session_state["_article"] = UNDATED_SOURCE
    return app.run()


def test_read_only_offers_no_upload_no_merge_no_undo_and_no_date_correction(explorer, writable_db, monkeypatch):
    with open_store(writable_db) as store:
        store.add_override("hide", {"node": {"id": "country:AZE"}})
    _with_text(writable_db)
    assert "published_date" in [t.key for t in _article_view(explorer(writable_db)).text_input]  # editable: offered
    monkeypatch.setattr(sys, "argv", [sys.argv[0], "--db", str(writable_db), "--read-only"])
    app = explorer(writable_db)
    assert not app.exception
    assert [tab.label for tab in app.tabs] == ["Timeline", "Path", "Rankings", "Bilateral ties", "Export"]
    assert not app.get("file_uploader")
    assert not [b for b in app.button if b.key and b.key.startswith(("m_", "o_", "u_"))]
    assert not [s for s in app.selectbox if s.key in ("m_keep", "m_absorb")]
    assert "Read-only explorer" in texts(app)
    assert "diplo_network" in {e.proto.component_name for e in app.get("bidi_component")}  # the graph is all there
    app = _article_view(app)
    assert not app.exception and "extracted fact(s) highlighted" in texts(app)  # the article is shown…
    assert not [t for t in app.text_input if t.key == "published_date"]  # …without the date correction
