"""From text to resolved time expressions: match the rules, pick non-overlapping matches,
resolve each in reading order (so "two days later" sees the date just mentioned), then
apply modifiers, signals ("since", "as early as"), ranges and elided days.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from . import absolute, durations, relative
from . import granule as g
from .anchor import Context, NounOracle, TenseOracle, anchor_granule, no_noun, present_tense
from .granule import Granule
from .model import Interval, Reading, TimeExpression
from .patterns import Candidate, Compiled, compile_rules, find_candidates, prefix_mods, select

SIGNALS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:as\s+early\s+as|no\s+earlier\s+than|not\s+before|starting|beginning)\s*$",
                re.I), "ON_OR_AFTER"),
    (re.compile(r"\bsince\s*$", re.I), "SINCE"),
    (re.compile(r"\b(?:after|following)\s*$", re.I), "AFTER"),
    (re.compile(r"\b(?:before|prior\s+to|ahead\s+of|earlier\s+than)\s*$", re.I), "BEFORE"),
    (re.compile(r"\b(?:by|until|till|no\s+later\s+than|as\s+late\s+as)\s*$", re.I), "ON_OR_BEFORE"),
]
WITHIN = re.compile(r"\b(?:within|in\s+less\s+than|inside)\s*$", re.I)
RANGE_LINK = re.compile(r"^\s*(?:-|–|—|to|through|until|till|and)\s*$", re.I)
RANGE_OPEN = re.compile(r"\b(?:between|from)\s*$", re.I)
ELIDED_DAY = re.compile(
    r"\s*(?P<link>and|or|to|through|-|–|&)\s*(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b"
    r"(?!\s*(?:%|percent|per\s?cent|million|billion|thousand|hundred|dozen|[-–/.:,]\s*\d|"
    r"(?:year|month|week|day|hour|minute|time|people|of)s?\b))",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def compiled_rules() -> list[Compiled]:
    return compile_rules([*absolute.RULES, *relative.RULES, *durations.RULES])


def find_times(text: str, published: str | None, tense: TenseOracle | None = None,
               hints: list[tuple[int, int]] | None = None,
               attachment: NounOracle | None = None) -> list[TimeExpression]:
    """The time expressions of ``text``, resolved against the publication date ``published``
    ("YYYY-MM-DD", "YYYY-MM", "YYYY" or None), a tense oracle (default: no tense) and an
    attachment oracle (does an expression modify a noun? default: not known).

    ``hints`` are extra spans (spaCy DATE/TIME entities) kept, unresolved, when no rule
    matched them.
    """
    oracle = tense or present_tense
    anchor = anchor_granule(published)
    probe = Context(text, anchor, probing=True)
    readings = []
    for cand in find_candidates(text, compiled_rules()):
        reading = cand.rule.handler(cand.match, probe)
        if reading is not None:
            if reading.start is not None:
                cand = replace(cand, start=reading.start)
            readings.append((cand, reading))
    found: list[TimeExpression] = []
    ctx = Context(text, anchor, oracle, noun_oracle=attachment or no_noun)
    for cand, first in select(readings):
        ctx.at(cand.start, cand.end)
        reading = cand.rule.handler(cand.match, ctx)
        if reading is None:
            if first.tentative:
                continue  # it needed a context that is not there ("the week" with no day)
            reading = first
        expr = _expression(cand, reading, ctx)
        found.append(expr)
        if reading.reference and expr.granule is not None and expr.type in ("DATE", "TIME"):
            ctx.reference, ctx.reference_end = expr.granule, expr.end
            ctx.reference_mod = expr.mod
            ctx.last[expr.granule.precision] = expr.granule
            ctx.last_end[expr.granule.precision] = expr.end
            if expr.granule.precision == "quarter" and ctx.over(expr.granule):
                ctx.period, ctx.period_end = expr.granule, expr.end
        found.extend(_elided_days(expr, ctx))
    found = _with_spelled_years(found, text)
    found = _months_of_years(found, text)
    _link_ranges(found, text)
    found.extend(_hinted(text, hints or [], found))
    found.sort(key=lambda e: (e.start, e.end))
    return found


def _expression(cand: Candidate, reading: Reading, ctx: Context) -> TimeExpression:
    approx, position, pos_word = prefix_mods(cand.match)
    mod = reading.mod or position or approx
    interval = _interval(reading, position, pos_word, ctx)
    signal = _signal(ctx.text, cand.start, reading)
    if signal is not None and interval is not None:
        mod = mod or (signal if signal != "SINCE" else "ON_OR_AFTER")
        interval = _signalled(interval, signal, ctx)
    elif signal == "EQUAL_OR_LESS":
        mod = mod or signal
    expr = TimeExpression(
        start=cand.start, end=cand.end, text=ctx.text[cand.start : cand.end], type=reading.type,
        value=reading.value, precision=reading.precision, basis=reading.basis,
        anchor=reading.anchor, mod=mod, interval=interval, rule=cand.rule.name,
        granule=reading.granule,
    )
    expr.future = _is_future(expr, reading, ctx)
    return expr


def _interval(reading: Reading, position: str | None, pos_word: str | None,
              ctx: Context) -> Interval | None:
    if reading.type in ("DURATION", "SET"):
        return None
    if reading.interval is not None:
        return reading.interval
    granule = reading.granule
    if granule is None:
        return None
    anchor = ctx.anchor_day
    if pos_word in ("earlier", "later") and anchor and granule.earliest <= anchor <= granule.latest:
        return (granule.earliest, anchor) if pos_word == "earlier" else (anchor, granule.latest)
    if position:
        return g.narrowed(granule, position)
    return granule.earliest, granule.latest


def _signal(text: str, start: int, reading: Reading) -> str | None:
    before = text[max(0, start - 24) : start]
    if reading.type == "DURATION":
        return "EQUAL_OR_LESS" if WITHIN.search(before) else None
    if reading.type == "SET":
        return None
    for pattern, name in SIGNALS:
        if pattern.search(before):
            return name
    return None


def _signalled(interval: Interval, signal: str, ctx: Context) -> Interval:
    earliest, latest = interval
    if signal == "SINCE":
        anchor = ctx.anchor_day or (ctx.anchor.latest if ctx.anchor else None)
        return earliest, anchor if anchor and earliest and anchor >= earliest else None
    if signal in ("BEFORE", "ON_OR_BEFORE"):
        return None, latest
    return earliest, None


def _is_future(expr: TimeExpression, reading: Reading, ctx: Context) -> bool:
    if expr.value == "FUTURE_REF":
        return True
    if expr.value in ("PAST_REF", "PRESENT_REF"):
        return False  # "everybody can now feel safer": now is not ahead
    anchor = ctx.anchor
    if anchor is not None and expr.granule is not None:
        pivot = anchor.earliest if anchor.precision == "day" else anchor.latest
        return expr.granule.earliest > pivot
    return ctx.tense in ("future", "possible")


def _elided_days(expr: TimeExpression, ctx: Context) -> list[TimeExpression]:
    """"July 20 and 22", "July 20-22": the second day takes the first one's month and year."""
    granule = expr.granule
    if granule is None or expr.rule != "month-day" or granule.precision != "day":
        return []
    match = ELIDED_DAY.match(ctx.text, expr.end)
    if match is None:
        return []
    second = g.day_of(granule.earliest.year, granule.earliest.month, int(match["d"]))
    if second is None or second.earliest <= granule.earliest:
        return []
    start, end = match.start("d"), match.end("d")
    suffix = re.match(r"st|nd|rd|th", ctx.text[end:])
    end += suffix.end() if suffix else 0
    twin = replace(expr, start=start, end=end, text=ctx.text[start:end], value=second.value,
                   granule=second, interval=(second.earliest, second.latest), mod=None)
    if match["link"].lower() not in ("and", "or", "&"):
        expr.interval = twin.interval = (granule.earliest, second.latest)
        expr.mod, twin.mod = "ON_OR_AFTER", "ON_OR_BEFORE"
    return [twin]


