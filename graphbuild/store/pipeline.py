"""Filling the store: articles or extractions in, a summary out.

Articles are written one transaction each by default (what the app and a few articles
need), or in batches (``batch=N``: one transaction for up to N articles and at most
``BATCH_SECONDS`` of writing, what ``graphbuild ingest`` does): a batch is committed whole
or not at all, so a killed ingest leaves only complete articles, and loses at most the
batch it was writing. Extraction runs in an executor (``graphbuild.executor``: this
process, a process pool, or a Dask cluster) while this process writes the results in
input order, so that every executor fills the store identically.
"""
from __future__ import annotations

import sqlite3
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from graphbuild.executor import chunks
from graphbuild.records import Article, Extraction, Failure
from graphbuild.store.checks import check_extraction
from graphbuild.store.database import Store, article_hash, extraction_hash

if TYPE_CHECKING:
    from graphbuild.executor import Executor

__all__ = ["Extractor", "IngestSummary", "ingest_extractions", "ingest_paths", "ingest_articles", "rebuild",
           "load_extractions", "correct_published", "published_corrections", "undo_override",
           "BATCH_SECONDS"]

#: The longest a batch's transaction stays open writing; a kill during a batch loses at most this much work.
BATCH_SECONDS = 0.1

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


def _write(store: Store, summary: IngestSummary, items: Iterable[tuple], batch: int) -> None:
    """Store ``(extraction, article, content_hash)`` items in order, ``batch`` articles per transaction at most.

    A batch also ends after ``BATCH_SECONDS`` of writing, so that a killed process loses
    little and another writer never waits long for the lock. ``batch`` 1 is one plain
    transaction per article.
    """
    iterator = iter(items)
    if batch <= 1:
        for extraction, article, content_hash in iterator:
            status = _save(store, summary, extraction, article=article, content_hash=content_hash)
            if status:
                summary.record(status)
        return
    pending = next(iterator, None)
    while pending is not None:
        with store.batch():
            began, count = time.monotonic(), 0
            while pending is not None and count < batch and (count == 0 or time.monotonic() - began < BATCH_SECONDS):
                extraction, article, content_hash = pending
                status = _save(store, summary, extraction, article=article, content_hash=content_hash)
                if status:
                    summary.record(status)
                count += 1
                pending = next(iterator, None)


def ingest_extractions(store: Store, extractions: Iterable[Extraction], *, progress: bool = False,
                       batch: int = 1) -> IngestSummary:
    """Store extractions that were produced elsewhere (``graphbuild extract --json``, gold files).

    An extraction with a malformed field (see ``graphbuild.store.checks``) is a failure of
    its own, named in the summary; the others are stored. ``batch`` > 1 writes up to that
    many articles per transaction (see the module's docstring).
    """
    summary = IngestSummary()

    def counted() -> Iterator[tuple]:
        for extraction in _progress(extractions, progress, "ingest"):
            summary.read += 1
            yield extraction, None, None

    for chunk in chunks(counted(), max(batch, 1)):
        _write(store, summary, chunk, batch)
    return _finish(store, summary)


def ingest_paths(store: Store, paths: Iterable[str | Path], *, extract: Extractor | None = None,
                 progress: bool = True, batch: int = 1, executor: "Executor | None" = None) -> IngestSummary:
    """Read, extract and store every article under ``paths``; unchanged articles are not re-extracted.

    ``executor`` runs the extraction (default: this process; see ``graphbuild.executor``);
    ``extract`` instead calls that function once per article, an exception failing that
    article alone. Results are stored in input order, ``batch`` articles per transaction at most.
    """
    from graphbuild.ingest import iter_articles

    return ingest_articles(store, iter_articles(paths), extract=extract, progress=progress, batch=batch,
                           executor=executor)


def ingest_articles(store: Store, items: Iterable[Article | Failure], *, extract: Extractor | None = None,
                    progress: bool = True, batch: int = 1, executor: "Executor | None" = None) -> IngestSummary:
    """Extract and store articles read elsewhere (files, web pages); a ``Failure`` among them is counted.

    As ``ingest_paths``: an article stored already with the same content is not extracted again.
    """
    from graphbuild.executor import CallableExecutor, LocalExecutor

    if executor is None:
        executor = CallableExecutor(extract) if extract is not None else LocalExecutor(extract=_default_extractor())
    summary = IngestSummary()
    submitted: deque[tuple[Article, str]] = deque()
    corrections = published_corrections(store)

    def to_extract() -> Iterator[Article]:
        for item in _progress(items, progress, "ingest"):
            summary.read += 1
            if isinstance(item, Failure):
                summary.failures.append(item)
                continue
            item = _corrected(item, corrections)
            try:
                digest = article_hash(item)
            except UnicodeEncodeError:
                summary.failures.append(Failure(item.source, "the article holds a lone surrogate, not text"))
                continue
            # Checked before extracting, which is the slow part; checked again inside the write
            # transaction in case another process stored it meanwhile.
            if store.is_stored(item.source, digest):
                summary.unchanged += 1
                continue
            submitted.append((item, digest))
            yield item

    for results in executor.extract_chunks(to_extract()):
        items = []
        for result in results:
            article, digest = submitted.popleft()
            if isinstance(result, Failure):
                summary.failures.append(result)
                continue
            items.append((result, article, digest))
        _write(store, summary, items, batch)
    return _finish(store, summary)


