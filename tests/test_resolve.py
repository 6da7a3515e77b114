from __future__ import annotations

import pytest

from graphbuild.resolve import country_code, country_name, fold, same_name, same_person


@pytest.mark.parametrize("a, b", [
    ("Tô Lâm", "To Lam"), ("Ali Naghiyev", "Ali Nagiyev"), ("Meng Qingfeng", "Meng Qinfeng"),
    ("Wang Xiao Hong", "Wang Xiaohong"), ("Sato Hiroshi", "Hiroshi Sato"),
    ("Mmamiloko T. Kubayi", "Mmamiloko Kubayi"), ("Yao Kouassi Albert", "Albert Yao Kouassi"),
    ("Hồ Văn Thành", "Ho Van Thanh"), ("Đặng Hồng Phúc", "Dang Hong Phuc"),
])
def test_spellings_of_one_person_match(a, b):
    assert same_name(a, b)


@pytest.mark.parametrize("a, b", [
    ("Nguyen Van Long", "Nguyen Van Lam"), ("Luong Tam Quang", "Tran Dai Quang"),
    ("Le Quoc Hung", "Le Van Tuyen"), ("Han Mi-sook", "Han Duck-soo"),
])
def test_different_people_stay_apart(a, b):
    assert not same_name(a, b)


def test_country_guards_identity():
    assert same_person("Kim Jae-won", "Kim Jae Won", "South Korea", "KOR")
    assert not same_person("Kim Jae-won", "Kim Jae Won", "South Korea", "North Korea")


def test_country_names_and_codes():
    assert country_code("Vietnam") == "VNM" and country_code("Viet Nam") == "VNM"
    assert country_code("Côte d'Ivoire") == "CIV" and country_code("South Korea") == "KOR"
    assert country_code("Interpol") is None
    assert country_name("VNM") == "Vietnam"
    assert fold("L’ONUDC, Hà Nội") == "l'onudc ha noi"


def _term(name, country, start, end=None, aliases=(), office="foreign_minister"):
    from graphbuild.lang import OfficeTerm

    return OfficeTerm(name, tuple(aliases), office, country, start, end, "https://example.org")


def test_office_holders_are_recognised_by_any_spelling_in_their_years():
    from graphbuild.resolve import OfficeHolders

    holders = OfficeHolders([_term("Sergey Lavrov", "RUS", 2004, aliases=["Sergueï Lavrov"]),
                             _term("To Lam", "VNM", 2016, 2024, aliases=["Tô Lâm"], office="interior_minister"),
                             _term("Jurgen Stock", None, 2014, 2024, office="international")])
    assert holders.recognise("Sergueï Lavrov", 2022) == ("Sergueï Lavrov", "RUS")
    assert holders.recognise("Lam To", 2020) == ("Lam To", "VNM")  # name order
    assert holders.recognise("Premier Sergey Lavrov", None) == ("Sergey Lavrov", "RUS")  # a title left on the name
    assert holders.recognise("Jürgen Stock", 2023) == ("Jürgen Stock", None)  # an international body's head
    assert holders.recognise("To Lam", 2010) is None  # not in office then
    assert holders.recognise("Lavrov S.", 2022) is None  # one word and an initial names no one


def test_a_family_name_alone_denotes_the_holder_of_the_one_country_that_bears_it():
    from graphbuild.resolve import OfficeHolders

    holders = OfficeHolders([_term("Sergey Lavrov", "RUS", 2004), _term("Dmitry Medvedev", "RUS", 2008, 2012),
                             _term("Chee Hean Teo", "SGP", 2011, 2024),
                             _term("Hiroshi Tanaka", "JPN", 2010, 2012), _term("Ana Tanaka", "PER", 2018, 2020)])
    assert holders.recognise("Lavrov", 2022) == ("Lavrov", "RUS")
    assert holders.recognise("Medvedev", None) == ("Medvedev", "RUS")
    assert holders.recognise("Medvedev", 2015) is None  # no holder of that name then
    assert holders.recognise("Tanaka", None) is None  # two countries' holders bear it
    assert holders.recognise("Tanaka", 2011) == ("Tanaka", "JPN")
    assert holders.recognise("Teo", 2020) is None  # too short to stand for one person


def test_a_name_two_countries_share_is_left_unknown():
    from graphbuild.resolve import OfficeHolders

    holders = OfficeHolders([_term("Ahmed Ali", "EGY", 2010, 2015), _term("Ahmed Ali", "SDN", 2012, 2014)])
    assert holders.recognise("Ahmed Ali", 2013) is None
    assert holders.recognise("Ahmed Ali", 2011) == ("Ahmed Ali", "EGY")
