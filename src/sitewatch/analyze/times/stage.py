"""The ``times`` stage: time expressions of a parsed document, resolved against its date."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...model import Analysis
from .anchor import spacy_modifies_noun, spacy_tense
from .normalize import find_times

HINT_LABELS = ("DATE", "TIME")


@dataclass
class TimeStage:
    """Fills ``analysis.times`` (see docs/times.md) from the text, the spaCy parse (for tense)
    and the publication date; without a publication date relative expressions stay unresolved.

    ``use_entity_hints`` keeps spaCy DATE/TIME entities that no rule understood, with value
    null: more recall for search and highlighting, at the cost of unresolved items. Off by
    default: on TempEval-3 it lowers both span and value F1 (docs/times.md).
    """

    name: str = "times"
    requires: tuple[str, ...] = ("spacy_doc",)
    assigns: tuple[str, ...] = ("times",)
    use_entity_hints: bool = False

    def __call__(self, analysis: Analysis) -> Analysis:
        doc: Any = analysis.spacy_doc
        published = analysis.document.published
        hints = None
        if doc is not None and self.use_entity_hints:
            hints = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in HINT_LABELS]
        found = find_times(
            analysis.document.text,
            published.value if published else None,
            spacy_tense(doc) if doc is not None else None,
            hints,
            spacy_modifies_noun(doc) if doc is not None else None,
        )
        analysis.times = [expr.to_json() for expr in found]
        return analysis
