"""An ambassador or representative of an international body posted to a country ("le
représentant de l'UNICEF au Vietnam", "the EU Ambassador to Vietnam") represents the body:
the country after the title is where they serve, not theirs. Articles invented for these tests."""
from __future__ import annotations

import pytest

from graphbuild.extract import extract_article
from graphbuild.ingest import article_from_text

pytestmark = pytest.mark.model


def extract(text: str):
    return extract_article(article_from_text("posted-officials.txt", text))


def person(extraction, name):
    return next(p for m in extraction.meetings for p in m.participants if p.name == name)


def test_french_representative_and_ambassador_of_international_bodies_have_no_country():
    result = extract(" date 2024-03-15 Le vice-ministre reçoit des représentants d'organisations internationales\n\n"
                     "Hanoï (VNA) – Le vice-ministre de la Sécurité publique, le général Vu Thanh Liem, a reçu le "
                     "14 mars à Hanoï la représentante du Fonds des Nations unies pour l'enfance (UNICEF) au "
                     "Vietnam, Ingrid Solberg.\n\n"
                     "Le même jour, il a reçu l'ambassadeur de l'Union européenne au Vietnam, Jan Vermeulen.\n")
    unicef, eu = person(result, "Ingrid Solberg"), person(result, "Jan Vermeulen")
    assert (unicef.organization, unicef.country) == ("UNICEF", None)
    assert (eu.organization, eu.country) == ("European Union", None)
    assert person(result, "Vu Thanh Liem").country == "Vietnam"


def test_french_ambassador_of_a_country_and_national_office_of_a_body_keep_their_country():
    result = extract(" date 2024-03-15 Réceptions\n\n"
                     "Hanoï (VNA) – Le vice-ministre de la Sécurité publique Vu Thanh Liem a reçu le 14 mars à "
                     "Hanoï l'ambassadeur de Norvège au Vietnam, Erik Haugland.\n\n"
                     "Le lendemain, il a reçu la directrice du Bureau central national "
                     "d'Interpol au Vietnam, Dang Thi Thu Ha.\n")
    assert person(result, "Erik Haugland").country == "Norway"
    assert person(result, "Dang Thi Thu Ha").country == "Vietnam"


def test_english_ambassador_representative_and_coordinator_of_international_bodies_have_no_country():
    result = extract(" date 2024-03-15 Deputy Minister receives envoys of international organisations\n\n"
                     "Hanoi (VNA) – Deputy Minister of Public Security Vu Thanh Liem received EU Ambassador to "
                     "Vietnam Jan Vermeulen in Hanoi on March 14.\n\n"
                     "On the same day, Vu Thanh Liem also received UNICEF Representative in Vietnam Ingrid "
                     "Solberg.\n\n"
                     "On March 15, he met with the UN Resident Coordinator in Vietnam, Maria Okafor.\n")
    eu, unicef, un = (person(result, n) for n in ("Jan Vermeulen", "Ingrid Solberg", "Maria Okafor"))
    assert (eu.organization, eu.country) == ("European Union", None)
    assert (unicef.organization, unicef.country) == ("UNICEF", None)
    assert (un.organization, un.country) == ("United Nations", None)
    assert person(result, "Vu Thanh Liem").country == "Vietnam"


def test_french_other_officials_of_a_body_office_in_a_country_have_no_country():
    result = extract(" date 2024-03-15 Réceptions\n\n"
                     "Hanoï (VNA) – Le vice-ministre de la Sécurité publique Vu Thanh Liem a reçu le 14 mars à "
                     "Hanoï le chef du bureau de l'Organisation internationale pour les migrations (OIM) au "
                     "Vietnam, Lars Eriksen.\n\n"
                     "Le lendemain, il a reçu la directrice adjointe de l'Office des Nations unies contre la drogue "
                     "et le crime (ONUDC) au Vietnam, Ana Lopes.\n")
    assert person(result, "Lars Eriksen").country is None
    assert person(result, "Ana Lopes").country is None
    assert {frozenset(p.name for p in m.participants) for m in result.meetings} == {
        frozenset({"Vu Thanh Liem", "Lars Eriksen"}), frozenset({"Vu Thanh Liem", "Ana Lopes"})}


def test_english_other_officials_of_a_body_office_in_a_country_have_no_country():
    result = extract(" date 2024-03-15 Deputy Minister receives officials of international organisations\n\n"
                     "Hanoi (VNA) – Deputy Minister of Public Security Vu Thanh Liem received Head of the IOM Office "
                     "in Vietnam Lars Eriksen in Hanoi on March 14.\n\n"
                     "On March 15, he received Ana Lopes, Deputy Head of the UNODC Office in Vietnam.\n")
    assert person(result, "Lars Eriksen").country is None
    assert person(result, "Ana Lopes").country is None
    assert {frozenset(p.name for p in m.participants) for m in result.meetings} == {
        frozenset({"Vu Thanh Liem", "Lars Eriksen"}), frozenset({"Vu Thanh Liem", "Ana Lopes"})}
