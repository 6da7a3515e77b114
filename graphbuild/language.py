"""Which language an article is written in, among those the extractor has data for."""
from __future__ import annotations

from functools import lru_cache

from graphbuild.lang import available_languages

__all__ = ["detect_language"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(available_languages()))
    return identifier


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the article's language (a language with data files; French by default)."""
    languages = available_languages()
    if len(languages) == 1 or not text.strip():
        return "fr" if "fr" in languages else languages[0]
    code, _ = _identifier().classify(text[:5000])
    return code
