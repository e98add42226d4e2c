"""The unit the coreference engine works on: one event mention in one sentence."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    """An event mention: its trigger inside a sentence, and what is known around it.

    ``start``/``end`` are character offsets of the trigger within ``sentence``. ``lemma`` is
    the trigger's head lemma when the caller has one (a parser's); when empty the engine
    derives a crude one from the trigger text. Arguments are plain strings as found in text
    (``time="Tuesday"``, ``place="Sohae"``, ``participants=("Vincent Jackson", "Chargers")``);
    ``people`` are the participants that are persons (``("Vincent Jackson",)``).
    ``arguments`` are the lower-case lemmas of the nouns, names and numbers in the trigger's
    syntactic arguments (subject, object, prepositional objects, possessor: ``("jackson",
    "suspicion", "driving")``), as :func:`.arguments.trigger_arguments` reads them from a
    parse; empty when the caller has no parser. ``topic`` is an optional grouping key (a
    story, a watched site): mentions with different topics are never merged.
    """

    id: str
    doc_id: str
    sentence: str
    start: int
    end: int
    lemma: str = ""
    time: tuple[str, ...] = ()
    place: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    arguments: tuple[str, ...] = ()
    topic: str | None = None

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end <= len(self.sentence):
            raise ValueError(
                f"mention {self.id}: trigger span {self.start}-{self.end} "
                f"outside its sentence of {len(self.sentence)} characters"
            )

    @property
    def trigger(self) -> str:
        return self.sentence[self.start : self.end]
