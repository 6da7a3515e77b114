"""Where extraction runs: in this process, in a pool of processes on this machine, or on a Dask cluster.

An executor takes articles and gives back, in chunks and in input order, one ``Extraction``
or ``Failure`` per article. It only extracts: the caller (``graphbuild.store.ingest_paths``)
writes the results to the store, in input order, so that every executor gives the same
store. Each process that extracts loads its spaCy models once (``graphbuild.model``).

    graphbuild ingest articles/                                   # LocalExecutor()
    graphbuild ingest articles/ -j 2                              # LocalExecutor(jobs=2)
    graphbuild ingest articles/ --executor dask --scheduler tcp://10.0.0.5:8786   # DaskExecutor
"""
from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Protocol

from graphbuild.records import Article, Extraction, Failure

__all__ = ["chunks", "Executor", "ExecutorError", "LocalExecutor", "CallableExecutor", "DaskExecutor", "EXECUTORS",
           "make_executor", "extract_one", "extract_payload", "CHUNK"]

#: Articles per chunk: the unit sent to a worker, and after which results are written.
CHUNK = 64

Result = Extraction | Failure


class ExecutorError(RuntimeError):
    """The executor cannot run here: a package it needs is missing."""


class Executor(Protocol):
    """Extracts articles somewhere; results come back in input order."""

    def extract_chunks(self, articles: Iterable[Article]) -> Iterator[list[Result]]:
        """One result per article, in input order, grouped in chunks."""
        ...


def chunks(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter), without reading ahead."""
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def extract_one(extract: Callable[[Iterable[Article]], Iterable[Result]], article: Article) -> Result:
    """Extract one article; any error becomes a ``Failure`` for that article alone (ModelError stops everything)."""
    from graphbuild.model import ModelError

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


class CallableExecutor:
    """Calls an extraction function (``articles → results``) once per article, in this process.

    For extractors that may raise on one article (a test's stand-in, the app's cached
    model): the exception fails that article alone.
    """

    def __init__(self, extract: Callable[[Iterable[Article]], Iterable[Result]], chunk: int = 1):
        self.extract = extract
        self.chunk = chunk

    def extract_chunks(self, articles: Iterable[Article]) -> Iterator[list[Result]]:
        """Each article on its own."""
        for chunk in chunks(articles, self.chunk):
            yield [extract_one(self.extract, article) for article in chunk]


class LocalExecutor:
    """Extraction on this machine: in this process, or in ``jobs`` processes.

    ``extract`` is ``graphbuild.extract.extract_articles`` unless given; it runs over a chunk
    of articles at once (the model batches their sentences). Should it raise on a chunk,
    the chunk is extracted again article by article, so that only the article at fault fails.
    """

    def __init__(self, jobs: int = 1, chunk: int = CHUNK,
                 extract: Callable[[Iterable[Article]], Iterable[Result]] | None = None):
        self.jobs = max(1, jobs)
        self.chunk = chunk
        self.extract = extract

    def extract_chunks(self, articles: Iterable[Article]) -> Iterator[list[Result]]:
        """Chunk by chunk in this process; with ``jobs`` > 1, chunks go to a process pool."""
        from graphbuild.extract import extract_articles
        from graphbuild.model import ModelError

        if self.jobs > 1:
            if self.extract is not None:
                raise ValueError("a process pool runs graphbuild.extract.extract_articles only")
            yield from chunks(extract_articles(articles, jobs=self.jobs, batch_size=self.chunk), self.chunk)
            return
        extract = self.extract or (lambda batch: extract_articles(batch, batch_size=self.chunk))
        for chunk in chunks(articles, self.chunk):
            try:
                results = list(extract(chunk))
            except ModelError:
                raise
            except Exception:  # noqa: BLE001 - find the article at fault, keep the others
                results = []
            if len(results) != len(chunk):
                results = [extract_one(extract, article) for article in chunk]
            yield results


# The Dask side -------------------------------------------------------------------------------

_LOAD_LOCK = threading.Lock()


def extract_payload(articles: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Run on a worker: articles as dicts in, ``(kind, record dict)`` out, in order.

    Records cross the network as plain dicts. The worker process loads each model it needs
    once (the loader is cached per process; the lock keeps two threads of one worker from
    loading it twice).
    """
    from graphbuild.extract import detect_language, extract_articles
    from graphbuild.model import load_model

    batch = [Article.from_dict(data) for data in articles]
    for article in batch:
        article.language = article.language or detect_language(article.text)
    with _LOAD_LOCK:
        for code in sorted({article.language for article in batch}):
            load_model(code)
    return [(type(result).__name__, result.to_dict()) for result in extract_articles(batch, batch_size=len(batch))]


def _results(payload: list[tuple[str, dict[str, Any]]]) -> list[Result]:
    return [Failure.from_dict(data) if kind == "Failure" else Extraction.from_dict(data) for kind, data in payload]


class DaskExecutor:
    """Chunks of articles extracted on a Dask cluster (``dask.distributed``).

    ``scheduler`` is the scheduler's address (``tcp://HOST:8786``) or a connected
    ``distributed.Client``. Every worker needs graphbuild and its models installed (the same
    environment as here). At most ``window`` chunks are in flight (default: two per worker
    thread), so memory stays flat on a long input; results come back in input order.
    """

    def __init__(self, scheduler: Any, chunk: int = CHUNK, window: int | None = None):
        self.scheduler = scheduler
        self.chunk = chunk
        self.window = window

    def _client(self):
        try:
            from distributed import Client
        except ImportError as error:  # pragma: no cover - depends on the installation
            raise ExecutorError("the Dask executor needs dask.distributed: "
                                "pip install 'diplomatic-ties-explorer[dask]'") from error
        if isinstance(self.scheduler, Client):
            return self.scheduler, False
        return Client(self.scheduler, set_as_default=False), True

    def extract_chunks(self, articles: Iterable[Article]) -> Iterator[list[Result]]:
        """Submit chunks as the input is read; yield each chunk's results in turn."""
        client, owned = self._client()
        try:
            window = self.window or max(2, 2 * sum(client.nthreads().values()))
            pending: deque = deque()
            for chunk in chunks(articles, self.chunk):
                pending.append(client.submit(extract_payload, [article.to_dict() for article in chunk], pure=False))
                while len(pending) >= window:
                    yield _results(pending.popleft().result())
            while pending:
                yield _results(pending.popleft().result())
        finally:
            if owned:
                client.close()


#: The ``--executor`` names of ``graphbuild ingest``.
EXECUTORS = ("local", "dask")


def make_executor(name: str = "local", *, jobs: int = 1, scheduler: str | None = None) -> Executor:
    """The executor ``graphbuild ingest --executor NAME`` uses; ValueError for an unknown name or a missing address."""
    if name == "local":
        return LocalExecutor(jobs=jobs)
    if name == "dask":
        if not scheduler:
            raise ValueError("--executor dask needs --scheduler tcp://HOST:PORT (the Dask scheduler's address)")
        return DaskExecutor(scheduler)
    raise ValueError(f"unknown executor {name!r}; expected one of {', '.join(EXECUTORS)}")
