"""Score the extractor on the golden corpus, and raise the floors when it does better.

    python -m tests.golden.scores            # print the scores next to the floors
    python -m tests.golden.scores --raise    # write the better scores as new floors
    python -m tests.golden.scores --real     # the real corpus too, with each batch's first contact
    python -m tests.golden.scores --real --misses real-dev-fr   # every miss and extra of a dev suite
    python -m tests.golden.scores --real --first-contact check-2   # record a new batch's first score

A floor never goes down: lowering one needs ``--allow-lower`` and a reason in the commit.
The real corpus (``tests/golden/corpus/real``) has floors of its own, checked when its texts
are present (they are not committed: its README says how to bring them back).
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
REAL_FLOORS = GOLDEN / "corpus" / "real" / "floors.json"
METRICS = ("pairs", "pairs_nodate", "meetings", "country", "agreements")
# Each suite: the gold folder and the language it is scored on (None: all).
# "heldout" and "fresh" articles were written and annotated apart from the rules (the second set
# after the first had been used), as a check that they generalise.
SUITES = {"seeds": ("gold", None), "dev-fr": ("dev-gold", "fr"), "dev-en": ("dev-gold", "en"),
          "heldout-fr": ("heldout-gold", "fr"), "heldout-en": ("heldout-gold", "en"),
          "fresh-fr": ("fresh-gold", "fr"), "fresh-en": ("fresh-gold", "en")}
# The articles each suite's predictions come from.
ARTICLE_FOLDERS = ("seeds", "tests/golden/corpus/dev", "tests/golden/corpus/heldout", "tests/golden/corpus/fresh")


def _run_scorer(scorer, predictions_path: Path, gold_dir: Path, language: str | None, out: Path,
                verbose: bool = False) -> dict[str, float]:
    args = [str(predictions_path), str(gold_dir), "--json", str(out)]
    if language:
        args += ["--lang", language]
    if verbose:
        args.append("--verbose")
        scorer.main(args)
    else:
        with redirect_stdout(io.StringIO()):
            scorer.main(args)
    metrics = json.loads(out.read_text(encoding="utf-8"))
    return {m: metrics[m]["f1"] for m in METRICS}


def score_suites(scorer, predictions: list[dict]) -> dict[str, dict[str, float]]:
    """F1 of every metric for every suite, computed by the shared scorer."""
    import tempfile

    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "predictions.json"
        path.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
        for suite, (folder, language) in SUITES.items():
            results[suite] = _run_scorer(scorer, path, GOLDEN / "corpus" / folder, language,
                                         Path(tmp) / f"{suite}.json")
    return results


def real_suites() -> dict[str, tuple[str, list[str]]]:
    """The real corpus's suites: each batch and each role (``real-dev``, ``real-check``) by language.

    A suite is (language, stems of its articles whose text is present and annotated).
    """
    from tests.golden import real

    roles = real.batch_roles()
    suites: dict[str, tuple[str, list[str]]] = {}
    for batch in real.batch_names():
        role = roles.get(batch, {}).get("role", "unassigned")
        for entry in real.read_manifest(batch):
            if real.text_state(entry) != "ok" or not (real.REAL / batch / "gold" / f"{entry.stem}.json").exists():
                continue
            for suite in (f"{batch}-{entry.language}", f"real-{role}-{entry.language}"):
                suites.setdefault(suite, (entry.language, []))[1].append(entry.stem)
    return dict(sorted(suites.items(), key=lambda item: (not item[0].startswith("real-"), item[0])))


def score_real(scorer, predictions: list[dict], suites: dict[str, tuple[str, list[str]]],
               verbose_suite: str | None = None) -> dict[str, dict[str, float]]:
    """F1 of every metric for each real suite (its golds gathered in one folder for the scorer)."""
    import shutil
    import tempfile

    from tests.golden import real

    gold_of = {e.stem: real.REAL / b / "gold" / f"{e.stem}.json" for e, b in
               ((entry, batch) for batch in real.batch_names() for entry in real.read_manifest(batch))}
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "predictions.json"
        path.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
        for suite, (language, stems) in suites.items():
            folder = Path(tmp) / suite
            folder.mkdir()
            for stem in stems:
                shutil.copy(gold_of[stem], folder / f"{stem}.json")
            results[suite] = _run_scorer(scorer, path, folder, language, Path(tmp) / f"{suite}.json",
                                         verbose=suite == verbose_suite)
    return results


def load_scorer():
    """The project's yardstick, ``shared/eval/score.py``, imported as a module."""
    import importlib.util

    from tests.conftest import SHARED

    spec = importlib.util.spec_from_file_location("diplo_score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


# The shared scorer matches pairs by iterating sets holding None dates, whose order follows
# hash(None) (an address before Python 3.12): the same predictions score one pair apart from
# run to run on a small batch. A real batch's floor is broken only beyond that.
REAL_FLOOR_TOLERANCE = 0.02


def _print_rows(scores: dict[str, dict[str, float]], floors: dict, first_contact: dict | None = None,
                articles: dict[str, int] | None = None, tolerance: float = 0.0) -> list[str]:
    """Print one row per suite (↑ above its floor, ↓ below, · no floor); the metrics below a floor
    by more than ``tolerance``."""
    below = []
    print(f"{'suite':22s} {'articles':>8s}  " + "  ".join(f"{m[:12]:>12s}" for m in METRICS))
    for suite, metrics in scores.items():
        cells = []
        for metric in METRICS:
            value, floor = metrics[metric], floors.get(suite, {}).get(metric)
            mark = "·" if floor is None else ("↑" if value > floor else ("↓" if value < floor else " "))
            if floor is not None and value < floor - tolerance:
                below.append(f"{suite} {metric} {value:.3f} < {floor:.3f}")
            cells.append(f"{value:11.3f}{mark}")
        count = str((articles or {}).get(suite, ""))
        print(f"{suite:22s} {count:>8s}  " + "  ".join(cells))
        first = (first_contact or {}).get(suite)
        if first:
            print(f"{'  first contact':22s} {'':8s}  " + "  ".join(f"{first[m]:11.3f} " for m in METRICS))
    return below


def _raise(floors: dict, scores: dict, allow_lower: bool) -> None:
    for suite, metrics in scores.items():
        for metric, value in metrics.items():
            floor = floors.setdefault(suite, {}).get(metric)
            if floor is None or value > floor or (allow_lower and value < floor):
                floors[suite][metric] = value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raise", dest="raise_floors", action="store_true", help="write better scores as floors")
    parser.add_argument("--allow-lower", action="store_true", help="also write worse scores (say why in the commit)")
    parser.add_argument("--real", action="store_true", help="score the real corpus too, and check its floors")
    parser.add_argument("--misses", metavar="SUITE", help="with --real: list every miss and extra of a dev suite")
    parser.add_argument("--first-contact", metavar="BATCH", action="append", default=[],
                        help="with --real: record the batch's scores as its first contact (once)")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(GOLDEN.parents[1]))
    from tests.conftest import REPO
    from tests.golden import real

    from graphbuild.extract import extract_articles
    from graphbuild.ingest import iter_articles

    scorer = load_scorer()
    folders = [REPO / f for f in ARTICLE_FOLDERS]
    suites = real_suites() if args.real else {}
    if args.misses:
        if args.misses not in suites:
            parser.error(f"--misses {args.misses}: no such real suite with texts present ({', '.join(suites)})")
        if "check" in args.misses or real.batch_roles().get(args.misses.rsplit("-", 1)[0], {}).get("role") == "check":
            parser.error(f"--misses {args.misses}: a check suite is only scored, never read for rules; "
                         "make its batch dev in batches.json first (its first contact stays recorded)")
    real_paths = [real.TEXTS / f"{stem}.txt" for _, stems in suites.values() for stem in stems]
    predictions = [e.to_dict() for e in extract_articles(iter_articles([*folders, *dict.fromkeys(real_paths)]))]

    scores = score_suites(scorer, predictions)
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    print("golden corpora (committed): ↑ above its floor, ↓ below")
    below = _print_rows(scores, floors)
    if args.raise_floors:
        _raise(floors, scores, args.allow_lower)
        FLOORS.write_text(json.dumps(floors, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {FLOORS}")
    if not args.real:
        return 0
    missing = sum(real.text_state(e) != "ok" for _, e in real.all_entries().values())
    if missing:
        print(f"\nreal corpus: {missing} texts are not on this machine; they are scored without them. "
              f"Bring them back as {real.REAL / 'README.md'} says (python -m tests.golden.real missing).")
    if not suites:
        return 0
    print()
    real_scores = score_real(scorer, predictions, suites, verbose_suite=args.misses)
    roles = real.batch_roles()
    first_contact = {}
    for batch, info in roles.items():
        for suite, metrics in info.get("first_contact", {}).items():
            first_contact[suite] = metrics
    for batch in args.first_contact:
        info = roles.setdefault(batch, {"role": "check"})
        if info.get("first_contact"):
            parser.error(f"--first-contact {batch}: already recorded; a batch meets the rules only once")
        info["first_contact"] = {s: real_scores[s] for s in real_scores if s.startswith(f"{batch}-")}
        first_contact.update(info["first_contact"])
        real.BATCHES.write_text(json.dumps(roles, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"first contact of {batch} recorded in {real.BATCHES}")
    real_floors = json.loads(REAL_FLOORS.read_text(encoding="utf-8")) if REAL_FLOORS.exists() else {}
    articles = {suite: len(stems) for suite, (_, stems) in suites.items()}
    print("real corpus: ↑ above its floor, ↓ below, · no floor yet; first contact: the batch's score the day it arrived")
    below += _print_rows(real_scores, real_floors, first_contact, articles, tolerance=REAL_FLOOR_TOLERANCE)
    if args.raise_floors:
        # a batch keeps its articles whatever its role; the role suites change when a batch moves
        _raise(real_floors, {s: m for s, m in real_scores.items() if not missing and not s.startswith("real-")},
               args.allow_lower)
        REAL_FLOORS.write_text(json.dumps(real_floors, indent=2) + "\n", encoding="utf-8")
        print(f"floors written to {REAL_FLOORS}")
    if below and not args.raise_floors:
        print(f"\nbelow floor: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
