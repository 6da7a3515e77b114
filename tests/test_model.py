"""The English pipeline is a repackaging of spaCy's en_core_web_sm: check what it is before trusting it."""
from __future__ import annotations

import json

import pytest

from graphbuild.model import MODELS, model_path


def test_english_model_is_the_mit_licensed_3_8_weights_with_builtin_architectures():
    path = model_path(MODELS["en"])
    meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    assert meta["license"] == "MIT"
    assert meta["version"] == "3.8.0" and meta["lang"] == "en"
    config = (path / "config.cfg").read_text(encoding="utf-8")
    architectures = {line.split("=", 1)[1].strip().strip('"') for line in config.splitlines()
                     if line.strip().startswith("@architectures")}
    assert architectures and all(a.startswith("spacy.") for a in architectures), architectures
    assert "code" not in config.split("[nlp]")[0]  # no custom code path


@pytest.mark.model
def test_models_load_once_and_keep_only_what_extraction_uses():
    from graphbuild.model import load_model

    assert load_model("fr") is load_model("fr")
    assert "ner" in load_model("fr").pipe_names and "parser" not in load_model("fr").pipe_names
