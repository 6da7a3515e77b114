"""People in a sentence: the office a title names, and names that look like places or are.
Sentences invented for these tests (people, places and events)."""
from __future__ import annotations

import pytest

from graphbuild.extract import _stop_words, extract_article
from graphbuild.extract.lexicon import lexicon
from graphbuild.extract.people import PersonFinder
from graphbuild.ingest import article_from_text


@pytest.fixture(scope="module")
def finders() -> dict[str, PersonFinder]:
    return {code: PersonFinder(lexicon(code), _stop_words(code)) for code in ("fr", "en")}


def heads(finder: PersonFinder, title: str) -> set[str]:
    return {office.head for office in finder.offices_in(title)}


def the_office(finder: PersonFinder, title: str):
    (office,) = finder.offices_in(title)
    return office


def test_a_french_office_is_named_by_its_first_noun_not_by_a_qualifier(finders):
    fr = finders["fr"]
    assert heads(fr, "directeur général de l'Agence nationale des douanes") == {"directeur"}
    assert heads(fr, "secrétaire générale du Conseil") == {"secretaire"}
    assert heads(fr, "vice-ministre des Affaires étrangères") == {"ministre"}
    assert heads(fr, "Premier ministre") == {"ministre"}
    assert heads(fr, "haut-commissaire") == {"commissaire"}
    assert heads(fr, "directrice générale adjointe") == {"directrice"}


def test_an_english_office_is_named_by_its_last_noun_before_its_complement(finders):
    en = finders["en"]
    assert heads(en, "Deputy Minister of Defence") == {"minister"}
    assert heads(en, "Defence Minister") == {"minister"}
    assert heads(en, "Director General of the Customs Service") == {"director"}
    assert heads(en, "Secretary-General") == {"secretary"}
    assert heads(en, "Chief of Police") == {"chief"}
    assert heads(en, "Minister of State for Trade") == {"minister"}


def test_the_ministry_of_an_office_is_one_portfolio_however_it_is_written(finders):
    en, fr = finders["en"], finders["fr"]
    assert the_office(en, "Minister of National Defence").same_as(the_office(en, "Defence Minister"))
    assert the_office(en, "Foreign Minister").same_as(the_office(en, "Minister of Foreign Affairs"))
    assert not the_office(en, "Minister of National Defence").same_as(the_office(en, "Deputy Minister of National Defence"))
    assert not the_office(en, "Defence Minister").same_as(the_office(en, "Minister of Public Security"))
    assert the_office(fr, "ministre de la Défense nationale").same_as(the_office(fr, "ministre de la Défense"))
    assert not the_office(fr, "ministre de la Défense nationale").same_as(the_office(fr, "ministre de la Justice"))
    # an office named without its ministry may be any minister's
    assert the_office(fr, "ministre").same_as(the_office(fr, "ministre de la Justice"))


def extract(text: str):
    return extract_article(article_from_text("people.txt", text))


def names(extraction) -> set[str]:
    return {p.name for m in extraction.meetings for p in m.participants}


@pytest.mark.model
def test_a_first_name_that_is_a_city_stays_part_of_the_name_in_french():
    result = extract(" date 2024-09-12 Coopération policière\n\n"
                     "Hanoï (VNA) – Le vice-ministre de la Sécurité publique Tran Quoc Hieu a reçu le 10 septembre "
                     "à Hanoï Sofia Lindahl, ambassadrice de Suède au Vietnam.\n\n"
                     "Le lendemain, Adelaide Brennan, commissaire adjointe de la police fédérale australienne, a eu "
                     "des entretiens avec Tran Quoc Hieu.\n")
    assert names(result) == {"Tran Quoc Hieu", "Sofia Lindahl", "Adelaide Brennan"}
    assert {m.place for m in result.meetings} == {"Hanoi"}


