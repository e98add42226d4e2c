"""Place-name normalisation: case, accents, apostrophes, hyphens and spaces folded away.

``"Sanum-dong"``, ``"Sanum dong"`` and ``"SANUMDONG"`` share the key ``"sanumdong"``;
``"Hamhŭng"`` and ``"P'yŏngsŏng"`` fold to ``"hamhung"`` and ``"pyongsong"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Characters allowed between the words of one name: space, hyphens, apostrophes.
JOINERS = frozenset(" \u00a0-\u2010\u2011\u2012\u2013'\u2019\u02bc`")
_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character, lower-cased and stripped of accents ('' for marks)."""
    decomposed = unicodedata.normalize("NFKD", ch)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower()


def fold(text: str) -> str:
    """Lower-case, accent-free text (may change length: use only for keys)."""
    return "".join(fold_char(c) for c in text)


def name_key(name: str) -> str:
    """The matching key of a name: folded letters and digits only."""
    if name.isascii():
        lowered = name.lower()
        return lowered if lowered.isalnum() else "".join(ch for ch in lowered if ch.isalnum())
    # Marks left by the decomposition are not alphanumeric, so they drop out here.
    return "".join(ch for ch in unicodedata.normalize("NFKD", name).lower() if ch.isalnum())


def word_count(name: str) -> int:
    return len(_WORD.findall(name))


@dataclass(frozen=True)
class Word:
    start: int
    end: int
    key: str  # folded letters and digits


def words(text: str) -> list[Word]:
    """The words of ``text`` with their offsets and folded keys."""
    return [Word(m.start(), m.end(), name_key(m.group())) for m in _WORD.finditer(text)]


def joinable(text: str, left: Word, right: Word) -> bool:
    """Whether two adjacent words may belong to one name (only joiners between them)."""
    gap = text[left.end : right.start]
    return len(gap) <= 2 and all(c in JOINERS for c in gap)
