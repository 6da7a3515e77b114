from __future__ import annotations

import shutil

import pytest

from graphbuild import lang
from graphbuild.lang import LanguageDataError, available_languages, load_countries, load_language


def test_both_languages_load_with_every_group_filled():
    assert {"fr", "en"} <= set(available_languages())
    for code in ("fr", "en"):
        language = load_language(code)
        assert language.meeting_cues["meet"].search("x") is None
        assert language.agreement_kinds["mou"] and language.status_cues["signed"]
        assert len(language.places) > 300 and len(language.topics) > 100


def test_every_country_has_names_in_every_language():
    codes = set(load_countries())
    for code in ("fr", "en"):
        named = set(load_language(code).country_names.values())
        assert codes == named, f"{code}: missing {sorted(codes - named)[:10]}"


def test_nationality_adjectives_cover_gender_and_number():
    demonyms = load_language("fr").demonyms
    for word in ("singapourien", "singapourienne", "sud-africaine", "azerbaïdjanais", "laotiens", "émiriennes"):
        assert word in demonyms, word
    assert load_language("en").demonyms["ivorian"] == "CIV"


@pytest.fixture
def broken_copy(tmp_path, monkeypatch):
    """A copy of the data folder whose French files a test may damage."""
    copy = tmp_path / "lang"
    shutil.copytree(lang.DATA_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    monkeypatch.setattr(lang, "DATA_DIR", copy)
    lang.load_language.cache_clear()
    lang.load_countries.cache_clear()
    yield copy
    lang.load_language.cache_clear()
    lang.load_countries.cache_clear()


def test_an_empty_group_is_refused_naming_the_file(broken_copy):
    path = broken_copy / "fr" / "meetings.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("series:\n", "series: []\nold_series:\n"), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"meetings\.yaml.*'series'"):
        load_language("fr")


def test_a_bad_table_row_is_refused_naming_the_line(broken_copy):
    path = broken_copy / "fr" / "places.tsv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Atlantide\tAtlantis\n")
    with pytest.raises(LanguageDataError, match=r"places\.tsv: row \d+ has 2 cells"):
        load_language("fr")


def test_an_unknown_language_is_refused():
    with pytest.raises(LanguageDataError, match="no data for language 'xx'"):
        load_language("xx")


def test_an_office_head_position_other_than_first_or_last_is_refused(broken_copy):
    path = broken_copy / "fr" / "titles.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("office_head: first", "office_head: middle"), encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"titles\.yaml.*'office_head'"):
        load_language("fr")


def test_a_ministry_without_its_portfolio_is_refused_naming_the_line(broken_copy):
    path = broken_copy / "en" / "ministries.tsv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("Tourism\tMinistry of Tourism\t\n")
    with pytest.raises(LanguageDataError, match=r"ministries\.tsv: row \d+ has no portfolio"):
        load_language("en")


def test_office_holders_load_with_their_sources():
    terms = lang.load_officeholders()
    assert len(terms) > 1000
    assert all(t.source.startswith("http") and t.office in lang.OFFICES for t in terms)
    to_lam = [t for t in terms if t.name == "To Lam"]
    assert {t.country for t in to_lam} == {"VNM"} and "Tô Lâm" in to_lam[0].aliases


@pytest.mark.parametrize("row, message", [
    ("Jane Doe\t\tqueen\tGBR\t2001\t2002\thttps://example.org", r"unknown office 'queen'"),
    ("Jane Doe\t\thead_of_state\tXXX\t2001\t2002\thttps://example.org", r"unknown country code 'XXX'"),
    ("Jane Doe\t\thead_of_state\tGBR\t2003\t2002\thttps://example.org", r"the term ends \(2002\) before it starts"),
    ("Jane Doe\t\thead_of_state\tGBR\tsoon\t\thttps://example.org", r"years must be whole numbers"),
])
def test_a_bad_office_holder_row_is_refused_naming_the_row(broken_copy, row, message):
    path = broken_copy / "officeholders.tsv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write(row + "\n")
    lang.load_officeholders.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=r"officeholders\.tsv: row \d+ \(Jane Doe\): " + message):
            lang.load_officeholders()
    finally:
        lang.load_officeholders.cache_clear()


def test_an_invalid_name_stop_pattern_is_refused_naming_the_file(broken_copy):
    path = broken_copy / "fr" / "agreements.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("name_stops: [", "name_stops: ['\\p{Lu}', ", 1),
                    encoding="utf-8")
    with pytest.raises(LanguageDataError, match=r"agreements\.yaml: 'name_stops' holds an invalid pattern"):
        load_language("fr")


def test_home_names_are_a_family_name_then_syllables_of_the_home_language():
    home = lang.load_home()
    assert home.has_name_shape(["bui", "thanh", "son"])
    assert home.has_name_shape(["nguyen", "thi", "quynh", "nguyet"])
    assert not home.has_name_shape(["le", "roux"])
    assert not home.has_name_shape(["le", "drian"])


def test_a_home_syllable_that_is_no_pattern_is_refused_naming_the_file(broken_copy):
    path = broken_copy / "home.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("syllable: '", "syllable: '(("), encoding="utf-8")
    lang.load_home.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match=r"home\.yaml.*'syllable'"):
            lang.load_home()
    finally:
        lang.load_home.cache_clear()
