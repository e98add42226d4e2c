"""Durations ("two years", "the past three months", "five-year"), sets ("daily", "every
Monday") and vague references ("now", "recently", "in recent weeks", "the future").
"""

from __future__ import annotations

import re

from . import granule as g
from .anchor import Context
from .lexicon import (
    MONTH,
    NUMBER,
    SEASON,
    SEASONS,
    UNIT_ANY,
    UNITS,
    WEEKDAY,
    WEEKDAYS,
    month_number,
    parse_number,
    unit_of,
)
from .model import Reading
from .patterns import Rule


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration: ``P2Y``, ``PT5H``, ``P1Y6M``, ``PXM`` for a vague count."""
    unit = unit_of(unit)
    letter = UNITS.get(unit, "X")
    if unit == "decade" and count is not None:
        count, letter = count * 10, "Y"
    if unit == "century" and count is not None:
        count, letter = count * 100, "Y"
    if unit == "night":
        letter = "D"
    if count is None:
        number = "X"
    elif count == int(count):
        number = str(int(count))
    elif unit in FRACTION_UNITS:  # "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
        smaller, times = FRACTION_UNITS[unit]
        rest = round((count - int(count)) * times, 6)
        if rest == int(rest):
            whole = f"{int(count)}{letter}" if int(count) else ""
            return _compose(whole, int(rest), unit, smaller)
        number = f"{count:g}"
    else:
        number = f"{count:g}"
    prefix = "PT" if unit in ("second", "minute", "hour") else "P"
    return f"{prefix}{number}{letter}"


# A fraction of a unit written in the next smaller one: (unit, how many in one).
FRACTION_UNITS: dict[str, tuple[str, int]] = {
    "year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60), "minute": ("second", 60),
}


def _compose(whole: str, rest: int, unit: str, smaller: str) -> str:
    letter = UNITS[smaller]
    if unit in ("hour", "minute"):
        return f"PT{whole}{rest}{letter}"
    if unit == "day":
        return f"P{whole}T{rest}{letter}"
    return f"P{whole}{rest}{letter}"


def _duration(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = unit_of(m["unit"])
    number = m["n"].lower()
    if (number == "one" and unit == "day" and not m["det"] and not m["rel"]
            and SOMEDAY_BEFORE.search(ctx.before(m.start(), 20))):
        return _someday(ctx)
    count = parse_number(number)
    if re.match(r"(?:-|\s+)old\b", ctx.after(m.end(), 8)) or (m["rel"] or "") == "recent":
        return None  # an age, not a duration: "a 6-year-old"
    if unit == "second" and number in ("a", "an"):
        return None  # "a second term" is an ordinal
    if m["unit"][:1].isupper() and ctx.before(m.start(), 2).rstrip()[-1:] in ('"', "“", "'", "`"):
        return None  # a quoted title: CBS's "60 Minutes"
    if unit == "quarter" and number in ("a", "an", "one", "three") and re.match(
        r"\s*(?:of|century|mile|point)\b|-", ctx.after(m.end())
    ):
        return None  # "a quarter of the budget"
    if number in ("a", "an") and re.search(r"\b(?:times|once|twice)\s*$", ctx.before(m.start())):
        return None  # "twice a year" is a set
    if m["n2"] and (second := parse_number(m["n2"])) is not None and second != count:
        count = None  # "12 to 18 months", "two or three years": no exact length (PXM)
    if m["half"] and count is not None:
        count += 0.5  # "a year and a half"
    value = duration_value(count, unit)
    reading = Reading("DURATION", value, unit if unit != "night" else "day", "absolute",
                      reference=False)
    if m["det"] and re.search(r"-" + re.escape(m["unit"]) + r"$", m["core"]):
        reading.start = m.start("rel") if m["rel"] else m.start("n")  # "a [one-year] plan"
    return reading


# "will one day be", "hopes to one day return": some day ahead, not a day's length.
SOMEDAY_BEFORE = re.compile(r"\b(?:will|would|shall|could|may|might|can|to|must|should)\s+$",
                            re.I)


def _someday(ctx: Context) -> Reading:
    anchor = ctx.anchor_day or (ctx.anchor.earliest if ctx.anchor else None)
    if anchor is None:
        return Reading("DATE", "FUTURE_REF", "vague", "relative-unanchored", reference=False)
    return Reading("DATE", "FUTURE_REF", "vague", "relative-publication",
                   anchor=ctx.anchor.value if ctx.anchor else None, interval=(anchor, None),
                   reference=False)


def _bare_units(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["pos"] and m["unit"].lower() == "hours":
        return None  # "in the early hours (of Thursday)": a time of day, not a duration
    before = ctx.before(m.start(), 20).lower()
    if not re.search(r"\b(?:for|over|within|took|take|takes|taking|lasted|last|spent|spend|"
                     r"than|in)\s*$", before):
        return None
    unit = unit_of(m["unit"])
    return Reading("DURATION", duration_value(None, unit), unit, "absolute", reference=False)


def _unit_long(m: re.Match[str], ctx: Context) -> Reading | None:
    """"a day-long strike", "the year-long talks": one unit."""
    unit = unit_of(m["unit"])
    return Reading("DURATION", duration_value(1, unit), unit if unit != "night" else "day",
                   "absolute", reference=False)


def _set(m: re.Match[str], ctx: Context) -> Reading | None:
    groups = m.groupdict()
    if groups.get("adv"):
        adv = groups["adv"].lower().replace("-", "")
        unit = {"daily": "day", "nightly": "day", "weekly": "week", "biweekly": "week",
                "monthly": "month", "quarterly": "quarter", "annually": "year",
                "yearly": "year", "hourly": "hour", "semiannually": "half"}[adv]
        count = 2 if adv in ("biweekly",) else 1
        value = duration_value(count, unit) if unit != "half" else "P6M"
        return Reading("SET", value, unit if unit != "half" else "month", reference=False)
    if groups.get("swd"):
        weekday = WEEKDAYS[groups["swd"].lower().rstrip("s")]
        return Reading("SET", f"XXXX-WXX-{weekday}", "day", reference=False)
    if groups.get("smon"):
        return Reading("SET", f"XXXX-{month_number(groups['smon']) or 0:02d}", "month",
                       reference=False)
    if groups.get("sseason"):
        return Reading("SET", f"XXXX-{SEASONS[groups['sseason'].lower()]}", "season",
                       reference=False)
    unit = unit_of(groups["sunit"])
    every = parse_number(groups["sn"]) if groups.get("sn") else 1.0
    if groups.get("other"):
        every = 2.0  # "every other week": one in two
    return Reading("SET", duration_value(every, unit), unit, reference=False)


def _rate(m: re.Match[str], ctx: Context) -> Reading | None:
    """"a year" after an amount or a frequency: "$5 million a year", "twice a day"."""
    if not re.search(r"(?:\d|times|once|twice|million|billion|percent|%|dollars|cents|tons|"
                     r"barrels)\W*$", ctx.before(m.start(), 25)):
        return None
    unit = unit_of(m["unit"])
    return Reading("SET", duration_value(1, unit), unit, reference=False)


VAGUE: dict[str, str] = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}


def _vague(m: re.Match[str], ctx: Context) -> Reading | None:
    word = re.sub(r"\s+", " ", m["ref"].lower())
    value = VAGUE[word]
    after = ctx.after(m.end(), 30)
    if word == "current" and not re.match(r"\s+(?:year|quarter|month|week|period|level|rate|"
                                          r"session|term|administration|government)", after):
        return None
    if word == "the past" and re.match(r"\s+(?:\d|few|several|two|three|four|five|six|seven|"
                                       r"eight|nine|ten|year|month|week|decade)", after):
        return None
    anchor = ctx.anchor_day or (ctx.anchor.earliest if ctx.anchor else None)
    if anchor is None:
        return Reading("DATE", value, "vague", "relative-unanchored", reference=False)
    interval = {"PRESENT_REF": (anchor, anchor), "PAST_REF": (None, anchor),
                "FUTURE_REF": (anchor, None)}[value]
    granule = g.day(anchor) if value == "PRESENT_REF" else None
    return Reading("DATE", value, "vague", "relative-publication", granule,
                   anchor=ctx.anchor.value if ctx.anchor else None, interval=interval,
                   reference=False)


def _recent_units(m: re.Match[str], ctx: Context) -> Reading | None:
    """"recent weeks", "the coming months": a fuzzy span before or after publication."""
    unit = unit_of(m["unit"])
    past = m["rel"].lower() in ("recent", "past", "last", "preceding", "previous")
    value = "PAST_REF" if past else "FUTURE_REF"
    anchor = ctx.anchor_day or (ctx.anchor.earliest if ctx.anchor else None)
    if anchor is None:
        return Reading("DATE", value, unit, "relative-unanchored", reference=False)
    far = g.add(anchor, -4 if past else 4, unit)
    interval = (far, anchor) if past else (anchor, far)
    return Reading("DATE", value, unit, "relative-publication", anchor=ctx.anchor.value
                   if ctx.anchor else None, interval=interval, reference=False)


_REL = (r"(?:(?P<rel>first|last|past|next|coming|previous|following|final|latest|remaining|"
        r"initial|preceding|prior|recent)\s+)")
_VAGUE = "|".join(sorted((w.replace(" ", r"\s+") for w in VAGUE), key=len, reverse=True))

RULES = [
    Rule("duration", r"(?:(?P<det>the|these|those|its|their|a|an|another)\s+)?" + _REL + r"?(?P<n>"
         + NUMBER + r")(?:\s*(?:to|or|-|–)\s*(?P<n2>" + NUMBER + r"))?[\s-]+(?:(?:more|additional|"
         r"full|straight|consecutive|long|trading|business|calendar|working)\s+)?(?P<unit>"
         + UNIT_ANY + r")(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so|\s+period|\s+span)?", _duration,
         1),
    Rule("unit-long", r"(?P<unit>hour|day|night|week|month|year|decade)[\s-]long\b", _unit_long, 1,
         prefixed=False),
    Rule("bare-units", r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)\b",
         _bare_units, 0),
    Rule("set-adverb", r"(?P<adv>daily|nightly|weekly|biweekly|monthly|yearly|hourly|"
         r"(?:semi-?)?annually)\b", _set, 2, prefixed=False),
    Rule("set-every", r"(?:every|each|per)\s+(?:(?P<other>other)\s+|(?P<sn>" + NUMBER
         + r")\s+)?(?:(?P<swd>" + WEEKDAY
         + r")|(?P<smon>" + MONTH + r")|(?P<sseason>" + SEASON + r")|(?P<sunit>" + UNIT_ANY
         + r"))", _set, 3, prefixed=False),
    Rule("set-weekdays", r"(?P<swd>(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s)",
         _set, 2, prefixed=False),
    Rule("rate", r"(?:a|an|per)\s+(?P<unit>year|month|week|day|hour|quarter)\b", _rate, 4,
         prefixed=False),
    Rule("vague", r"(?P<ref>" + _VAGUE + r")\b", _vague, 0, prefixed=False),
    Rule("recent-units", r"(?:the\s+)?(?P<rel>recent|coming|upcoming|past|last|next|following|"
         r"ensuing|preceding|previous)\s+(?P<unit>days|weeks|months|quarters|years|decades)\b",
         _recent_units, 1),
]
