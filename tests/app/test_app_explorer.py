"""The explorer under Streamlit's AppTest: filters, a simulated click, the details panel, downloads."""
from __future__ import annotations

import json
import re

import pytest

from graphbuild.export import FORMATS
from graphbuild.records import Article, Extraction
from graphbuild.store import article_hash, open_store

from explorer_helpers import GAWKOWSKI, HOSTILE_NAME, LUONG, fill_store, load_bench, network_data

_UNESCAPED_MARKUP = re.compile(r"(?<!\\)<(img|script|svg|b|i)\b")


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


def full_network(app):
    """One click in the sidebar: the full graph, meetings as nodes."""
    app.segmented_control(key="f_network").set_value("full")
    return app.run()


def met_edge(app, a: str, b: str) -> dict:
    return next(e for e in network_data(app)["edges"] if e["kind"] == "met" and {e["from"], e["to"]} == {a, b})


def test_opens_on_who_met_whom(explorer, fixture_db):
    app = explorer(fixture_db)
    assert not app.exception
    data = network_data(app)
    assert {n["kind"] for n in data["nodes"]} == {"person"}  # people first: officials linked by their meetings
    assert {LUONG, GAWKOWSKI} <= node_ids(app)
    edge = met_edge(app, LUONG, GAWKOWSKI)
    assert edge["tooltip"][:3] == ["Luong Tam Quang \u2013 Krzysztof Gawkowski", "1 meeting", "27 Oct 2025, Hanoi"]
    # the legend lists what is drawn, nodes and edges, and nothing else
    assert [(entry["what"], entry["kind"]) for entry in data["legend"]] == [("node", "person"), ("edge", "met")]
    styles = data["styles"]
    assert len({s["color"] for s in styles.values()}) == 5 and len({s["shape"] for s in styles.values()}) == 5
    luong = next(n for n in data["nodes"] if n["id"] == LUONG)
    gawkowski = next(n for n in data["nodes"] if n["id"] == GAWKOWSKI)
    assert luong["size"] > gawkowski["size"] and luong["rank"] == 0  # sized and labelled first by meetings
    assert data["selected"] is None
    assert "Details" in subheaders(app)
    assert "network" not in app.query_params  # the default view keeps the URL short


def test_countries_and_agreements_are_drawn_on_request(explorer, fixture_db):
    app = explorer(fixture_db)
    app.pills(key="f_draw").set_value(["country", "agreement"]).run()
    assert {n["kind"] for n in network_data(app)["nodes"]} == {"person", "country", "agreement"}
    assert param(app, "draw") == ["country", "agreement"]
    labels = [n["label"] for n in network_data(app)["nodes"] if n["kind"] == "agreement"]
    assert "MoU Vietnam\u2013Poland: cybersecurity" in labels and len(set(labels)) == len(labels)
    kinds = {entry["kind"] for entry in network_data(app)["legend"]}
    assert {"person", "country", "agreement", "met", "represents"} <= kinds and "meeting" not in kinds


def test_the_full_network_is_one_click_away_with_labels_that_tell_nodes_apart(explorer, fixture_db):
    app = full_network(explorer(fixture_db))
    assert {n["kind"] for n in network_data(app)["nodes"]} == {"person", "country", "organization", "meeting",
                                                                 "agreement"}
    assert param(app, "network") == ["full"]
    labels = {n["id"]: n["label"] for n in network_data(app)["nodes"]}
    assert labels["meeting:1c94a05e8aab-1"] == "Meeting, 26 Oct, Hanoi: Luong Tam Quang \u2013 Ali Naghiyev"
    assert len(set(labels.values())) == len(labels)
    assert labels["org:vnm:ministry-of-public-security"] == "Ministry of Public Security (Vietnam)"


def test_country_filter_narrows_the_network_and_the_url(explorer, fixture_db):
    app = explorer(fixture_db)
    everything = node_ids(app)
    app.multiselect(key="f_countries").select("POL").run()
    shown = node_ids(app)
    assert {LUONG, GAWKOWSKI} <= shown < everything
    assert "person:maria-jose-pinto-gonzalez-artigas" in everything - shown  # Ecuador never met Poland
    assert param(app, "countries") == ["POL"]
    # his node tells his meetings with Poland (Gawkowski and the hostile article's guest), and all of them
    luong = next(n for n in network_data(app)["nodes"] if n["id"] == LUONG)
    assert luong["tooltip"][-1] == "Meetings: 2 in this view (9 in all)"


def test_ties_between_two_countries_is_a_switch(explorer, fixture_db):
    app = explorer(fixture_db)
    app.multiselect(key="f_countries").select("VNM").select("POL").run()
    either = node_ids(app)
    app.toggle(key="f_between").set_value(True).run()
    between = node_ids(app)
    assert {LUONG, GAWKOWSKI} <= between < either and "person:ali-naghiyev" in either - between
    assert param(app, "between") == ["1"]


