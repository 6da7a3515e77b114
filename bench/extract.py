"""Extraction throughput next to a bare ``nlp.pipe`` of the same model over the same texts.

    python bench/extract.py [--repeat N] [PATH ...]

Prints articles/s and tokens/s for ``graphbuild``'s extraction (whole articles in, meetings
and agreements out) and for spaCy's full pipeline run bare over the same article texts, and
their ratio (target ≥ 1.0). Model loading is left out of both timings. Default corpus: the
seeds and the golden dev articles, repeated so that each timing lasts a few seconds.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(REPO / "seeds"), str(REPO / "tests/golden/corpus/dev")])
    parser.add_argument("--repeat", type=int, default=20, help="times the corpus is processed (default 20)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run (default 2)")
    args = parser.parse_args(argv)

    import spacy

    from graphbuild.extract import extract_articles
    from graphbuild.ingest import iter_articles
    from graphbuild.model import MODELS, load_model, model_path
    from graphbuild.records import Article

    from graphbuild.language import detect_language

    articles = [a for a in iter_articles(args.paths) if isinstance(a, Article)]
    for article in articles:
        article.language = detect_language(article.text)
    french = [a for a in articles if a.language == "fr"]
    texts = [a.text for a in french] * args.repeat
    corpus = french * args.repeat

    bare = spacy.load(model_path(MODELS["fr"]))
    tokens = sum(len(bare.tokenizer(t)) for t in texts)
    load_model("fr")  # warm: loading is not what is measured
    list(extract_articles(french[:2]))

    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=64):
        pass
    bare_seconds = time.perf_counter() - started

    started = time.perf_counter()
    results = list(extract_articles(corpus))
    ours_seconds = time.perf_counter() - started

    started = time.perf_counter()
    parallel = list(extract_articles(corpus, jobs=args.jobs))
    parallel_seconds = time.perf_counter() - started
    assert [p.to_dict() for p in parallel] == [r.to_dict() for r in results], "parallel results differ"

    meetings = sum(len(r.meetings) for r in results)
    print(f"corpus: {len(french)} French articles x {args.repeat} = {len(texts)} articles, {tokens:,} tokens")
    print(f"{'':24s} {'seconds':>8s} {'articles/s':>11s} {'tokens/s':>10s}")
    for label, seconds in (("bare nlp.pipe (full md)", bare_seconds), ("graphbuild extract", ours_seconds),
                           (f"graphbuild extract -j {args.jobs}", parallel_seconds)):
        print(f"{label:24s} {seconds:8.2f} {len(texts) / seconds:11.1f} {tokens / seconds:10,.0f}")
    print(f"ratio extract/bare: {bare_seconds / ours_seconds:.2f}  (meetings found: {meetings})")
    print(f"ratio extract -j {args.jobs}/bare: {bare_seconds / parallel_seconds:.2f}, "
          f"speed-up over one process: {ours_seconds / parallel_seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
