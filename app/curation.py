"""Changing the store from the app: upload articles, merge two officials (an override, as in the CLI)."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import streamlit as st

from graphbuild.graph import node_reference
from graphbuild.ingest import SUPPORTED_SUFFIXES
from graphbuild.model import ModelError
from graphbuild.records import Failure
from graphbuild.store import IngestSummary, ingest_paths, open_store

from app.cached import extract_cached, officials, store_overrides
from app.text import plain

__all__ = ["upload_dir", "ingest_uploads", "ingest_web_addresses", "upload_section", "merge_section"]

_REPORT = "_ingest_report"
_UPLOADS = "_uploads_done"


def upload_dir(db: Path) -> Path:
    """Where uploaded articles are kept, beside the store, so that each source names a real file."""
    return db.parent / "uploads"


def ingest_uploads(db: Path, files: list, *, on_progress=None) -> IngestSummary:
    """Save and ingest uploaded files one by one; a file that fails is reported and the others go on."""
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


def _merge(db: Path, graph: nx.MultiDiGraph, keep: str, absorb: str) -> None:
    with open_store(db) as store:
        store.add_override("merge", {"keep": node_reference(graph, keep), "absorb": node_reference(graph, absorb)})
    st.session_state["_merge_done"] = (graph.nodes[absorb]["label"], graph.nodes[keep]["label"])
    st.session_state["m_keep"] = None
    st.session_state["m_absorb"] = None


def _undo(db: Path, override_id: int) -> None:
    with open_store(db) as store:
        store.remove_override(override_id)


def merge_section(db: Path, stamp: tuple, graph: nx.MultiDiGraph) -> None:
    """Two official pickers and a merge button; the merges recorded so far, each with an undo."""
    people = officials(str(db), stamp)

    def label(node: str) -> str:
        data = graph.nodes[node]
        return f"{data['label']} ({data.get('country') or 'no country'}, {data.get('meetings', 0)} meetings)"

    left, right = st.columns(2)
    keep = left.selectbox("Keep this official", people, index=None, key="m_keep", format_func=label,
                          placeholder="Choose an official")
    absorb = right.selectbox("…and merge this one into it", [p for p in people if p != keep], index=None,
                             key="m_absorb", format_func=label, placeholder="Choose another official")
    st.button("Merge", key="m_merge", disabled=not (keep and absorb), on_click=_merge,
              args=(db, graph, keep, absorb), help="Recorded as an override: kept when the store is rebuilt.")
    done = st.session_state.pop("_merge_done", None)
    if done:
        st.success(plain(f"Merged {done[0]} into {done[1]}."))
    for override in store_overrides(str(db), stamp):
        if override["action"] != "merge":
            continue
        keep_ref, absorb_ref = override["args"]["keep"], override["args"]["absorb"]
        names = f"{absorb_ref.get('name') or absorb_ref.get('id')} → {keep_ref.get('name') or keep_ref.get('id')}"
        row, button = st.columns([5, 1], vertical_alignment="center")
        row.caption(plain(f"#{override['id']}: {names} ({override['created_at']})"))
        button.button("Undo", key=f"m_undo_{override['id']}", on_click=_undo, args=(db, override["id"]))