def test_kind_and_period_filters(explorer, fixture_db):
    app = full_network(explorer(fixture_db))
    app.pills(key="f_kinds").set_value(["person", "country"]).run()
    assert {n["kind"] for n in network_data(app)["nodes"]} == {"person", "country"}
    assert param(app, "kinds") == ["person", "country"]

    app.pills(key="f_kinds").set_value(["person", "country", "organization", "meeting", "agreement"])
    app.toggle(key="f_undated").set_value(False)
    app.select_slider(key="f_period").set_range("2025-10", "2025-10").run()
    meetings = [n for n in network_data(app)["nodes"] if n["kind"] == "meeting"]
    assert meetings and all(" Oct 2025, " in n["label"] for n in meetings)
    assert param(app, "date_from") == ["2025-10"] and param(app, "date_to") == ["2025-10"]
    assert param(app, "undated") == ["0"]
    assert "kinds" not in app.query_params


def test_a_period_keeps_the_meetings_whose_year_is_unknown(explorer, fixture_db):
    app = explorer(fixture_db)
    app.select_slider(key="f_period").set_range("2025-10", "2025-10").run()
    counterparts = {e["to"] if e["from"] == LUONG else e["from"] for e in network_data(app)["edges"]
                    if LUONG in (e["from"], e["to"])}
    # his 8 meetings of October: 2 dated, 6 on "26 Oct" with no year
    assert {GAWKOWSKI, "person:ali-naghiyev", "person:rita-mokbel", "person:to-lam"} <= counterparts
    luong = next(n for n in network_data(app)["nodes"] if n["id"] == LUONG)
    assert luong["tooltip"][-1] == "Meetings: 8 in this view (9 in all)"
    assert "undated" not in app.query_params  # on by default
    assert any("no known year" in caption.value for caption in app.caption)
    app.toggle(key="f_undated").set_value(False).run()
    luong = next(n for n in network_data(app)["nodes"] if n["id"] == LUONG)
    assert luong["tooltip"][-1] == "Meetings: 2 in this view (9 in all)"


def test_topic_and_status_filters(explorer, fixture_db):
    app = full_network(explorer(fixture_db))
    app.pills(key="f_statuses").set_value(["to_be_signed"]).run()
    agreements = [n for n in network_data(app)["nodes"] if n["kind"] == "agreement"]
    assert [a["id"] for a in agreements] == ["agreement:mou-pol-vnm-cybersecurity"]  # not "signed" as well
    app.pills(key="f_statuses").set_value([])
    app.multiselect(key="f_topics").select("visa").run()
    meetings = {n["id"] for n in network_data(app)["nodes"] if n["kind"] == "meeting"}
    assert len(meetings) == 1 and GAWKOWSKI in node_ids(app)


def test_search_is_fuzzy_and_shows_whom_the_official_met(explorer, fixture_db):
    app = explorer(fixture_db)
    app.text_input(key="f_search").input("Gawkowsky").run()  # misspelt
    assert {GAWKOWSKI, LUONG} <= node_ids(app) and "person:ghada-waly" not in node_ids(app)
    app.selectbox(key="f_open").select(f"person|{GAWKOWSKI}").run()
    assert "Krzysztof Gawkowski" in subheaders(app)
    assert network_data(app)["selected"] == GAWKOWSKI


def test_simulated_click_opens_the_official_panel(explorer, fixture_db):
    app = click(explorer(fixture_db), LUONG)
    assert not app.exception
    assert "Luong Tam Quang" in subheaders(app)
    texts = [m.value for m in app.markdown]
    card = next(text for text in texts if text.startswith("**27 Oct 2025 · Hanoi**"))
    assert "Krzysztof Gawkowski" in card
    evidence = next(text for text in texts if "a reçu le 27 octobre" in text)
    assert "Krzysztof Gawkowski.</div>" in evidence  # the whole sentence, not its first line
    assert any(text.startswith("**26 Oct \\(year unknown\\) · Hanoi**") for text in texts)
    assert any("000\\_ac6d88ce6df833ac\\.txt" in text for text in texts)  # the file, not its path
    assert any("ministre de la Police" in caption.value for caption in app.caption)
    titles = _table(app, "title", "organization", "from")
    assert "ministre de la Police" in set(titles["title"])
    signed = _table(app, "agreement", "parties")
    assert "<script>alert('agreement')</script> memorandum" in set(signed["agreement"])
    data = network_data(app)
    assert data["selected"] == LUONG and {LUONG, GAWKOWSKI} <= set(data["highlight"])  # they met: one step
    assert param(app, "node") == [LUONG]


