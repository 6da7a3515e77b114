"""Extraction throughput next to a bare ``nlp.pipe`` of the same model over the same texts.

    python bench/extract.py [--repeat N] [PATH ...]          # the seeds and dev articles (French), N times
    python bench/extract.py --corpus 1000                    # 1,000 generated articles (bench/corpus.py)

Prints articles/s and tokens/s for ``graphbuild``'s extraction (whole articles in, meetings
and agreements out) in one process and in ``--jobs`` processes, and for spaCy's full pipeline
run bare over the same article texts in the same run, and their ratios (targets: ≥ 1.0 in one
process, ≥ 1.7 with two processes on two cores). Model loading is left out of every timing.
With a generated corpus, each language's texts go through that language's model (the bare
pipe too). The parallel run must give exactly the single-process results.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))


def _articles(args: argparse.Namespace) -> list:
    from graphbuild.records import Article

    if args.corpus:
        from corpus import generate

        return [article for article, _ in generate(args.corpus, seed=args.seed)]
    from graphbuild.ingest import iter_articles
    from graphbuild.language import detect_language

    articles = [a for a in iter_articles(args.paths) if isinstance(a, Article)]
    for article in articles:
        article.language = detect_language(article.text)
    return [a for a in articles if a.language == "fr"] * args.repeat


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(REPO / "seeds"), str(REPO / "tests/golden/corpus/dev")])
    parser.add_argument("--repeat", type=int, default=20, help="times the corpus is processed (default 20)")
    parser.add_argument("--corpus", type=int, metavar="N", help="N generated articles instead of PATHs")
    parser.add_argument("--seed", type=int, default=7, help="seed of the generated corpus (default 7)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run (default 2)")
    args = parser.parse_args(argv)

    import spacy

    from graphbuild.extract import extract_articles
    from graphbuild.model import MODELS, load_model, model_path

    corpus = _articles(args)
    languages = sorted({a.language for a in corpus})
    bare = {code: spacy.load(model_path(MODELS[code])) for code in languages}
    tokens = sum(len(bare[a.language].tokenizer(a.text)) for a in corpus)
    for code in languages:  # warm: loading is not what is measured
        load_model(code)
        list(extract_articles([a for a in corpus if a.language == code][:2]))

    started = time.perf_counter()
    for code in languages:
        for _ in bare[code].pipe([a.text for a in corpus if a.language == code], batch_size=64):
            pass
    bare_seconds = time.perf_counter() - started

    started = time.perf_counter()
    results = list(extract_articles(corpus))
    ours_seconds = time.perf_counter() - started

    started = time.perf_counter()
    parallel = list(extract_articles(corpus, jobs=args.jobs))
    parallel_seconds = time.perf_counter() - started
    assert [p.to_dict() for p in parallel] == [r.to_dict() for r in results], "parallel results differ"

    meetings = sum(len(getattr(r, "meetings", ())) for r in results)
    if args.corpus:
        shares = ", ".join(f"{sum(a.language == c for a in corpus)} {c}" for c in languages)
        described = f"{args.corpus} generated articles (seed {args.seed}, {shares})"
    else:
        described = f"{len(corpus) // args.repeat} French articles x {args.repeat} = {len(corpus)} articles"
    models = " + ".join(MODELS[code] for code in languages)
    print(f"corpus: {described}, {tokens:,} tokens; models {models}")
    print(f"{'':26s} {'seconds':>8s} {'articles/s':>11s} {'tokens/s':>10s}")
    for label, seconds in (("bare nlp.pipe (full model)", bare_seconds), ("graphbuild extract", ours_seconds),
                           (f"graphbuild extract -j {args.jobs}", parallel_seconds)):
        print(f"{label:26s} {seconds:8.2f} {len(corpus) / seconds:11.1f} {tokens / seconds:10,.0f}")
    print(f"ratio extract/bare: {bare_seconds / ours_seconds:.2f}  (meetings found: {meetings})")
    print(f"ratio extract -j {args.jobs}/bare: {bare_seconds / parallel_seconds:.2f}, "
          f"speed-up over one process: {ours_seconds / parallel_seconds:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
