"""The explorer under Streamlit's AppTest: filters, a simulated click, the details panel, downloads."""
from __future__ import annotations

import json
import re

import pytest

from graphbuild.export import FORMATS
from graphbuild.store import open_store

from explorer_helpers import GAWKOWSKI, HOSTILE_NAME, LUONG, fill_store, load_bench

_UNESCAPED_MARKUP = re.compile(r"(?<!\\)<(img|script|svg|b|i)\b")


def network_data(app) -> dict:
    """What the network component was given on the last run."""
    for element in app.get("bidi_component"):
        if element.proto.component_name == "diplo_network":
            return json.loads(element.proto.json or element.proto.mixed.json)
    raise AssertionError("the network component is not on the page")


def node_ids(app, kind: str | None = None) -> set[str]:
    return {n["id"] for n in network_data(app)["nodes"] if kind is None or n["kind"] == kind}


def click(app, node: str | None):
    """What a click on a node does in the browser: the component's `selected` state changes, the app reruns."""
    app.session_state["network"] = {"selected": node}
    return app.run()


def _table(app, *columns: str):
    """The first table on the page with these columns (tables have no id unless they are selectable)."""
    for frame in app.dataframe:
        if set(columns) <= set(frame.value.columns):
            return frame.value
    raise AssertionError(f"no table with {columns}; tables: {[list(f.value.columns) for f in app.dataframe]}")


def param(app, name: str) -> list[str]:
    """A query parameter of the app's URL, always as a list."""
    value = app.query_params[name]
    return list(value) if isinstance(value, (list, tuple)) else [value]


def subheaders(app) -> list[str]:
    return [element.value for element in app.subheader]


def test_opens_on_the_whole_store(explorer, fixture_db):
    app = explorer(fixture_db)
    assert not app.exception
    data = network_data(app)
    assert {LUONG, GAWKOWSKI, "country:VNM", "country:POL"} <= node_ids(app)
    kinds = {n["kind"] for n in data["nodes"]}
    assert kinds == {"person", "country", "organization", "meeting", "agreement"}
    styles = data["styles"]
    assert len({s["color"] for s in styles.values()}) == 5 and len({s["shape"] for s in styles.values()}) == 5
    luong = next(n for n in data["nodes"] if n["id"] == LUONG)
    gawkowski = next(n for n in data["nodes"] if n["id"] == GAWKOWSKI)
    assert luong["size"] > gawkowski["size"]  # sized by meetings: 9 against 1
    assert data["selected"] is None
    assert "Details" in subheaders(app)


def test_country_filter_narrows_the_network_and_the_url(explorer, fixture_db):
    app = explorer(fixture_db)
    everything = node_ids(app)
    app.multiselect(key="f_countries").select("POL").run()
    shown = node_ids(app)
    assert {LUONG, GAWKOWSKI, "country:POL"} <= shown < everything
    assert "person:maria-jose-pinto-gonzalez-artigas" in everything - shown  # Ecuador never met Poland
    assert param(app, "countries") == ["POL"]
    # his node tells his meetings with Poland, the ones drawn, and all of them
    data = network_data(app)
    drawn = {n["id"] for n in data["nodes"] if n["kind"] == "meeting"}
    with_poland = len({e["to"] for e in data["edges"] if e["from"] == LUONG and e["to"] in drawn})
    whole = next(n for n in network_data(explorer(fixture_db))["nodes"] if n["id"] == LUONG)
    in_all = int(whole["tooltip"][-1].removeprefix("Meetings: "))
    luong = next(n for n in data["nodes"] if n["id"] == LUONG)
    assert 0 < with_poland < in_all
    assert luong["tooltip"][-1] == f"Meetings: {with_poland} in this view ({in_all} in all)"


def test_kind_and_period_filters(explorer, fixture_db):
    app = explorer(fixture_db)
    app.pills(key="f_kinds").set_value(["person", "country"]).run()
    assert {n["kind"] for n in network_data(app)["nodes"]} == {"person", "country"}
    assert param(app, "kinds") == ["person", "country"]

    app.pills(key="f_kinds").set_value(["person", "country", "organization", "meeting", "agreement"])
    app.select_slider(key="f_period").set_range("2025-10", "2025-10").run()
    meetings = [n for n in network_data(app)["nodes"] if n["kind"] == "meeting"]
    assert meetings and all(n["label"].startswith("2025-10") for n in meetings)
    assert param(app, "date_from") == ["2025-10"] and param(app, "date_to") == ["2025-10"]
    assert "kinds" not in app.query_params


def test_topic_and_status_filters(explorer, fixture_db):
    app = explorer(fixture_db)
    app.multiselect(key="f_statuses").select("to_be_signed").run()
    agreements = [n for n in network_data(app)["nodes"] if n["kind"] == "agreement"]
    assert [a["id"] for a in agreements] == ["agreement:mou-pol-vnm-cybersecurity"]
    app.multiselect(key="f_statuses").unselect("to_be_signed")
    app.multiselect(key="f_topics").select("visa").run()
    meetings = {n["id"] for n in network_data(app)["nodes"] if n["kind"] == "meeting"}
    assert len(meetings) == 1 and GAWKOWSKI in node_ids(app)


