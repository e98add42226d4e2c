"""Language identification (py3langid), on a prefix of the text."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str, sample: int = 3000) -> str | None:
    """ISO 639-1 code of the text's language, or ``None`` when too short to tell."""
    snippet = text[:sample]
    if sum(ch.isalpha() for ch in snippet) < 20:
        return None
    lang, prob = _identifier().classify(snippet)
    return str(lang) if prob >= 0.5 else None
