"""The persistent store: one SQLite file of articles, their facts, identities and overrides.

``open_store()`` opens (or creates) it; ``ingest_paths`` and ``ingest_extractions`` fill it,
one transaction per article or per batch of articles (``batch=N``); ``rebuild`` re-extracts
what it holds; ``build_graph`` in ``graphbuild.graph`` turns it into a networkx graph with
the overrides applied.
"""
from __future__ import annotations

from graphbuild.store.checks import check_extraction
from graphbuild.store.database import OVERRIDE_ACTIONS, Override, Store, article_hash, extraction_hash, open_store
from graphbuild.store.pipeline import (
    BATCH_SECONDS,
    IngestSummary,
    correct_published,
    ingest_articles,
    ingest_extractions,
    ingest_paths,
    load_extractions,
    published_corrections,
    rebuild,
    undo_override,
)
from graphbuild.store.schema import DEFAULT_PATH, ENV_VAR, SCHEMA_VERSION, StoreError, default_path, migrate

__all__ = [
    "Store",
    "StoreError",
    "Override",
    "OVERRIDE_ACTIONS",
    "IngestSummary",
    "BATCH_SECONDS",
    "open_store",
    "default_path",
    "migrate",
    "ingest_extractions",
    "ingest_paths",
    "ingest_articles",
    "rebuild",
    "correct_published",
    "published_corrections",
    "undo_override",
    "load_extractions",
    "article_hash",
    "extraction_hash",
    "check_extraction",
    "DEFAULT_PATH",
    "ENV_VAR",
    "SCHEMA_VERSION",
]