@pytest.mark.model
def test_a_first_name_that_is_a_city_stays_part_of_the_name_in_english():
    result = extract(" date 2024-09-12 Vietnam, Sweden discuss police cooperation\n\n"
                     "Hanoi (VNA) – Deputy Minister of Public Security Tran Quoc Hieu received Swedish Ambassador "
                     "Sofia Lindahl in Hanoi on September 10.\n\n"
                     "On September 11, Florence Okoro, Nigerian Deputy Inspector-General of Police, held talks "
                     "with Tran Quoc Hieu.\n")
    assert names(result) == {"Tran Quoc Hieu", "Sofia Lindahl", "Florence Okoro"}
    assert {m.place for m in result.meetings} == {"Hanoi"}


@pytest.mark.model
def test_a_city_after_a_place_preposition_is_still_the_place():
    result = extract(" date 2024-09-12 Coopération\n\n"
                     "Sofia (VNA) – Le vice-ministre de la Sécurité publique Tran Quoc Hieu a reçu le 10 septembre à "
                     "Sofia le ministre bulgare de l'Intérieur Dimitar Kolev.\n")
    assert names(result) == {"Tran Quoc Hieu", "Dimitar Kolev"}
    assert result.meetings[0].place == "Sofia"


def people_named(finders, code: str, sentence: str) -> set[str]:
    from graphbuild.model import load_model

    entities = [(e.start_char, e.end_char, e.label_) for e in load_model(code)(sentence).ents]
    return {m.name for m in finders[code].find(sentence, entities, [])}


@pytest.mark.model
def test_a_city_in_the_name_of_something_else_is_no_first_name(finders):
    assert people_named(finders, "en", "Under the Paris Agreement, the minister said the country would cut "
                        "emissions.") == set()


@pytest.mark.model
def test_a_name_after_a_place_noun_is_a_place_not_a_person_in_french(finders):
    assert people_named(finders, "fr", "Le vice-ministre Tran Quoc Hieu a reçu le 18 avril au poste-frontière de "
                        "Thanh Loc Ha le chef de la police du Yunnan, Zhang Wei.") == {"Tran Quoc Hieu", "Zhang Wei"}
    assert people_named(finders, "fr", "La délégation conduite par Tran Quoc Hieu a visité la commune de Dao Son Lam "
                        "et le district de Ho Phuc Vinh, dans la province de Lai Minh.") == {"Tran Quoc Hieu"}
    assert people_named(finders, "fr", "Le colonel Tran Quoc Hieu a inspecté le cửa khẩu Ha Loc Thanh avec le "
                        "colonel Do Van Tam.") == {"Tran Quoc Hieu", "Do Van Tam"}


@pytest.mark.model
def test_a_name_before_a_place_noun_is_a_place_not_a_person_in_english(finders):
    assert people_named(finders, "en", "Deputy Minister Tran Quoc Hieu met with Chinese police officer Zhang Wei at "
                        "the Thanh Loc Ha border gate on April 18.") == {"Tran Quoc Hieu", "Zhang Wei"}
    assert people_named(finders, "en", "The delegation led by Deputy Minister Tran Quoc Hieu visited Dao Son Lam "
                        "commune and Ho Phuc Vinh district of Lai Minh province.") == {"Tran Quoc Hieu"}


@pytest.mark.model
def test_a_border_gate_is_not_the_title_of_the_person_met_there():
    result = extract(" date 2024-04-20 Vietnam, China step up border cooperation\n\n"
                     "Lao Cai (VNA) – Deputy Minister of Public Security Tran Quoc Hieu received Chinese Deputy "
                     "Minister of Public Security Zhang Wei at the Thanh Loc Ha border gate on April 18.\n\n"
                     "On April 19, Zhang Wei met again with Tran Quoc Hieu at the Thanh Loc Ha border gate "
                     "to review the new joint patrols.\n")
    assert names(result) == {"Tran Quoc Hieu", "Zhang Wei"}
    assert not any("border gate" in (p.title or "") for m in result.meetings for p in m.participants)
