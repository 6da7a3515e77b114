"""What the store accepts: an extraction whose every field has the type and form the graph reads.

Extractions come from the extractor, but also from JSON files written by hand or by other
tools (``graphbuild ingest --extractions``). One malformed value (a month 13, a name that is
a number, a lone surrogate from a JSON ``\\ud800`` escape) would otherwise stop a whole
batch halfway, or be stored and break every later graph build. ``check_extraction``
refuses such an extraction with a message naming the field, before anything is written.
"""
from __future__ import annotations

import calendar
import re
from typing import Any

from graphbuild.records import Agreement, Evidence, Extraction, Meeting, Participant

__all__ = ["check_extraction", "check_date", "clean_text"]

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_YEARLESS = re.compile(r"^--(\d{2})-(\d{2})$")
_SURROGATE = re.compile("[\ud800-\udfff]")
# SQLite integers are signed 64-bit.
_MAX_OFFSET = 2**63 - 1


def clean_text(value: Any) -> Any:
    """``value`` with lone surrogates (from JSON ``\\udXXX`` escapes) replaced by U+FFFD, recursively."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [clean_text(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(key): clean_text(item) for key, item in value.items()}
    return value


def check_date(value: str) -> str:
    """``value`` if it is ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``--MM-DD`` naming a real day; else ValueError."""
    match = _DATE.match(value)
    if match:
        year, month, day = (int(part) if part else None for part in match.groups())
        if year and (month is None or 1 <= month <= 12) and (
                day is None or 1 <= day <= calendar.monthrange(year, month)[1]):
            return value
    match = _YEARLESS.match(value)
    if match:
        month, day = int(match.group(1)), int(match.group(2))
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]:  # 2000: a leap year
            return value
    raise ValueError(f"{value[:40]!r} is not a date (YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD)")


class _Checker:
    """Walks one extraction, naming each field by its path (``meetings[2].participants[0].name``)."""

    def text(self, where: str, value: Any, *, optional: bool = True, empty: bool = True) -> None:
        if value is None:
            if not optional:
                raise ValueError(f"{where} is missing")
            return
        if not isinstance(value, str):
            raise ValueError(f"{where} is {type(value).__name__}, not a string")
        if not empty and not value.strip():
            raise ValueError(f"{where} is empty")
        if _SURROGATE.search(value):
            raise ValueError(f"{where} holds a lone surrogate (\\ud800-\\udfff), not text")

    def texts(self, where: str, values: Any) -> None:
        if not isinstance(values, list):
            raise ValueError(f"{where} is {type(values).__name__}, not a list")
        for index, value in enumerate(values):
            self.text(f"{where}[{index}]", value, optional=False)

    def date(self, where: str, value: Any) -> None:
        self.text(where, value)
        if value:
            try:
                check_date(value)
            except ValueError as error:
                raise ValueError(f"{where}: {error}") from None

    def flag(self, where: str, value: Any) -> None:
        if not isinstance(value, bool):
            raise ValueError(f"{where} is {type(value).__name__}, not true or false")

    def evidence(self, where: str, evidence: Any) -> None:
        if evidence is None:
            return
        if not isinstance(evidence, Evidence):
            raise ValueError(f"{where} is {type(evidence).__name__}, not evidence")
        self.text(f"{where}.sentence", evidence.sentence, optional=False)
        for name in ("start", "end"):
            value = getattr(evidence, name)
            if isinstance(value, bool) or not isinstance(value, int) or not -1 <= value <= _MAX_OFFSET:
                raise ValueError(f"{where}.{name} is {value!r}, not a character offset")
        if evidence.start >= 0 and evidence.end < evidence.start:
            raise ValueError(f"{where} ends ({evidence.end}) before it starts ({evidence.start})")

    def participant(self, where: str, participant: Any) -> None:
        if not isinstance(participant, Participant):
            raise ValueError(f"{where} is {type(participant).__name__}, not a participant")
        self.text(f"{where}.name", participant.name, optional=False)
        self.texts(f"{where}.aliases", participant.aliases)
        for name in ("title", "organization", "country"):
            self.text(f"{where}.{name}", getattr(participant, name))

    def meeting(self, where: str, meeting: Any) -> None:
        if not isinstance(meeting, Meeting):
            raise ValueError(f"{where} is {type(meeting).__name__}, not a meeting")
        self.date(f"{where}.date", meeting.date)
        for name in ("date_text", "place", "event_type"):
            self.text(f"{where}.{name}", getattr(meeting, name))
        if not isinstance(meeting.participants, list):
            raise ValueError(f"{where}.participants is {type(meeting.participants).__name__}, not a list")
        for index, participant in enumerate(meeting.participants):
            self.participant(f"{where}.participants[{index}]", participant)
        self.texts(f"{where}.topics", meeting.topics)
        self.evidence(f"{where}.evidence", meeting.evidence)
        for name in ("multilateral", "teaser", "planned"):
            self.flag(f"{where}.{name}", getattr(meeting, name))

    def agreement(self, where: str, agreement: Any) -> None:
        if not isinstance(agreement, Agreement):
            raise ValueError(f"{where} is {type(agreement).__name__}, not an agreement")
        for name in ("name", "kind", "status"):
            self.text(f"{where}.{name}", getattr(agreement, name), optional=False, empty=False)
        self.texts(f"{where}.parties", agreement.parties)
        self.date(f"{where}.date", agreement.date)
        self.texts(f"{where}.topics", agreement.topics)
        self.evidence(f"{where}.evidence", agreement.evidence)
        self.flag(f"{where}.mention_only", agreement.mention_only)


def check_extraction(extraction: Extraction) -> Extraction:
    """``extraction`` itself when the store can hold it; ValueError naming the first bad field otherwise."""
    checker = _Checker()
    checker.text("source", extraction.source, optional=False, empty=False)
    checker.text("language", extraction.language)
    checker.date("published", extraction.published)
    for name, check in (("meetings", checker.meeting), ("agreements", checker.agreement)):
        items = getattr(extraction, name)
        if not isinstance(items, list):
            raise ValueError(f"{name} is {type(items).__name__}, not a list")
        for index, item in enumerate(items):
            check(f"{name}[{index}]", item)
    return extraction
