from __future__ import annotations

from graphbuild.extract.text import segment
from graphbuild.lang import load_language

ARTICLE = """ date 2024-09-12 Titre sans point

Hanoï (VNA) – Le ministre X a reçu le 12 septembre M. Yoon. Il a salué la coopération.

Le ministre X (à droite) et M. Y, le 12 septembre à Hanoï. Photo : VNA

Le ministre X (à droite) et M. Y, le 12 septembre à Hanoï. Photo : VNA

Les deux parties ont signé un accord. – VNA

Thu Hang

Voir plus

Un autre ministre reçoit un autre ambassadeur.
"""


def test_furniture_is_left_out_and_offsets_point_into_the_text():
    body = segment(ARTICLE, load_language("fr"))
    texts = [s.text for s in body.sentences]
    assert texts[0] == "Le ministre X a reçu le 12 septembre M. Yoon."  # dateline gone, no split after "M."
    assert texts[1] == "Il a salué la coopération."
    assert [s.kind for s in body.sentences].count("caption") == 1  # printed twice, kept once
    assert texts[-1] == "Les deux parties ont signé un accord."  # trailing "– VNA" gone
    assert not any("Thu Hang" in t or "autre ambassadeur" in t or "Titre" in t for t in texts)
    assert body.dateline_place == "Hanoï"
    assert body.teaser_start == ARTICLE.index("Voir plus")
    for sentence in body.sentences:
        assert ARTICLE[sentence.start:sentence.end] == sentence.text


def test_caption_marker_at_the_start_opens_the_caption():
    text = "Titre\nVietnam et Chine coopèrent ảnh 1Le ministre A et le vice-ministre B. Photo : VNA\n"
    body = segment(text, load_language("fr"))
    assert [s.text for s in body.sentences] == ["Le ministre A et le vice-ministre B"]
    assert body.sentences[0].kind == "caption"


def test_a_rank_s_abbreviation_ends_no_sentence():
    text = ("Title\nVientiane (VNA) – Deputy Minister Lieut. Gen Tran Van Minh held talks with Maj. Gen. Khamla "
            "Souk on January 12. They signed a plan.\n")
    texts = [s.text for s in segment(text, load_language("en")).sentences]
    assert texts == ["Deputy Minister Lieut. Gen Tran Van Minh held talks with Maj. Gen. Khamla Souk on January 12.",
                     "They signed a plan."]


def test_a_sentence_cut_across_lines_is_joined_and_not_taken_for_a_headline():
    text = (" date 2023-03 Le ministre a reçu lundi 6 mars le secrétaire général du\n\n"
            "Secrétariat de la sécurité nationale\n\n"
            "(NSS) du Japon, Akira Sato, au cours de laquelle il a proposé des échanges.\n\n"
            "Les deux parties ont signé un accord.\n")
    texts = [s.text for s in segment(text, load_language("fr")).sentences]
    assert texts[0].startswith("Le ministre a reçu lundi 6 mars")
    assert texts[0].rstrip().endswith("il a proposé des échanges.")
    assert "Akira Sato" in texts[0]
    assert texts[1] == "Les deux parties ont signé un accord."  # a finished sentence joins nothing


def test_a_line_ending_on_a_comma_goes_on_in_the_next_one():
    text = ("Title\n\nThe Inspector-General of Police, Suleiman Abba, today received the US Ambassador to Nigeria,\n"
            "His Excellency,\nJames F. Entwistle.\n\nThey discussed training.\n")
    texts = [s.text for s in segment(text, load_language("en")).sentences]
    assert texts[0].startswith("The Inspector-General of Police") and texts[0].endswith("James F. Entwistle.")
    assert texts[1] == "They discussed training."