YEAR_LINK = re.compile(r"^(?:,?\s+|\s+of\s+)$", re.I)


def _join_pairs(found: list[TimeExpression],
                join: Callable[[TimeExpression, TimeExpression], TimeExpression | None]
                ) -> list[TimeExpression]:
    """Each expression and the one after it made one by ``join`` when it returns one."""
    out: list[TimeExpression] = []
    i = 0
    while i < len(found):
        joined = join(found[i], found[i + 1]) if i + 1 < len(found) else None
        out.append(joined or found[i])
        i += 2 if joined else 1
    return out


def _with_spelled_years(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """"January nineteen ninety-seven", "the winter of nineteen ninety-four": a month or a
    season followed by a year in words takes that year (digits are handled by the rules)."""
    def join(first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
        if (second.rule == "spelled-year" and second.granule is not None
                and first.rule in ("month", "season") and first.granule is not None
                and first.basis == "relative-publication"
                and YEAR_LINK.match(text[first.end : second.start])):
            joined = _in_year_of(first, second, end=second.end, text=text)
            if joined is not first:
                return replace(joined, basis="absolute", anchor=None, future=False,
                               rule=first.rule)
        return None
    return _join_pairs(found, join)


_OF = re.compile(r"\s+of\s+")
_COORDINATED = re.compile(r"\s*(?:,|,?\s*(?:and|or))\s+")
_NO_YEAR = re.compile(r"[^\d]*", re.ASCII)


def _bare_month(expr: TimeExpression) -> bool:
    """A month named without its year ("September", not "September 2018" or "June last
    year"), read against the publication date."""
    return (expr.rule == "month" and expr.basis == "relative-publication"
            and expr.granule is not None and expr.granule.precision == "month"
            and _NO_YEAR.fullmatch(expr.text) is not None and "year" not in expr.text.lower())


def _months_of_years(found: list[TimeExpression], text: str) -> list[TimeExpression]:
    """A month and the year it is "of" make one expression ("September of last year"), and
    months listed before a month with its year take that year ("January and September of
    last year", "March, April and May 2018")."""
    def join(first: TimeExpression, second: TimeExpression) -> TimeExpression | None:
        if (_bare_month(first) and second.type == "DATE" and second.granule is not None
                and second.granule.precision == "year"
                and _OF.fullmatch(text[first.end : second.start])):
            return _in_year_of(first, second, end=second.end, text=text)
        return None
    out = _join_pairs(found, join)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if (_bare_month(first) and not _bare_month(second) and second.granule is not None
                and second.granule.precision == "month" and second.type == "DATE"
                and _COORDINATED.fullmatch(text[first.end : second.start])):
            out[i] = _in_year_of(first, second, end=first.end, text=text)
    return out


def _in_year_of(month: TimeExpression, other: TimeExpression, end: int,
                text: str) -> TimeExpression:
    """``month`` moved into the year of ``other``, spanning to ``end``."""
    assert month.granule is not None and other.granule is not None
    moved = g.shift_granule(month.granule, other.granule.earliest.year
                            - month.granule.earliest.year, "year")
    if moved is None:
        return month
    return replace(month, end=end, text=text[month.start : end], value=moved.value,
                   granule=moved, basis=other.basis, anchor=other.anchor,
                   interval=(moved.earliest, moved.latest), future=other.future,
                   rule="month-of-year" if end != month.end else month.rule)


def _link_ranges(found: list[TimeExpression], text: str) -> None:
    """"between April and September", "from 2016 to 2018": both ends get the whole range."""
    for first, second in pairwise(found):
        if first.granule is None or second.granule is None or first.type == "DURATION":
            continue
        link = text[first.end : second.start]
        if not RANGE_LINK.match(link):
            continue
        opened = RANGE_OPEN.search(text[max(0, first.start - 12) : first.start])
        if "and" in link.lower() and not opened:
            continue
        if link.strip() in ("to", "through", "until", "till") and not opened:
            continue
        _align(first, second)
        earliest, latest = first.granule.earliest, second.granule.latest
        if earliest > latest or second.granule.earliest < earliest:
            continue  # the ends are not in order ("1991-'90s")
        first.interval = second.interval = (earliest, latest)
        first.mod, second.mod = first.mod or "ON_OR_AFTER", second.mod or "ON_OR_BEFORE"


def _align(first: TimeExpression, second: TimeExpression) -> None:
    """Year-less ends of a range take the year that keeps the range in order
    ("between April and September 2019"; "from November to February")."""
    assert first.granule is not None and second.granule is not None
    relative = "relative-publication"
    if first.basis == relative and second.basis == "absolute":
        while first.granule.earliest > second.granule.latest:
            if not _move(first, -1):
                return
        while first.granule.earliest.year < second.granule.earliest.year:
            if not _move(first, 1):
                return
            if first.granule.earliest > second.granule.latest:
                _move(first, -1)
                return
    elif second.basis == relative and second.granule.latest < first.granule.earliest:
        _move(second, 1)


def _moved_year(granule: Granule | None, years: int) -> Granule | None:
    return g.shift_granule(granule, years, "year") if granule is not None else None


def _move(expr: TimeExpression, years: int) -> bool:
    moved = _moved_year(expr.granule, years)
    if moved is None:
        return False
    expr.granule, expr.value = moved, moved.value
    expr.interval = (moved.earliest, moved.latest)
    return True


def _hinted(text: str, hints: list[tuple[int, int]],
            found: list[TimeExpression]) -> list[TimeExpression]:
    extra = []
    for start, end in hints:
        if any(start < e.end and e.start < end for e in found):
            continue
        extra.append(TimeExpression(start, end, text[start:end], "DATE", None, None,
                                    "relative-unanchored", rule="spacy"))
    return extra
