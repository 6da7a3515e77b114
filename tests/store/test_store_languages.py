"""One identity across languages: the same person and the same instrument, reported in a
French and an English article, are one node of the graph."""
from __future__ import annotations

import pytest

from graphbuild.graph import build_graph
from graphbuild.resolve import fold
from graphbuild.store import ingest_paths, open_store

pytestmark = pytest.mark.model

FRENCH = (" date 2024-03-05 Vietnam-Singapour\n\nLe ministre de la Sécurité publique, le général Tô Lâm, a reçu "
          "le 4 mars à Hanoï le ministre singapourien de l’Intérieur, K. Shanmugam.\n\nÀ l’issue de la rencontre, "
          "les deux ministres ont signé un mémorandum d’entente sur la cybersécurité entre le ministère vietnamien "
          "de la Sécurité publique et le ministère singapourien de l’Intérieur.\n")
ENGLISH = (" date 2024-03-06 Vietnam, Singapore sign cybersecurity MoU\n\nHanoi (VNA) – Minister of Public Security "
           "General To Lam received Singaporean Home Affairs Minister K. Shanmugam in Hanoi on March 4.\n\n"
           "Following the talks, the two ministers signed a memorandum of understanding on cybersecurity between "
           "the two ministries.\n")


def test_french_and_english_reports_meet_in_one_graph(tmp_path):
    (tmp_path / "fr.txt").write_text(FRENCH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(ENGLISH, encoding="utf-8")
    with open_store(tmp_path / "store.sqlite") as store:
        summary = ingest_paths(store, [tmp_path], progress=False)
        assert summary.failed == 0 and summary.new == 2
        graph = build_graph(store)
    people = {n: d for n, d in graph.nodes(data=True) if d["kind"] == "person"}
    to_lam = [n for n, d in people.items() if fold(d["label"]) == "to lam"]
    assert len(to_lam) == 1, people
    agreements = [d for _, d in graph.nodes(data=True) if d["kind"] == "agreement"]
    assert len(agreements) == 1, agreements
    meetings = [d for _, d in graph.nodes(data=True) if d["kind"] == "meeting"]
    assert len(meetings) == 1, meetings  # the same day, the same people: one meeting, two sources
