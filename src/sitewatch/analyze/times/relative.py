"""Expressions relative to the publication date or to the last date mentioned:
"yesterday", "on Monday", "last week", "two years ago", "a day later", "the following month",
"that year", "3 p.m. Thursday", "this morning".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from . import granule as g
from .anchor import Context, choose_weekday, unanchored
from .granule import Granule
from .lexicon import (
    DAY,
    MONTH,
    NUMBER,
    PARTS_OF_DAY,
    UNIT_ANY,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
    month_number,
    parse_number,
    unit_of,
)
from .model import Reading
from .patterns import Rule

DEICTIC_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
                "the day before yesterday": -2, "the day after tomorrow": 2}
REL_SHIFT = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "the past": -1,
             "the last": -1, "previous": -1, "next": 1, "coming": 1, "the coming": 1,
             "the next": 1, "the latest": -1}
REF_SHIFT = {"the previous": -1, "the preceding": -1, "the prior": -1, "the following": 1,
             "the next": 1, "that": 0, "the same": 0, "the": 0, "following": 1}
UNIT_PRECISION = {"night": "day", "fortnight": "week", "fiscal year": "year"}


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").lower().strip()


def day_reading(ctx: Context, day: date | None, pod: str | None, base: Reading) -> Reading:
    """``base`` narrowed to a part of day ("yesterday morning") when one is named."""
    if day is None or not pod:
        return base
    code = PARTS_OF_DAY.get(_norm(pod))
    if code is None:
        return base
    part = g.part_of_day(day, code)
    return Reading("TIME", part.value, part.precision, base.basis, part, anchor=base.anchor)


def _deictic(m: re.Match[str], ctx: Context) -> Reading | None:
    word = _norm(m["word"])
    anchor = ctx.anchor_day
    if anchor is None:
        return unanchored()
    day = g.add(anchor, DEICTIC_DAYS[word], "day")
    base = ctx.from_publication(g.day(day), needs_day=True)
    pod = m["pod"] or ("night" if word == "tonight" else None)
    return day_reading(ctx, day, pod, base)


def _part_of_day(m: re.Match[str], ctx: Context) -> Reading | None:
    anchor = ctx.anchor_day
    rel = _norm(m["rel"])
    if anchor is None:
        return unanchored()
    day = g.add(anchor, -1 if rel in ("last", "yesterday") else 0, "day")
    pod = _norm(m["pod"])
    return day_reading(ctx, day, pod, ctx.from_publication(g.day(day), needs_day=True))


def _weekday(m: re.Match[str], ctx: Context) -> Reading | None:
    weekday = WEEKDAYS[m["wd"].lower()]
    rel = _norm(m["rel"])
    if rel in ("the following", "the next", "the previous", "that", "the same"):
        ref = ctx.reference
        if ref is not None and ref.precision in ("day", "week", "part-of-day", "hour", "minute"):
            direction = "next" if rel in ("the following", "the next") else "last"
            found = choose_weekday(ref.earliest, weekday, "", direction if rel != "that" else None)
            return Reading("DATE", found.isoformat(), "day", "relative-expression", g.day(found),
                           anchor=ref.value)
    anchor = ctx.anchor_day
    if anchor is None:
        return unanchored(f"XXXX-WXX-{weekday}", "day")
    tense = ctx.tense
    if not rel and tense != "future" and re.match(r"['’]s\b", ctx.after(m.end(), 3)):
        tense = "past"  # "Thursday's closing price", "Wednesday's ruling": already happened
    found = choose_weekday(anchor, weekday, tense, rel.replace("the ", "") or None)
    base = ctx.from_publication(g.day(found), needs_day=True)
    return day_reading(ctx, found, m["pod"], base)


def _after_next(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the week after next", "the month before last": two units from the publication date."""
    unit = _norm(m["unit"])
    shift = 2 if _norm(m["rel"]).startswith("after") else -2
    if ctx.anchor is None or (unit in ("week", "weekend") and ctx.anchor_day is None):
        return unanchored()
    step = "week" if unit == "weekend" else unit
    return ctx.from_publication(g.shifted(ctx.anchor.earliest, shift, step, unit))


