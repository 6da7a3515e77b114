"""Fixtures of the hardening tests (the helpers are in ``hardening_helpers``)."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def spacy_models():
    """Both spaCy pipelines, loaded once for the session (the cached loader)."""
    from graphbuild.model import load_model

    return load_model("fr"), load_model("en")
