"""``graphbuild extract``: print what the articles say, as a summary or as JSON."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from graphbuild.cli import printable
from graphbuild.records import Extraction, Failure

__all__ = ["register", "run_extract", "summarize"]


def register(subparsers) -> None:
    """Add the ``extract`` verb."""
    parser = subparsers.add_parser("extract", help="extract meetings and agreements from articles",
                                   description="Extract meetings and agreements from .txt, .html and .jsonl articles "
                                               "(files or folders, walked recursively).")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--json", action="store_true", help="print a JSON array, one object per article")
    parser.add_argument("-o", "--out", metavar="FILE", help="write to FILE instead of standard output")
    parser.add_argument("--lang", choices=None, help="force the language (default: detected per article)")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="worker processes (default: 1)")
    parser.set_defaults(func=run_extract)


def summarize(extraction: Extraction) -> str:
    """A readable account of one article's meetings and agreements."""
    lines = [f"{extraction.source}  [{extraction.language}, published {extraction.published or 'unknown'}]"]
    if not extraction.meetings and not extraction.agreements:
        lines.append("  (no meeting or agreement found)")
    for meeting in extraction.meetings:
        flags = [f for f, on in (("call", meeting.event_type == "call"), ("multilateral", meeting.multilateral),
                                 ("planned", meeting.planned)) if on]
        lines.append(f"  meeting {meeting.date or '(date unknown)'} in {meeting.place or '(place unknown)'}"
                     + (f" [{', '.join(flags)}]" if flags else ""))
        for p in meeting.participants:
            extra = ", ".join(x for x in (p.title, p.country or p.organization) if x)
            lines.append(f"    - {p.name}" + (f" ({extra})" if extra else "")
                         + (f"  aka {', '.join(p.aliases)}" if p.aliases else ""))
        if meeting.topics:
            lines.append(f"    topics: {', '.join(meeting.topics)}")
    for agreement in extraction.agreements:
        note = " (mentioned)" if agreement.mention_only else ""
        lines.append(f"  {agreement.kind} [{agreement.status}{', ' + agreement.date if agreement.date else ''}]"
                     f" {agreement.name} — {', '.join(agreement.parties)}{note}")
    return "\n".join(lines)


def run_extract(args) -> int:
    """Extract every article under ``args.paths``; exit 1 when any input failed."""
    from graphbuild.extract import extract_articles
    from graphbuild.ingest import iter_articles
    from graphbuild.model import ModelError

    failures: list[Failure] = []

    def articles():
        for item in iter_articles(args.paths):
            if isinstance(item, Failure):
                failures.append(item)
                print(f"error: {printable(item.source)}: {printable(item.reason)}", file=sys.stderr)
                continue
            if args.lang:
                item.language = args.lang
            yield item

    results = []
    try:
        for extraction in extract_articles(articles(), jobs=args.jobs):
            if isinstance(extraction, Failure):  # an article the rules could not read: reported, the rest goes on
                failures.append(extraction)
                print(f"error: {printable(extraction.source)}: {printable(extraction.reason)}", file=sys.stderr)
                continue
            results.append(extraction.to_dict() if args.json else summarize(extraction))
    except ModelError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    output = json.dumps(results, ensure_ascii=False, indent=2) + "\n" if args.json else "\n\n".join(results) + "\n"
    if args.out:
        Path(args.out).write_text(output, encoding="utf-8")
    else:
        sys.stdout.write(output)
    if failures:
        print(f"{len(failures)} of {len(failures) + len(results)} inputs failed", file=sys.stderr)
    return 1 if failures else 0
