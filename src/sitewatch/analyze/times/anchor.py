"""Resolution context: the publication date, the last date mentioned, and the tense.

Relative expressions are resolved against the publication date ("last week") or
against the date the text just mentioned ("two days later"). Year-less dates and
weekdays are resolved in the direction the tense points: "on Monday" in a past-tense
report is the previous Monday, in "will meet on Monday" the next one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from . import granule as g
from .granule import Granule
from .model import Reading

# (start, end) -> "past" | "present" | "future" | "possible" ("could": modal, no direction)
TenseOracle = Callable[[int, int], str]
# (start, end) -> does the expression modify a noun ("a cut in September") rather than a verb?
NounOracle = Callable[[int, int], bool]

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "gonna"})
MODAL_AUX = frozenset({"would", "may", "might", "can", "should", "must", "'d"})
# After these words a date is an end point or a term, whatever the tense of the sentence:
# "the offer, made last week, was extended to Nov. 16"; "payable Dec. 7".
TERM_SIGNALS = re.compile(
    r"\b(?:until|till|through|to|by|due|payable|effective|expir\w*|of\s+record|deadline(?:\s+of)?|"
    r"(?:scheduled|planned|slated|set|timed|postponed|delayed|deferred|adjourned)\s+(?:for|on|until|"
    r"till|to)|starting|beginning)\s*(?:on\s+)?$",
    re.IGNORECASE,
)
SINCE = re.compile(r"\bsince\s*$", re.IGNORECASE)
# "bought from Sept. 14 to Thursday": the end of a past range, not a term.
RANGE_END = re.compile(r"\bfrom\s+[^,;]{1,20}\s(?:to|through|until|till)\s*$", re.IGNORECASE)
PROSPECTIVE_VERBS = frozenset({"plan", "expect", "intend", "schedule", "aim", "hope", "set",
                               "propose", "promise", "pledge", "agree", "vow", "prepare",
                               # directives: "subpoenaed him to testify on Feb. 10"
                               "ask", "order", "urge", "subpoena", "summon", "invite",
                               "require", "request", "want", "seek", "threaten"})


def present_tense(start: int, end: int) -> str:
    """The tense oracle when there is no parse: no direction preferred."""
    return "present"


def no_noun(start: int, end: int) -> bool:
    """The attachment oracle when there is no parse: nothing known."""
    return False


@dataclass
class Context:
    """What a rule may look at besides its match."""

    text: str
    anchor: Granule | None  # the publication date (day, month or year precision)
    oracle: TenseOracle = present_tense
    reference: Granule | None = None  # the last date the text mentioned
    reference_end: int = 0  # where that mention ends in the text
    reference_mod: str | None = None  # its modifier: "ON_OR_BEFORE" for a deadline ("by 1992")
    last: dict[str, Granule] = field(default_factory=dict)  # the last one of each precision
    last_end: dict[str, int] = field(default_factory=dict)  # where each of those ends
    # The reporting period under discussion: the last quarter named that was over by the
    # publication date ("the third quarter" in October, not the forecast "the fourth quarter").
    period: Granule | None = None
    period_end: int = 0
    span: tuple[int, int] = (0, 0)  # the expression being resolved
    noun_oracle: NounOracle = no_noun
    probing: bool = False  # the first look, before reading order and references are known
    _tense: str | None = None

    def at(self, start: int, end: int) -> None:
        """Resolve the next expression, at ``[start, end)``."""
        self.span, self._tense = (start, end), None

    @property
    def tense(self) -> str:
        """The tense governing the current expression: asked of the parse only when needed."""
        if self._tense is None:
            before = self.before(self.span[0], 30)
            if SINCE.search(before):
                self._tense = "past"  # a "since" date has begun already
                return self._tense
            tense = self.oracle(*self.span)
            # an end point or term may lie ahead in a past-tense report, not behind in a
            # future one ("will almost double its flights by August")
            if tense == "past" and TERM_SIGNALS.search(before) and not RANGE_END.search(before):
                tense = "present"
            self._tense = tense
        return self._tense

    @property
    def modifies_noun(self) -> bool:
        """Does the current expression modify a noun (whose event the tense does not date)?"""
        return self.noun_oracle(*self.span)

    def over(self, granule: Granule) -> bool:
        """Was ``granule`` over by the publication date (unknown date: yes)?"""
        return self.anchor is None or granule.latest <= self.anchor.latest

    @property
    def anchor_day(self) -> date | None:
        if self.anchor is None or self.anchor.precision != "day":
            return None
        return self.anchor.earliest

    def before(self, start: int, width: int = 40) -> str:
        return self.text[max(0, start - width) : start]

    def after(self, end: int, width: int = 40) -> str:
        return self.text[end : end + width]

    def from_publication(self, granule: Granule | None, needs_day: bool = False) -> Reading:
        """A DATE reading resolved against the publication date (or unanchored without one)."""
        if self.anchor is None or (needs_day and self.anchor_day is None):
            return unanchored()
        if granule is None:
            return Reading("DATE", None, None, "relative-publication", anchor=self.anchor.value)
        return Reading("DATE", granule.value, granule.precision, "relative-publication", granule,
                       anchor=self.anchor.value)

    def from_reference(self, make: Callable[[Granule], Granule | None]) -> Reading:
        """A reading resolved against the last date mentioned (the publication date at first)."""
        ref = self.reference or self.anchor
        if ref is None:
            return unanchored()
        result = make(ref)
        basis = "relative-publication" if ref is self.anchor else "relative-expression"
        if result is None:
            return Reading("DATE", None, None, basis, anchor=ref.value)
        return Reading("DATE", result.value, result.precision, basis, result, anchor=ref.value)


def unanchored(value: str | None = None, precision: str | None = None) -> Reading:
    return Reading("DATE", value, precision, "relative-unanchored", reference=False)


def choose_year(ctx: Context, make: Callable[[int], Granule | None],
                use_tense: bool = True) -> Granule | None:
    """The year for a year-less date: the last one not after the anchor's month in a
    past-tense sentence, the first one not over before the anchor's month in a future one,
    otherwise the nearest."""
    if ctx.anchor is None:
        return None
    pivot = ctx.anchor.earliest if ctx.anchor_day else ctx.anchor.latest
    options = [x for x in (make(pivot.year + k) for k in (-1, 0, 1)) if x is not None]
    if not options:
        return None
    month = g.month(pivot.year, pivot.month)
    month_start, month_end = (month.earliest, month.latest) if month else (pivot, pivot)
    if use_tense and ctx.tense == "past":
        past = [x for x in options if x.earliest <= month_end]
        if not past:
            return options[0]
        later = [x for x in options if x.earliest > month_end]
        if (later and past[-1].precision in ("month", "day")
                and (month_start - past[-1].earliest).days > STALE_DAYS
                and (later[0].earliest - month_end).days <= NEXT_DAYS and ctx.modifies_noun):
            return later[0]  # "announced a cut in September" in August: the coming one
        return past[-1]
    if use_tense and ctx.tense == "future":
        ahead = [x for x in options if x.latest >= month_start]
        return ahead[0] if ahead else options[-1]
    return min(options, key=lambda x: _distance(x, pivot) * (FUTURE_WEIGHT if x.earliest > pivot
                                                              else 1))


# News names a month without a year mostly within the last nine months or the next two
# (a month ten or eleven months back is written "last September"). A date that modifies a noun
# in a past-tense sentence ("notified the firms of a cut in September") dates the noun's event,
# which may lie ahead: it takes the coming month rather than one more than STALE_DAYS before
# the publication month when the coming one starts within NEXT_DAYS of its end ("they met in
# September" stays last year's). Without a tense, a month ahead counts as FUTURE_WEIGHT times
# as far as one behind.
STALE_DAYS = 275
NEXT_DAYS = 62
FUTURE_WEIGHT = 2


def _distance(x: Granule, pivot: date) -> int:
    if x.earliest <= pivot <= x.latest:
        return 0
    return (x.earliest - pivot).days if x.earliest > pivot else (pivot - x.latest).days


def choose_weekday(anchor: date, weekday: int, tense: str, relation: str | None) -> date:
    """The day named by a weekday (1 = Monday) seen from ``anchor``."""
    back = (anchor.isoweekday() - weekday) % 7  # 0..6 days back (0: the anchor itself)
    ahead = (weekday - anchor.isoweekday()) % 7 or 7  # 1..7 days ahead
    if relation in ("last", "past", "previous"):
        return anchor - timedelta(days=back or 7)
    if relation in ("next", "coming"):
        return anchor + timedelta(days=ahead)
    if relation == "this":
        return anchor + timedelta(days=weekday - anchor.isoweekday())
    if tense == "future":
        return anchor + timedelta(days=ahead if back else 0)
    if tense == "past" or back <= ahead:
        return anchor - timedelta(days=back)
    return anchor + timedelta(days=ahead)


def anchor_granule(value: str | None) -> Granule | None:
    """The publication date as a granule ("2018-07-31", "2018-07", "2018")."""
    return g.from_value(value) if value else None


# -- tense from a spaCy parse -------------------------------------------------------


def spacy_tense(doc: Any) -> TenseOracle:
    """A tense oracle over a parsed spaCy ``Doc``."""

    def tense(start: int, end: int) -> str:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return "present"
        return _governing_tense(span.root)

    return tense


def spacy_modifies_noun(doc: Any) -> NounOracle:
    """An attachment oracle over a parsed spaCy ``Doc``: the first word above the expression,
    past prepositions, is a noun."""

    def modifies_noun(start: int, end: int) -> bool:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        token = span.root.head
        for _ in range(3):
            if token.pos_ != "ADP" or token.head.i == token.i:
                break
            token = token.head
        return bool(token.pos_ == "NOUN" and not (span.start <= token.i < span.end))

    return modifies_noun


def _governing_tense(token: Any) -> str:
    start = token
    for _ in range(10):
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
            if token.lemma_ in ARRANGING_VERBS and any(
                c.dep_ == "dobj" and c.pos_ == "NOUN" and token.i < c.i < start.i
                for c in token.children
            ):
                return "future"  # "planned a demonstration on Saturday": the thing arranged
            return _verb_tense(token, 3)
        if token.head.i == token.i:
            break
        token = token.head
    return "present"


# Verbs whose object is an event yet to come, whatever their tense: "has scheduled a news
# conference Thursday", "planned a demonstration on Saturday".
# ("called a strike on Friday", "set a record on Friday" may be either: not in the list.)
ARRANGING_VERBS = frozenset({"plan", "schedule", "arrange", "organize", "organise", "slate"})


def _verb_tense(verb: Any, depth: int) -> str:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if "could" in words and "have" not in words and not words & FUTURE_AUX:
        return "possible"  # past ability or a possibility ahead: no direction, yet modal
    if words & FUTURE_AUX or (words & MODAL_AUX and "have" not in words):
        return "future"
    if "to" in words and verb.head.i != verb.i:
        head = verb.head
        if head.lemma_ in PROSPECTIVE_VERBS:
            return "future"
        if head.pos_ in ("VERB", "AUX"):
            # "extended their offers to acquire it Friday": a purpose clause under a past
            # verb that plans nothing points nowhere in particular
            return "present" if _plain_past(head) else "future"
        return "present"
    if "Past" in verb.morph.get("Tense") and verb.tag_ != "VBN":
        return "past"
    if any("Past" in c.morph.get("Tense") for c in aux) or words & {"have", "has", "'ve"}:
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.lemma_ not in PROSPECTIVE_VERBS:
        return "past"  # "the injunction issued Thursday", whatever the sentence's tense
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl") and depth > 0:
        head = verb.head
        while head.i != head.head.i and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        return _verb_tense(head, depth - 1) if head.pos_ in ("VERB", "AUX") else "past"
    return "present"


def _plain_past(verb: Any) -> bool:
    """A past-tense verb with no auxiliary but a past one ("extended", "staged", "was
    kidnapped", "had been invited"): nothing modal or ahead about it."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not aux
    return verb.tag_ == "VBN" and bool(aux) and all(c.lower_ in PAST_AUX for c in aux)


PAST_AUX = frozenset({"was", "were", "had", "been"})
