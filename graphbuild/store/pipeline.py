"""Filling the store: articles or extractions in, one transaction per article, a summary out."""
from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from graphbuild.model import ModelError
from graphbuild.records import Article, Extraction, Failure
from graphbuild.store.checks import check_extraction
from graphbuild.store.database import Store, article_hash, extraction_hash

__all__ = ["Extractor", "IngestSummary", "ingest_extractions", "ingest_paths", "rebuild", "load_extractions"]

#: What ``graphbuild.extract.extract_articles`` is: articles in, one extraction per article out.
Extractor = Callable[[Iterable[Article]], Iterable["Extraction | Failure"]]


@dataclass(slots=True)
class IngestSummary:
    """What an ingest or rebuild did, and what the store holds afterwards."""

    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    meetings: int = 0
    people: int = 0
    agreements: int = 0

    @property
    def failed(self) -> int:
        """Number of inputs that could not be read, extracted or stored."""
        return len(self.failures)

    def record(self, status: str) -> None:
        """Count one stored article by its status (``new``, ``changed``, ``unchanged``)."""
        setattr(self, status, getattr(self, status) + 1)

    def to_dict(self) -> dict[str, Any]:
        """Plain dict, failures as ``{"source", "reason"}``."""
        return {
            "read": self.read, "new": self.new, "changed": self.changed, "unchanged": self.unchanged,
            "failed": self.failed, "failures": [f.to_dict() for f in self.failures],
            "meetings": self.meetings, "people": self.people, "agreements": self.agreements,
        }

    def lines(self) -> list[str]:
        """The closing summary, one fact per line."""
        return [
            f"articles read: {self.read}, new: {self.new}, changed: {self.changed}, "
            f"unchanged: {self.unchanged}, failed: {self.failed}",
            f"store now holds: {self.meetings} meetings, {self.people} people, {self.agreements} agreements",
        ]


def _finish(store: Store, summary: IngestSummary) -> IngestSummary:
    counts = store.counts()
    summary.meetings, summary.people, summary.agreements = counts["meetings"], counts["people"], counts["agreements"]
    return summary


def _progress(items: Iterable, enabled: bool, description: str) -> Iterable:
    # On stderr so that a summary or JSON on stdout stays clean.
    return tqdm(items, disable=not enabled, desc=description, unit=" articles", file=sys.stderr, leave=False)


def _default_extractor() -> Extractor:
    from graphbuild.extract import extract_articles  # spaCy: loaded only when articles need extracting

    return extract_articles


def _extract_one(extract: Extractor, article: Article) -> Extraction | Failure:
    """Extract one article; any error becomes a ``Failure`` for that article alone."""
    try:
        results = list(extract([article]))
    except ModelError:
        raise  # the environment, not the article: every article would fail the same way
    except Exception as error:  # noqa: BLE001 - one bad article must not stop the others
        return Failure(article.source, f"extraction failed: {type(error).__name__}: {error}")
    for result in results:
        if isinstance(result, (Extraction, Failure)):
            return result
    return Failure(article.source, "the extractor returned nothing for this article")


# What one article's own values can make the store refuse. A locked, full or corrupt database
# is the environment's problem, the same for every article: it stops the run.
_ARTICLE_ERRORS = (ValueError, OverflowError, sqlite3.IntegrityError, sqlite3.InterfaceError)


def _save(store: Store, summary: IngestSummary, extraction: Extraction, *, article: Article | None = None,
          content_hash: str | None = None, force: bool = False) -> str | None:
    """Store one article and return its status (``new``, ``changed``, ``unchanged``).

    A value the store refuses fails this article alone: the failure goes into ``summary``
    and None is returned.
    """
    source = article.source if article is not None else getattr(extraction, "source", "?")
    try:
        check_extraction(extraction)  # before hashing: a lone surrogate cannot even be hashed
        status = store.save_article(extraction, content_hash=content_hash or extraction_hash(extraction),
                                    article=article, force=force)
    except _ARTICLE_ERRORS as error:
        summary.failures.append(Failure(str(source), f"cannot be stored: {error}"))
        return None
    return status


def ingest_extractions(store: Store, extractions: Iterable[Extraction], *, progress: bool = False) -> IngestSummary:
    """Store extractions that were produced elsewhere (``graphbuild extract --json``, gold files).

    An extraction with a malformed field (see ``graphbuild.store.checks``) is a failure of
    its own, named in the summary; the others are stored.
    """
    summary = IngestSummary()
    for extraction in _progress(extractions, progress, "ingest"):
        summary.read += 1
        status = _save(store, summary, extraction)
        if status:
            summary.record(status)
    return _finish(store, summary)


def ingest_paths(store: Store, paths: Iterable[str | Path], *, extract: Extractor | None = None,
                 progress: bool = True) -> IngestSummary:
    """Read, extract and store every article under ``paths``; unchanged articles are not re-extracted."""
    from graphbuild.ingest import iter_articles

    extract = extract or _default_extractor()
    summary = IngestSummary()
    for item in _progress(iter_articles(paths), progress, "ingest"):
        summary.read += 1
        if isinstance(item, Failure):
            summary.failures.append(item)
            continue
        try:
            digest = article_hash(item)
        except UnicodeEncodeError:
            summary.failures.append(Failure(item.source, "the article holds a lone surrogate, not text"))
            continue
        # Checked before extracting, which is the slow part; checked again inside the write
        # transaction in case another process stored it meanwhile.
        if store.content_hash(item.source) == digest:
            summary.unchanged += 1
            continue
        result = _extract_one(extract, item)
        if isinstance(result, Failure):
            summary.failures.append(result)
            continue
        status = _save(store, summary, result, article=item, content_hash=digest)
        if status:
            summary.record(status)
    return _finish(store, summary)


def rebuild(store: Store, *, extract: Extractor | None = None, progress: bool = True) -> IngestSummary:
    """Re-extract every stored article with the current extractor; overrides are kept.

    Articles stored from an extraction alone are re-stored from it, so that the identity
    rules of this version apply to them too. An article whose re-extraction fails keeps
    its previous facts.
    """
    extract = extract or _default_extractor()
    summary = IngestSummary()
    for article, stored in _progress(list(store.stored_articles()), progress, "rebuild"):
        summary.read += 1
        if article is None:
            if _save(store, summary, stored, force=True):
                summary.unchanged += 1
            continue
        result = _extract_one(extract, article)
        if isinstance(result, Failure):
            summary.failures.append(result)
            continue
        if _save(store, summary, result, article=article, content_hash=article_hash(article), force=True):
            summary.record("unchanged" if result.to_dict() == stored.to_dict() else "changed")
    return _finish(store, summary)


def load_extractions(store: Store) -> list[Extraction]:
    """Every stored extraction, in ingestion order."""
    return store.load_extractions()
