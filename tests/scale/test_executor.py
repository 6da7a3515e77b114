"""Executors: results in input order, one per article, and an article at fault failing alone."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest

from graphbuild.executor import CallableExecutor, LocalExecutor, make_executor
from graphbuild.records import Article, Extraction


def _articles(count: int) -> list[Article]:
    return [Article(source=f"a{number}.txt", text=f"text {number}") for number in range(count)]


def _extract(articles: Iterable[Article]) -> Iterator[Extraction]:
    for article in articles:
        if article.source == "a5.txt":
            raise RuntimeError("the model choked")
        yield Extraction(article.source, "en", None)


def test_a_local_executor_keeps_order_and_fails_only_the_article_at_fault() -> None:
    chunks = list(LocalExecutor(chunk=4, extract=_extract).extract_chunks(_articles(10)))
    assert [len(chunk) for chunk in chunks] == [4, 4, 2]
    results = [result for chunk in chunks for result in chunk]
    assert [r.source for r in results] == [f"a{n}.txt" for n in range(10)]
    failed = [r for r in results if not isinstance(r, Extraction)]
    assert [f.source for f in failed] == ["a5.txt"] and "the model choked" in failed[0].reason


def test_a_callable_executor_extracts_article_by_article() -> None:
    calls = []

    def extract(articles):
        articles = list(articles)
        calls.append(len(articles))
        return _extract(articles)

    results = [r for chunk in CallableExecutor(extract).extract_chunks(_articles(7)) for r in chunk]
    assert calls == [1] * 7 and len(results) == 7


def test_executors_by_name() -> None:
    assert make_executor("local", jobs=3).jobs == 3
    with pytest.raises(ValueError, match="scheduler"):
        make_executor("dask")
    with pytest.raises(ValueError, match="unknown executor"):
        make_executor("spark")
