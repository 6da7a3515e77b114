"""The helpers that decide identity: title stripping, blocking keys, ids."""
from __future__ import annotations

import pytest

from graphbuild.resolve import same_name
from graphbuild.store.identity import dates_compatible, match_keys, organization_node, party_node, slug, strip_title


@pytest.mark.parametrize(("written", "name"), [
    ("le général Tô Lâm", "Tô Lâm"),
    ("ministre Luong Tam Quang", "Luong Tam Quang"),
    ("Tô Lâm", "Tô Lâm"),
    ("Pieter van den Berg", "Pieter van den Berg"),
    ("le ministre", "le ministre"),  # nothing name-like would remain: unchanged
])
def test_strip_title_without_language_data(written: str, name: str) -> None:
    assert strip_title(written) == name


def test_strip_title_uses_the_language_honorifics() -> None:
    try:
        from graphbuild.lang import load_language

        load_language("fr")
    except Exception as error:  # noqa: BLE001 - the word lists are another team's, maybe unfinished
        pytest.skip(f"French word lists not loadable here: {error}")
    assert strip_title("Mme Han Mi-sook", "fr") == "Han Mi-sook"


def test_match_keys_are_shared_by_spellings_same_name_accepts() -> None:
    pairs = [("Tô Lâm", "To Lam"), ("Wang Xiao Hong", "Wang Xiaohong"), ("Sato Hiroshi", "Hiroshi Sato"),
             ("Mmamiloko T. Kubayi", "Mmamiloko Kubayi")]
    for a, b in pairs:
        assert same_name(a, b)
        assert match_keys(a) & match_keys(b), (a, b)


def test_slug_is_ascii_and_never_empty() -> None:
    assert slug("Tô Lâm") == "to-lam"
    assert slug("Ministry of Public Security") == "ministry-of-public-security"
    cjk = slug("王小洪")
    assert cjk.startswith("x") and len(cjk) == 11
    assert slug("王小洪") == cjk and slug("王毅") != cjk


def test_national_bodies_are_told_apart_by_country() -> None:
    ministry = "Ministry of Public Security"
    assert organization_node(ministry, "VNM") != organization_node(ministry, "CHN")
    assert organization_node("Interpol", None) == "org:interpol"


def test_party_is_a_country_or_an_organisation() -> None:
    assert party_node("Vietnam") == ("country:VNM", "VNM")
    assert party_node("Interpol") == ("org:interpol", None)


@pytest.mark.parametrize(("a", "b", "compatible"), [
    ("2022-10-17", "2024-09-12", False),
    ("2022", "2022-10-17", True),
    ("2022-10", "2022-10-17", True),
    (None, "2022-10-17", True),
    ("2021-03", "2022-03", False),
])
def test_dates_compatible(a: str | None, b: str | None, compatible: bool) -> None:
    assert dates_compatible(a, b) is compatible
