"""Snapshot file names: what the view holds, and one extension per format that no other format shares."""
from __future__ import annotations

import pytest

from graphbuild.export import FORMATS, snapshot_name, snapshot_stem
from graphbuild.graph import ViewFilter


def test_the_stem_names_countries_in_their_order_and_the_period() -> None:
    assert snapshot_stem(ViewFilter()) == "ties_all"
    view = ViewFilter(countries=("VNM", "country:pol"), date_from="2025-01", date_to="2025-12")
    assert snapshot_stem(view) == "ties_VNM-POL_2025-01_2025-12"
    assert snapshot_stem(ViewFilter(date_to="2024")) == "ties_all_start_2024"


def test_the_stem_names_focus_search_and_other_filters_as_plain_ascii() -> None:
    view = ViewFilter(focus="person:to-lam", radius=2, search="Tô Lâm", topics=("cyber crime", "drugs"),
                      statuses=("to_be_signed",), kinds=("person", "meeting"))
    stem = snapshot_stem(view, focus_label="Tô Lâm")
    assert stem == "ties_all_around-to-lam-r2_search-to-lam_cyber-crime-drugs_to-be-signed_person-meeting"
    assert snapshot_stem(view).startswith("ties_all_around-person-to-lam-r2")  # no label: the id
    assert snapshot_stem(ViewFilter(search="<img src=x>/../..")) == "ties_all_search-img-src-x"


def test_every_format_gets_a_name_of_its_own() -> None:
    view = ViewFilter(countries=("VNM",))
    names = {fmt: snapshot_name(view, fmt) for fmt in FORMATS}
    assert names["gexf"] == "ties_VNM.gexf" and names["json"] == "ties_VNM.json"
    assert names["csv"] == "ties_VNM.csv.zip" and names["meetings-json"] == "ties_VNM.meetings.json"
    assert len(set(names.values())) == len(FORMATS)
    assert all(name.endswith(FORMATS[fmt].extension) for fmt, name in names.items())
    assert snapshot_name(ViewFilter(focus="country:VNM"), "html", focus_label="Vietnam") == \
        "ties_all_around-vietnam-r1.html"


def test_an_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown export format 'pdf'"):
        snapshot_name(ViewFilter(), "pdf")
