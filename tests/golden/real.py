"""The real corpus: published articles found with the workplace's search tool, annotated here.

    python -m tests.golden.real add BATCH FILE --url URL --query Q --outlet NAME --outlet-country C
    python -m tests.golden.real status           # batches, counts per language and outlet, texts missing
    python -m tests.golden.real missing          # each query to run again, with the texts it brings back
    python -m tests.golden.real verify           # every text present matches its hash; golds are well formed
    python -m tests.golden.real similar BATCH    # its articles that tell a story another batch holds (before scoring)

The texts are not committed (the store they come from asks that they not be copied): each
batch keeps, in ``tests/golden/corpus/real/<batch>/manifest.jsonl``, the address, a query that finds
it, and the sha256 of its normalised text; the gold is ``<batch>/gold/<stem>.json``. The texts
live in the git-ignored ``tests/golden/corpus/real/texts/<stem>.txt``; README.md beside them says how
to bring them back. ``batches.json`` says which batches are ``dev`` (read when writing rules)
and which are ``check`` (only scored), and keeps each batch's first-contact scores.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

REAL = Path(__file__).resolve().parent / "corpus" / "real"
TEXTS = REAL / "texts"
BATCHES = REAL / "batches.json"
SHARED = Path(__file__).resolve().parents[3] / "shared"
RESERVED = SHARED / "eval" / "reserved.py"
LANGUAGES = ("fr", "en")
# Two texts that share this much of their word 5-grams tell the same story (another outlet's copy).
_SHINGLE_WORDS = 5
_SAME_STORY = 0.3


class CorpusError(Exception):
    """A corpus file or command argument that cannot be used; the message names it."""


@dataclass(frozen=True)
class Entry:
    """One article of a batch: where it was found and the hash of its text."""

    stem: str
    url: str
    query: str
    sha256: str
    language: str
    outlet: str
    outlet_country: str


def text_hash(text: str) -> str:
    """sha256 of the text with Unicode composed and every run of white space one space.

    The text comes back from the search tool through a person or a helper writing it to a
    file, so line endings and spacing may differ between two copies of the same page.
    """
    return hashlib.sha256(_normal(text).encode("utf-8")).hexdigest()


def _normal(text: str) -> str:
    """Unicode composed, every run of white space one space."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def stem_for(url: str, language: str) -> str:
    """``fr_<host>_<last path words>``: readable, and unique per address."""
    parts = urlsplit(url)
    host = parts.netloc.lower().removeprefix("www.").split(":")[0]
    host = re.sub(r"[^a-z0-9]+", "-", host).strip("-")
    path = re.sub(r"\.(html?|vnp|php|aspx?)$", "", parts.path.rstrip("/"))
    words = re.sub(r"[^a-z0-9]+", "-", path.lower().rsplit("/", 2)[-1] if path else "").strip("-")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:6]
    return f"{language}_{host}_{words[:40].strip('-')}_{digest}".replace("__", "_")


def batch_dir(batch: str) -> Path:
    """The folder of one batch."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", batch):
        raise CorpusError(f"batch name {batch!r}: use lower-case letters, digits and '-'")
    return REAL / batch


def read_manifest(batch: str) -> list[Entry]:
    """The entries of a batch, in the order they were added."""
    path = batch_dir(batch) / "manifest.jsonl"
    if not path.exists():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entries.append(Entry(**json.loads(line)))
        except (ValueError, TypeError) as error:
            raise CorpusError(f"{path}:{number}: not a manifest entry ({error})") from None
    return entries


def batch_names() -> list[str]:
    """Every batch folder that has a manifest."""
    return sorted(p.parent.name for p in REAL.glob("*/manifest.jsonl"))


def batch_roles() -> dict[str, dict]:
    """``batches.json``: each batch's role (dev or check) and first-contact scores."""
    if not BATCHES.exists():
        return {}
    return json.loads(BATCHES.read_text(encoding="utf-8"))


