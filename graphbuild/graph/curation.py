"""Curation that keeps its word: what a merge will change, whether it is safe, and overrides told in words.

The CLI (``graphbuild merge``) and the explorer ask the same questions here, of the graph as
it is now: which meetings the absorbed person brings, which spellings become aliases, which
countries each gives. Two people seen at one meeting are two people: such a merge is refused
with its reason unless it is forced.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import networkx as nx

__all__ = ["MergePreview", "MergeRefused", "preview_merge", "check_merge", "describe_override"]


class MergeRefused(ValueError):
    """A merge that would make one person of two seen at the same meeting (``--force`` to do it anyway)."""


@dataclass(slots=True)
class MergePreview:
    """What merging ``absorb`` into ``keep`` changes in the graph."""

    keep: str
    absorb: str
    keep_label: str
    absorb_label: str
    keep_meetings: int
    absorb_meetings: int
    #: labels of the meetings both attended: the reason to refuse
    shared_meetings: list[str] = field(default_factory=list)
    #: spellings of ``absorb`` that become aliases of ``keep``
    new_aliases: list[str] = field(default_factory=list)
    keep_country: str | None = None
    absorb_country: str | None = None

    @property
    def meetings_after(self) -> int:
        """The merged person's meetings: each meeting counted once."""
        return self.keep_meetings + self.absorb_meetings - len(self.shared_meetings)

    @property
    def refusal(self) -> str | None:
        """Why the merge is refused (they attended the same meeting), None when it is safe."""
        if not self.shared_meetings:
            return None
        shown = "; ".join(self.shared_meetings[:3]) + (f" and {len(self.shared_meetings) - 3} more"
                                                         if len(self.shared_meetings) > 3 else "")
        return (f"{self.absorb_label} and {self.keep_label} both attended "
                f"{_count(len(self.shared_meetings), 'meeting')} ({shown}): two people at one meeting are two people")

    def changes(self) -> list[str]:
        """What the merge changes, one fact per line: meetings, aliases, countries."""
        lines = [f"{self.absorb_label} ({_count(self.absorb_meetings, 'meeting')}) becomes part of {self.keep_label} "
                 f"({_count(self.keep_meetings, 'meeting')}): {_count(self.meetings_after, 'meeting')} after the merge"]
        if self.new_aliases:
            lines.append(f"new aliases of {self.keep_label}: {', '.join(self.new_aliases)}")
        if self.keep_country == self.absorb_country:
            lines.append(f"country: {self.keep_country or 'none known'}, unchanged")
        elif not self.keep_country or not self.absorb_country:
            lines.append(f"country: {self.keep_country or self.absorb_country}")
        else:
            lines.append(f"countries differ: {self.keep_country} ({self.keep_label}) and {self.absorb_country} "
                         f"({self.absorb_label}); the merged person gets the one most reports give "
                         f"(`graphbuild set-country` to choose)")
        return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'s' * (number != 1)}"


def _meetings(graph: nx.MultiDiGraph, person: str) -> set[str]:
    return {meeting for meeting, edges in graph._succ[person].items()
            if any(edge["kind"] == "attended" for edge in edges.values())}


def preview_merge(graph: nx.MultiDiGraph, keep: str, absorb: str) -> MergePreview:
    """What merging the person ``absorb`` into ``keep`` (node ids of ``graph``) would change."""
    for node in (keep, absorb):
        if graph.nodes[node]["kind"] != "person":
            raise ValueError(f"{node} is not a person")
    kept, absorbed = graph.nodes[keep], graph.nodes[absorb]
    shared = _meetings(graph, keep) & _meetings(graph, absorb)
    known = {kept["label"], *kept.get("aliases", [])}
    return MergePreview(
        keep=keep, absorb=absorb, keep_label=kept["label"], absorb_label=absorbed["label"],
        keep_meetings=len(_meetings(graph, keep)), absorb_meetings=len(_meetings(graph, absorb)),
        shared_meetings=sorted(graph.nodes[meeting]["label"] for meeting in shared),
        new_aliases=[name for name in [absorbed["label"], *absorbed.get("aliases", [])] if name not in known],
        keep_country=kept.get("country"), absorb_country=absorbed.get("country"),
    )


def check_merge(preview: MergePreview, *, force: bool = False) -> None:
    """Raise ``MergeRefused`` with the reason when the merge is unsafe and not forced."""
    if preview.refusal and not force:
        raise MergeRefused(f"merge refused: {preview.refusal}; give --force to merge them anyway")


def _reference(ref: dict[str, Any]) -> str:
    return str(ref.get("name") or ref.get("id") or "?")


def describe_override(action: str, args: dict[str, Any]) -> str:
    """An override in words: "merge To Lam into Tô Lâm", "hide country:FRA", "set the publication date of a.txt to 2025-10-27"."""
    if action == "merge":
        return f"merge {_reference(args.get('absorb', {}))} into {_reference(args.get('keep', {}))}"
    if action == "set_country":
        return f"set the country of {_reference(args.get('person', {}))} to {args.get('country')}"
    if action == "rename":
        return f"rename {_reference(args.get('node', {}))} to {args.get('label')}"
    if action == "hide":
        return f"hide {_reference(args.get('node', {}))}"
    if action == "set_published":
        was = f" (was {args['original'] or 'unknown'})" if "original" in args else ""
        return f"set the publication date of {args.get('source')} to {args.get('published')}{was}"
    return f"{action} {args}"
