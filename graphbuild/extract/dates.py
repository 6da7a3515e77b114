"""Date expressions: find them in a sentence, resolve them against the publication date.

dateparser reads month names (in any language it knows); the rules here decide which
year a day belongs to, what "la veille" or "mardi dernier" means, and when the year
cannot be known (then the date is ``--MM-DD``, never a guessed year).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from graphbuild.lang import Language

__all__ = ["DateMention", "DateFinder", "date_finder", "shift", "as_date"]

# A day reported without its year lies at most this far after the publication date
# (an announced meeting); further than that, it is last year's.
_FUTURE_TOLERANCE = timedelta(days=62)
# A line longer than this is a sentence of the story, not where a page prints its date.
_PAGE_DATE_LINE_WORDS = 16
# Where a dateline ends at the latest, at the start of a lead ("Kinshasa, 06 sept. 2017 (ACP).-").
_DATELINE_CHARS = 40
_LONG_DATELINE_CHARS = 80
# How far from its end a long line (a headline) may print its day.
_CLOSING_DATE_CHARS = 20
_DATELINE_DASH = re.compile(r"\s(?:--|–|—|-)\s")
# A clock of the American kind beside a numeric date says it is written month first.
_AMERICAN_CLOCK = re.compile(r"\d\s*(?:AM|PM|a\.m\.|p\.m\.)\b|\b(?:EST|EDT|CST|CDT|PST|PDT)\b")


@dataclass(slots=True)
class DateMention:
    """One date expression in a sentence, as written, and what kind it is."""

    text: str
    start: int
    end: int
    kind: str  # "day", "range", "weekday", "relative", "deictic", "month", "year"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    past: bool = False
    offset: int = 0


@lru_cache(maxsize=256)
def _month_number(word: str, language: str) -> int | None:
    import dateparser

    parsed = dateparser.parse(f"1 {word} 2001", languages=[language], settings={"REQUIRE_PARTS": ["month"]})
    return parsed.month if parsed else None


@lru_cache(maxsize=64)
def _weekday_number(word: str, language: str) -> int | None:
    import dateparser

    # 2001-01-01 was a Monday: parse the weekday relative to it, in the article's language.
    parsed = dateparser.parse(word, languages=[language], settings={"RELATIVE_BASE": datetime(2001, 1, 8),
                                                                       "PREFER_DATES_FROM": "past"})
    return parsed.weekday() if parsed else None


def as_date(value: str | None) -> date | None:
    """A ``YYYY-MM-DD`` string as a date; other precisions give None."""
    if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return date.fromisoformat(value)
    return None


def shift(value: str | None, days: int) -> str | None:
    """A day moved by ``days``; works on ``--MM-DD`` too (in a non-leap year)."""
    if not value:
        return None
    if value.startswith("--"):
        moved = date(2001, int(value[2:4]), int(value[5:7])) + timedelta(days=days)
        return f"--{moved:%m-%d}"
    known = as_date(value)
    return (known + timedelta(days=days)).isoformat() if known else None


def _apostrophes(text: str) -> str:
    return text.replace("’", "'")


class DateFinder:
    """Finds date expressions of one language and resolves them."""

    def __init__(self, language: Language):
        self.language = language.code
        months = "|".join(sorted(map(re.escape, language.months), key=len, reverse=True))
        weekdays = "|".join(sorted(map(re.escape, language.weekdays), key=len, reverse=True))
        suffix = "|".join(map(re.escape, language.day_suffixes)) or "(?!)"
        joiners = "|".join(map(re.escape, language.range_joiners))
        openers = "|".join(map(re.escape, language.range_openers))
        past = "|".join(map(re.escape, language.past_markers))
        day = rf"(?P<{{n}}>[0-3]?\d)(?:{suffix})?"
        # "vendredi matin 20 septembre", "Friday morning, September 20": the part of the day between
        parts = "|".join(map(re.escape, language.day_parts)) or "(?!)"
        weekday = rf"(?:\b(?P<wd>{weekdays})(?:\s+(?:{parts}))?,?\s+)?"
        self._range = re.compile(
            rf"\b(?:{openers})\s+(?:(?:{months})\s+)?{day.format(n='d1')}(?:\s+(?:{months}))?\s+(?:{joiners})\s+"
            rf"(?:(?:{months})\s+)?{day.format(n='d2')}(?:\s+(?:{months}))?\b", re.IGNORECASE)
        self._day_month = re.compile(
            # "le 19février": pages that lost their spaces glue the day to the month
            rf"{weekday}\b{day.format(n='day')}\s*(?P<month>{months})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
            re.IGNORECASE)
        self._month_day = re.compile(
            rf"{weekday}\b(?P<month>{months})\s+{day.format(n='day')}(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
            re.IGNORECASE)
        self._month_year = re.compile(rf"\b(?P<month>{months})\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
        self._year = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
        # "mardi dernier" / "last Tuesday": the past marker stands after or before the weekday
        self._weekday = re.compile(rf"(?:\b(?P<pre>{past})\s+)?\b(?P<wd>{weekdays})\b(?:\s+(?P<past>{past}))?", re.IGNORECASE)
        # One pattern for every relative day ("la veille", "le lendemain"), longest first; the
        # words matched find their offset.
        self._relative_offsets = {_apostrophes(k.lower()): v for k, v in language.relative_days.items()}
        relative = "|".join(re.escape(k).replace("\\'", "['’]").replace("'", "['’]")
                            for k in sorted(language.relative_days, key=len, reverse=True))
        self._relative = re.compile(rf"(?<![\w])(?:{relative})(?![\w])", re.IGNORECASE) if relative else None
        self._past_after = re.compile(rf"^\s+(?:{past})\b", re.IGNORECASE)
        self._deictic_offsets = {_apostrophes(k.lower()): v for k, v in language.deictic_days.items()}
        deictic = "|".join(re.escape(k).replace("\\'", "['’]").replace("'", "['’]")
                           for k in sorted(language.deictic_days, key=len, reverse=True))
        self._deictic = re.compile(rf"(?<![\w-])(?:{deictic})(?![\w-])", re.IGNORECASE)
        # most sentences hold no date at all: one look for a digit or a date word spares the rest
        self._any_date = re.compile("|".join(
            [r"\d", months, weekdays, deictic] + ([relative] if relative else [])), re.IGNORECASE)
        # a page's own date, as sites print it: "June, 11 2019", "05/08/2015 09:33", "2019-06-11"
        # with its day and year, a month's first three letters are no one's name ("Mar 05, 2016 / 18:53")
        printed_months = "|".join(sorted({*map(re.escape, language.months), *(m[:3] for m in language.months if len(m) > 3)},
                                         key=len, reverse=True))
        self._printed_month_day = re.compile(
            rf"\b(?P<month>{printed_months}),?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b",
            re.IGNORECASE)
        self._printed_numeric = re.compile(
            # "03 / 13 / 2011", "2011.03.12 - 13:55:59": spaced slashes and dotted years first too
            r"(?<![\d/.-])(?:(?P<day>[0-3]?\d) ?[/.] ?(?P<month>[01]?\d) ?[/.] ?(?P<year>(?:19|20)\d\d)"
            r"|(?P<iso_year>(?:19|20)\d\d)(?P<iso_sep>[-./])(?P<iso_month>[01]\d)(?P=iso_sep)(?P<iso_day>[0-3]\d))(?![\d/.-])")

    def find(self, text: str) -> list[DateMention]:
        """Every date expression in ``text``, in order, without overlaps (longest first)."""
        if not self._any_date.search(text):
            return []
        found: list[DateMention] = []
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return all(end <= a or start >= b for a, b in taken)

        def add(mention: DateMention) -> None:
            if free(mention.start, mention.end):
                found.append(mention)
                taken.append((mention.start, mention.end))

        for m in self._range.finditer(text):
            add(DateMention(m.group(0), m.start(), m.end(), "range"))
        for pattern in (self._day_month, self._month_day):
            for m in pattern.finditer(text):
                month = _month_number(m.group("month").lower(), self.language)
                day_number = int(m.group("day"))
                if month and 1 <= day_number <= 31:
                    year = int(m.group("year")) if m.group("year") else None
                    add(DateMention(m.group(0), m.start(), m.end(), "day", day=day_number, month=month, year=year))
        for m in self._month_year.finditer(text):
            month = _month_number(m.group("month").lower(), self.language)
            if month:
                add(DateMention(m.group(0), m.start(), m.end(), "month", month=month, year=int(m.group("year"))))
        if self._relative:
            for m in self._relative.finditer(text):
                offset = self._relative_offsets[_apostrophes(m.group(0).lower())]
                add(DateMention(m.group(0), m.start(), m.end(), "relative", offset=offset))
        for m in self._deictic.finditer(text):
            add(DateMention(m.group(0), m.start(), m.end(), "deictic", offset=self._deictic_offsets[_apostrophes(m.group(0).lower())]))
        if self._weekday:
            for m in self._weekday.finditer(text):
                number = _weekday_number(m.group("wd").lower(), self.language)
                if number is not None:
                    add(DateMention(m.group(0), m.start(), m.end(), "weekday", weekday=number, past=bool(m.group("past") or m.group("pre"))))
        for m in self._year.finditer(text):
            add(DateMention(m.group(0), m.start(), m.end(), "year", year=int(m.group("year"))))
        return sorted(found, key=lambda d: d.start)

    def page_date(self, lines: list[str]) -> str | None:
        """The date a page prints as its own in its first lines, ``YYYY-MM-DD``, or None.

        Sites print it on a line of its own or beside the headline, byline or time ("June, 11
        2019", "05/08/2015 09:33 GMT+7", "Xinhua) 09:57, April 19, 2023", "… to Perth, 26
        October 2011"); a full sentence of the story may recall an older day, so only short
        lines count, and the dateline at the start of a lead ("Kinshasa, 06 sept. 2017 (ACP).-").
        """
        # a page that prints an American clock anywhere in its head writes its numeric dates month first
        american = any(_AMERICAN_CLOCK.search(line) for line in lines)
        for line in lines:
            if len(line.split()) > _PAGE_DATE_LINE_WORDS:
                # a lead's own dateline may carry it: "Kinshasa, 06 sept. 2017 (ACP).- La situation …"
                # or a longer one its dash closes: "Jeddah, Dhu-AlHijjah 7, 1435, Oct 1, 2014, SPA -- Upon …"
                # and a headline (no stop at its end) may close on its day: "Visit of Minister … to Perth, 26 October 2011"
                dash = _DATELINE_DASH.search(line, 0, _LONG_DATELINE_CHARS)
                closing = line[-_CLOSING_DATE_CHARS:] if line.rstrip()[-1:].isdigit() else ""
                line = line[:dash.start()] if dash else f"{line[:_DATELINE_CHARS]} … {closing}"
            for pattern in (self._printed_numeric, self._printed_month_day, self._day_month):
                for m in pattern.finditer(line):
                    groups = m.groupdict()
                    if groups.get("iso_year"):
                        year, month, day = int(groups["iso_year"]), int(groups["iso_month"]), int(groups["iso_day"])
                    elif not groups.get("year"):
                        continue
                    else:
                        year, day = int(groups["year"]), int(groups["day"])
                        month_text = groups["month"]
                        month = int(month_text) if month_text.isdigit() else _month_number(month_text.lower(), self.language)
                    if month and day <= 12 and (month > 12 or (pattern is self._printed_numeric and american)):
                        month, day = day, month  # "04/19/2023", "01/08/2022 08:01 PM EST": an American page
                    value = _safe_iso(year, month, day) if month else None
                    if value:
                        return value
        return None

    def meeting_date(self, text: str, cues: list[tuple[int, int]] = ()) -> DateMention | None:
        """The expression that dates the encounter a sentence reports.

        The one nearest the meeting cue wins ("… Fiona Kerr, in Edinburgh on Thursday,
        before wrapping up the visit on March 7" is dated Thursday); on a tie a day beats a
        weekday, which beats a relative day. A range ("du 8 au 12 août") is the length of a
        visit, not the day of a meeting, unless nothing else is given.
        """
        priority = {"day": 0, "weekday": 1, "relative": 2, "deictic": 2}
        mentions = [m for m in self.find(text) if m.kind in priority]
        if not mentions:
            return next((m for m in self.find(text) if m.kind == "range"), None)

        def distance(mention: DateMention) -> int:
            if not cues:
                return 0
            return min(max(a - mention.end, mention.start - b, 0) for a, b in cues)

        return min(mentions, key=lambda m: (distance(m), priority[m.kind], m.start))

    @staticmethod
    def resolve(mention: DateMention | None, published: str | None, current: str | None,
                *, future: bool = False) -> str | None:
        """The date a mention denotes, as precise as can be known.

        ``published`` is the article's date (``YYYY-MM-DD``, ``YYYY-MM`` or None) and
        ``current`` the day the narrative last set, for "la veille", "le même jour".
        ``future``: the sentence announces something to come, so a weekday lies after
        the publication day ("doit être reçu vendredi").
        """
        if mention is None:
            return None
        if published and not _valid_published(published):
            published = None  # "2024-13-45" dates nothing; the ingest reports such a file
        if mention.kind == "relative":
            return shift(current, mention.offset)
        if mention.kind == "deictic":
            return shift(published, mention.offset) if as_date(published) else None
        if mention.kind in ("range",):
            return None
        if mention.kind == "month":
            return f"{mention.year:04d}-{mention.month:02d}"
        if mention.kind == "year":
            return f"{mention.year:04d}"
        if mention.kind == "weekday":
            # reported days lie on or before the publication day; without a full
            # publication date, the story moves forward from the day last reported
            anchor = as_date(published)
            if anchor is not None and future:
                return (anchor + timedelta(days=(mention.weekday - anchor.weekday()) % 7 or 7)).isoformat()
            if anchor is not None:
                back = (anchor.weekday() - mention.weekday) % 7
                if back == 0 and mention.past:
                    back = 7
                return (anchor - timedelta(days=back)).isoformat()
            last = as_date(current)
            if last is None or mention.past:
                return None
            return (last + timedelta(days=(mention.weekday - last.weekday()) % 7)).isoformat()
        # a day and a month
        if mention.year:
            return _safe_iso(mention.year, mention.month, mention.day)
        if not published:
            return f"--{mention.month:02d}-{mention.day:02d}"
        year = int(published[:4])
        if len(published) >= 10:
            latest = date.fromisoformat(published[:10])
        elif len(published) >= 7:
            month = int(published[5:7])
            latest = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        else:
            latest = date(year, 12, 31)
        candidate = _safe_date(year, mention.month, mention.day)
        if candidate and candidate > latest + _FUTURE_TOLERANCE:
            year -= 1
        return _safe_iso(year, mention.month, mention.day)


def _valid_published(value: str) -> bool:
    """A publication date of the shapes ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` that exists."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return False
    year, month, day = int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1)
    return _safe_date(year, month, day) is not None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _safe_iso(year: int, month: int, day: int) -> str | None:
    value = _safe_date(year, month, day)
    return value.isoformat() if value else None


_FINDERS: dict[str, DateFinder] = {}


def date_finder(language: Language) -> DateFinder:
    """The date finder of a language, built once."""
    if language.code not in _FINDERS:
        _FINDERS[language.code] = DateFinder(language)
    return _FINDERS[language.code]
