"""Articles written for these tests, not taken from the golden corpus: the rules must
generalise to phrasings, people and countries the corpus does not have."""
from __future__ import annotations

import pytest

from graphbuild.extract import extract_article
from graphbuild.ingest import article_from_text

pytestmark = pytest.mark.model


def extract(text: str, source: str = "unseen.txt"):
    return extract_article(article_from_text(source, text))


def pairs(extraction):
    return {(m.date, frozenset(p.name for p in m.participants)) for m in extraction.meetings}


def person(extraction, name):
    return next(p for m in extraction.meetings for p in m.participants if p.name == name)


def test_ambassador_received_with_weekday_and_day():
    result = extract(" date 2023-04-05 Le ministre reçoit l'ambassadeur américain\n\n"
                     "Le ministre de la Sécurité publique, le général To Lam, a reçu lundi 3 avril à Hanoï "
                     "l'ambassadeur des États-Unis au Vietnam, Marc Knapper.\n")
    assert pairs(result) == {("2023-04-03", frozenset({"To Lam", "Marc Knapper"}))}
    assert person(result, "Marc Knapper").country == "United States"
    assert person(result, "To Lam").country == "Vietnam"
    assert result.meetings[0].place == "Hanoi"


def test_phone_call_with_counterpart_named_by_nationality():
    result = extract(" date 2024-05-07 Entretien téléphonique\n\n"
                     "Le Premier ministre Pham Minh Chinh a eu le 5 mai un entretien téléphonique avec son "
                     "homologue japonais Fumio Kishida.\n")
    meeting = result.meetings[0]
    assert meeting.event_type == "call" and meeting.date == "2024-05-05"
    assert person(result, "Fumio Kishida").country == "Japan"


def test_delegation_led_by_and_agreement_between_ministries():
    result = extract(" date 2022-06-09 Vietnam-Russie\n\n"
                     "Le vice-ministre de la Sécurité publique Nguyen Duy Ngoc a reçu le 8 juin à Hanoï une "
                     "délégation du ministère russe de l’Intérieur conduite par le vice-ministre Igor Zubov.\n\n"
                     "À l’issue de la rencontre, les deux parties ont signé un accord de coopération dans la lutte "
                     "contre la criminalité transnationale entre le ministère vietnamien de la Sécurité publique et "
                     "le ministère russe de l’Intérieur.\n\n"
                     "Elles ont rappelé que le protocole d’accord sur la formation des policiers, signé en 2015, "
                     "restait en application.\n")
    assert pairs(result) == {("2022-06-08", frozenset({"Nguyen Duy Ngoc", "Igor Zubov"}))}
    assert person(result, "Igor Zubov").country == "Russia"
    by_name = {a.name: a for a in result.agreements}
    accord = next(a for n, a in by_name.items() if n.startswith("accord de coopération"))
    assert accord.status == "signed" and set(accord.parties) == {"Vietnam", "Russia"}
    assert accord.date == "2022-06-08"
    mou = next(a for n, a in by_name.items() if n.startswith("protocole d’accord"))
    assert (mou.kind, mou.status, mou.date) == ("mou", "signed", "2015")


def test_english_phone_talks_and_negotiation():
    result = extract(" date 2024-06-13 Vietnam, India discuss extradition\n\n"
                     "Hanoi (VNA) – Deputy Prime Minister Tran Luu Quang held phone talks with Indian External "
                     "Affairs Minister Subrahmanyam Jaishankar on June 12.\n\n"
                     "The two sides agreed to speed up negotiations on a treaty on extradition between the two "
                     "countries.\n")
    assert result.language == "en"
    assert pairs(result) == {("2024-06-12", frozenset({"Tran Luu Quang", "Subrahmanyam Jaishankar"}))}
    assert result.meetings[0].event_type == "call"
    assert person(result, "Subrahmanyam Jaishankar").country == "India"
    treaty = result.agreements[0]
    assert (treaty.kind, treaty.status) == ("treaty", "under_negotiation")
    assert set(treaty.parties) == {"Vietnam", "India"}


def test_co_chaired_dialogue_abroad_is_one_bilateral_meeting():
    result = extract(" date 2024-06-11 Dialogue\n\n"
                     "Le ministre Luong Tam Quang et son homologue russe, Vladimir Kolokoltsev, ont coprésidé le "
                     "10 juin à Moscou le 5e dialogue stratégique sur la sécurité.\n")
    assert pairs(result) == {("2024-06-10", frozenset({"Luong Tam Quang", "Vladimir Kolokoltsev"}))}
    assert result.meetings[0].place == "Moscow"
    assert not result.meetings[0].multilateral


def test_no_meeting_in_a_statement_without_encounter():
    result = extract(" date 2024-01-10 Déclaration\n\nLe porte-parole Pham Thu Hang a déclaré que le Vietnam "
                     "suivait de près la situation en mer Orientale.\n")
    assert result.meetings == []


def test_markup_in_names_is_kept_as_text_and_does_not_break_extraction():
    hostile = "<img src=x onerror=alert(1)>"
    result = extract(f" date 2024-01-10 Test\n\nLe ministre Luong Tam Quang a reçu le 9 janvier à Hanoï "
                     f"l'ambassadeur de France, Olivier Brochet {hostile}.\n")
    assert any(p.name == "Olivier Brochet" for m in result.meetings for p in m.participants)
    assert all(hostile in m.evidence.sentence for m in result.meetings)
