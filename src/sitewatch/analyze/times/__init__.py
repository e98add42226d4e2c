"""Time expressions: found, normalised to TIMEX3-style values, and resolved (issue 3).

``find_times`` is the pure function; ``TimeStage`` runs it in the pipeline;
``publication_date_from_text`` reads a date line; ``governing_time`` picks the date a
claim or event is about. See docs/times.md.
"""

from .govern import governing_time
from .model import TimeExpression
from .normalize import find_times
from .pubdate import publication_date_from_text
from .stage import TimeStage

__all__ = [
    "TimeExpression",
    "TimeStage",
    "find_times",
    "governing_time",
    "publication_date_from_text",
]