def is_reserved(url: str, text_file: Path) -> bool:
    """Ask the shared ``reserved.py`` whether the page belongs to the secret evaluation."""
    if not RESERVED.exists():
        raise CorpusError(f"{RESERVED} is missing: pages cannot be checked, so none is added")
    result = subprocess.run([sys.executable, str(RESERVED), "--url", url, str(text_file)],
                            capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise CorpusError(f"reserved.py failed on {url}: {result.stderr.strip()[:200]}")
    return result.returncode == 1


def all_entries() -> dict[str, tuple[str, Entry]]:
    """Every entry of every batch by stem, with its batch."""
    return {e.stem: (b, e) for b in batch_names() for e in read_manifest(b)}


def add(batch: str, text_file: Path, *, url: str, query: str, language: str, outlet: str,
        outlet_country: str) -> Entry:
    """Check a page, keep its text under ``texts/`` and add it to a batch's manifest."""
    if language not in LANGUAGES:
        raise CorpusError(f"language {language!r}: one of {', '.join(LANGUAGES)}")
    if not text_file.is_file():
        raise CorpusError(f"{text_file}: no such file")
    text = text_file.read_text(encoding="utf-8")
    if is_reserved(url, text_file):
        text_file.unlink()
        raise CorpusError(f"{url} is reserved for the secret evaluation: its text was deleted; "
                          "do not use, quote or annotate it")
    digest = text_hash(text)
    for other_batch, entry in all_entries().values():
        if entry.url.rstrip("/") == url.rstrip("/") or entry.sha256 == digest:
            raise CorpusError(f"{url} is already in batch {other_batch} as {entry.stem}")
    entry = Entry(stem_for(url, language), url, query, digest, language, outlet, outlet_country)
    TEXTS.mkdir(parents=True, exist_ok=True)
    target = TEXTS / f"{entry.stem}.txt"
    if text_file.resolve() != target.resolve():
        target.write_text(text, encoding="utf-8")
    folder = batch_dir(batch)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
    return entry


def text_state(entry: Entry) -> str:
    """``ok``, ``missing`` or ``changed`` for the kept text of an entry."""
    path = TEXTS / f"{entry.stem}.txt"
    if not path.exists():
        return "missing"
    return "ok" if text_hash(path.read_text(encoding="utf-8")) == entry.sha256 else "changed"


def check_gold(path: Path, text: str | None) -> list[str]:
    """What is wrong with one gold file: shape, and evidence not found in its text."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as error:
        return [f"{path}: not JSON ({error})"]
    problems = []
    for key in ("source", "language", "meetings", "agreements"):
        if key not in gold:
            problems.append(f"{path}: no {key!r}")
    if text is not None:
        folded = _fold(text)
        for kind in ("meetings", "agreements"):
            for number, item in enumerate(gold.get(kind, []), 1):
                evidence = item.get("evidence") or ""
                if _fold(evidence) not in folded:
                    problems.append(f"{path}: {kind} {number}: evidence not in the text: {evidence[:60]!r}")
    return problems


def _fold(text: str) -> str:
    """``_normal`` with typographic apostrophes as plain ones (gold evidence writes either)."""
    return _normal(text).replace("’", "'").replace("‘", "'")


def _status() -> int:
    roles = batch_roles()
    for batch in batch_names():
        entries = read_manifest(batch)
        states = [text_state(e) for e in entries]
        golds = sum((REAL / batch / "gold" / f"{e.stem}.json").exists() for e in entries)
        by_language = {lang: sum(e.language == lang for e in entries) for lang in LANGUAGES}
        role = roles.get(batch, {}).get("role", "unassigned")
        print(f"{batch:16s} {role:10s} {len(entries):4d} articles "
              f"({', '.join(f'{n} {lang}' for lang, n in by_language.items())}), {golds} gold, "
              f"{states.count('missing')} texts missing, {states.count('changed')} changed")
    outlets: dict[tuple[str, str], int] = {}
    for _, entry in all_entries().values():
        key = (entry.language, entry.outlet_country)
        outlets[key] = outlets.get(key, 0) + 1
    print("\narticles by language and outlet country:")
    for (lang, country), n in sorted(outlets.items()):
        print(f"  {lang} {country:24s} {n}")
    return 0


def _missing() -> int:
    # one line per query: one look-up of the search tool brings back every article it finds
    by_query: dict[str, list[dict]] = {}
    for batch, entry in sorted(all_entries().values(), key=lambda pair: pair[1].stem):
        state = text_state(entry)
        if state != "ok":
            by_query.setdefault(entry.query, []).append(
                {"stem": entry.stem, "url": entry.url, "sha256": entry.sha256, "state": state})
    for query, articles in by_query.items():
        print(json.dumps({"query": query, "articles": articles}, ensure_ascii=False))
    count = sum(map(len, by_query.values()))
    print(f"{count} texts to bring back, {len(by_query)} queries", file=sys.stderr)
    return 0


def _shingles(text: str) -> set[str]:
    words = re.findall(r"\w+", _fold(text).lower())
    return {" ".join(words[i:i + _SHINGLE_WORDS]) for i in range(len(words) - _SHINGLE_WORDS + 1)}


def similar(batch: str) -> list[tuple[float, str, str, str]]:
    """Each article of ``batch`` whose text is much like another batch's (the same story from
    another outlet): (overlap of word 5-grams, its stem, the other batch, the other stem)."""
    texts = {stem: (b, _shingles((TEXTS / f"{stem}.txt").read_text(encoding="utf-8")))
             for stem, (b, entry) in all_entries().items() if text_state(entry) == "ok"}
    found = []
    for stem, (owner, own) in texts.items():
        if owner != batch or not own:
            continue
        overlap, other = max(((len(own & theirs) / len(own | theirs), st) for st, (b, theirs) in texts.items()
                              if b != batch and theirs), default=(0.0, ""))
        if overlap >= _SAME_STORY:
            found.append((round(overlap, 2), stem, texts[other][0], other))
    return sorted(found, reverse=True)


def _similar(batch: str) -> int:
    rows = similar(batch)
    for overlap, stem, other_batch, other in rows:
        print(f"{overlap:.2f} {stem} ~ {other_batch}/{other}")
    print(f"{len(rows)} articles of {batch} tell a story the corpus holds already")
    return 0


def _verify() -> int:
    problems = []
    for batch in batch_names():
        for entry in read_manifest(batch):
            state = text_state(entry)
            text_path = TEXTS / f"{entry.stem}.txt"
            if state == "changed":
                problems.append(f"{text_path}: its text does not match the sha256 in {batch}/manifest.jsonl")
            gold = REAL / batch / "gold" / f"{entry.stem}.json"
            if gold.exists():
                text = text_path.read_text(encoding="utf-8") if state == "ok" else None
                problems += check_gold(gold, text)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    verbs = parser.add_subparsers(dest="verb", required=True)
    adding = verbs.add_parser("add", help="check a page and add it to a batch")
    adding.add_argument("batch")
    adding.add_argument("file", type=Path)
    adding.add_argument("--url", required=True)
    adding.add_argument("--query", required=True, help="the search query that finds the page")
    adding.add_argument("--lang", required=True, choices=LANGUAGES)
    adding.add_argument("--outlet", required=True, help="e.g. 'VNA', 'Xinhua', 'APS'")
    adding.add_argument("--outlet-country", required=True, help="English name, e.g. Vietnam, Algeria")
    verbs.add_parser("status", help="batches, counts, missing texts")
    verbs.add_parser("missing", help="each query with the texts it brings back (JSON lines)")
    verbs.add_parser("verify", help="texts against their hashes, golds against their texts")
    similar_parser = verbs.add_parser("similar", help="a batch's articles whose story another batch holds already")
    similar_parser.add_argument("batch")
    args = parser.parse_args(argv)
    try:
        if args.verb == "add":
            entry = add(args.batch, args.file, url=args.url, query=args.query, language=args.lang,
                        outlet=args.outlet, outlet_country=args.outlet_country)
            print(f"added {entry.stem} to {args.batch}: gold goes in "
                  f"{batch_dir(args.batch) / 'gold' / (entry.stem + '.json')}")
            return 0
        if args.verb == "similar":
            return _similar(args.batch)
        return {"status": _status, "missing": _missing, "verify": _verify}[args.verb]()
    except CorpusError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
