"""Typed records passed between the stages (ingest → extract → resolve → store → graph).

Each record turns into the JSON shape of ``shared/corpus/README.md`` with ``to_dict`` and
back with ``from_dict``; nothing downstream assembles that shape by hand.

Dates are strings whose length says their precision: ``YYYY-MM-DD``, ``YYYY-MM``,
``YYYY``, or ``--MM-DD`` when the day is known but the year is not.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

__all__ = ["Article", "Evidence", "Participant", "Meeting", "Agreement", "Extraction", "Failure"]


def _drop_empty_flags(data: dict[str, Any], flags: tuple[str, ...]) -> dict[str, Any]:
    """Optional boolean/None flags are left out of the JSON when unset, as in the gold files."""
    return {k: v for k, v in data.items() if k not in flags or v}


@dataclass(slots=True)
class Article:
    """One article as read from disk: its text and what is known about it before extraction."""

    source: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain dict of every field."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        """Inverse of ``to_dict``; unknown keys are ignored."""
        return cls(**{f.name: data.get(f.name) for f in fields(cls) if f.name in data})


@dataclass(slots=True)
class Evidence:
    """The sentence that supports a fact, with its character offsets in the article text."""

    sentence: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        """``{"sentence", "start", "end"}``."""
        return {"sentence": self.sentence, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Evidence":
        """Inverse of ``to_dict``."""
        return cls(sentence=data["sentence"], start=int(data["start"]), end=int(data["end"]))


def _evidence_fields(evidence: Evidence | None) -> dict[str, Any]:
    if evidence is None:
        return {"evidence": None, "evidence_span": None}
    return {"evidence": evidence.sentence, "evidence_span": [evidence.start, evidence.end]}


def _evidence_from(data: dict[str, Any]) -> Evidence | None:
    sentence, span = data.get("evidence"), data.get("evidence_span")
    if sentence is None:
        return None
    start, end = span if span else (-1, -1)
    return Evidence(sentence, int(start), int(end))


@dataclass(slots=True)
class Participant:
    """A named person in a meeting, without rank or honorific."""

    name: str
    aliases: list[str] = field(default_factory=list)
    title: str | None = None
    organization: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The corpus shape of a participant."""
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "title": self.title,
            "organization": self.organization,
            "country": self.country,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Participant":
        """Inverse of ``to_dict``."""
        return cls(
            name=data["name"],
            aliases=list(data.get("aliases") or []),
            title=data.get("title"),
            organization=data.get("organization"),
            country=data.get("country"),
        )


_MEETING_FLAGS = ("teaser", "planned", "multilateral", "event_type", "date_text")


@dataclass(slots=True)
class Meeting:
    """One encounter (in person, by phone or video) between named participants."""

    date: str | None
    place: str | None
    participants: list[Participant]
    evidence: Evidence | None = None
    date_text: str | None = None
    topics: list[str] = field(default_factory=list)
    event_type: str | None = None  # "call" for phone and video calls
    multilateral: bool = False
    teaser: bool = False
    planned: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The corpus shape of a meeting, evidence offsets in ``evidence_span``."""
        data = {
            "date": self.date,
            "date_text": self.date_text,
            "place": self.place,
            "participants": [p.to_dict() for p in self.participants],
            "topics": list(self.topics),
            **_evidence_fields(self.evidence),
            "event_type": self.event_type,
            "multilateral": self.multilateral,
            "teaser": self.teaser,
            "planned": self.planned,
        }
        return _drop_empty_flags(data, _MEETING_FLAGS)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Meeting":
        """Inverse of ``to_dict``."""
        return cls(
            date=data.get("date"),
            place=data.get("place"),
            participants=[Participant.from_dict(p) for p in data.get("participants", [])],
            evidence=_evidence_from(data),
            date_text=data.get("date_text"),
            topics=list(data.get("topics") or []),
            event_type=data.get("event_type"),
            multilateral=bool(data.get("multilateral")),
            teaser=bool(data.get("teaser")),
            planned=bool(data.get("planned")),
        )


@dataclass(slots=True)
class Agreement:
    """An instrument (MoU, agreement, treaty, convention, plan, protocol) and its status."""

    name: str
    kind: str
    status: str
    parties: list[str]
    date: str | None = None
    topics: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    mention_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The corpus shape of an agreement, evidence offsets in ``evidence_span``."""
        data = {
            "name": self.name,
            "kind": self.kind,
            "status": self.status,
            "date": self.date,
            "parties": list(self.parties),
            "topics": list(self.topics),
            **_evidence_fields(self.evidence),
            "mention_only": self.mention_only,
        }
        return _drop_empty_flags(data, ("mention_only",))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Agreement":
        """Inverse of ``to_dict``."""
        return cls(
            name=data["name"],
            kind=data["kind"],
            status=data["status"],
            parties=list(data.get("parties") or []),
            date=data.get("date"),
            topics=list(data.get("topics") or []),
            evidence=_evidence_from(data),
            mention_only=bool(data.get("mention_only")),
        )


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article: the unit the CLI prints and the store keeps."""

    source: str
    language: str
    published: str | None
    meetings: list[Meeting] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """The per-article object of ``graphbuild extract --json``."""
        return {
            "source": self.source,
            "language": self.language,
            "published": self.published,
            "meetings": [m.to_dict() for m in self.meetings],
            "agreements": [a.to_dict() for a in self.agreements],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Extraction":
        """Inverse of ``to_dict``."""
        return cls(
            source=data["source"],
            language=data.get("language") or "fr",
            published=data.get("published"),
            meetings=[Meeting.from_dict(m) for m in data.get("meetings", [])],
            agreements=[Agreement.from_dict(a) for a in data.get("agreements", [])],
        )


@dataclass(slots=True)
class Failure:
    """An input that could not be read or extracted, and why, in words a user can act on."""

    source: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """``{"source", "reason"}``."""
        return {"source": self.source, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Failure":
        """Inverse of ``to_dict``."""
        return cls(source=data["source"], reason=data["reason"])
