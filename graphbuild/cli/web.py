"""Verbs on the web: ``graphbuild follow`` (a site's feeds and sitemaps), and the fetch options ``ingest`` shares."""
from __future__ import annotations

import argparse
import sys
from datetime import date

from graphbuild.cli import printable
from graphbuild.cli.store import (DEFAULT_BATCH, UsageError, _open, _report, add_storing_arguments, fails_cleanly,
                                  keep_graph)
from graphbuild.web.fetch import DEFAULT_DELAY, DEFAULT_RETRIES, DEFAULT_TIMEOUT

__all__ = ["register", "add_fetch_arguments", "make_fetcher"]


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    """``--delay``, ``--timeout`` and ``--retries``: how politely and patiently pages are fetched."""
    parser.add_argument("--delay", type=float, default=DEFAULT_DELAY, metavar="SECONDS",
                        help=f"wait between two requests to the same site (default: {DEFAULT_DELAY:g}; "
                             "longer when its robots.txt asks for a Crawl-delay)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"give up on a page that does not answer within this (default: {DEFAULT_TIMEOUT:g})")
    parser.add_argument("--retries", type=int, default=DEFAULT_RETRIES, metavar="N",
                        help=f"try a page again N times when the server fails (5xx), waiting twice as long "
                             f"each time (default: {DEFAULT_RETRIES})")


def make_fetcher(args: argparse.Namespace):  # noqa: ANN201 - a graphbuild.web.Fetcher
    """The fetcher the options describe; UsageError when they are out of range."""
    from graphbuild.web import Fetcher

    if args.delay < 0 or args.timeout <= 0 or args.retries < 0:
        raise UsageError("--delay and --retries must be 0 or more, --timeout more than 0")
    return Fetcher(delay=args.delay, timeout=args.timeout, retries=args.retries)


def _day(text: str) -> str:
    try:
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


@fails_cleanly
def run_follow(args: argparse.Namespace) -> int:
    """``graphbuild follow``."""
    from graphbuild.web import follow

    if args.max is not None and args.max < 0:
        raise UsageError("--max must be 0 or more")
    fetcher = make_fetcher(args)
    with _open(args) as store:
        report, summary = follow(store, args.sites, fetcher=fetcher, since=args.since, limit=args.max,
                                 progress=args.progress, batch=DEFAULT_BATCH)
        for line in report.skipped:
            print(f"left out: {printable(line)}", file=sys.stderr)
        print("\n".join(report.lines()))
        if args.graph_file and (summary.new or summary.changed):
            keep_graph(store, summary)
    return _report(summary, args.json)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``follow``."""
    parser = subparsers.add_parser(
        "follow", help="fetch and store the new articles of news sites (their feeds and sitemaps)",
        description="Find the RSS/Atom feeds and sitemaps of each site (or read the feed or sitemap given), "
                    "fetch the articles not stored yet and ingest them. Run it again (from cron, say) to pick "
                    "up what is new: stored addresses are never fetched twice, failed ones are tried again. "
                    "One request at a time per site, robots.txt respected. Exit code 1 if a page failed.")
    parser.add_argument("sites", nargs="+", metavar="FEED_OR_SITE",
                        help="a feed, a sitemap or any page of a site (its home page, a section)")
    parser.add_argument("--since", type=_day, metavar="DATE",
                        help="leave out articles published before DATE (YYYY-MM-DD)")
    parser.add_argument("--max", type=int, metavar="N", help="fetch at most N articles this run, the newest first")
    add_fetch_arguments(parser)
    add_storing_arguments(parser)
    parser.add_argument("--no-graph-file", dest="graph_file", action="store_false",
                        help="do not update the graph kept for the explorer afterwards")
    parser.set_defaults(func=run_follow)