def test_click_on_a_country_ranks_its_partners(explorer, fixture_db):
    app = click(explorer(fixture_db), "country:VNM")
    assert "Vietnam" in subheaders(app)
    partners = _table(app, "partner")
    assert partners.iloc[0]["partner"] == "Poland"  # a meeting and two agreements
    poland = partners[partners["partner"] == "Poland"].iloc[0]
    assert (poland["meetings"], poland["agreements"]) == (2, 2)


def test_click_on_a_meeting_and_an_agreement_shows_their_evidence(explorer, fixture_db):
    app = full_network(explorer(fixture_db))
    meeting = next(n["id"] for n in network_data(app)["nodes"]
                   if n["kind"] == "meeting" and n["label"].startswith("Meeting, 27 Oct 2025, Hanoi"))
    app = click(app, meeting)
    participants = _table(app, "participant")
    assert set(participants["participant"]) == {"Luong Tam Quang", "Krzysztof Gawkowski"}
    quotes = " ".join(m.value for m in app.markdown)
    assert "Krzysztof Gawkowski" in quotes and "27 octobre" in quotes

    app = click(app, "agreement:mou-pol-vnm-cybersecurity")
    history = _table(app, "status", "date")
    assert list(history["status"]) == ["to_be_signed"]
    assert any("apprêtent à signer" in m.value for m in app.markdown)


def test_focus_radius_one_shows_everyone_the_official_met(explorer, fixture_db):
    app = click(explorer(fixture_db), GAWKOWSKI)
    app.toggle(key="f_focus").set_value(True).run()
    assert node_ids(app) == {GAWKOWSKI, LUONG}  # the one he met, not all of Vietnam
    app.slider(key="f_radius").set_value(2).run()
    assert "person:ghada-waly" in node_ids(app)  # whom Luong Tam Quang met
    assert param(app, "focus") == [GAWKOWSKI] and param(app, "radius") == ["2"]
    app = full_network(app)
    app.slider(key="f_radius").set_value(1).run()
    assert len(node_ids(app, "meeting")) == 1 and LUONG not in node_ids(app)  # graph steps: his meeting


def test_a_shared_link_opens_the_same_view(explorer, fixture_db):
    app = explorer(fixture_db, query={"countries": "POL", "node": LUONG, "kinds": ["person", "country"],
                                      "network": "full"})
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
    app = full_network(explorer(fixture_db))
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
    app = explorer(fixture_db, tab="Export")
    app.multiselect(key="f_countries").select("VNM").select("POL")
    app.select_slider(key="f_period").set_range("2025-10", "2025-11").run()
    buttons = {button.proto.label: button.proto for button in app.download_button}
    assert set(buttons) == {name.upper() for name in FORMATS}
    assert "ties_VNM-POL_2025-10_2025-11.gexf" in buttons["GEXF"].help
    assert "ties_VNM-POL_2025-10_2025-11.meetings.json" in buttons["MEETINGS-JSON"].help
    assert all(proto.deferred_file_id for proto in buttons.values())  # written only when clicked
    assert network_data(app)["pngName"] == "ties_VNM-POL_2025-10_2025-11.png"


def test_bilateral_ties_list_meetings_and_agreement_statuses(explorer, fixture_db):
    app = explorer(fixture_db, tab="Bilateral ties")
    app.selectbox(key="t_first").select("VNM").run()
    app.selectbox(key="t_second").select("POL").run()
    rows = _table(app, "what", "event")
    assert list(rows["what"]).count("meeting") == 2
    meeting = rows[(rows["what"] == "meeting") & (rows["date"] == "27 Oct 2025")].iloc[0]
    assert "Krzysztof Gawkowski" in meeting["event"]
    statuses = set(rows[rows["what"] == "agreement"]["status"])
    assert {"to be signed", "signed"} <= statuses
    assert [m.value for m in app.metric][:2] == ["2", "2"]


def test_merging_two_officials_is_an_override_and_can_be_undone(explorer, writable_db):
    app = explorer(writable_db, tab="Merge officials")
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


def test_path_between_two_officials_is_drawn_and_listed(explorer, fixture_db):
    app = explorer(fixture_db, tab="Path")
    app.selectbox(key="p_from").select(GAWKOWSKI).run()
    app.selectbox(key="p_to").select("person:to-lam").run()
    steps = _table(app, "step", "met")
    assert list(steps["met"]) == ["Luong Tam Quang", "Tô Lâm"] and list(steps["date"]) == ["27 Oct 2025", "25 Oct 2025"]
    assert network_data(app)["path"] == [GAWKOWSKI, LUONG, "person:to-lam"]  # the meetings are edges here