def rebuild(store: Store, *, extract: Extractor | None = None, progress: bool = True) -> IngestSummary:
    """Re-extract every stored article with the current extractor; overrides are kept.

    Articles stored from an extraction alone are re-stored from it, so that the identity
    rules of this version apply to them too. An article whose re-extraction fails keeps
    its previous facts.
    """
    from graphbuild.executor import extract_one

    extract = extract or _default_extractor()
    summary = IngestSummary()
    corrections = published_corrections(store)
    for article, stored in _progress(list(store.stored_articles()), progress, "rebuild"):
        summary.read += 1
        if article is None:
            if _save(store, summary, stored, force=True):
                summary.unchanged += 1
            continue
        article = _corrected(article, corrections)
        result = extract_one(extract, article)
        if isinstance(result, Failure):
            summary.failures.append(result)
            continue
        if _save(store, summary, result, article=article, content_hash=article_hash(article), force=True):
            summary.record("unchanged" if result.to_dict() == stored.to_dict() else "changed")
    return _finish(store, summary)


def published_corrections(store: Store) -> dict[str, str]:
    """The publication dates corrected by ``set_published`` overrides, by article source (the latest wins)."""
    return {override.args["source"]: override.args["published"] for override in store.overrides()
            if override.action == "set_published"}


def _corrected(article: Article, corrections: dict[str, str]) -> Article:
    published = corrections.get(article.source)
    return article if published is None or published == article.published else replace(article, published=published)


def correct_published(store: Store, source: str, published: str, *, extract: Extractor | None = None) -> IngestSummary:
    """Record that the stored article ``source`` was published on ``published`` and re-extract it now.

    The correction is an override (``set_published``): ``rebuild`` and every later ingest of
    the file apply it again, and ``undo_override`` takes it back. Its meetings are dated anew
    from it ("le 26 octobre" gets its year). An article stored from its extraction alone has
    no text to re-read: the override is kept, and applies when the article is ingested from its file.
    """
    from graphbuild.ingest import check_published

    row = store.article(source)
    if row is None:
        raise ValueError(f"{source}: no such article in the store")
    published = check_published(published.strip())
    # The date the article had before any correction, so that undoing every correction restores it.
    earlier = [o.args for o in store.overrides() if o.action == "set_published" and o.args.get("source") == source]
    original = earlier[0].get("original", row["published"]) if earlier else row["published"]
    store.add_override("set_published", {"source": source, "published": published, "original": original})
    return _reread(store, row, published, extract)


def undo_override(store: Store, override_id: int, *, extract: Extractor | None = None) -> bool:
    """Forget an override (False if there is none with this id); its effect goes with it.

    The graph's overrides (merge, set_country, rename, hide) apply at the next build. A
    ``set_published`` changed the stored article itself: it is read again with the date that
    applies without it (an earlier correction, else the date it had before any).
    """
    removed = next((o for o in store.overrides() if o.id == override_id), None)
    if removed is None or not store.remove_override(override_id):
        return False
    if removed.action == "set_published":
        source = removed.args.get("source")
        row = store.article(source) if source else None
        if row is not None and "original" in removed.args:
            published = published_corrections(store).get(source, removed.args["original"])
            if published != row["published"]:
                _reread(store, row, published, extract)
    return True


def _reread(store: Store, row: dict[str, Any], published: str | None, extract: Extractor | None) -> IngestSummary:
    """The stored article ``row`` extracted again as published on ``published``, and stored."""
    from graphbuild.executor import extract_one

    summary = IngestSummary()
    if row["text"] is None:
        return _finish(store, summary)
    article = Article(source=row["source"], text=row["text"], published=published, title=row["title"],
                      url=row["url"], language=row["language"])
    summary.read += 1
    result = extract_one(extract or _default_extractor(), article)
    if isinstance(result, Failure):
        summary.failures.append(result)
    elif _save(store, summary, result, article=article, content_hash=article_hash(article), force=True):
        summary.record("changed")
    return _finish(store, summary)


def load_extractions(store: Store) -> list[Extraction]:
    """Every stored extraction, in ingestion order."""
    return store.load_extractions()
