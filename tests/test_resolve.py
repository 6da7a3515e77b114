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
