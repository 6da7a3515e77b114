from __future__ import annotations

import pytest

from graphbuild.extract.dates import date_finder, shift
from graphbuild.lang import load_language


@pytest.fixture(scope="module")
def fr():
    return date_finder(load_language("fr"))


@pytest.fixture(scope="module")
def en():
    return date_finder(load_language("en"))


@pytest.mark.parametrize("text, published, current, expected", [
    ("a reçu le 27 octobre à Hanoï", "2025-10-27", None, "2025-10-27"),
    ("s'est entretenu jeudi 16 novembre à Hanoi", "2023-11", None, "2023-11-16"),
    ("a reçu le 27 octobre", None, None, "--10-27"),
    ("a reçu le 28 décembre", "2024-01-05", None, "2023-12-28"),  # last year's December
    ("a eu mercredi une séance de travail", "2022-08-10", None, "2022-08-10"),  # the publication day itself
    ("a rencontré mardi à Hanoï", "2023-08-23", None, "2023-08-22"),
    ("s'est entretenu mardi dernier par téléphone", None, None, None),  # unknowable
    ("La veille, il avait rencontré", "2023-05", "2023-05-17", "2023-05-16"),
    ("Le lendemain, il a rencontré", None, "--11-05", "--11-06"),
    ("Le même jour, il a reçu", None, "--10-26", "--10-26"),
    ("les 5 et 6 novembre à Da Nang", None, None, None),  # a span of days dates no single meeting
    ("signé le 15 septembre 2023 à Brasilia", "2024-02-20", None, "2023-09-15"),
])
def test_french_meeting_dates(fr, text, published, current, expected):
    assert fr.resolve(fr.meeting_date(text), published, current) == expected


@pytest.mark.parametrize("text, published, current, expected", [
    ("in Hanoi on March 6", None, None, "--03-06"),
    ("in Canberra on Tuesday, as part of his visit from April 15 to 19", "2024-04-17", None, "2024-04-16"),
    ("On Tuesday, he held talks with", "2025-03", "2025-03-03", "2025-03-04"),  # forward from the day reported
    ("Later the same day, Quang received", "2025-08-22", "2025-08-21", "2025-08-21"),
])
def test_english_meeting_dates(en, text, published, current, expected):
    assert en.resolve(en.meeting_date(text), published, current) == expected


@pytest.mark.parametrize("language, text, cue", [
    ("fr", "Le ministre a reçu ce vendredi matin 20 septembre les ambassadeurs", "a reçu"),
    ("en", "The minister received on Friday morning, September 20, the envoys", "received"),
])
def test_a_part_of_the_day_between_a_weekday_and_its_date(request, language, text, cue):
    finder = request.getfixturevalue(language)
    start = text.index(cue)
    # the weekday stands nearest the cue, yet the day it opens is the date
    assert finder.resolve(finder.meeting_date(text, [(start, start + len(cue))]), None, None) == "--09-20"


def test_the_date_nearest_the_meeting_cue_wins(en):
    text = "is scheduled to meet Fiona Kerr in Edinburgh on Thursday, before wrapping up the visit on March 7."
    cue = text.index("scheduled")
    mention = en.meeting_date(text, [(cue, cue + 20)])
    assert mention.kind == "weekday"


def test_shift_crosses_month_ends_without_a_year():
    assert shift("--02-28", 1) == "--03-01"
    assert shift("2024-02-28", 1) == "2024-02-29"
    assert shift(None, 1) is None


@pytest.mark.parametrize("lines, expected", [
    (["Ministry of Public Security Portal", "Minister To Lam receives international guests", "June, 11 2019"], "2019-06-11"),
    (["05/08/2015 09:33 GMT+7 Email Print Like 0", "Ouverture de la 35e conférence"], "2015-08-05"),
    (["Xinhua) 09:57, April 19, 2023"], "2023-04-19"),
    (["By VnExpress   May 22, 2016 | 08:33 pm PT"], "2016-05-22"),
    (["MFA Press Statement: Visit of the Minister to Perth, Australia, 26 October 2011"], "2011-10-26"),
    (["Mis à jour le 2019-06-11 à 10h"], "2019-06-11"),
    (["Mar 05, 2016 / 18:53"], "2016-03-05"),
    (["Secretary's Call with the Foreign Minister", "01/08/2022 08:01 PM EST"], "2022-01-08"),
    # the date printed alone first, the American clock on a later line of the head
    (["Secretary's Call with the Foreign Minister", "01/08/2022", "01/08/2022 08:01 PM EST"], "2022-01-08"),
    (["Tuesday, 12/09/2023 | 09:00:00 [GMT +7]"], "2023-09-12"),
    (["- Submitted by: manso", "- 03 / 13 / 2011"], "2011-03-13"),  # spaced slashes, the month first
    (["2011.03.12 - 13:55:59 / radiorebelde."], "2011-03-12"),
    # a long dateline its dash closes, the lead's own story after it
    (["Jeddah, Dhu-AlHijjah 7, 1435, Oct 1, 2014, SPA -- Upon directives of the leaders, the ministers held "
      "here today an emergency meeting to discuss the events of 12 March 2013."], "2014-10-01"),
    # a dateline closed by a spaced hyphen
    (["Bandar Seri Begawan, Thursday, 19 October 2023 - His Excellency the Speaker of the Legislative Council "
      "today received three courtesy calls from the foreign diplomatic missions to the country."], "2023-10-19"),
    # a long headline closing on its day
    (["MFA Press Statement: Visit of Minister for Foreign Affairs and Minister for Law K Shanmugam to Perth, "
      "Australia, 26 October 2011"], "2011-10-26"),
])
def test_the_date_a_page_prints_as_its_own(en, fr, lines, expected):
    finder = fr if any("é" in line or " le " in line for line in lines) else en
    assert finder.page_date(lines) == expected


def test_a_story_sentence_does_not_date_the_page(en):
    lead = ("The two ministers recalled the agreement on mutual legal assistance signed in Hanoi on 12 March 2015 "
            "and agreed to speed up the negotiation of a treaty on extradition.")
    assert en.page_date([lead]) is None
    # a long sentence of the story ends on an older day: it closes with its stop, not as a headline does
    assert en.page_date(["High Commissioner Glekin is the 16th accredited since diplomatic relations between the two "
                         "countries were established on 29th June 1976."]) is None
    assert en.page_date(["Hanoi, 31/02/2019"]) is None  # no such day


@pytest.mark.parametrize("finder, text, published, expected", [
    ("en", "Prime Minister Anwar Ibrahim today received a courtesy call from", "2023-07-10", "2023-07-10"),
    ("en", "The two ministers met yesterday in Moscow", "2017-12-27", "2017-12-26"),
    ("fr", "Le ministre a reçu hier l'ambassadeur", "2024-03-15", "2024-03-14"),
    ("fr", "Le ministre a reçu hier l'ambassadeur", "2024-03", None),  # no day to count from
    ("en", "in Hanoi on Nov. 22", None, "--11-22"),
])
def test_days_counted_from_the_publication_day(request, finder, text, published, expected):
    dates = request.getfixturevalue(finder)
    assert dates.resolve(dates.meeting_date(text), published, "2001-01-01") == expected
