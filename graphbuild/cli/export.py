"""``graphbuild export``: a snapshot of the stored graph, or of the view the filters choose."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from graphbuild.cli.store import UsageError, add_db_argument, fails_cleanly

__all__ = ["register", "add_view_arguments", "view_from_args", "STATUSES"]

STATUSES = ("signed", "to_be_signed", "proposed", "under_negotiation", "in_force", "other")
# Kept here rather than imported so that `graphbuild --help` does not load networkx.
_FORMATS = ("gexf", "graphml", "json", "csv", "html", "meetings-json")
_KINDS = ("person", "country", "organization", "meeting", "agreement")


def _many(values: list[str] | None) -> tuple[str, ...]:
    """Repeated options and comma-separated lists alike: ``--country VNM,LAO --country KHM``."""
    return tuple(item.strip() for value in values or () for item in value.split(",") if item.strip())


def add_view_arguments(parser: argparse.ArgumentParser) -> None:
    """The filters of a view, the same as the app's."""
    group = parser.add_argument_group("view", "the same filters as the app; a snapshot records them")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="up to this date, inclusive")
    group.add_argument("--country", action="append", metavar="COUNTRY",
                       help="meetings and agreements involving this country (ISO3 or name; repeatable)")
    group.add_argument("--kind", action="append", metavar="KIND",
                       help=f"keep only nodes of this kind ({', '.join(_KINDS)}; repeatable)")
    group.add_argument("--topic", action="append", metavar="TOPIC", help="meetings and agreements on this topic")
    group.add_argument("--status", action="append", metavar="STATUS",
                       help=f"agreements with this status ({', '.join(STATUSES)}; repeatable)")
    group.add_argument("--search", metavar="TEXT", help="nodes whose name contains TEXT, and their neighbours")
    group.add_argument("--focus", metavar="NODE", help="only the neighbourhood of NODE (an id or a name)")
    group.add_argument("--radius", type=int, default=1, metavar="N",
                       help="meetings around --focus (default 1: everyone an official met); graph steps with "
                            "--network full")
    group.add_argument("--network", choices=("people", "full"), default="people",
                       help="people (default): --focus and --search count meetings and reach the officials met; "
                            "full: graph steps, as the full network in the app")
    group.add_argument("--between", action="store_true",
                       help="with several --country: only the meetings and agreements that involve all of them "
                            "(the ties between them), not any")
    group.add_argument("--no-undated", dest="undated", action="store_false",
                       help="with --from/--to: leave out the meetings and agreements whose year is unknown "
                            "(kept by default: they may fall in the period)")


def view_from_args(args: argparse.Namespace, graph=None):
    """The ``ViewFilter`` the options describe; ``--focus`` is resolved to a node id of ``graph``."""
    from graphbuild.graph import ViewFilter, find_nodes

    statuses = _many(args.status)
    unknown = sorted(set(statuses) - set(STATUSES))
    if unknown:
        raise UsageError(f"unknown status {', '.join(unknown)}; expected {', '.join(STATUSES)}")
    focus = args.focus
    if focus and graph is not None:
        found = find_nodes(graph, focus)
        if not found:
            raise UsageError(f"--focus: no node named {focus!r}")
        if len(found) > 1:
            raise UsageError(f"--focus: {focus!r} names several nodes ({', '.join(found)}); give the id")
        focus = found[0]
    return ViewFilter(date_from=args.date_from, date_to=args.date_to, countries=_many(args.country),
                      kinds=_many(args.kind), topics=_many(args.topic), statuses=statuses, search=args.search,
                      focus=focus, radius=args.radius, network=args.network, between=args.between,
                      undated=args.undated)


@fails_cleanly
def run_export(args: argparse.Namespace) -> int:
    """``graphbuild export``."""
    from graphbuild.export import export
    from graphbuild.graph import build_graph
    from graphbuild.store import open_store

    with open_store(args.db) as store:
        graph = build_graph(store)
    view = view_from_args(args, graph)
    snapshot = view.apply(graph)
    if str(args.out) == "-":
        export(snapshot, args.format, sys.stdout.buffer, view=view)
        sys.stdout.buffer.flush()
    else:
        export(snapshot, args.format, args.out, view=view)
        print(f"wrote {args.out}: {args.format}, {snapshot.number_of_nodes()} nodes, "
              f"{snapshot.number_of_edges()} edges", file=sys.stderr)
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the ``export`` verb."""
    parser = subparsers.add_parser(
        "export", help="write a snapshot of the graph (gexf, graphml, json, csv, html, meetings-json)",
        description="Write the stored graph, or the view chosen by the filters, in a format other tools open: "
                    "gexf (Gephi, with a timeline), graphml (Cytoscape, yEd, igraph), json (networkx node-link), "
                    "csv (zip of nodes.csv and edges.csv), html (standalone offline page), meetings-json "
                    "(the extract shape). The snapshot records its filters and creation time.")
    parser.add_argument("--format", "-f", required=True, choices=_FORMATS, help="output format")
    parser.add_argument("--out", "-o", required=True, type=Path, metavar="FILE", help="output file, - for stdout")
    add_db_argument(parser)
    add_view_arguments(parser)
    parser.set_defaults(func=run_export)