def test_only_the_open_tab_is_written_and_a_path_stays_drawn_while_its_tab_is_closed(explorer, fixture_db):
    app = explorer(fixture_db)
    assert app.get("vega_lite_chart")  # the timeline, the first tab
    assert not app.download_button and not app.dataframe and not app.selectbox  # the other tabs' content is not
    app.session_state["tab"] = "Path"
    app.run()
    app.selectbox(key="p_from").select(GAWKOWSKI).run()
    app.selectbox(key="p_to").select("person:to-lam").run()
    path = [GAWKOWSKI, LUONG, "person:to-lam"]
    assert network_data(app)["path"] == path
    app.session_state["tab"] = "Export"
    app.run()
    assert app.download_button and not app.selectbox
    assert network_data(app)["path"] == path  # drawn still, its tab closed
    app.session_state["tab"] = "Path"
    app.run()
    assert app.selectbox(key="p_from").value == GAWKOWSKI and app.selectbox(key="p_to").value == "person:to-lam"
    assert list(_table(app, "step", "met")["met"]) == ["Luong Tam Quang", "Tô Lâm"]


def test_rankings_of_the_current_view(explorer, fixture_db):
    app = explorer(fixture_db, tab="Rankings")
    assert _table(app, "official", "meetings").iloc[0]["official"] == "Luong Tam Quang"
    assert _table(app, "official", "partners").iloc[0]["partners"] == 11
    assert _table(app, "official", "betweenness").iloc[0]["official"] == "Luong Tam Quang"


def test_the_last_ingest_report_names_each_failed_file(explorer, fixture_db):
    app = explorer(fixture_db, tab="Add articles")
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


def test_a_large_store_draws_the_most_active_officials_and_says_so(explorer, large_db):
    app = explorer(large_db)
    assert not app.exception
    assert any("it draws the 100 with most meetings" in info.value for info in app.info)
    assert len(node_ids(app, "person")) == 100
    app = full_network(app)
    assert any("aggregated view" in info.value for info in app.info)
    data = network_data(app)
    assert {n["kind"] for n in data["nodes"]} == {"person", "country"}
    assert len(data["nodes"]) <= 40 + 60
    app.multiselect(key="f_countries").select("VNM").run()
    assert not any("aggregated view" in info.value for info in app.info)  # small enough to draw whole
    assert "meeting" in {n["kind"] for n in network_data(app)["nodes"]}


def test_expand_hide_and_pin_arrange_the_drawing(explorer, fixture_db):
    app = explorer(fixture_db)
    app.text_input(key="f_search").input("Gawkowsky").run()
    assert node_ids(app) == {GAWKOWSKI, LUONG}
    app = click(app, LUONG)
    app.button(key="a_expand").click().run()
    assert {"person:ali-naghiyev", "person:to-lam", GAWKOWSKI} <= node_ids(app)  # whom he met, drawn on demand
    assert met_edge(app, LUONG, "person:ali-naghiyev")["tooltip"][1] == "1 meeting"
    app.button(key="a_pin").click().run()
    assert network_data(app)["pinned"] == [LUONG]
    app = click(app, GAWKOWSKI)
    app.button(key="a_hide").click().run()
    assert GAWKOWSKI not in node_ids(app) and LUONG in node_ids(app)
    app = click(app, LUONG)
    app.button(key="a_reset").click().run()
    assert node_ids(app) == {GAWKOWSKI, LUONG} and network_data(app)["pinned"] == []


def test_an_article_from_the_web_is_cited_by_its_headline_and_address(explorer, writable_db):
    address = "https://en.vietnamplus.vn/vietnam-japan-hold-defence-policy-dialogue-post123456.vnp"
    article = Article(source=address, url=address, title="Vietnam, Japan hold defence policy dialogue",
                      published="2025-11-03", language="en",
                      text="Hanoi (VNA) - Deputy Minister Hoang Xuan Chien met Oka Masami in Hanoi on November 3.")
    extraction = Extraction.from_dict({
        "source": address, "language": "en", "published": "2025-11-03", "agreements": [],
        "meetings": [{"date": "2025-11-03", "place": "Hanoi", "topics": ["defence"], "evidence": article.text,
                      "participants": [{"name": "Hoang Xuan Chien", "title": "Deputy Minister", "country": "Vietnam"},
                                       {"name": "Oka Masami", "title": "Vice Minister", "country": "Japan"}]}]})
    with open_store(writable_db) as store:  # as `graphbuild ingest URL` stores it (graphbuild.web.follow)
        store.save_article(extraction, content_hash=article_hash(article), article=article)
    app = click(explorer(writable_db), "person:oka-masami")
    assert not app.exception and "Oka Masami" in subheaders(app)
    cited = [m.value for m in app.markdown if "defence policy dialogue**" in m.value]
    assert len(cited) == 1
    assert f"]({address})" in cited[0] and "3 Nov 2025" in cited[0]
    shown = re.sub(r"\\(.)", r"\1", cited[0])  # as read: the address, not only the site's name
    assert "[en.vietnamplus.vn/vietnam-japan-hold-defence-policy-dialogue-post123456.vnp]" in shown
