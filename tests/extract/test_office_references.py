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
