"""Verbs on the store: fill it (ingest, rebuild), curate it (merge, set-country, rename, hide,
overrides) and ask it questions (people, meetings, ties, top)."""
from __future__ import annotations

import argparse
import functools
import json
import sqlite3
import sys
from itertools import chain
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graphbuild.cli import printable
from graphbuild.executor import EXECUTORS, ExecutorError
from graphbuild.model import ModelError
from graphbuild.records import Extraction, Failure
from graphbuild.store.schema import DEFAULT_PATH, ENV_VAR, StoreError, default_path

__all__ = ["register", "add_db_argument", "add_storing_arguments", "fails_cleanly", "read_extraction_files",
           "printable", "UsageError", "keep_graph"]

#: Articles per transaction of ``graphbuild ingest`` (``--batch``).
DEFAULT_BATCH = 500


class UsageError(Exception):
    """The command line names something that does not exist or is ambiguous."""


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """The ``--db FILE`` option every store verb takes."""
    parser.add_argument("--db", metavar="FILE", type=Path, default=None,
                        help=f"database file (default: ${ENV_VAR}, else {DEFAULT_PATH})")


def add_storing_arguments(parser: argparse.ArgumentParser) -> None:
    """``--db``, ``--no-progress`` and ``--json``: the options of every verb that stores articles."""
    add_db_argument(parser)
    parser.add_argument("--no-progress", dest="progress", action="store_false", help="no progress bar")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")


