"""File names that say what a snapshot holds: ``ties_VNM-POL_2025-01_2025-12.gexf``.

The stem names the countries (in the order chosen), the period, the focus, the search and
the other filters; ``snapshot_name`` adds the format's extension. The app names its
downloads with it; the CLI may use it wherever it has to choose a file name itself.
"""
from __future__ import annotations

import re

from graphbuild.graph.query import ViewFilter
from graphbuild.resolve import fold

__all__ = ["snapshot_stem", "snapshot_name"]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:40] or "x"


def snapshot_stem(view: ViewFilter, *, focus_label: str | None = None) -> str:
    """A file stem for ``view``, e.g. ``ties_VNM-POL_2025-01_2025-12``; ``focus_label`` names the focus node."""
    parts = ["ties"]
    codes = [c.split(":", 1)[-1].upper() for c in view.countries]  # in the order the user chose them
    parts.append("-".join(codes) if codes else "all")
    if view.date_from or view.date_to:
        parts += [view.date_from or "start", view.date_to or "end"]
    if view.focus:
        parts.append(f"around-{_slug(focus_label or view.focus)}-r{view.radius}")
    if view.search:
        parts.append(f"search-{_slug(view.search)}")
    for name in ("topics", "statuses", "kinds"):
        values = getattr(view, name)
        if values:
            parts.append("-".join(_slug(v) for v in values)[:60])
    return "_".join(parts)


def snapshot_name(view: ViewFilter, fmt: str, *, focus_label: str | None = None) -> str:
    """The file name of ``view`` exported in ``fmt`` (a key of ``FORMATS``); formats sharing an extension differ.

    ``csv`` gives ``….csv.zip`` and ``meetings-json`` gives ``….meetings.json``, beside ``json``'s ``….json``.
    """
    from graphbuild.export import _format  # the registry's package imports this module first

    extension = _format(fmt).extension
    stem = snapshot_stem(view, focus_label=focus_label)
    if fmt == extension.lstrip("."):
        return f"{stem}{extension}"
    return f"{stem}.{fmt.removesuffix('-json')}{extension}"