def _overnight(m: re.Match[str], ctx: Context) -> Reading | None:
    """"overnight" as an adverb ("rebels shelled the town overnight"): the night before the
    publication day, or that day's night in a future sentence; as an adjective ("overnight
    rates", "an overnight stay") no time."""
    if not OVERNIGHT_ADVERB.match(ctx.after(m.end(), 12)) or re.search(
        r"\b(?:an|the|its|their)\s+$", ctx.before(m.start(), 8), re.I
    ):
        return None
    anchor = ctx.anchor_day
    if anchor is None:
        return unanchored()
    day = anchor if ctx.tense in ("future", "possible") else anchor - timedelta(days=1)
    return day_reading(ctx, day, "night", ctx.from_publication(g.day(day), needs_day=True))


OVERNIGHT_ADVERB = re.compile(r"\s*(?:[.,;:!?)\"”]|$|(?:and|or|but|in|on|at|to|from|after|"
                              r"before|as|when|while|with|by|near|outside|into)\b)", re.I)


def _part_then_day(m: re.Match[str], ctx: Context) -> Reading | None:
    """"afternoon yesterday" (as in "mid-afternoon yesterday"), "early morning Tuesday", "the
    night of July 4": the part of that day."""
    if m["mon"]:
        from .absolute import calendar_date, year_of

        base = calendar_date(ctx, month_number(m["mon"]), m["d"], year_of(m["y"], ctx))
        if base is None or base.granule is None or base.granule.precision != "day":
            return base
        return day_reading(ctx, base.granule.earliest, m["pod"], base)
    word = _norm(m["dw"])
    anchor = ctx.anchor_day
    if anchor is None:
        return unanchored()
    if word in DEICTIC_DAYS:
        found = anchor + timedelta(days=DEICTIC_DAYS[word])
    else:
        found = choose_weekday(anchor, WEEKDAYS[word], ctx.tense, None)
    return day_reading(ctx, found, m["pod"], ctx.from_publication(g.day(found), needs_day=True))


def _unit_relative(m: re.Match[str], ctx: Context) -> Reading | None:
    det, unit = _norm(m["det"]), _norm(m["unit"])
    precision = UNIT_PRECISION.get(unit, unit)
    step = "year" if unit == "fiscal year" else unit
    if ctx.after(m.end(), 4).startswith("-to-"):
        return None  # "the quarter-to-quarter comparison"
    if m["unit"][:1].isupper() and ctx.before(m.start(), 2).rstrip()[-1:] in QUOTES:
        return None  # a quoted title: ABC's "This Week"
    if unit in ("quarter", "weekend") and det in ("the", "that", "the same"):
        return _the_period(ctx, unit, m.end())
    if det == "the" and not m["pos"] and step == "year":
        return _the_year(ctx, m.end())
    if det in REF_SHIFT and (det not in REL_SHIFT or ctx.reference is not None):
        if det == "the" and not m["pos"]:
            return _the_unit_around(ctx, unit) if unit in ("week", "month") else None
        shift = REF_SHIFT[det]
        return ctx.from_reference(lambda ref: _shift_to(ref, shift, step, precision))
    if det not in REL_SHIFT:
        return None
    if (det in ("past", "the past", "last", "the last") and unit in ("decade", "century")
            and not re.match(r"\s+of\b", ctx.after(m.end(), 4))):
        # "over the past decade": the ten years up to now, not the previous calendar decade
        years = 10 if unit == "decade" else 100
        return Reading("DURATION", f"P{years}Y", unit, "absolute", reference=False)
    shift = REL_SHIFT[det]
    if det == "the latest" and unit not in ("quarter", "week", "month"):
        return None
    if ctx.anchor is None or (precision in ("day", "week", "weekend") and ctx.anchor_day is None):
        return unanchored()
    moved = g.shifted(ctx.anchor.earliest, shift, step, precision)
    return ctx.from_publication(moved)


def _the_unit_around(ctx: Context, unit: str) -> Reading | None:
    """"For the week, the index fell 3.8%" right after "on Friday": the week (or month) of the
    day the text just named; without such a day no time."""
    if ctx.probing:
        return Reading("DATE", None, unit, "relative-expression", tentative=True)
    ref = ctx.reference
    if (ref is None or ref.precision not in DAYLIKE
            or not 0 <= ctx.span[0] - ctx.reference_end <= UNIT_AROUND_REACH):
        return None
    found = g.containing(unit, ref.earliest)
    if found is None:
        return None
    return Reading("DATE", found.value, unit, "relative-expression", found, anchor=ref.value,
                   reference=False)


