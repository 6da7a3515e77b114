"""One node per instrument: every report of an agreement, in French or English, on one node with its
status history; a multilateral convention is one node whoever reports it."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from graphbuild.graph import build_graph
from graphbuild.records import Agreement, Extraction
from graphbuild.store import Store, ingest_extractions, ingest_paths, open_store

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

FRENCH = """ date 2025-10-27 Le Vietnam et la Pologne signent un mémorandum sur la cybersécurité

Hanoï (VNA) – Le 27 octobre à Hanoï, le général Luong Tam Quang, ministre vietnamien de la Sécurité publique, \
a reçu le ministre polonais du Numérique, Krzysztof Gawkowski.

À l'issue de l'entretien, les deux ministres ont signé un mémorandum d'entente de coopération en matière de \
cybersécurité entre le Vietnam et la Pologne.
"""
# Another outlet, the next day, in English, and without the year of the signing.
ENGLISH = """Vietnam, Poland sign cybersecurity MoU

Hanoi (VNA) – Vietnamese Minister of Public Security General Luong Tam Quang held talks with Polish Minister of \
Digital Affairs Krzysztof Gawkowski in Hanoi on October 27.

After the talks, the two ministers signed a memorandum of understanding on cooperation in cyber security between \
Vietnam and Poland.
"""


def agreements(graph: nx.MultiDiGraph) -> dict[str, dict]:
    return {node: data for node, data in graph.nodes(data=True) if data["kind"] == "agreement"}


@pytest.mark.model
def test_the_seeds_give_one_hanoi_convention(tmp_path: Path) -> None:
    with open_store(tmp_path / "graph.sqlite") as store:
        ingest_paths(store, [SEEDS], progress=False)
        found = {node: data for node, data in agreements(build_graph(store)).items()
                 if "cybercrim" in data["label"].lower() or "Hanoi" in data["label"]}
    assert list(found) == ["agreement:un-convention-against-cybercrime"]
    hanoi = found["agreement:un-convention-against-cybercrime"]
    assert hanoi["label"] == "United Nations Convention against Cybercrime (Hanoi Convention)"
    assert len(hanoi["sources"]) == 3 and len(hanoi["mentions"]) == 3  # every seed that reports it
    assert {m["name"] for m in hanoi["mentions"]} >= {"Convention des Nations unies contre la cybercriminalité",
                                                      "Convention des Nations unies sur la lutte contre la "
                                                      "cybercriminalité"}


@pytest.mark.model
def test_a_french_and_an_english_report_of_one_mou_are_one_node(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (folder / "en.txt").write_text(ENGLISH, encoding="utf-8")
    with open_store(tmp_path / "graph.sqlite") as store:
        assert ingest_paths(store, [folder], progress=False).new == 2
        mous = [data for data in agreements(build_graph(store)).values() if data["instrument"] == "mou"]
    assert len(mous) == 1
    assert sorted(Path(source).name for source in mous[0]["sources"]) == ["en.txt", "fr.txt"]
    assert {m["name"].split()[0] for m in mous[0]["mentions"]} == {"mémorandum", "memorandum"}
    assert set(mous[0]["parties"]) == {"Poland", "Vietnam"}


def test_a_signing_without_year_joins_the_dated_one_and_another_day_does_not(store: Store) -> None:
    def report(source: str, date: str, name: str) -> Extraction:
        return Extraction(source, "en", None, agreements=[
            Agreement(name, "mou", "signed", ["Vietnam", "Poland"], date, ["cybersecurity"])])

    ingest_extractions(store, [report("a.txt", "2025-10-27", "MoU on cybersecurity"),
                               report("b.txt", "--10-27", "mémorandum sur la cybersécurité"),
                               report("c.txt", "2024-03-02", "MoU on cybersecurity")])
    found = sorted(sorted(data["sources"]) for data in agreements(build_graph(store)).values())
    assert found == [["a.txt", "b.txt"], ["c.txt"]]


def test_a_known_convention_is_one_node_whatever_its_dates_and_reporters(store: Store) -> None:
    ingest_extractions(store, [
        Extraction("a.txt", "fr", None, agreements=[Agreement(
            "Convention des Nations unies contre la corruption", "convention", "signed", ["United Nations"],
            "2003-12-09", ["corruption"], mention_only=True)]),
        Extraction("b.txt", "en", None, agreements=[Agreement(
            "UN Convention against Corruption", "convention", "in_force", [], "2005-12-14", [], mention_only=True)]),
    ])
    found = agreements(build_graph(store))
    assert list(found) == ["agreement:un-convention-against-corruption"]
    assert found["agreement:un-convention-against-corruption"]["status_history"] == [
        "2003-12-09: signed", "2005-12-14: in_force"]