def test_search_box_finds_and_opens_an_official(explorer, fixture_db):
    app = explorer(fixture_db)
    app.text_input(key="f_search").input("gawkow").run()
    assert GAWKOWSKI in node_ids(app) and "person:ghada-waly" not in node_ids(app)
    app.selectbox(key="f_open").select(GAWKOWSKI).run()
    assert "Krzysztof Gawkowski" in subheaders(app)
    assert network_data(app)["selected"] == GAWKOWSKI


def test_simulated_click_opens_the_official_panel(explorer, fixture_db):
    app = click(explorer(fixture_db), LUONG)
    assert not app.exception
    assert "Luong Tam Quang" in subheaders(app)
    meetings = _table(app, "counterparts", "evidence")
    row = meetings[meetings["date"] == "2025-10-27"].iloc[0]
    assert "Krzysztof Gawkowski" in row["counterparts"]
    assert row["place"] == "Hanoi" and "cybersecurity" in row["topics"]
    assert row["source"] == "seeds/000_ac6d88ce6df833ac.txt" and "a reçu le 27 octobre" in row["evidence"]
    # an article that gives no year: the day and month as a reader says them, not --10-26
    assert "26 Oct (year unknown)" in set(meetings["date"]) and not meetings["date"].str.startswith("--").any()
    titles = _table(app, "title", "organization", "from")
    assert "ministre de la Police" in set(titles["title"])
    signed = _table(app, "agreement", "parties")
    assert "<script>alert('agreement')</script> memorandum" in set(signed["agreement"])
    data = network_data(app)
    assert data["selected"] == LUONG and LUONG in data["highlight"]
    assert GAWKOWSKI not in data["highlight"]  # a meeting lies between them
    assert param(app, "node") == [LUONG]


def test_click_on_a_country_ranks_its_partners(explorer, fixture_db):
    app = click(explorer(fixture_db), "country:VNM")
    assert "Vietnam" in subheaders(app)
    partners = _table(app, "partner")
    assert partners.iloc[0]["partner"] == "Poland"  # a meeting and two agreements
    poland = partners[partners["partner"] == "Poland"].iloc[0]
    assert (poland["meetings"], poland["agreements"]) == (2, 2)


def test_click_on_a_meeting_and_an_agreement_shows_their_evidence(explorer, fixture_db):
    app = explorer(fixture_db)
    meeting = next(n["id"] for n in network_data(app)["nodes"]
                   if n["kind"] == "meeting" and n["label"] == "2025-10-27")
    app = click(app, meeting)
    participants = _table(app, "participant")
    assert set(participants["participant"]) == {"Luong Tam Quang", "Krzysztof Gawkowski"}
    quotes = " ".join(m.value for m in app.markdown)
    assert "Krzysztof Gawkowski" in quotes and "27 octobre" in quotes

    app = click(app, "agreement:mou-pol-vnm-cybersecurity")
    history = _table(app, "status", "date")
    assert list(history["status"]) == ["to_be_signed"]
    reports = _table(app, "name", "evidence", "status")
    assert "s'apprêtent à signer" in reports.iloc[0]["evidence"]


def test_focus_shows_the_selected_nodes_neighbourhood(explorer, fixture_db):
    app = click(explorer(fixture_db), GAWKOWSKI)
    app.toggle(key="f_focus").set_value(True).run()
    shown = node_ids(app)
    assert GAWKOWSKI in shown and "person:ghada-waly" not in shown
    assert len(node_ids(app, "meeting")) == 1  # his one meeting, nothing two steps away
    app.slider(key="f_radius").set_value(2).run()
    assert LUONG in node_ids(app)
    assert param(app, "focus") == [GAWKOWSKI] and param(app, "radius") == ["2"]


def test_a_shared_link_opens_the_same_view(explorer, fixture_db):
    app = explorer(fixture_db, query={"countries": "POL", "node": LUONG, "kinds": ["person", "country"]})
    assert app.multiselect(key="f_countries").value == ["POL"]
    assert {n["kind"] for n in network_data(app)["nodes"]} == {"person", "country"}
    assert "Luong Tam Quang" in subheaders(app)
    assert network_data(app)["selected"] == LUONG


def test_a_broken_link_shows_everything_and_says_so(explorer, fixture_db):
    app = explorer(fixture_db, query={"date_from": "yesterday", "node": "person:nobody"})
    assert not app.exception
    assert any("could not be read" in w.value for w in app.warning)
    assert network_data(app)["selected"] is None