def fails_cleanly(func: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Print a store, model or input error as one line and return 2, instead of a traceback.

    An SQLite error past opening (a file corrupt beyond its header, a disk full, a lock held
    longer than the busy timeout) names the database file.
    """
    @functools.wraps(func)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return func(args)
        except (StoreError, ModelError, UsageError, ValueError, ExecutorError) as error:
            print(f"error: {printable(str(error))}", file=sys.stderr)
            return 2
        except sqlite3.Error as error:
            db = getattr(args, "db", None) or default_path()
            print(f"error: {printable(str(db))}: database error ({printable(str(error))})", file=sys.stderr)
            return 2
        except OSError as error:
            print(f"error: {printable(str(error))}", file=sys.stderr)
            return 2
    return wrapper


def _open(args: argparse.Namespace):
    from graphbuild.store import open_store

    return open_store(args.db)


# Ingest --------------------------------------------------------------------------------


def read_extraction_files(paths: list[Path]) -> tuple[list[Extraction], list[Failure]]:
    """Extractions from JSON files or folders of them: one object, a list, or ``{"articles": [...]}``.

    Folders are walked as ``graphbuild ingest`` walks article folders (links followed, loops
    reported). A file that cannot be read is one failure; an item of a list that is not in
    the extraction shape is one failure, named ``FILE[INDEX]``, and its neighbours are kept.
    """
    from graphbuild.ingest import iter_files
    from graphbuild.store.checks import clean_text

    extractions: list[Extraction] = []
    failures: list[Failure] = []
    for path in iter_files(paths, (".json",)):
        if isinstance(path, Failure):
            failures.append(path)
            continue
        try:
            data = clean_text(json.loads(path.read_text(encoding="utf-8")))
            if isinstance(data, dict):
                data = data.get("articles", [data])
            if not isinstance(data, list):
                raise ValueError("expected an extraction object, a list of them, or {\"articles\": [...]}")
        except (OSError, UnicodeDecodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            failures.append(Failure(str(path), f"cannot read: {reason}"))
            continue
        except json.JSONDecodeError as error:
            failures.append(Failure(str(path), f"not valid JSON ({error.msg}, line {error.lineno})"))
            continue
        except RecursionError:
            failures.append(Failure(str(path), "not valid JSON (nested too deeply)"))
            continue
        except ValueError as error:
            failures.append(Failure(str(path), f"not in the extraction shape ({error})"))
            continue
        for index, item in enumerate(data):
            source = str(path) if len(data) == 1 else f"{path}[{index}]"
            try:
                extractions.append(Extraction.from_dict(item))
            except (KeyError, TypeError, ValueError, AttributeError) as error:
                failures.append(Failure(source, f"not in the extraction shape ({type(error).__name__}: {error})"))
    return extractions, failures


def _report(summary: Any, as_json: bool) -> int:
    for failure in summary.failures:
        print(f"failed: {printable(failure.source)}: {printable(failure.reason)}", file=sys.stderr)
    if as_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1))
    else:
        print("\n".join(summary.lines()))
    return 1 if summary.failures else 0


@fails_cleanly
def run_ingest(args: argparse.Namespace) -> int:
    """``graphbuild ingest``."""
    from graphbuild.store import ingest_extractions, ingest_paths

    from graphbuild.executor import make_executor

    if args.batch < 1:
        raise UsageError("--batch must be 1 or more")
    if args.jobs < 1:
        raise UsageError("--jobs must be 1 or more")
    if args.executor != "dask" and args.scheduler:
        raise UsageError("--scheduler goes with --executor dask")
    # The default (this process, one job) is left to ingest_paths, which picks the extractor.
    executor = None if (args.executor, args.jobs) == ("local", 1) else make_executor(
        args.executor, jobs=args.jobs, scheduler=args.scheduler)
    addresses = [path for path in args.paths if _is_address(path)]
    if args.urls:
        from graphbuild.web import read_address_file

        try:
            addresses += read_address_file(args.urls)
        except OSError as error:
            raise UsageError(f"{args.urls}: cannot read the list of addresses ({error.strerror or error})") from None
    paths = [Path(path) for path in args.paths if not _is_address(path)]
    if args.extractions and addresses:
        raise UsageError("--extractions reads JSON files, not web addresses")
    if not paths and not addresses:
        raise UsageError("give files, folders or web addresses to ingest (or --urls FILE)")
    with _open(args) as store:
        if args.extractions:
            extractions, failures = read_extraction_files(paths)
            summary = ingest_extractions(store, extractions, progress=args.progress, batch=args.batch)
            summary.read += len(failures)
            summary.failures[:0] = failures
        else:
            from graphbuild.ingest import iter_articles
            from graphbuild.store import ingest_articles

            items = iter_articles(paths) if paths else iter(())
            if addresses:
                from graphbuild.cli.web import make_fetcher
                from graphbuild.web import fetch_articles

                skipped: list[str] = []
                items = chain(items, fetch_articles(store, make_fetcher(args), addresses, skipped=skipped))
            summary = ingest_articles(store, items, progress=args.progress, batch=args.batch, executor=executor)
            for line in skipped if addresses else ():
                print(f"left out: {printable(line)}", file=sys.stderr)
        if args.graph_file and (summary.new or summary.changed):
            keep_graph(store, summary)
    return _report(summary, args.json)


def _is_address(text: str) -> bool:
    from graphbuild.web.fetch import is_address

    return is_address(text)


#: From this many meetings on, ``graphbuild ingest`` builds the graph and keeps it for the explorer.
GRAPH_FILE_MEETINGS = 20_000


def keep_graph(store: Any, summary: Any) -> None:
    """After an ingest into a large store, build the graph now and keep it on disk (``graphbuild.graph.cache``).

    The explorer then opens at once. Small stores (under ``GRAPH_FILE_MEETINGS``) need no file.
    """
    import time

    from graphbuild.graph import build_graph
    from graphbuild.graph.cache import cache_path

    if summary.meetings < GRAPH_FILE_MEETINGS:
        return
    began = time.perf_counter()
    build_graph(store, keep=True)  # also a graph updated with the new articles: the explorer then only loads it
    if cache_path(store).is_file():
        print(f"graph kept for the explorer in {printable(str(cache_path(store)))} "
              f"({time.perf_counter() - began:.0f} s)", file=sys.stderr)


@fails_cleanly
def run_rebuild(args: argparse.Namespace) -> int:
    """``graphbuild rebuild``."""
    from graphbuild.store import rebuild

    with _open(args) as store:
        summary = rebuild(store, progress=args.progress)
    return _report(summary, args.json)


# Curation ------------------------------------------------------------------------------


def _graph(store: Any):
    from graphbuild.graph import build_graph

    return build_graph(store)


def _node(graph: Any, text: str, kinds: tuple[str, ...] = ()) -> str:
    """The one node ``text`` names (id, name, alias, ISO code, or a spelling ``same_name`` accepts)."""
    from graphbuild.graph import find_nodes
    from graphbuild.resolve import same_name

    found = find_nodes(graph, text, kinds)
    if not found and (not kinds or "person" in kinds):
        found = [node for node, data in graph.nodes(data=True) if data["kind"] == "person"
                 and any(same_name(text, name) for name in [data["label"], *data.get("aliases", [])])]
    what = " or ".join(kinds) if kinds else "node"
    if not found:
        raise UsageError(f"no {what} named {text!r}")
    if len(found) > 1:
        listed = "; ".join(f"{node} ({graph.nodes[node]['label']}, {graph.nodes[node].get('country', '?')})"
                           for node in found)
        raise UsageError(f"{text!r} names several {what}s: {listed}; give the id instead")
    return found[0]


def _recorded(override: Any) -> int:
    print(f"override {override.id}: {override.action} {json.dumps(override.args, ensure_ascii=False)}")
    print("applied at every graph build; `graphbuild overrides --remove ID` undoes it")
    return 0


@fails_cleanly
def run_merge(args: argparse.Namespace) -> int:
    """``graphbuild merge``."""
    from graphbuild.graph import node_reference

    from graphbuild.graph.curation import check_merge, preview_merge

    with _open(args) as store:
        graph = _graph(store)
        keep, absorb = _node(graph, args.person_a, ("person",)), _node(graph, args.person_b, ("person",))
        if keep == absorb:
            raise ValueError(f"{args.person_a!r} and {args.person_b!r} are already one person ({keep})")
        preview = preview_merge(graph, keep, absorb)
        check_merge(preview, force=args.force)  # refused with its reason: nothing recorded
        for line in preview.changes():
            print(printable(line))
        return _recorded(store.add_override("merge", {"keep": node_reference(graph, keep),
                                                      "absorb": node_reference(graph, absorb)}))


@fails_cleanly
def run_set_country(args: argparse.Namespace) -> int:
    """``graphbuild set-country``."""
    from graphbuild.graph import node_reference
    from graphbuild.resolve import country_code

    code = country_code(args.country)
    if code is None:
        raise ValueError(f"{args.country!r} names no country (give an ISO 3166 alpha-3 code such as VNM)")
    with _open(args) as store:
        graph = _graph(store)
        person = _node(graph, args.person, ("person",))
        return _recorded(store.add_override("set_country", {"person": node_reference(graph, person), "country": code}))


@fails_cleanly
def run_rename(args: argparse.Namespace) -> int:
    """``graphbuild rename``."""
    from graphbuild.graph import node_reference

    if not args.label.strip():
        raise ValueError("the new label is empty")
    with _open(args) as store:
        graph = _graph(store)
        node = _node(graph, args.node)
        return _recorded(store.add_override("rename", {"node": node_reference(graph, node), "label": args.label.strip()}))


@fails_cleanly
def run_hide(args: argparse.Namespace) -> int:
    """``graphbuild hide``."""
    from graphbuild.graph import node_reference

    with _open(args) as store:
        graph = _graph(store)
        node = _node(graph, args.node)
        return _recorded(store.add_override("hide", {"node": node_reference(graph, node)}))


def _source(store: Any, text: str) -> str:
    """The stored article ``text`` names: its source as stored, or the end of it (a file name)."""
    sources = [row["source"] for row in store.articles()]
    if text in sources:
        return text
    found = [source for source in sources if source.replace("\\", "/").endswith("/" + text.lstrip("/"))]
    if len(found) == 1:
        return found[0]
    if not found:
        raise UsageError(f"no stored article {text!r}; give its source as ingested, or its file name")
    raise UsageError(f"{text!r} names several articles: {'; '.join(found)}; give the whole source")


@fails_cleanly
def run_set_date(args: argparse.Namespace) -> int:
    """``graphbuild set-date``."""
    from graphbuild.store import correct_published

    with _open(args) as store:
        source = _source(store, args.article)
        summary = correct_published(store, source, args.date)
        print(f"override: {source} published {args.date.strip()}; kept across rebuilds and re-ingests")
        if summary.read:
            print(f"re-extracted it: {store.counts()['meetings']} meetings in the store")
        else:
            print("the store holds no text for it: the date applies when its file is ingested again")
    return 1 if summary.failures else 0


@fails_cleanly
def run_overrides(args: argparse.Namespace) -> int:
    """``graphbuild overrides``."""
    with _open(args) as store:
        if args.remove is not None:
            from graphbuild.store import undo_override

            if not undo_override(store, args.remove):  # a corrected date: the article is read again
                raise UsageError(f"no override {args.remove}")
            print(f"removed override {args.remove}")
            return 0
        overrides = store.overrides()
    from graphbuild.graph.curation import describe_override

    for override in overrides:
        print(f"{override.id}\t{override.created_at}\t{override.action}\t"
              f"{printable(describe_override(override.action, override.args))}\t"
              f"{printable(json.dumps(override.args, ensure_ascii=False))}")
    if not overrides:
        print("no overrides", file=sys.stderr)
    return 0


# Questions -----------------------------------------------------------------------------


@fails_cleanly
def run_people(args: argparse.Namespace) -> int:
    """``graphbuild people``."""
    from graphbuild.graph import find_nodes

    with _open(args) as store:
        graph = _graph(store)
    if args.search and args.search.strip():
        people = find_nodes(graph, args.search, ("person",), partial=True)
    else:
        people = [node for node, kind in graph.nodes(data="kind") if kind == "person"]
    for node in sorted(people, key=lambda node: graph.nodes[node]["label"]):
        data = graph.nodes[node]
        aliases = ", ".join(data.get("aliases", []))
        print(f"{node}\t{data['label']}\t{data.get('country', '-')}\t{data.get('meetings', 0)} meetings"
              + (f"\taka {aliases}" if aliases else ""))
    return 0


def _table(rows: list[list[str]], header: list[str]) -> list[str]:
    """Rows as aligned columns under a header, for people (the last column is left as long as it is)."""
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header) - 1)]
    return ["  ".join([*(str(cell).ljust(width) for cell, width in zip(row, widths)), str(row[-1])]).rstrip()
            for row in [header, *rows]]


@fails_cleanly
def run_meetings(args: argparse.Namespace) -> int:
    """``graphbuild meetings``."""
    from graphbuild.graph import meetings_of
    from graphbuild.graph.dates import human_date
    from graphbuild.graph.labels import country_name

    with _open(args) as store:
        graph = _graph(store)
    person = _node(graph, args.person, ("person",))
    data = graph.nodes[person]
    rows = meetings_of(graph, person)
    country = country_name(graph, data.get("country"))
    print(printable(f"Meetings of {data['label']}" + (f" ({country})" if country else "") + f": {len(rows)}"))
    lines = [[human_date(row.get("date")) or row.get("date_text") or "date unknown", row.get("place") or "-",
              row.get("title") or "-", ", ".join(row["with"]) or "-"] for row in rows]
    for line in _table(lines, ["date", "place", "title that day", "with"]):
        print(printable(line))
    return 0


@fails_cleanly
def run_ties(args: argparse.Namespace) -> int:
    """``graphbuild ties``."""
    from graphbuild.graph import ties_between
    from graphbuild.graph.dates import human_date
    from graphbuild.graph.labels import STATUS_NAMES, display_label

    with _open(args) as store:
        graph = _graph(store)
    ties = ties_between(graph, args.country_a, args.country_b)
    tie = ties["tie"] or {}
    names = [graph.nodes[node]["label"] if node in graph else node.split(":", 1)[-1] for node in ties["countries"]]
    span = f", {human_date(tie['start'])} to {human_date(tie['end'])}" if tie.get("start") else ""
    print(printable(f"{names[0]} – {names[1]}: {len(ties['meetings'])} meetings, {len(ties['agreements'])} "
                    f"agreements{span}"))
    if ties["meetings"]:
        print("\nMeetings")
        lines = [[human_date(row.get("date")) or row.get("date_text") or "date unknown",
                  display_label(graph, row["id"])] for row in ties["meetings"]]
        for line in _table(lines, ["date", "meeting"]):
            print(printable(line))
    if ties["agreements"]:
        print("\nAgreements")
        lines = [[STATUS_NAMES.get(row.get("status") or "", row.get("status") or "-"),
                  human_date(row.get("start")) or "date unknown", row.get("name") or row["label"]]
                 for row in ties["agreements"]]
        for line in _table(lines, ["status", "date", "agreement"]):
            print(printable(line))
    return 0


@fails_cleanly
def run_top(args: argparse.Namespace) -> int:
    """``graphbuild top``."""
    from graphbuild.graph import top_officials, top_partners
    from graphbuild.graph.labels import country_name

    with _open(args) as store:
        graph = _graph(store)
    print("Officials with most meetings")
    lines = [[str(count), graph.nodes[node]["label"], country_name(graph, graph.nodes[node].get("country")) or "-"]
             for node, count in top_officials(graph, args.limit, country=args.country)]
    for line in _table(lines, ["meetings", "official", "country"]):
        print(printable(line))
    if args.country:
        country = _node(graph, args.country, ("country",))
        print(f"\nPartners of {graph.nodes[country]['label']}, by meetings and agreements")
        lines = [[str(count), graph.nodes[node]["label"]] for node, count in top_partners(graph, args.country, args.limit)]
        for line in _table(lines, ["shared", "country"]):
            print(printable(line))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the store verbs."""
    ingest = subparsers.add_parser(
        "ingest", help="extract articles and store their facts",
        description="Read articles (.txt, .html, .jsonl, or folders of them, or web pages by their address), "
                    "extract their meetings and agreements and store them. An article stored before with the same "
                    "content is skipped, under any file name or address (its text is compared, whatever its line "
                    "ends, spacing, date header or page furniture); one whose content changed replaces its old "
                    "facts. Each failed file or page is reported on its own line; the exit code is 1 if any failed.")
    ingest.add_argument("paths", nargs="*", metavar="PATH_OR_ADDRESS",
                        help="files, folders, or web addresses (http:// or https://) of article pages")
    ingest.add_argument("--urls", type=Path, metavar="FILE",
                        help="also fetch the web addresses listed in FILE, one a line (# starts a comment)")
    ingest.add_argument("--extractions", action="store_true",
                        help="the PATHs are extraction JSON files (graphbuild extract --json output, gold files): "
                             "store them as they are, without extracting")
    ingest.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="extract in N processes on this machine (default: 1)")
    ingest.add_argument("--executor", choices=EXECUTORS, default="local",
                        help="where extraction runs: this machine (local, the default) or a Dask cluster (dask)")
    ingest.add_argument("--scheduler", metavar="ADDRESS",
                        help="the Dask scheduler, e.g. tcp://10.0.0.5:8786 (with --executor dask)")
    ingest.add_argument("--batch", type=int, default=DEFAULT_BATCH, metavar="N",
                        help=f"store up to N articles per transaction (default: {DEFAULT_BATCH}; a transaction "
                             "also ends after 0.1 s of writing, and a killed ingest loses at most that one); "
                             "1 writes each article in its own transaction")
    ingest.add_argument("--no-graph-file", dest="graph_file", action="store_false",
                        help=f"do not build and keep the graph for the explorer afterwards (done from "
                             f"{GRAPH_FILE_MEETINGS:,} meetings on, so that the explorer opens at once)")
    from graphbuild.cli.web import add_fetch_arguments

    add_fetch_arguments(ingest)
    rebuild = subparsers.add_parser(
        "rebuild", help="re-extract every stored article, keeping the overrides",
        description="Re-extract every stored article with the current extractor and replace its facts; "
                    "merges, country corrections, renames and hidden nodes are kept.")
    for parser, func in ((ingest, run_ingest), (rebuild, run_rebuild)):
        add_storing_arguments(parser)
        parser.set_defaults(func=func)

    merge = subparsers.add_parser(
        "merge", help="make two people one (kept across rebuilds)",
        description="Merge PERSON_B into PERSON_A (ids, names or aliases) and say what changes: meetings, "
                    "aliases, countries. Two people who attended the same meeting are refused, with the "
                    "meetings named, unless --force. `graphbuild overrides --remove ID` undoes a merge.")
    merge.add_argument("person_a", metavar="PERSON_A")
    merge.add_argument("person_b", metavar="PERSON_B")
    merge.add_argument("--force", action="store_true",
                       help="merge even two people seen at the same meeting")
    merge.set_defaults(func=run_merge)

    set_country = subparsers.add_parser("set-country", help="correct the country a person represents",
                                        description="Set the country of PERSON (an id, name or alias).")
    set_country.add_argument("person", metavar="PERSON")
    set_country.add_argument("country", metavar="ISO3", help="ISO 3166 alpha-3 code (or an English name)")
    set_country.set_defaults(func=run_set_country)

    rename = subparsers.add_parser("rename", help="give a node another label",
                                   description="Rename NODE (an id, or a person's, country's or agreement's name).")
    rename.add_argument("node", metavar="NODE")
    rename.add_argument("label", metavar="LABEL")
    rename.set_defaults(func=run_rename)

    hide = subparsers.add_parser("hide", help="leave a node out of the graph and its exports",
                                 description="Hide NODE (an id or a name) and its edges.")
    hide.add_argument("node", metavar="NODE")
    hide.set_defaults(func=run_hide)

    set_date = subparsers.add_parser(
        "set-date", help="correct an article's publication date (kept across rebuilds; its meetings get their years)",
        description="Correct the publication date of a stored article: the date is kept as an override, "
                    "applied again by `rebuild` and every ingest of the file, and the article is extracted "
                    "again at once, so that \"le 26 octobre\" gets its year. `overrides --remove ID` undoes it.")
    set_date.add_argument("article", metavar="ARTICLE", help="the article's source as stored, or its file name")
    set_date.add_argument("date", metavar="DATE", help="YYYY-MM-DD (or YYYY-MM, YYYY)")
    add_db_argument(set_date)
    set_date.set_defaults(func=run_set_date)
    overrides = subparsers.add_parser(
        "overrides", help="list the curation overrides, or undo one",
        description="List every override (id, date, action, what it does, its arguments), oldest first; "
                    "--remove ID undoes one: the next graph is built without it.")
    overrides.add_argument("--remove", type=int, metavar="ID", help="undo override ID")
    overrides.set_defaults(func=run_overrides)

    people = subparsers.add_parser("people", help="list people with their ids, countries and meeting counts")
    people.add_argument("search", nargs="?", metavar="TEXT", help="only people whose name contains TEXT")
    people.set_defaults(func=run_people)

    meetings = subparsers.add_parser("meetings", help="the meetings of one official, in time order")
    meetings.add_argument("person", metavar="PERSON")
    meetings.set_defaults(func=run_meetings)

    ties = subparsers.add_parser("ties", help="the meetings and agreements between two countries")
    ties.add_argument("country_a", metavar="COUNTRY_A")
    ties.add_argument("country_b", metavar="COUNTRY_B")
    ties.set_defaults(func=run_ties)

    top = subparsers.add_parser("top", help="the officials with most meetings, and a country's main partners")
    top.add_argument("--limit", type=int, default=10, metavar="N")
    top.add_argument("--country", metavar="COUNTRY", help="only officials of COUNTRY, and list its partners")
    top.set_defaults(func=run_top)

    for parser in (merge, set_country, rename, hide, overrides, people, meetings, ties, top):
        add_db_argument(parser)
