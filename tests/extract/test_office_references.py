"""An office named without a name ("the Minister", "le ministre", "the Lao minister") stands
for the person whose title is that office as a whole: a Deputy Minister is not "the Minister".
Articles invented for these tests (people, countries and events)."""
from __future__ import annotations

import pytest

from graphbuild.extract import extract_article
from graphbuild.ingest import article_from_text

pytestmark = pytest.mark.model


def extract(text: str):
    return extract_article(article_from_text("office-references.txt", text))


def pairs(extraction):
    return {(m.date, frozenset(p.name for p in m.participants)) for m in extraction.meetings}


def test_the_minister_with_a_nationality_is_not_the_deputy_minister_of_that_country():
    result = extract(" date 2024-05-10 Vietnam, Laos step up police cooperation\n\n"
                     "Hanoi (VNA) – Minister of Public Security General Dao Minh Khoa received Lao Minister of "
                     "Public Security Somphet Inthavong in Hanoi on May 8.\n\n"
                     "Lao Deputy Minister of Public Security Bounmy Keomany, who accompanied him, held talks with "
                     "Deputy Minister Vu Thanh Liem on the same day.\n\n"
                     "On May 9, the Lao minister met with Deputy Prime Minister Trinh Quoc Bao.\n")
    assert ("2024-05-09", frozenset({"Somphet Inthavong", "Trinh Quoc Bao"})) in pairs(result)
    assert not any("Bounmy Keomany" in people for date, people in pairs(result) if date == "2024-05-09")


def test_the_foreign_minister_is_not_the_deputy_foreign_minister():
    result = extract(" date 2024-07-04 Diplomatic receptions in Hanoi\n\n"
                     "Hanoi (VNA) – Deputy Foreign Minister Ngo Hoang Anh received Chilean Ambassador Rodrigo "
                     "Fuentes in Hanoi on July 1.\n\n"
                     "Ngo Hoang Anh said Vietnam wanted to expand trade and consular cooperation with Chile.\n\n"
                     "On July 2, the ambassador was received by Foreign Minister Lam Quoc Dat.\n\n"
                     "On July 3, the Foreign Minister received Peruvian Ambassador Jorge Salas.\n")
    assert ("2024-07-03", frozenset({"Lam Quoc Dat", "Jorge Salas"})) in pairs(result)
    assert not any("Ngo Hoang Anh" in people for date, people in pairs(result) if date == "2024-07-03")


def test_le_ministre_is_the_minister_named_later_not_the_vice_minister():
    result = extract(" date 2024-06-20 Coopération policière avec Singapour\n\n"
                     "Hanoï (VNA) – Le vice-ministre de la Sécurité publique Vu Thanh Liem a reçu le 18 juin à "
                     "Hanoï le commissaire de police singapourien Tan Wei Ming.\n\n"
                     "Le lendemain, M. Tan Wei Ming a été reçu par le ministre.\n\n"
                     "Le ministre de la Sécurité publique, le général Dao Minh Khoa, a salué les progrès de la "
                     "coopération entre les deux polices.\n")
    assert pairs(result) == {("2024-06-18", frozenset({"Vu Thanh Liem", "Tan Wei Ming"})),
                             ("2024-06-19", frozenset({"Tan Wei Ming", "Dao Minh Khoa"}))}


def test_an_unnamed_minister_is_not_guessed_when_two_people_could_be_him():
    # "The Minister" is neither the Deputy Minister nor, word for word, the "Defence Minister"
    # named later: no one is paired with the visitor that day
    result = extract(" date 2024-10-16 Vietnam, Thailand hold defence policy dialogue\n\n"
                     "Hanoi (VNA) – The Minister of National Defence received Thai Permanent Secretary for "
                     "Defence Somchai Rattanakorn in Hanoi on Wednesday, a day after the visiting official and "
                     "Deputy Minister of National Defence Lieutenant General Vu Thanh Liem co-chaired the third "
                     "Vietnam–Thailand Defence Policy Dialogue.\n\n"
                     "Defence Minister General Dao Minh Khoa said the two armies should step up cooperation in "
                     "military medicine and cyber security.\n")
    assert ("2024-10-15", frozenset({"Vu Thanh Liem", "Somchai Rattanakorn"})) in pairs(result)
    assert not any("Vu Thanh Liem" in people for date, people in pairs(result) if date == "2024-10-16")