def test_hostile_names_stay_text(explorer, fixture_db):
    app = explorer(fixture_db)
    hostile = next(n for n in network_data(app)["nodes"] if n["label"] == HOSTILE_NAME)
    assert hostile["tooltip"][0] == HOSTILE_NAME  # drawn on the canvas and in tooltips as text, unchanged
    app = click(app, hostile["id"])
    assert not app.exception
    texts = [e.value for e in [*app.subheader, *app.markdown, *app.caption, *app.error, *app.info]]
    assert any(r"\<img src\=x onerror\=alert\(1\)\>" in text for text in texts)
    assert not [text for text in texts if _UNESCAPED_MARKUP.search(text)]
    meeting = next(n["id"] for n in network_data(app)["nodes"] if n["kind"] == "meeting")
    app = click(app, meeting)
    texts = [e.value for e in [*app.subheader, *app.markdown, *app.caption]]
    assert not [text for text in texts if _UNESCAPED_MARKUP.search(text)]


def test_downloads_offer_every_export_format_for_the_view(explorer, fixture_db):
    app = explorer(fixture_db)
    app.multiselect(key="f_countries").select("VNM").select("POL")
    app.select_slider(key="f_period").set_range("2025-10", "2025-11").run()
    buttons = {button.proto.label: button.proto for button in app.download_button}
    assert set(buttons) == {name.upper() for name in FORMATS}
    assert "ties_VNM-POL_2025-10_2025-11.gexf" in buttons["GEXF"].help
    assert "ties_VNM-POL_2025-10_2025-11.meetings.json" in buttons["MEETINGS-JSON"].help
    assert all(proto.deferred_file_id for proto in buttons.values())  # written only when clicked
    assert network_data(app)["pngName"] == "ties_VNM-POL_2025-10_2025-11.png"


def test_bilateral_ties_list_meetings_and_agreement_statuses(explorer, fixture_db):
    app = explorer(fixture_db)
    app.selectbox(key="t_first").select("VNM").run()
    app.selectbox(key="t_second").select("POL").run()
    rows = _table(app, "what", "event")
    assert list(rows["what"]).count("meeting") == 2
    meeting = rows[(rows["what"] == "meeting") & (rows["date"] == "2025-10-27")].iloc[0]
    assert "Krzysztof Gawkowski" in meeting["event"]
    statuses = set(rows[rows["what"] == "agreement"]["status"])
    assert {"to be signed", "signed"} <= statuses
    assert [m.value for m in app.metric][:2] == ["2", "2"]


def test_merging_two_officials_is_an_override_and_can_be_undone(explorer, writable_db):
    app = explorer(writable_db)
    app.selectbox(key="m_keep").select(LUONG).run()
    app.selectbox(key="m_absorb").select(GAWKOWSKI).run()
    app.checkbox(key="m_confirm").check().run()  # they met: "merge them anyway" (see test_app_curation.py)
    app.button(key="m_merge").click().run()
    assert not app.exception
    with open_store(writable_db) as store:
        merges = [o for o in store.overrides() if o.action == "merge"]
    assert [(o.args["keep"]["id"], o.args["absorb"]["id"]) for o in merges] == [(LUONG, GAWKOWSKI)]
    # What `graphbuild merge` stores too (graphbuild.graph.node_reference): found again after a rebuild.
    assert merges[0].args["absorb"] == {"id": GAWKOWSKI, "name": "Krzysztof Gawkowski", "country": "POL"}
    assert GAWKOWSKI not in node_ids(app) and LUONG in node_ids(app)
    assert any("Merged Krzysztof Gawkowski into Luong Tam Quang" in s.value for s in app.success)

    app.button(key=f"m_undo_{merges[0].id}").click().run()
    assert GAWKOWSKI in node_ids(app)


def test_the_last_ingest_report_names_each_failed_file(explorer, fixture_db):
    app = explorer(fixture_db)
    app.session_state["_ingest_report"] = {
        "read": 2, "new": 1, "changed": 0, "unchanged": 0, "failed": 1, "meetings": 0, "people": 0,
        "agreements": 0, "failures": [{"source": "broken.txt", "reason": "empty file"}]}
    app.run()
    assert any("1 new" in s.value and "1 failed" in s.value for s in app.success)
    assert [e.value for e in app.error] == ["broken\\.txt\\: empty file"]


@pytest.fixture(scope="module")
def large_db(tmp_path_factory):
    bench = load_bench()
    return fill_store(tmp_path_factory.mktemp("large") / "large.sqlite", bench.synthetic_extractions(2000))


def test_a_large_store_is_drawn_aggregated_and_says_so(explorer, large_db):
    app = explorer(large_db)
    assert not app.exception
    assert any("aggregated view" in info.value for info in app.info)
    data = network_data(app)
    assert {n["kind"] for n in data["nodes"]} == {"person", "country"}
    assert len(data["nodes"]) <= 40 + 60
    app.multiselect(key="f_countries").select("VNM").run()
    assert not any("aggregated view" in info.value for info in app.info)  # small enough to draw whole
    assert "meeting" in {n["kind"] for n in network_data(app)["nodes"]}
