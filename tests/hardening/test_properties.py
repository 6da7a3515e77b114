"""Property and fuzz tests (Hypothesis): extraction, evidence offsets, idempotent ingest, export round trips.

Example counts are kept modest (the ``EXAMPLES`` table) so that the file runs in well
under a minute; spaCy is loaded once for the session.
"""
from __future__ import annotations

import csv
import io
import json
import re
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.export import export_bytes
from graphbuild.export.csv_zip import neutralise
from graphbuild.export.meetings_json import graph_extractions
from graphbuild.export.snapshot import flat_value
from graphbuild.graph import build_graph
from graphbuild.ingest import iter_articles
from graphbuild.records import Article, Evidence, Extraction, Meeting, Participant
from graphbuild.resolve import fold
from graphbuild.store import ingest_extractions, ingest_paths, open_store

from hardening_helpers import REPO, graph_signature
from hardening_strategies import extraction_batches, labels, names, news_articles, wire_noise

EXAMPLES = {"any_text": 300, "wire_noise": 150, "evidence": 400, "ingest_twice": 60, "ingest_files_twice": 15,
            "export_labels": 120, "meetings_json": 40}
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large]


def _extract(text: str, language: str | None) -> Extraction:
    from graphbuild.extract import extract_article

    return extract_article(Article("fuzz.txt", text, language=language))


def _check_offsets(text: str, extraction: Extraction) -> None:
    """Every evidence of the extraction is the article text at its offsets."""
    for item in [*extraction.meetings, *extraction.agreements]:
        if item.evidence is not None:
            assert 0 <= item.evidence.start <= item.evidence.end <= len(text)
            assert text[item.evidence.start:item.evidence.end] == item.evidence.sentence


# Extraction -------------------------------------------------------------------------------


@pytest.mark.model
@settings(max_examples=EXAMPLES["any_text"], deadline=None, suppress_health_check=SLOW)
@given(text=st.text(max_size=1000), language=st.sampled_from(["fr", "en", None]))
def test_extraction_never_raises_on_arbitrary_text(spacy_models, text: str, language: str | None) -> None:
    extraction = _extract(text, language)
    assert extraction.language in ("fr", "en")
    _check_offsets(text, extraction)


@pytest.mark.model
@settings(max_examples=EXAMPLES["wire_noise"], deadline=None, suppress_health_check=SLOW)
@given(text=wire_noise, language=st.sampled_from(["fr", "en", None]))
def test_extraction_never_raises_on_shuffled_wire_copy(spacy_models, text: str, language: str | None) -> None:
    extraction = _extract(text, language)
    _check_offsets(text, extraction)
    for meeting in extraction.meetings:
        assert all(p.name.strip() for p in meeting.participants)


def _check_evidence(text: str, extraction: Extraction) -> None:
    """Offsets exact; every participant named in the article; each agreement's evidence names it."""
    _check_offsets(text, extraction)
    article = fold(text)
    for meeting in extraction.meetings:
        assert meeting.evidence is not None and meeting.participants
        for participant in meeting.participants:
            spellings = [fold(name) for name in (participant.name, *participant.aliases)]
            assert any(spelling and spelling in article for spelling in spellings), participant.name
    for agreement in extraction.agreements:
        first_word = fold(agreement.name).split()[0]
        assert first_word in fold(agreement.evidence.sentence), (agreement.name, agreement.evidence.sentence)


@pytest.mark.model
@settings(max_examples=EXAMPLES["evidence"], deadline=None, suppress_health_check=SLOW)
@given(article=news_articles())
def test_every_evidence_is_the_article_text_and_names_what_it_supports(spacy_models,
                                                                        article: tuple[str, str]) -> None:
    language, text = article
    extraction = _extract(text, language)
    _check_evidence(text, extraction)
    for meeting in extraction.meetings:
        sentence = fold(meeting.evidence.sentence)
        named = [p for p in meeting.participants
                 if any(fold(name) and fold(name) in sentence for name in (p.name, *p.aliases))]
        assert named, ([p.name for p in meeting.participants], meeting.evidence.sentence)


@pytest.mark.model
def test_every_evidence_of_the_corpus_is_the_article_text(golden_extractions) -> None:
    from tests.golden.scores import ARTICLE_FOLDERS

    texts = {Path(a.source).stem: a.text for a in iter_articles([REPO / folder for folder in ARTICLE_FOLDERS])
             if isinstance(a, Article)}
    assert len(golden_extractions) == len(texts) > 40
    for stem, data in golden_extractions.items():
        _check_evidence(texts[stem], Extraction.from_dict(data))


@pytest.mark.model
def test_two_receptions_of_one_guest_stay_two_meetings_named_in_their_evidence(spacy_models) -> None:
    text = "Luong Tam Quang a reçu le 3 mai Bui Thanh Son. Pham Minh Chinh a reçu le 3 mai Bui Thanh Son."
    extraction = _extract(text, "fr")
    for meeting in extraction.meetings:
        for participant in meeting.participants:
            assert fold(participant.name) in fold(meeting.evidence.sentence), participant.name
    assert sorted(sorted(p.name for p in m.participants) for m in extraction.meetings) == [
        ["Bui Thanh Son", "Luong Tam Quang"], ["Bui Thanh Son", "Pham Minh Chinh"]]


