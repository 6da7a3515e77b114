"""The scale corpus: reproducible from its seed, each article with the extraction it was written from."""
from __future__ import annotations

import json
from pathlib import Path

from graphbuild.ingest import iter_articles
from graphbuild.store.checks import check_extraction

from tests.scale.corpus_helpers import corpus_module


def test_the_same_seed_gives_the_same_corpus_and_a_smaller_one_is_its_start() -> None:
    corpus = corpus_module()
    small = [(a.to_dict(), e.to_dict()) for a, e in corpus.generate(50, seed=3)]
    large = [(a.to_dict(), e.to_dict()) for a, e in corpus.generate(120, seed=3)]
    assert large[:50] == small
    assert [(a.to_dict(), e.to_dict()) for a, e in corpus.generate(20, seed=3, start=30)] == large[30:50]
    assert [a.to_dict() for a, _ in corpus.generate(50, seed=4)] != [a for a, _ in small]


def test_each_extraction_matches_its_article() -> None:
    corpus = corpus_module()
    languages = set()
    for article, extraction in corpus.generate(300, seed=7):
        check_extraction(extraction)
        assert extraction.source == article.source and extraction.published == article.published
        languages.add(article.language)
        for fact in (*extraction.meetings, *extraction.agreements):
            evidence = fact.evidence
            assert article.text[evidence.start:evidence.end] == evidence.sentence
        for meeting in extraction.meetings:
            assert len(meeting.participants) == 2 and meeting.participants[0].country == "Vietnam"
            assert all(p.name in meeting.evidence.sentence for p in meeting.participants)
    assert languages == {"fr", "en"}


def test_the_written_corpus_reads_back(tmp_path: Path) -> None:
    corpus = corpus_module()
    totals = corpus.write_corpus(tmp_path, 30, seed=5)
    articles = [a for a in iter_articles([tmp_path / "articles"])]
    assert totals["articles"] == len(articles) == 30
    expected = [a for a, _ in corpus.generate(30, seed=5)]
    assert [(a.source, a.text, a.published) for a in articles] == [(a.source, a.text, a.published) for a in expected]
    extractions = json.loads((tmp_path / "extractions" / "0000.json").read_text(encoding="utf-8"))
    assert [e["source"] for e in extractions] == [a.source for a in expected]
