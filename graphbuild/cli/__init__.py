"""The ``graphbuild`` command: one entry point, one module per group of verbs.

Each module in this package exposes ``register(subparsers)``, which adds its verbs and
sets ``func`` on their parsers; ``func(args)`` returns the exit code.
"""
from __future__ import annotations

import argparse
import re
import sys
from importlib import import_module

__all__ = ["main", "build_parser", "printable"]

# Control characters and bidirectional overrides: in a file name or a reason they could
# rewrite or reorder what the terminal shows.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` for one line of a terminal: control and bidi characters shown as escapes (``\\x1b``)."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)

# Modules that add verbs; a module listed here but absent is skipped so that the
# command keeps working while a verb group is being written.
VERB_MODULES = ("extract", "store", "web", "export", "serve")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser, with every available verb."""
    parser = argparse.ArgumentParser(
        prog="graphbuild",
        description="Extract diplomatic meetings and agreements from news and build their graph.",
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in VERB_MODULES:
        try:
            module = import_module(f"graphbuild.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"graphbuild.cli.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one verb and return its exit code."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