# How far back (characters) "the week" may find the day it is the week of.
UNIT_AROUND_REACH = 200


QUOTES = ('"', "“", "`", "'")
# "the quarter ended Sept. 30", "the year ending June 30, 1990": a period given by its end.
ENDED = re.compile(r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends|to)\s+(?P<mon>" + MONTH
                   + r")\s*(?P<d>" + DAY + r")(?:,?\s+(?P<y>" + YEAR + r"))?")


def _the_year(ctx: Context, end: int) -> Reading | None:
    """"the year", "the fiscal year": a twelve-month duration when its end is given ("for the
    year ended Sept. 30"); otherwise the year under discussion, that of the last date
    mentioned ("sales for the full year"), or the publication year."""
    if re.match(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\b", ctx.after(end, 30)):
        return Reading("DURATION", "P1Y", "year", "absolute", reference=False)
    near = (ctx.reference is not None and 0 <= ctx.span[0] - ctx.reference_end <= ANAPHORA_REACH
            and ctx.reference_mod not in DEADLINE_MODS)  # "by 1992" is a goal, not the year
    around = ctx.reference if near else ctx.period
    if around is not None:
        year = g.year(around.earliest.year)
        if year is None:
            return None
        return Reading("DATE", year.value, "year", "relative-expression", year,
                       anchor=around.value, reference=False)
    reading = ctx.from_publication(g.year(ctx.anchor.earliest.year) if ctx.anchor else None)
    reading.reference = False
    return reading


DEADLINE_MODS = ("ON_OR_BEFORE", "BEFORE")
# How far back (characters) "the quarter" or "the year" may refer to a date the text named.
ANAPHORA_REACH = 600


def _period_end(ctx: Context, end: int) -> date | None:
    """The last day of a period "ended"/"ending" on a date written right after it."""
    m = ENDED.match(ctx.text, end)
    mon = month_number(m["mon"]) if m else None
    if m is None or mon is None:
        return None
    dom = int(re.sub(r"\D", "", m["d"]))
    if m["y"]:
        found = g.day_of(int(m["y"]), mon, dom)
        return found.earliest if found else None
    anchor = ctx.anchor_day
    if anchor is None:
        return None
    days = [x.earliest for x in (g.day_of(anchor.year + k, mon, dom) for k in (-1, 0, 1)) if x]
    if m["verb"].lower() == "ended":  # over by the publication date
        past = [d for d in days if d <= anchor]
        return past[-1] if past else None
    return min(days, key=lambda d: abs((d - anchor).days)) if days else None


def _the_period(ctx: Context, unit: str, end: int = 0) -> Reading | None:
    """"the quarter": the quarter named in the last few sentences (a fiscal quarter keeps
    its name), else the quarter that ends on the date given after it ("the quarter ended July
    31" is the three months to July 31, the second calendar quarter), else the quarter last
    mentioned, else the last one before publication; "the weekend": the one the tense points
    to."""
    last = ctx.last.get(unit)
    recent = last is not None and ctx.span[0] - ctx.last_end.get(unit, 0) <= ANAPHORA_REACH
    if unit == "quarter" and not recent and (last_day := _period_end(ctx, end)) is not None:
        middle = g.containing("quarter", last_day - timedelta(days=45))
        if middle is not None:
            return ctx.from_publication(middle)
    if last is not None:
        return Reading("DATE", last.value, last.precision, "relative-expression", last,
                       anchor=last.value)
    anchor = ctx.anchor_day
    if anchor is None:
        return unanchored()
    if unit == "quarter":
        return ctx.from_publication(g.shifted(anchor, -1, "quarter"))
    saturday = choose_weekday(anchor, 6, ctx.tense, None)
    return ctx.from_publication(g.containing("weekend", saturday))


def _year_ago_period(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the year-ago quarter", "year-earlier": the period last mentioned, a year before."""
    unit = _norm(m["yu"])
    base = ctx.period if unit in ("", "quarter", "period") else None
    if unit == "month":
        base = ctx.last.get("month")
    if base is None:
        return _comparison(ctx.from_reference(lambda r: _year_before(r, unit)))
    moved = g.shift_granule(base, -1, "year")
    if moved is None:
        return None
    return Reading("DATE", moved.value, moved.precision, "relative-expression", moved,
                   anchor=base.value, reference=False)  # a comparison, not the narrative time


def _year_before(ref: Granule, unit: str) -> Granule | None:
    """The period a year before ``ref``; a day or a week is too fine to be a reporting period:
    then it is the quarter before it ("the year-earlier quarter"), its month ("the year-ago
    month") or its year."""
    if ref.precision not in ("day", "week", "weekend", "part-of-day", "hour", "minute"):
        return g.shift_granule(ref, -1, "year")
    if unit == "quarter":
        return g.shifted(ref.earliest, -5, "quarter")
    return g.shifted(ref.earliest, -1, "year", "month" if unit == "month" else "year")


def _named_period(m: re.Match[str], ctx: Context) -> Reading | None:
    """The reporting period (``Context.period``: the last quarter named that was over by the
    publication date) named another way: "the latest period", "the 1988 period" (the same
    quarter in 1988), "the corresponding period last year", "the quarter a year ago", "last
    year's quarter"."""
    if not (m["py"] or m["pl"] or m["ago"] or m["pyr"]):
        return None  # plain "the quarter": see _the_period
    base = ctx.period or ctx.last.get("quarter")
    if base is None and m["pl"] and ctx.anchor_day is not None:
        base = g.shifted(ctx.anchor_day, -1, "quarter")
    if base is None:  # no quarter to go by: the year, when one is named
        if m["py"]:
            year = g.year(int(m["py"]))
            return Reading("DATE", year.value, "year", "absolute", year) if year else None
        if m["pyr"] and ctx.anchor is not None:
            shift = -1 if _norm(m["pyr"]) == "last" else 0
            return ctx.from_publication(g.year(ctx.anchor.earliest.year + shift))
        return unanchored()
    moved: Granule | None = base
    if m["py"]:
        moved = g.shift_granule(base, int(m["py"]) - base.earliest.year, "year")
    elif m["ago"] or _norm(m["pyr"]) == "last":
        moved = g.shift_granule(base, -1, "year")
    if moved is None:
        return None
    return Reading("DATE", moved.value, moved.precision, "relative-expression", moved,
                   anchor=base.value, reference=moved is base)


def _year_end(m: re.Match[str], ctx: Context) -> Reading | None:
    """"by year-end", "since year end", "by year's end": the end of this year, or of the last
    one when the date lies behind ("since year-end", a past-tense sentence)."""
    if not YEAR_END_BEFORE.search(ctx.before(m.start(), 12)):
        return None  # a modifier ("year-end results"), not a time
    anchor = ctx.anchor
    if anchor is None:
        return unanchored()
    year = anchor.earliest.year
    if ctx.tense == "past" and not (anchor.latest.month == 12 and anchor.latest.day == 31):
        year -= 1
    reading = ctx.from_publication(g.year(year))
    reading.mod, reading.reference = "END", False
    if reading.granule is not None:
        reading.interval = g.narrowed(reading.granule, "END")
    return reading


YEAR_END_BEFORE = re.compile(r"\b(?:by|since|until|till|at|around|about|before|after|through|"
                             r"near|toward|towards|from|to|of|for)\s+(?:the\s+)?$", re.I)


def _shift_to(ref: Granule, shift: int, unit: str, precision: str) -> Granule | None:
    moved = g.add(ref.earliest, shift, unit)
    return g.containing(precision, moved) if moved else None


def _ago(m: re.Match[str], ctx: Context) -> Reading | None:
    unit = unit_of(m["unit"])
    count = parse_number(m["n"])
    direction = _norm(m["dir"])
    sign = 1 if direction in ("later", "after", "hence", "from now", "on") else -1
    precision = UNIT_PRECISION.get(unit, unit)
    if unit in ("second", "minute", "hour"):
        precision = "day"
    if count is None:  # "several years ago": a vague past or future
        if direction not in ("ago", "from now", "hence", "back"):
            sign = _story_side(ctx, sign)  # "a few days later" in a story told in the past
        return _vague_shift(ctx, sign, unit)
    if m["half"]:
        count += 0.5
        if unit == "year":  # "a year and a half ago": eighteen months, to the month
            count, unit, precision = count * 12, "month", "month"
    amount = sign * round(count * (1 if unit != "decade" else 10))
    step = "year" if unit == "decade" else unit
    if unit in SECONDS:  # "two hours ago" is still the day of its anchor; "36 hours ago" not
        amount, step = sign * int(count * SECONDS[unit] // 86400), "day"
    if direction in ("ago", "from now", "hence", "back"):
        if ctx.anchor is None:
            return unanchored()
        ref = ctx.reference
        if (unit == "year" and count == 1 and ref is not None
                and ref.precision in ("quarter", "month", "half")
                and _near_reference(ctx, m.start())):
            return _comparison(ctx.from_reference(lambda r: g.shift_granule(r, amount, "year")))
        period = _current_period(ctx, m.start()) if unit == "year" else None
        if period is not None:
            return _period_comparison(period, amount)
        return ctx.from_publication(g.shifted(ctx.anchor.earliest, amount, step, precision))
    ref = ctx.reference or ctx.anchor
    coarse = ("quarter", "month", "half", "season")
    if ref is not None and ref.precision in coarse and unit == "year":
        return _comparison(ctx.from_reference(lambda r: g.shift_granule(r, amount, "year")))
    period = _current_period(ctx, m.start()) if unit == "year" and sign < 0 else None
    if period is not None:
        return _period_comparison(period, amount)
    return ctx.from_reference(lambda r: _shift_to(r, amount, step, precision))


SECONDS = {"second": 1, "minute": 60, "hour": 3600}


# A sentence that reports figures: "net fell to $35.6 million from $70.1 million a year ago".
FIGURES = re.compile(r"[$#%]|\b(?:cents?|a share|million|billion|percent)\b", re.IGNORECASE)


def _current_period(ctx: Context, start: int) -> Granule | None:
    """The reporting period under discussion (``Context.period``), when the
    sentence compares figures ("had net income of $132,000 a year ago" after "the third
    quarter"): financial reports compare a quarter with the same quarter a year before."""
    period, end = ctx.period, ctx.period_end
    if period is None or end > start:
        return None
    between = ctx.text[end:start]
    if len(between) > PERIOD_REACH:
        return None
    sentence = re.split(r"[.!?]\s+(?=[A-Z\"“])", ctx.text[max(end, start - 300) : start])[-1]
    return period if FIGURES.search(sentence) else None


PERIOD_REACH = 3000


def _period_comparison(period: Granule, amount: int) -> Reading:
    moved = g.shift_granule(period, amount, "year")
    if moved is None:
        return Reading("DATE", None, None, "relative-expression", anchor=period.value,
                       reference=False)
    return Reading("DATE", moved.value, moved.precision, "relative-expression", moved,
                   anchor=period.value, reference=False)


def _comparison(reading: Reading) -> Reading:
    """"a year earlier" compares with the period just named: it does not move the story on."""
    reading.reference = False
    return reading


def _near_reference(ctx: Context, start: int) -> bool:
    """Is the last date mentioned in the same sentence as ``start`` (and at most 200
    characters before it)?"""
    if ctx.reference is None or not 0 <= start - ctx.reference_end <= 200:
        return False
    between = ctx.text[ctx.reference_end : start + 1]  # with the expression's first letter
    return not re.search(r"[.!?]\s+[A-Z\"“]", between)


def _story_side(ctx: Context, sign: int) -> int:
    """The side of the publication date a vague "a few days later/earlier" falls on: that of
    the date it is told from (a later time after a past date in a past-tense sentence is still
    past), else the direction the words point."""
    ref = ctx.reference
    anchor = ctx.anchor.earliest if ctx.anchor is not None else None
    if ref is not None and anchor is not None and ctx.tense == "past" and ref.latest < anchor:
        return -1
    if ref is not None and anchor is not None and ctx.tense == "future" and ref.earliest > anchor:
        return 1
    return sign


def _vague_shift(ctx: Context, sign: int, unit: str) -> Reading | None:
    anchor = ctx.anchor.earliest if ctx.anchor else None
    value = "PAST_REF" if sign < 0 else "FUTURE_REF"
    if anchor is None:
        return Reading("DATE", value, "vague", "relative-unanchored", reference=False)
    far = g.add(anchor, sign * 9, unit)
    near = g.add(anchor, sign * 2, unit)
    interval = (far, near) if sign < 0 else (near, far)
    return Reading("DATE", value, UNIT_PRECISION.get(unit, unit), "relative-publication",
                   anchor=ctx.anchor.value if ctx.anchor else None, interval=interval,
                   reference=False)


def _relative_ref(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the day before", "the next day", "a day later" handled by _ago; these need a reference."""
    word = _norm(m["rd"])
    if word.endswith("before") and EVENT_AFTER.match(ctx.after(m.end(), 30)):
        return _before_event(ctx)
    shift = -1 if any(w in word for w in ("before", "previous", "prior", "eve")) else 1
    if "same" in word or word.startswith("that"):
        shift = 0
    # a day next to a month or a year named earlier is no particular day: left unresolved
    return ctx.from_reference(
        lambda r: g.day(g.add(r.earliest, shift, "day")) if r.precision in DAYLIKE else None
    )


DAYLIKE = ("day", "part-of-day", "hour", "minute")
# "the day before the plunge", "the night before his arrest": before an event, not a date.
EVENT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|our|this|that|[A-Z][a-z])\b")
APPOSED = re.compile(r"^\s*,\s*$")


def _before_event(ctx: Context) -> Reading:
    """"the day before" an event: the date it stands in apposition to ("Oct. 12, the day before
    the plunge"), else unknown (the event's date is not a date the text gives)."""
    ref = ctx.reference
    if (ref is not None and ref.precision in DAYLIKE
            and APPOSED.match(ctx.text[ctx.reference_end : ctx.span[0]])):
        return Reading("DATE", ref.value, ref.precision, "relative-expression", ref,
                       anchor=ref.value, reference=False)
    return Reading("DATE", None, None, "relative-expression", reference=False)


def _clock(m: re.Match[str], ctx: Context) -> Reading | None:
    hour, minute = _hour_minute(m)
    if hour is None:
        return None
    day, basis, anchor = _clock_day(m, ctx)
    if day is None:
        hh = f"{hour:02d}:{minute or 0:02d}"
        return Reading("TIME", f"XXXX-XX-XXT{hh}", "minute", "relative-unanchored", reference=False)
    stamp = g.clock(day, hour, minute)
    if stamp is None:
        return None
    return Reading("TIME", stamp.value, stamp.precision, basis, stamp, anchor=anchor)


def _hour_minute(m: re.Match[str]) -> tuple[int | None, int | None]:
    if m["nm"]:
        return (12 if _norm(m["nm"]) in ("noon", "midday") else 24), 0
    hour = int(m["h"])
    minute = int(m["mi"]) if m["mi"] else None
    ampm = _norm(m["ampm"]).replace(".", "").replace(" ", "")
    if not ampm and minute is None:
        return None, None
    if hour > 24 or (ampm and not 1 <= hour <= 12):
        return None, None
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    return hour, minute


def _clock_day(m: re.Match[str], ctx: Context) -> tuple[date | None, str, str | None]:
    anchor = ctx.anchor_day
    which = _norm(m["day"])
    if which and which in WEEKDAYS and anchor is not None:
        found = choose_weekday(anchor, WEEKDAYS[which], ctx.tense, None)
        return found, "relative-publication", str(anchor)
    if which in DEICTIC_DAYS and anchor is not None:
        return anchor + timedelta(days=DEICTIC_DAYS[which]), "relative-publication", str(anchor)
    later = LATER_WEEKDAY.match(ctx.text, m.end())
    if not which and later and anchor is not None:  # "10:35 a.m. (0735 GMT) Friday"
        found = choose_weekday(anchor, WEEKDAYS[later["wd"].lower()], ctx.tense, None)
        return found, "relative-publication", str(anchor)
    ref = ctx.reference
    if (not which and ref is not None and ref.precision in ("day", "part-of-day")
            and 0 <= ctx.span[0] - ctx.reference_end <= ANAPHORA_REACH):
        return ref.earliest, "relative-expression", ref.value  # the day the story is telling
    if which and m["cmon"]:
        mon = month_number(m["cmon"])
        from .absolute import calendar_date

        reading = calendar_date(ctx, mon, m["cd"], None)
        if reading and reading.granule and reading.granule.precision == "day":
            return reading.granule.earliest, reading.basis, reading.anchor
        return None, "relative-unanchored", None
    if anchor is None:
        return None, "relative-unanchored", None
    return anchor, "relative-publication", str(anchor)


LATER_WEEKDAY = re.compile(r"\s*\([^()]{1,24}\)\s*(?:on\s+)?(?P<wd>" + WEEKDAY + r")", re.I)
_DAYWORD = (r"(?P<day>today|tonight|yesterday|tomorrow|" + WEEKDAY + r"|(?P<cmon>" + MONTH
            + r")\s*(?P<cd>" + DAY + r"))")
_TZ = r"(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|BST|CET|CEST|KST|JST))?"
_POD = r"(?:\s+(?P<pod>morning|afternoon|evening|night))?"
_UNIT_WORDS = (r"(?:full\s+)?(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal\s+year"
               r"|day|night)\b")
_REL_DETS = (r"(?P<det>this|last|next|past|coming|previous|current|the\s+(?:past|last|previous|next"
             r"|coming|following|current|same|latest|preceding|prior)|that|the|following)")

RULES = [
    Rule("deictic", r"(?P<word>today|tonight|yesterday|tomorrow|the\s+day\s+before\s+yesterday|"
         r"the\s+day\s+after\s+tomorrow)" + _POD, _deictic, 3),
    Rule("part-of-day", r"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<pod>morning|afternoon|"
         r"evening|night)\b", _part_of_day, 4),
    Rule("unit-after-next", r"the\s+(?P<unit>week|weekend|month|year)\s+(?P<rel>after\s+next|"
         r"before\s+last)\b", _after_next, 3, prefixed=False),
    Rule("overnight", r"overnight", _overnight, 1, prefixed=False),
    Rule("part-then-day", r"(?:the\s+)?(?P<pod>morning|afternoon|evening|night)\s+(?:(?:of|on)\s+)?"
         r"(?:(?P<dw>yesterday|today|tomorrow|" + WEEKDAY + r")(?!,?\s+" + MONTH + r")|(?<=of\s)"
         r"(?:" + WEEKDAY + r",?\s+)?(?P<mon>" + MONTH
         + r")\s*(?P<d>" + DAY + r")(?:,?\s+(?P<y>" + YEAR + r"))?)", _part_then_day, 3),
    Rule("weekday", r"(?:(?P<rel>last|next|this|past|coming|the\s+following|the\s+next|"
         r"the\s+previous|that|the\s+same)\s+)?(?P<wd>" + WEEKDAY + r")(?!s\b|'s\s+(?:game|show))"
         + _POD, _weekday, 2),
    Rule("unit-relative", _REL_DETS + r"\s+" + _UNIT_WORDS, _unit_relative, 1),
    Rule("period", r"the\s+(?:(?:(?P<py>" + YEAR + r")|(?P<pl>latest|most\s+recent|corresponding|"
         r"comparable))\s+)?(?:fiscal\s+)?(?:period|quarter)(?P<ago>\s+(?:last\s+year|a\s+year\s+"
         r"(?:ago|earlier)))?|(?P<pyr>last|this)\s+year['’]s\s+(?:period|quarter)\b",
         _named_period, 3, prefixed=False),
    Rule("year-end", r"(?:year[\s-]end|year['’]s\s+end)\b", _year_end, 2),
    Rule("year-ago", r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year[\s-]ago|year[\s-]earlier)"
         r"(?:\s+(?P<yu>quarter|period|month))?", _year_ago_period, 2),
    Rule("ago", r"(?P<n>" + NUMBER + r")[\s-]+(?:(?:more|full|long)\s+)?(?P<unit>" + UNIT_ANY
         + r")(?P<half>\s+and\s+a\s+half)?(?:\s+or\s+so)?"
         r"\s+(?P<dir>ago|earlier|later|hence|from\s+now|back)\b", _ago, 3),
    Rule("reference-day", r"(?P<rd>the\s+(?:day|night)\s+before|the\s+(?:next|following|previous|"
         r"prior|same)\s+day|that\s+(?:same\s+)?day)", _relative_ref, 2),
    Rule("clock", r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
         r"|(?<!high\s)(?P<nm>noon|midnight|midday))" + _TZ + r"(?:,?\s+(?:on\s+)?" + _DAYWORD
         + r")?", _clock, 3),
]