# Ingest -----------------------------------------------------------------------------------


def _graph_of(batches: list[list[Extraction]]):
    with tempfile.TemporaryDirectory() as folder, open_store(Path(folder) / "graph.sqlite") as store:
        summaries = [ingest_extractions(store, batch) for batch in batches]
        return build_graph(store), summaries


@settings(max_examples=EXAMPLES["ingest_twice"], deadline=None, suppress_health_check=SLOW)
@given(batch=extraction_batches())
def test_ingesting_twice_gives_the_same_graph(batch: list[Extraction]) -> None:
    once, (first,) = _graph_of([batch])
    assert first.failed == 0, first.failures
    twice, (_, second) = _graph_of([batch, list(reversed(batch))])
    assert second.unchanged == len(batch) and second.new == second.changed == 0
    assert graph_signature(twice) == graph_signature(once)


@pytest.mark.model
@settings(max_examples=EXAMPLES["ingest_files_twice"], deadline=None, suppress_health_check=SLOW)
@given(articles=st.lists(news_articles(), min_size=1, max_size=3))
def test_ingesting_article_files_twice_gives_the_same_graph(spacy_models, articles: list[tuple[str, str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for number, (_, text) in enumerate(articles):
            (Path(folder) / f"{number}.txt").write_text(text, encoding="utf-8")
        with open_store(Path(folder) / "db" / "graph.sqlite") as store:
            first = ingest_paths(store, [folder], progress=False)
            graph = graph_signature(build_graph(store))
            second = ingest_paths(store, [folder], progress=False)
            assert second.unchanged == first.new + first.unchanged and second.new == second.changed == 0
            assert graph_signature(build_graph(store)) == graph


# Exports ------------------------------------------------------------------------------------

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _labelled_graph(texts: list[str]) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(articles={})
    graph.add_node("country:VNM", kind="country", label="Vietnam", iso3="VNM")
    for number, text in enumerate(texts):
        person = f"person:{number}"
        graph.add_node(person, kind="person", label=text, name=text, aliases=[text, "x"], country="VNM")
        graph.add_edge(person, "country:VNM", key=f"{person}>represents>country:VNM", kind="represents",
                       title=text, sources=[text], evidence=[text], start="2024-05-16", end="2024-05")
    return graph


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)


@settings(max_examples=EXAMPLES["export_labels"], deadline=None, suppress_health_check=SLOW)
@given(texts=st.lists(labels, min_size=1, max_size=4))
def test_exports_read_back_arbitrary_labels(texts: list[str]) -> None:
    graph = _labelled_graph(texts)
    people = [f"person:{n}" for n in range(len(texts))]

    back = nx.node_link_graph(json.loads(export_bytes(graph, "json")), edges="edges")
    assert [back.nodes[p]["label"] for p in people] == texts
    assert [back.nodes[p]["aliases"][0] for p in people] == texts

    graphml = nx.read_graphml(io.BytesIO(export_bytes(graph, "graphml")))
    assert [graphml.nodes[p]["label"] for p in people] == [flat_value(t) for t in texts]
    assert [d["title"] for _, _, d in sorted(graphml.edges(data=True))] == [flat_value(t) for t in texts]

    gexf = nx.read_gexf(io.BytesIO(export_bytes(graph, "gexf")))
    assert [gexf.nodes[p]["label"] for p in people] == [" ".join(flat_value(t).split()) for t in texts]
    assert [gexf.nodes[p]["name"] for p in people] == [flat_value(t) for t in texts]

    with zipfile.ZipFile(io.BytesIO(export_bytes(graph, "csv"))) as archive:
        rows = {row["id"]: row for row in csv.DictReader(
            io.StringIO(archive.read("nodes.csv").decode("utf-8-sig"), newline=""))}
    assert [rows[p]["label"] for p in people] == [neutralise(flat_value(t)) for t in texts]

    page = export_bytes(graph, "html").decode("utf-8")
    block = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', page, re.S).group(1)
    data = {node["id"]: node for node in json.loads(block)["nodes"]}
    assert [data[p]["label"] for p in people] == texts
    parser = _Tags()
    parser.feed(page)
    assert parser.tags.count("script") == 3 and not {"img", "svg", "a", "iframe", "b"} & set(parser.tags)


@settings(max_examples=EXAMPLES["meetings_json"], deadline=None, suppress_health_check=SLOW)
@given(people=st.lists(st.one_of(names, labels).filter(lambda s: fold(s)), min_size=2, max_size=4, unique_by=fold))
def test_meetings_json_gives_back_the_graphs_people(people: list[str]) -> None:
    sentence = " ".join(people)
    extraction = Extraction("a.txt", "en", "2024-05-16", meetings=[Meeting(
        "2024-05-16", "Hanoi", [Participant(name, country="France") for name in people],
        evidence=Evidence(sentence, 0, len(sentence)))])
    graph, _ = _graph_of([[extraction]])
    document = json.loads(export_bytes(graph, "meetings-json"))
    (article,) = [Extraction.from_dict(item) for item in document["articles"]]
    assert article.to_dict() == graph_extractions(graph)[0].to_dict()
    labels_in_graph = sorted(d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "person")
    assert sorted(p.name for p in article.meetings[0].participants) == labels_in_graph
    assert article.meetings[0].evidence.sentence == sentence
