"""Score the extractor on the golden corpus, and raise the floors when it does better.

    python -m tests.golden.scores            # print the scores next to the floors
    python -m tests.golden.scores --raise    # write the better scores as new floors

A floor never goes down: lowering one needs ``--allow-lower`` and a reason in the commit.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

GOLDEN = Path(__file__).resolve().parent
FLOORS = GOLDEN / "floors.json"
METRICS = ("pairs", "pairs_nodate", "meetings", "country", "agreements")
# Each suite: the gold folder and the language it is scored on (None: all).
# "heldout" and "fresh" articles were written and annotated apart from the rules (the second set
# after the first had been used), as a check that they generalise.
SUITES = {"seeds": ("gold", None), "dev-fr": ("dev-gold", "fr"), "dev-en": ("dev-gold", "en"),
          "heldout-fr": ("heldout-gold", "fr"), "heldout-en": ("heldout-gold", "en"),
          "fresh-fr": ("fresh-gold", "fr"), "fresh-en": ("fresh-gold", "en")}
# The articles each suite's predictions come from.
ARTICLE_FOLDERS = ("seeds", "tests/golden/corpus/dev", "tests/golden/corpus/heldout", "tests/golden/corpus/fresh")


def score_suites(scorer, predictions: list[dict]) -> dict[str, dict[str, float]]:
    """F1 of every metric for every suite, computed by the shared scorer."""
    import tempfile

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "predictions.json"
        path.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
        for suite, (folder, language) in SUITES.items():
            out = Path(tmp) / f"{suite}.json"
            args = [str(path), str(GOLDEN / "corpus" / folder), "--json", str(out)]
            if language:
                args += ["--lang", language]
            with redirect_stdout(io.StringIO()):
                scorer.main(args)
            metrics = json.loads(out.read_text(encoding="utf-8"))
            results[suite] = {m: metrics[m]["f1"] for m in METRICS}
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raise", dest="raise_floors", action="store_true", help="write better scores as floors")
    parser.add_argument("--allow-lower", action="store_true", help="also write worse scores (say why in the commit)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(GOLDEN.parents[1]))
    from tests.conftest import SHARED, REPO
    import importlib.util

    spec = importlib.util.spec_from_file_location("diplo_score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    from graphbuild.extract import extract_articles
    from graphbuild.ingest import iter_articles

    predictions = [e.to_dict() for e in extract_articles(iter_articles([REPO / f for f in ARTICLE_FOLDERS]))]
    scores = score_suites(scorer, predictions)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    for suite, metrics in scores.items():
        for metric, value in metrics.items():
            floor = floors[suite][metric]
            mark = "↑" if value > floor else ("↓ BELOW FLOOR" if value < floor else "")
            print(f"{suite:7s} {metric:13s} {value:.3f}  floor {floor:.3f} {mark}")
            if args.raise_floors and (value > floor or (args.allow_lower and value < floor)):
                floors[suite][metric] = value
    if args.raise_floors:
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