def test_the_deputy_minister_with_a_nationality_is_the_only_deputy_of_that_country():
    # no one is a "deputy minister" word for word: the one Vietnamese Deputy Foreign Minister is meant
    result = extract(" date 2024-03-05 Vietnam, Kenya hold consultations\n\n"
                     "Nairobi (VNA) – Deputy Foreign Minister Ngo Hoang Anh paid a working visit to Kenya on "
                     "March 3-4.\n\n"
                     "On March 4, the Vietnamese deputy minister held talks with Kenyan Principal Secretary for "
                     "Foreign Affairs Wanjiru Kamau.\n")
    assert pairs(result) == {("2024-03-04", frozenset({"Ngo Hoang Anh", "Wanjiru Kamau"}))}


# Two receptions, the second of a directeur général: what a later unnamed office may refer back to.
_RECEPTIONS = (" date 2024-05-10 Réceptions au ministère\n\n"
               "Hanoï (VNA) – Le vice-ministre de la Sécurité publique Tran Quoc Hieu a reçu le 7 mai à Hanoï "
               "l'ambassadeur du Japon au Vietnam, Ito Kenji.\n\n"
               "Ito Kenji a salué la coopération entre les polices des deux pays.\n\n"
               "Le 8 mai, Tran Quoc Hieu a reçu le directeur général de la police nationale du Kenya, "
               "Peter Mwangi.\n\n")


def test_le_directeur_is_the_directeur_general_not_the_visitor_named_most():
    # "directeur général" is a directeur: the head of the office is its noun, not the adjective after it
    result = extract(_RECEPTIONS + "Le 9 mai, le directeur a été reçu par le vice-ministre des Affaires étrangères "
                                   "Ngo Minh Tuan.\n")
    assert ("2024-05-09", frozenset({"Peter Mwangi", "Ngo Minh Tuan"})) in pairs(result)


def test_le_secretaire_general_is_not_a_directeur_general():
    result = extract(_RECEPTIONS + "Le 9 mai, le secrétaire général a été reçu par le vice-ministre des "
                                   "Affaires étrangères Ngo Minh Tuan.\n")
    assert not any("Peter Mwangi" in people for date, people in pairs(result) if date == "2024-05-09")


def test_the_minister_of_national_defence_is_the_defence_minister():
    result = extract(" date 2024-11-21 Vietnam, Kenya hold defence policy dialogue\n\n"
                     "Hanoi (VNA) – The Minister of National Defence received Kenyan Vice Chief of Defence Forces "
                     "Peter Mwangi in Hanoi on Thursday, a day after the visiting official and Deputy Minister of "
                     "National Defence Senior Lieutenant General Hoang Van Tam co-chaired the first Vietnam–Kenya "
                     "Defence Policy Dialogue.\n\n"
                     "Defence Minister General Le Quang Minh said the two armies should step up cooperation in "
                     "peacekeeping.\n")
    assert ("2024-11-20", frozenset({"Hoang Van Tam", "Peter Mwangi"})) in pairs(result)
    assert ("2024-11-21", frozenset({"Le Quang Minh", "Peter Mwangi"})) in pairs(result)


def test_le_ministre_de_la_defense_nationale_is_the_ministre_de_la_defense_not_the_protagonist():
    result = extract(" date 2024-11-21 Coopération de défense\n\n"
                     "Hanoï (VNA) – Le ministre de la Sécurité publique, le général Do Van Khanh, a reçu le "
                     "19 novembre à Hanoï le chef des forces de défense du Kenya, Peter Mwangi.\n\n"
                     "Do Van Khanh a salué la coopération entre les deux pays.\n\n"
                     "Le ministre de la Défense, le général Le Quang Minh, a présidé le même jour une réunion du "
                     "comité central militaire.\n\n"
                     "Le 20 novembre, le ministre de la Défense nationale a reçu Peter Mwangi.\n")
    assert ("2024-11-20", frozenset({"Le Quang Minh", "Peter Mwangi"})) in pairs(result)
