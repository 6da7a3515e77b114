"""Changing the store from the app: upload articles, merge two officials, undo any override (as in the CLI).

None of it is offered by an explorer started ``--read-only`` (``app.cached.read_only``), and
each writer checks it again: a read-only server never writes.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import streamlit as st

from graphbuild.graph import node_reference
from graphbuild.graph.curation import MergeRefused, check_merge, describe_override, preview_merge
from graphbuild.ingest import SUPPORTED_SUFFIXES
from graphbuild.model import ModelError
from graphbuild.records import Failure
from graphbuild.store import IngestSummary, ingest_paths, open_store, undo_override

from app.cached import extract_cached, officials, read_only, store_overrides
from app.text import plain

__all__ = ["upload_dir", "ingest_uploads", "ingest_web_addresses", "upload_section", "merge_section",
           "overrides_section"]

_REPORT = "_ingest_report"
_UPLOADS = "_uploads_done"


def upload_dir(db: Path) -> Path:
    """Where uploaded articles are kept, beside the store, so that each source names a real file."""
    return db.parent / "uploads"


def _writable() -> None:
    if read_only():
        raise PermissionError("this explorer is read-only")


def ingest_uploads(db: Path, files: list, *, on_progress=None) -> IngestSummary:
    """Save and ingest uploaded files one by one; a file that fails is reported and the others go on.

    An article stored already (the same text under any name) is ``unchanged``, and its copy
    is not kept in the uploads folder.
    """
    _writable()
    total = IngestSummary()
    folder = upload_dir(db)
    folder.mkdir(parents=True, exist_ok=True)
    with open_store(db) as store:
        for index, upload in enumerate(files):
            if on_progress:
                on_progress(index, upload.name)
            path = folder / Path(upload.name).name
            path.write_bytes(upload.getvalue())
            try:
                summary = ingest_paths(store, [path], extract=extract_cached, progress=False)
            except ModelError as error:
                total.read += 1
                total.failures.append(Failure(upload.name, str(error)))
                continue
            if summary.unchanged and store.content_hash(str(path)) is None:
                path.unlink(missing_ok=True)  # the story is stored under another name
            for name in ("read", "new", "changed", "unchanged"):
                setattr(total, name, getattr(total, name) + getattr(summary, name))
            total.failures += [Failure(Path(f.source).name, f.reason) for f in summary.failures]
            total.meetings, total.people, total.agreements = summary.meetings, summary.people, summary.agreements
    return total


def ingest_web_addresses(db: Path, addresses: list[str], *, on_progress=None) -> IngestSummary:
    """Fetch and ingest the articles at web addresses, politely (``graphbuild.web``); failures named by address."""
    from graphbuild.web import Fetcher, ingest_addresses

    def announced():
        for index, address in enumerate(addresses):
            if on_progress:
                on_progress(index, address)
            yield address

    with open_store(db) as store:
        try:
            summary, _ = ingest_addresses(store, announced(), fetcher=Fetcher(), extract=extract_cached)
        except ModelError as error:
            summary = IngestSummary(read=len(addresses), failures=[Failure("model", str(error))])
    return summary


def _report_ingest(summary: IngestSummary) -> None:
    st.session_state[_REPORT] = summary.to_dict()
    st.session_state[_UPLOADS] = st.session_state.get(_UPLOADS, 0) + 1
    st.rerun()  # the graph above is drawn from the store as it was: draw it again


def upload_section(db: Path) -> None:
    """A file picker for articles and the report of the last ingest."""
    # A new key after each ingest empties the picker, so that the same files are not sent twice.
    files = st.file_uploader(
        "Articles (.txt, .html, .jsonl), several at once",
        type=[suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES],
        accept_multiple_files=True,
        key=f"u_files_{st.session_state.get(_UPLOADS, 0)}",
    )
    if st.button("Ingest", key="u_ingest", type="primary", disabled=not files):
        bar = st.progress(0.0, text="Starting…")

        def advance(index: int, name: str) -> None:
            bar.progress(index / len(files), text=f"Extracting {name} ({index + 1} of {len(files)})")

        summary = ingest_uploads(db, list(files), on_progress=advance)
        bar.progress(1.0, text="Done")
        _report_ingest(summary)
    text = st.text_area("…or web addresses of articles, one a line (fetched politely: robots.txt respected, "
                        "one page at a time per site)", key=f"u_addresses_{st.session_state.get(_UPLOADS, 0)}",
                        placeholder="https://www.example.org/news/2025/10/27/talks.html")
    if st.button("Fetch and store", key="u_fetch"):
        addresses = [line.strip() for line in text.splitlines() if line.strip()]
        if not addresses:
            st.warning("Write one web address a line first.")
        else:
            bar = st.progress(0.0, text="Starting…")

            def fetching(index: int, address: str) -> None:
                bar.progress(index / len(addresses), text=f"Fetching {address} ({index + 1} of {len(addresses)})")

            summary = ingest_web_addresses(db, addresses, on_progress=fetching)
            bar.progress(1.0, text="Done")
            _report_ingest(summary)
    report = st.session_state.get(_REPORT)
    if report:
        stored = report["new"] + report["changed"]
        message = (f"Last ingest: {report['read']} article(s) read, {report['new']} new, {report['changed']} changed, "
                   f"{report['unchanged']} unchanged, {report['failed']} failed.")
        (st.success if stored or not report["failed"] else st.warning)(message)
        for failure in report["failures"]:
            st.error(plain(f"{failure['source']}: {failure['reason']}"))


def _merge(db: Path, graph: nx.MultiDiGraph, keep: str, absorb: str, force: bool) -> None:
    _writable()
    try:
        check_merge(preview_merge(graph, keep, absorb), force=force)
    except MergeRefused as refused:
        st.session_state["_merge_refused"] = str(refused)
        return
    with open_store(db) as store:
        store.add_override("merge", {"keep": node_reference(graph, keep), "absorb": node_reference(graph, absorb)})
    st.session_state["_merge_done"] = (graph.nodes[absorb]["label"], graph.nodes[keep]["label"])
    st.session_state["m_keep"] = None
    st.session_state["m_absorb"] = None
    st.session_state["m_confirm"] = False


def _undo(db: Path, override_id: int) -> None:
    _writable()
    with open_store(db) as store:
        undo_override(store, override_id, extract=extract_cached)  # a corrected date: the article is read again


def merge_section(db: Path, stamp: tuple, graph: nx.MultiDiGraph) -> None:
    """Two official pickers, what merging them would change, and a merge that waits for confirmation.

    Two officials seen at the same meeting are two people: the reason is shown, and the merge
    needs the box that says to merge them anyway (``graphbuild merge --force``).
    """
    people = officials(str(db), stamp)

    def label(node: str) -> str:
        data = graph.nodes[node]
        return f"{data['label']} ({data.get('country') or 'no country'}, {data.get('meetings', 0)} meetings)"

    left, right = st.columns(2)
    keep = left.selectbox("Keep this official", people, index=None, key="m_keep", format_func=label,
                          placeholder="Choose an official")
    absorb = right.selectbox("…and merge this one into it", [p for p in people if p != keep], index=None,
                             key="m_absorb", format_func=label, placeholder="Choose another official")
    confirmed, refused = False, False
    if keep and absorb and keep in graph and absorb in graph:
        preview = preview_merge(graph, keep, absorb)
        st.markdown("**What will change**\n\n" + "\n".join(f"- {plain(line)}" for line in preview.changes()))
        refused = bool(preview.refusal)
        if refused:
            st.warning(plain(f"Refused: {preview.refusal}."))
        confirmed = st.checkbox("Merge them anyway" if refused else "Merge these two officials", key="m_confirm")
    st.button("Merge", key="m_merge", disabled=not (keep and absorb and confirmed), on_click=_merge,
              args=(db, graph, keep, absorb, refused and confirmed),
              help="Recorded as an override: kept when the store is rebuilt, undone below.")
    done = st.session_state.pop("_merge_done", None)
    if done:
        st.success(plain(f"Merged {done[0]} into {done[1]}."))
    refusal = st.session_state.pop("_merge_refused", None)
    if refusal:
        st.error(plain(refusal))


def overrides_section(db: Path, stamp: tuple) -> None:
    """Every override of the store (merges, countries, renames, hidden nodes, corrected dates), each with an undo."""
    overrides = store_overrides(str(db), stamp)
    st.markdown(f"**Overrides** ({len(overrides)})")
    if not overrides:
        st.caption("None yet. Merges made here, dates corrected in an article's view, and `graphbuild merge`, "
                   "`set-country`, `rename`, `hide` and `set-date`, "
                   "are listed here and can be undone.")
    for override in overrides:
        row, button = st.columns([5, 1], vertical_alignment="center")
        row.caption(plain(f"#{override['id']}: {describe_override(override['action'], override['args'])} "
                          f"({override['created_at']})"))
        key = "m_undo" if override["action"] == "merge" else "o_undo"
        button.button("Undo", key=f"{key}_{override['id']}", on_click=_undo, args=(db, override["id"]))
