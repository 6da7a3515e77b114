"""The ``graphbuild`` command: one entry point, one module per group of verbs.

Each module in this package exposes ``register(subparsers)``, which adds its verbs and
sets ``func`` on their parsers; ``func(args)`` returns the exit code.
"""
from __future__ import annotations

import argparse
import sys
from importlib import import_module

__all__ = ["main", "build_parser"]

# Modules that add verbs; a module listed here but absent is skipped so that the
# command keeps working while a verb group is being written.
VERB_MODULES = ("extract", "store", "export", "serve")


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
