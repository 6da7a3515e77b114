"""Filling the store: articles or extractions in, one transaction per article, a summary out."""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tqdm import tqdm

from graphbuild.model import ModelError
from graphbuild.records import Article, Extraction, Failure
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


def ingest_extractions(store: Store, extractions: Iterable[Extraction], *, progress: bool = False) -> IngestSummary:
    """Store extractions that were produced elsewhere (``graphbuild extract --json``, gold files)."""
    summary = IngestSummary()
    for extraction in _progress(extractions, progress, "ingest"):
        summary.read += 1
        summary.record(store.save_article(extraction, content_hash=extraction_hash(extraction)))
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
        digest = article_hash(item)
        # Checked before extracting, which is the slow part; checked again inside the write
        # transaction in case another process stored it meanwhile.
        if store.content_hash(item.source) == digest:
            summary.unchanged += 1
            continue
        result = _extract_one(extract, item)
        if isinstance(result, Failure):
            summary.failures.append(result)
            continue
        summary.record(store.save_article(result, content_hash=digest, article=item))
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
            store.save_article(stored, content_hash=extraction_hash(stored), force=True)
            summary.unchanged += 1
            continue
        result = _extract_one(extract, article)
        if isinstance(result, Failure):
            summary.failures.append(result)
            continue
        store.save_article(result, content_hash=article_hash(article), article=article, force=True)
        summary.record("unchanged" if result.to_dict() == stored.to_dict() else "changed")
    return _finish(store, summary)


def load_extractions(store: Store) -> list[Extraction]:
    """Every stored extraction, in ingestion order."""
    return store.load_extractions()
