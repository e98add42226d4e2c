"""Recognising watched sites in text: by name (any alias, spelling variants included),
by the initials of a name the report spells out ("CMI" for the Chemical Material
Institute), and by description ("the site", "the launch site") right after a site was named.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .gazetteer import Site
from .names import Word, joinable, name_key, word_count, words

NAMED = 0.95  # confidence of a match by name or alias
DESCRIBED = 0.6  # ... of "the site" in the sentence of the naming or the next one
DESCRIBED_FAR = 0.5  # ... two sentences on
MAX_SENTENCES = 2  # how far a description may be from the last named site
MIN_KEY = 4  # shorter aliases are too ambiguous to match
ACRONYM = 0.9  # ... of a site's initials in a report that spells its name out
MIN_ACRONYM = 3  # "CMI"; two letters are too ambiguous
_MINOR_WORDS = frozenset({"of", "the", "and", "for", "de"})

_ANY = None
_PRODUCTION = frozenset(
    {
        "missile_production",
        "enrichment",
        "uranium_mill",
        "reprocessing",
        "reactor",
        "nuclear_complex",
        "research",
    }
)
_HEAD_KINDS: dict[str, frozenset[str] | None] = {
    "site": _ANY,
    "facility": _ANY,
    "complex": _ANY,
    "plant": _PRODUCTION,
    "factory": _PRODUCTION,
    "institute": frozenset({"missile_production", "research", "nuclear_complex"}),
    "base": frozenset({"missile_operating_base", "submarine_base", "naval_base", "airbase"}),
    "shipyard": frozenset({"submarine_base", "naval_base"}),
    "station": frozenset({"launch_site"}),
    "reactor": frozenset({"reactor", "nuclear_complex"}),
}
_MODIFIER_KINDS: dict[str, frozenset[str]] = {
    "launch": frozenset({"launch_site", "engine_test_stand"}),
    "test": frozenset({"nuclear_test_site", "launch_site", "engine_test_stand"}),
    "nuclear": frozenset(
        {
            "nuclear_test_site",
            "nuclear_complex",
            "reactor",
            "enrichment",
            "reprocessing",
            "uranium_mill",
        }
    ),
    "missile": frozenset(
        {"missile_production", "missile_operating_base", "launch_site", "engine_test_stand"}
    ),
    "enrichment": frozenset({"enrichment", "nuclear_complex"}),
    "production": _PRODUCTION,
    "manufacturing": _PRODUCTION,
    "research": frozenset({"missile_production", "research", "nuclear_complex"}),
    "submarine": frozenset({"submarine_base"}),
    "naval": frozenset({"submarine_base", "naval_base"}),
}
_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(?P<mod>" + "|".join(_MODIFIER_KINDS) + r")\s+)?"
    r"(?P<head>" + "|".join(_HEAD_KINDS) + r")\b"
)


@dataclass(frozen=True)
class SiteMention:
    start: int
    end: int
    text: str
    site: Site
    confidence: float
    how: str = "name"  # name | description


class SiteMatcher:
    """Finds the sites of a gazetteer in text; built once per gazetteer."""

    def __init__(self, sites: Iterable[Site]) -> None:
        self._by_key: dict[str, Site] = {}
        self._prefixes: set[str] = set()  # every prefix of every key, to stop early
        longest = 1
        for site in sites:
            for alias in site.names:
                key = name_key(alias)
                if len(key) < MIN_KEY:
                    continue
                self._by_key.setdefault(key, site)
                self._prefixes.update(key[:i] for i in range(1, len(key) + 1))
                longest = max(longest, word_count(alias))
        # A one-word alias ("Sanumdong") may be written as several words ("Sanum dong").
        self._max_words = longest + 2

    def find(self, text: str) -> list[SiteMention]:
        """Every site named in ``text``, longest match first, left to right."""
        found: list[SiteMention] = []
        ws = words(text)
        i = 0
        while i < len(ws):
            match = self._longest_at(text, ws, i)
            if match is None:
                i += 1
                continue
            n, site = match
            start, end = ws[i].start, ws[i + n - 1].end
            found.append(SiteMention(start, end, text[start:end], site, NAMED))
            i += n
        return found

    def _longest_at(self, text: str, seq: Sequence[Word], i: int) -> tuple[int, Site] | None:
        key = ""
        best: tuple[int, Site] | None = None
        for n in range(1, self._max_words + 1):
            j = i + n - 1
            if j >= len(seq):
                break
            key += seq[j].key
            if key not in self._prefixes or (n > 1 and not joinable(text, seq[j - 1], seq[j])):
                break
            site = self._by_key.get(key)
            if site is not None:
                best = (n, site)
        return best

    def acronyms(self, text: str, named: Sequence[SiteMention]) -> list[SiteMention]:
        """A site's initials ("CMI") where the report also names the site by a name of
        three or more capitalised words ("the Chemical Material Institute in Hamhung"):
        the initials of the site's names, written in capitals as one word."""
        wanted: dict[str, Site] = {}
        for mention in named:
            for name in mention.site.names:
                initials = acronym(name)
                if initials and len(initials) >= MIN_ACRONYM:
                    wanted.setdefault(initials, mention.site)
        if not wanted:
            return []
        taken = [(m.start, m.end) for m in named]
        pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, wanted)) + r")(?![\w-])")
        return [
            SiteMention(m.start(), m.end(), m.group(), wanted[m.group()], ACRONYM, "acronym")
            for m in pattern.finditer(text)
            if not any(s < m.end() and m.start() < e for s, e in taken)
        ]

    def descriptions(
        self, text: str, named: Sequence[SiteMention], sentences: Sequence[tuple[int, int]]
    ) -> list[SiteMention]:
        """ "The site", "the facility", ... resolved to the site last named before them.

        Only when that site was named at most :data:`MAX_SENTENCES` sentences earlier and
        the description fits its kind ("the launch site" never points at a factory).
        """
        if not named:
            return []
        starts = [s for s, _ in sentences] or [0]
        taken = [(m.start, m.end) for m in named]
        found: list[SiteMention] = []
        for match in _DESCRIPTION.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            previous = [m for m in named if m.end <= start]
            if not previous:
                continue
            last = previous[-1]
            distance = bisect_right(starts, start) - bisect_right(starts, last.start)
            if distance > MAX_SENTENCES or not _fits(match, last.site):
                continue
            confidence = DESCRIBED if distance <= 1 else DESCRIBED_FAR
            found.append(
                SiteMention(start, end, match.group(), last.site, confidence, "description")
            )
        return found


def acronym(name: str) -> str | None:
    """The initials of a name of capitalised words ("Chemical Material Institute" -> "CMI"),
    function words skipped; None when a word is neither capitalised nor a function word."""
    letters = []
    for word in re.split(r"[\s\-]+", name.strip()):
        if word.lower() in _MINOR_WORDS:
            continue
        if not word[:1].isupper() or not word[:1].isalpha():
            return None
        letters.append(word[0])
    return "".join(letters) if len(letters) >= 2 else None


def _fits(match: re.Match[str], site: Site) -> bool:
    allowed = _HEAD_KINDS[match.group("head")]
    if allowed is not None and site.kind not in allowed:
        return False
    modifier = match.group("mod")
    return modifier is None or site.kind in _MODIFIER_KINDS[modifier]
