"""Finding time expressions: rules (a regex and a handler), matches, and overlap resolution.

Every rule's regex is a *core* ("June 12", "last week", "two years ago") behind an
optional shared prefix: an approximator ("about", "more than", "nearly") and a
position ("early", "the end of", "mid-"). The prefix is part of the expression,
as TimeML annotates it ("late June", "nearly two weeks ago"); prepositions are not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .anchor import Context
from .model import Reading

Handler = Callable[[re.Match[str], Context], Reading | None]

APPROX_WORDS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "circa": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "longer than": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "no less than": "EQUAL_OR_MORE", "at most": "EQUAL_OR_LESS",
    "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN",
    "just under": "LESS_THAN", "well over": "MORE_THAN",
}
POSITION_WORDS: dict[str, str] = {
    "early": "START", "beginning": "START", "start": "START", "earlier": "START",
    "dawn": "START", "mid": "MID", "middle": "MID", "midst": "MID", "late": "END",
    "end": "END", "close": "END", "later": "END",
}

# "over", "under" and "some" approximate only a count: "over a week", not "over Thursday".
_COUNT_ONLY = ("over", "under", "some", "just over", "well over", "just under")
_COUNT = (r"(?=\s+(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
          r"twenty|thirty|forty|fifty|sixty|several|few|half|hundred|dozen))")


def _words(words: Iterable[str]) -> str:
    return "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len, reverse=True))


_APPROX = (_words(w for w in APPROX_WORDS if w not in _COUNT_ONLY) + "|(?:"
           + _words(_COUNT_ONLY) + ")" + _COUNT)
PREFIX = (
    r"(?:(?P<approx>" + _APPROX + r")\s+(?!(?:the|this|that|these|those|last|next|its|their)\b))?"
    r"(?:(?P<pos>(?:the\s+)?(?:very\s+)?(?:(?:early|late|mid|middle|midst|beginning|start|end"
    r"|earlier|later)(?:\s+(?:of|in|on))?|(?:close|dawn)\s+of)(?:\s+the)?)(?:\s+|-(?=\S)))?"
)
# A match may not start inside a word or a number ("$1998", "1,998", "x2018").
_LEFT = r"(?<![\w$£€#@/.,:])"
_RIGHT = r"(?![\w])"


@dataclass(frozen=True)
class Rule:
    name: str
    core: str
    handler: Handler
    priority: int = 0  # breaks ties between matches of the same span
    prefixed: bool = True  # may the shared approximator/position prefix precede it?


@dataclass(frozen=True)
class Compiled:
    rule: Rule
    scan: re.Pattern[str]  # the core alone: fast to run over a whole text
    full: re.Pattern[str]  # prefix and core: run only where a prefix precedes a core


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    match: re.Match[str]

    @property
    def length(self) -> int:
        return self.end - self.start


# Where a prefix may start: loose (no look-ahead past the core's start); ``full`` then checks.
# (The look-ahead after a hyphen cannot see past the end of the window: "mid-" June.)
_PREFIX_BEFORE = re.compile(
    r"(?:" + PREFIX.replace(_APPROX, _words(APPROX_WORDS)).replace(r"-(?=\S)", "-") + r")$",
    re.IGNORECASE,
)
_EMPTY_PREFIX = r"(?P<approx>)(?P<pos>)"


def compile_rules(rules: Iterable[Rule]) -> list[Compiled]:
    compiled = []
    for rule in rules:
        core = r"(?P<core>" + rule.core + r")" + _RIGHT
        scan = re.compile(_LEFT + (_EMPTY_PREFIX if rule.prefixed else "") + core, re.IGNORECASE)
        full = re.compile(PREFIX + core, re.IGNORECASE) if rule.prefixed else scan
        compiled.append(Compiled(rule, scan, full))
    return compiled


def find_candidates(text: str, rules: list[Compiled]) -> list[Candidate]:
    """Every match of every rule, with its prefix when one precedes it ("late" June)."""
    found = []
    for item in rules:
        for match in item.scan.finditer(text):
            if item.rule.prefixed:
                match = _with_prefix(text, item, match)
            start, end = match.span()
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                found.append(Candidate(start, end, item.rule, match))
    return found


def _with_prefix(text: str, item: Compiled, match: re.Match[str]) -> re.Match[str]:
    window_start = max(0, match.start() - 48)
    before = _PREFIX_BEFORE.search(text, window_start, match.start())
    if before is None or before.start() == match.start():
        return match
    start = before.start()
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "$-"):
        return match
    full = item.full.match(text, start)
    if full is None or full.end() < match.end():
        return match
    return full


def select(candidates: list[tuple[Candidate, Reading]]) -> list[tuple[Candidate, Reading]]:
    """Non-overlapping candidates: the longest first, then the higher priority, then leftmost."""
    ranked = sorted(candidates, key=lambda c: (-c[0].length, -c[0].rule.priority, c[0].start))
    taken: list[tuple[Candidate, Reading]] = []
    spans: list[tuple[int, int]] = []
    for cand, reading in ranked:
        if any(cand.start < e and s < cand.end for s, e in spans):
            continue
        taken.append((cand, reading))
        spans.append((cand.start, cand.end))
    taken.sort(key=lambda c: c[0].start)
    return taken


def prefix_mods(match: re.Match[str]) -> tuple[str | None, str | None, str | None]:
    """(approximator mod, position mod, position word) named by a match's prefix."""
    groups = match.groupdict()
    approx = groups.get("approx")
    pos = groups.get("pos")
    approx_mod = APPROX_WORDS.get(re.sub(r"\s+", " ", approx.lower())) if approx else None
    pos_word = None
    if pos:
        pos_word = next((w for w in re.findall(r"[a-z]+", pos.lower()) if w in POSITION_WORDS),
                        None)
    return approx_mod, POSITION_WORDS.get(pos_word or ""), pos_word
