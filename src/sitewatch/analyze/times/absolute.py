"""Calendar dates named in the text: "July 30, 2018", "30 July", "2018-07-30", "the 1990s",
"the third quarter", "summer 2017", "Christmas". A date without a year takes the year the
tense points to, seen from the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from . import granule as g
from .anchor import Context, choose_year, unanchored
from .granule import Granule
from .lexicon import DAY, MONTH, SEASON, SEASONS, WEEKDAY, YEAR, month_number
from .model import Reading
from .patterns import Rule

# Words after which a bare year or an ambiguous month ("May") is a date.
DATE_PREPOSITIONS = re.compile(
    r"(?:\b(?:in|since|until|till|by|of|from|through|to|between|and|or|before|after|during|"
    r"throughout|early|late|mid|last|next|this|that|for|on|around|about|fiscal|year|"
    r"as\s+of|circa|beginning|end|start|middle|spring|summer|autumn|fall|winter)|[-(])\s*$",
    re.IGNORECASE,
)
# A four-digit number followed by one of these is a count, not a year ("2000 troops").
# (A capitalised plural is a name: "the 2000 Olympics".)
_COUNT_NOUN = re.compile(r"^\s*(?:%|percent|per\b|(?-i:[a-z]+s)\b(?<!levels)(?<!results))", re.I)


def absolute(granule: Granule | None, type_: str = "DATE") -> Reading | None:
    if granule is None:
        return None
    return Reading(type_, granule.value, granule.precision, "absolute", granule)


def year_of(text: str | None, ctx: Context) -> int | None:
    """A four- or two-digit year; two digits fall within 80 years before, 20 after the anchor."""
    if not text:
        return None
    digits = text.strip("'’ ")
    if not digits.isdigit():
        return None
    value = int(digits)
    if len(digits) == 2:
        pivot = ctx.anchor.earliest.year if ctx.anchor else 2000
        century = pivot - pivot % 100
        value += century
        if value > pivot + 20:
            value -= 100
    return value


def with_year(ctx: Context, make: Callable[[int], Granule | None], year: int | None,
              unanchored_value: str, precision: str, use_tense: bool = True) -> Reading | None:
    """An explicit year makes an absolute date; otherwise the tense picks one near the anchor."""
    if year is not None:
        return absolute(make(year))
    if ctx.anchor is None:
        return unanchored(unanchored_value, precision)
    chosen = choose_year(ctx, make, use_tense)
    if chosen is None:
        return None
    return Reading("DATE", chosen.value, chosen.precision, "relative-publication", chosen,
                   anchor=ctx.anchor.value)


def calendar_date(ctx: Context, mon: int | None, dom: str, year: int | None) -> Reading | None:
    """A day of a month; an impossible day (February 30) falls back to the month."""
    day_no = int(re.sub(r"\D", "", dom) or 0)
    if mon is None or not 1 <= day_no <= 31:
        return None
    reading = with_year(ctx, lambda y: g.day_of(y, mon, day_no), year,
                        f"XXXX-{mon:02d}-{day_no:02d}", "day")
    if reading is None:
        reading = with_year(ctx, lambda y: g.month(y, mon), year, f"XXXX-{mon:02d}", "month")
    return reading


def _month_day(m: re.Match[str], ctx: Context) -> Reading | None:
    return calendar_date(ctx, month_number(m["mon"]), m["d"], year_of(m["y"], ctx))


def _iso(m: re.Match[str], ctx: Context) -> Reading | None:
    day = g.day_of(int(m["iy"]), int(m["im"]), int(m["id"]))
    if day is None or not m["hh"]:
        return absolute(day)
    return absolute(g.clock(day.earliest, int(m["hh"]), int(m["mi"])), "TIME")


def _numeric(m: re.Match[str], ctx: Context) -> Reading | None:
    first, second = int(m["a"]), int(m["b"])
    mon, dom = (second, first) if first > 12 else (first, second)  # US order unless impossible
    year = year_of(m["y"], ctx)
    if year is None or mon > 12 or (m["sep"] == "." and len(m["y"]) != 4):
        return None
    return absolute(g.day_of(year, mon, dom))


def _week_of(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the week of March 6": the ISO week holding that day."""
    day = calendar_date(ctx, month_number(m["mon"]), m["d"], year_of(m["y"], ctx))
    if day is None or day.granule is None or day.granule.precision != "day":
        return day
    week = g.containing("week", day.granule.earliest)
    if week is None:
        return None
    return Reading("DATE", week.value, week.precision, day.basis, week, anchor=day.anchor)


def _month_year(m: re.Match[str], ctx: Context) -> Reading | None:
    mon, year = month_number(m["mon"]), year_of(m["y"], ctx)
    if mon is None or year is None:
        return None
    return absolute(g.month(year, mon))


def _bare_month(m: re.Match[str], ctx: Context) -> Reading | None:
    mon = month_number(m["mon"])
    det, yrel = (m["det"] or "").lower(), (m["yrel"] or "").lower()
    if mon is None:
        return None
    if m["mon"].lower().rstrip(".") in ("may", "march", "mar", "jan", "dec", "sep", "oct") and not (
        det or yrel or m["pos"] or DATE_PREPOSITIONS.search(ctx.before(m.start()))
        or (DETERMINER_BEFORE.search(ctx.before(m.start(), 12))
            and re.match(r"\s+[a-z]", ctx.after(m.end(), 3)))
    ):
        return None
    if (not (det or yrel or m["pos"]) and m["mon"][-1:] != "." and m["mon"][3:4] == ""
            and re.match(r"\s+[A-Z][a-z]", ctx.after(m.end(), 3))):
        return None  # an unstopped abbreviation before a name is a name: "Jan Kavan"
    if ctx.anchor is None:
        return unanchored(f"XXXX-{mon:02d}", "month")
    base = ctx.anchor.earliest
    if yrel:
        shift = {"last": -1, "this": 0, "next": 1}[yrel]
        return _pub(ctx, g.month(base.year + shift, mon))
    if det in ("last", "past", "previous"):
        return _pub(ctx, g.month(base.year - (1 if mon >= base.month else 0), mon))
    if det in ("next", "coming"):
        return _pub(ctx, g.month(base.year + (1 if mon <= base.month else 0), mon))
    if det == "this":
        return _pub(ctx, g.month(base.year, mon))
    return with_year(ctx, lambda y: g.month(y, mon), None, f"XXXX-{mon:02d}", "month")


# "the March accession", "its May meeting": a month that modifies a noun.
DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+$", re.I)


def _pub(ctx: Context, granule: Granule | None) -> Reading:
    return ctx.from_publication(granule)


def _year(m: re.Match[str], ctx: Context) -> Reading | None:
    year = int(m["y"])
    explicit = bool(m["fy"])
    if not explicit:
        if _COUNT_NOUN.match(ctx.after(m.end(), 20)):
            return None
        if not (1800 <= year <= 2099) and not DATE_PREPOSITIONS.search(ctx.before(m.start())):
            return None
    return absolute(g.year(year))


def _decade(m: re.Match[str], ctx: Context) -> Reading | None:
    if m["dy"]:
        return absolute(g.decade(int(m["dy"])))
    if m["ds"]:
        pivot = ctx.anchor.earliest.year if ctx.anchor else 2000
        first = pivot - pivot % 100 + int(m["ds"])
        return absolute(g.decade(first - 100 if first > pivot else first))
    from .lexicon import DECADE_WORDS

    tens = DECADE_WORDS[m["dw"].lower()]
    return absolute(g.decade(1900 + tens * 10))


_TEEN = ("ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_SPELLED_YEAR = (r"(?:the\s+year\s+)?(?P<yw>(?:nineteen|twenty)[\s-]+(?:" + _TEEN + r"|(?:" + _TENS
                 + r")(?:[\s-]+(?:" + _ONES + r"))?|hundred)|two\s+thousand(?:\s+and\s+(?:" + _ONES
                 + r"|" + _TEEN + r"))?)")


def _spelled_year(m: re.Match[str], ctx: Context) -> Reading | None:
    from .lexicon import parse_number

    words = m["yw"].lower().replace("-", " ").split()
    if words[:2] == ["two", "thousand"]:
        rest = parse_number(" ".join(words[3:])) if len(words) > 3 else 0
        return absolute(g.year(2000 + int(rest or 0)))
    century = parse_number(words[0])
    rest = 0.0 if words[1] == "hundred" else parse_number(" ".join(words[1:]))
    if century is None or rest is None:
        return None
    return absolute(g.year(int(century) * 100 + int(rest)))


_ORDINAL_CENTURIES = {"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                      "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


def _century(m: re.Match[str], ctx: Context) -> Reading | None:
    number = int(m["c"]) if m["c"] else _ORDINAL_CENTURIES.get(m["cw"].lower(), 0)
    return absolute(g.century(number)) if 1 <= number <= 30 else None


def _season(m: re.Match[str], ctx: Context) -> Reading | None:
    code = SEASONS[m["season"].lower()]
    det = (m["det"] or "").lower()
    year = year_of(m["y"], ctx)
    if year is None and not det and not (
        m["pos"] or DATE_PREPOSITIONS.search(ctx.before(m.start()))
    ):
        return None
    if year is None and det == "the" and re.match(
        r"\s+of\b(?!\s+(?:nineteen|twenty|two\s+thousand)\b)", ctx.after(m.end())
    ):
        return None  # "the fall of the wall", not "the winter of nineteen ninety-four"
    if (year is None and not det and code == "FA" and re.search(r"\bto\s*$", ctx.before(m.start()))
            and re.match(r"\s+[a-z]", ctx.after(m.end()))):
        return None  # the verb: "expected to fall further", not "from spring to fall"
    if year is not None or ctx.anchor is None or det in ("", "the", "that"):
        return with_year(ctx, lambda y: g.season(y, code), year, f"XXXX-{code}", "season")
    anchor = ctx.anchor.earliest
    options = [x for x in (g.season(anchor.year + k, code) for k in (-1, 0, 1)) if x]
    if det in ("last", "past"):
        pick = [x for x in options if x.latest < anchor][-1:]
    elif det in ("next", "coming"):
        pick = [x for x in options if x.earliest > anchor][:1]
    else:
        pick = [x for x in options if x.value.startswith(f"{anchor.year:04d}")]
    return ctx.from_publication(pick[0] if pick else None)


def _quarter(m: re.Match[str], ctx: Context) -> Reading | None:
    grp = {k: v or "" for k, v in m.groupdict().items()}
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
         "4th": 4}.get(grp.get("q", "").lower()) or int(grp.get("qn") or 0)
    year = year_of(grp.get("y1") or grp.get("y2") or grp.get("y3"), ctx)
    yrel = (grp.get("yrel") or grp.get("yposs", "")).lower()
    qdet = re.sub(r"\s+", "-", grp.get("qdet", "").lower())
    if not 1 <= q <= 4:
        return None
    reading: Reading | None
    if year is None and yrel in ("this", "last", "next") and ctx.anchor is not None:
        year = ctx.anchor.earliest.year + {"this": 0, "last": -1, "next": 1}[yrel]
        reading = _pub(ctx, g.quarter(year, q))
    else:  # a year-less quarter is the nearest one, unless that one has not begun yet
        reading = with_year(ctx, lambda y: g.quarter(y, q), year, f"XXXX-Q{q}", "quarter",
                            use_tense=False)
        if year is None and reading is not None and reading.granule is not None:
            reading = _reported_quarter(ctx, reading, reading.granule)
    year_ago = qdet in ("year-ago", "year-earlier", "prior-year")
    if reading is not None and reading.granule and year_ago:
        moved = g.shift_granule(reading.granule, -1, "year")
        reading = ctx.from_publication(moved) if moved else reading
    return reading


def _reported_quarter(ctx: Context, reading: Reading, nearest: Granule) -> Reading:
    """A quarter that has not begun by the publication date cannot be reported in the past
    tense: "earned $5 million in the fiscal first quarter" in October is this year's."""
    day = ctx.anchor_day
    if day is None or nearest.earliest <= day or ctx.tense != "past":
        return reading
    moved = g.shift_granule(nearest, -1, "year")
    return ctx.from_publication(moved) if moved is not None else reading


def _half(m: re.Match[str], ctx: Context) -> Reading | None:
    h = 1 if m["h"].lower() == "first" else 2  # second, last, latter
    year = year_of(m["y"], ctx)
    yrel = (m["yrel"] or "").lower()
    if year is None and ctx.anchor is not None and yrel in ("this", "last", "next"):
        shift = {"this": 0, "last": -1, "next": 1}[yrel]
        return _pub(ctx, g.half(ctx.anchor.earliest.year + shift, h))
    return with_year(ctx, lambda y: g.half(y, h), year, f"XXXX-H{h}", "half")


def _half_of_year(m: re.Match[str], ctx: Context) -> Reading | None:
    """"the second half" with no year: of the year just named ("In 2016 ... in the second
    half"), else of the year the tense points to ("sales rose in the first half")."""
    h = 1 if m["h"].lower() == "first" else 2
    ref = ctx.reference
    if (ref is not None and ref.precision in ("year", "half", "quarter", "month")
            and 0 <= ctx.span[0] - ctx.reference_end <= HALF_REACH):
        found = g.half(ref.earliest.year, h)
        if found is None:
            return None
        return Reading("DATE", found.value, "half", "relative-expression", found,
                       anchor=ref.value)
    return with_year(ctx, lambda y: g.half(y, h), None, f"XXXX-H{h}", "half")


# How far back (characters) a year named in the text gives "the second half" its year.
HALF_REACH = 600


def _easter(year: int) -> date:
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    h = (19 * a + b - d - (b - f + 1) // 3 + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    day = first + timedelta(days=(weekday - first.isoweekday()) % 7)
    if n > 0:
        return day + timedelta(weeks=n - 1)
    while (day + timedelta(weeks=1)).month == month:
        day += timedelta(weeks=1)
    return day


def holiday_day(name: str, year: int) -> Granule | None:
    key = re.sub(r"[^a-z]", "", name.lower())
    fixed = {"christmas": (12, 25), "christmasday": (12, 25), "christmaseve": (12, 24),
             "newyearsday": (1, 1), "newyears": (1, 1), "newyearseve": (12, 31),
             "independenceday": (7, 4), "halloween": (10, 31), "valentinesday": (2, 14)}
    if key == "electionday":  # US: the Tuesday after the first Monday of November
        return g.day(_nth_weekday(year, 11, 1, 1) + timedelta(days=1))
    if not 1583 <= year <= 9998:
        return None
    if key in fixed:
        return g.day_of(year, *fixed[key])
    if key.startswith("thanksgiving"):
        return g.day(_nth_weekday(year, 11, 4, 4))
    if key == "laborday":
        return g.day(_nth_weekday(year, 9, 1, 1))
    if key == "memorialday":
        return g.day(_nth_weekday(year, 5, 1, -1))
    if key.startswith("easter"):
        return g.day(_easter(year))
    return None


def _holiday(m: re.Match[str], ctx: Context) -> Reading | None:
    name, unit = m["hol"], (m["hu"] or "").lower()
    det = (m["hdet"] or "").lower()
    if det and not unit and not m["y"]:
        return _holiday_by_det(ctx, name, det)
    if unit:  # "Easter week", "the Thanksgiving weekend", "Memorial Day weekend"
        return with_year(ctx, lambda y: _holiday_span(holiday_day(name, y), unit),
                         year_of(m["y"], ctx), "XXXX-WXX", unit)
    reading = with_year(ctx, lambda y: holiday_day(name, y), year_of(m["y"], ctx), "XXXX-XX-XX",
                        "day")
    if reading is not None:
        reading.start = m.start("hol")  # "the Christmas holidays": the name alone
    return reading


def _holiday_by_det(ctx: Context, name: str, det: str) -> Reading | None:
    """"last Christmas", "next Easter": the latest one before the publication date, the first
    one after it, or this year's."""
    day = ctx.anchor_day
    if day is None:
        return unanchored("XXXX-XX-XX", "day")
    options = [x for x in (holiday_day(name, day.year + k) for k in (-1, 0, 1)) if x]
    if det == "last":
        pick = [x for x in options if x.earliest < day][-1:]
    elif det == "next":
        pick = [x for x in options if x.earliest > day][:1]
    else:
        pick = [x for x in options if x.earliest.year == day.year]
    return ctx.from_publication(pick[0] if pick else None)


def _holiday_span(day: Granule | None, unit: str) -> Granule | None:
    """The week holding a holiday, or its weekend: the one before a Monday holiday (Memorial
    Day weekend), else the first one on or after it (Thanksgiving weekend)."""
    if day is None:
        return None
    when = day.earliest
    if unit == "weekend":
        when += timedelta(days=-2 if when.isoweekday() == 1 else (6 - when.isoweekday()) % 7)
    return g.containing(unit, when)


_WD = r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?"
_QORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
_QDET = (r"(?:(?P<qdet>fiscal|calendar|current|latest|last|this|next|year[\s-]ago|"
         r"year[\s-]earlier|prior[\s-]year)[\s-]+)?")
_OF_YEAR = (r"(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>" + YEAR
            + r")|(?P<yrel>this|last|next|the)\s+year\b))?")
_HOLIDAYS = (r"(?-i:Christmas(?:\s+(?:Day|Eve))?|New\s+Year's(?:\s+(?:Day|Eve))?|Thanksgiving"
             r"(?:\s+Day)?|Easter(?:\s+Sunday)?|Independence\s+Day|Labor\s+Day|Memorial\s+Day"
             r"|Halloween|Valentine's\s+Day|Election\s+Day)")

RULES = [
    Rule("iso-date", r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
         r"(?:T(?P<hh>\d\d):(?P<mi>\d\d)(?::\d\d)?)?", _iso, priority=5),
    Rule("numeric-date", r"(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})",
         _numeric, priority=4),
    Rule("day-month-year", r"(?P<d>\d{1,2})[-/\s](?P<mon>" + MONTH + r")[-/\s](?P<y>" + YEAR
         + r"|\d{2}\b)", _month_day, priority=4),
    Rule("month-day", _WD + r"(?P<mon>" + MONTH + r")\s*(?P<d>" + DAY + r")(?![.,]?\d|\s*(?:%|"
         r"percent|million|billion|:\d))(?:(?:,\s*|\s+)(?P<y>" + YEAR + r"))?", _month_day, 3),
    Rule("week-of", r"the\s+week\s+of\s+(?P<mon>" + MONTH + r")\s*(?P<d>" + DAY
         + r")(?:,?\s+(?P<y>" + YEAR + r"))?", _week_of, 3),
    Rule("day-month", _WD + r"(?:the\s+)?(?P<d>" + DAY + r")(?:\s+of)?\s+(?P<mon>" + MONTH
         + r")(?:,?\s+(?P<y>" + YEAR + r"))?", _month_day, 3),
    Rule("month-year", r"(?P<mon>" + MONTH + r")(?:\s+of|,)?\s+(?P<y>" + YEAR + r")",
         _month_year, 3),
    Rule("month", r"(?:(?P<det>this|last|next|that|coming|past|previous)\s+)?(?P<mon>" + MONTH
         + r")(?:\s+(?P<yrel>last|this|next)\s+year)?(?!\.?\s*\d)", _bare_month, 2),
    Rule("year", r"(?:(?P<fy>fiscal(?:\s+year)?|the\s+year|calendar(?:\s+year)?|FY)\s*)?(?P<y>"
         + YEAR + r")(?!\s*[-–]\s*\d|')", _year, 1),
    Rule("spelled-year", _SPELLED_YEAR, _spelled_year, 1),
    Rule("decade", r"(?:the\s+)?(?:(?P<dy>1\d\d0|20\d0)'?s|['’](?P<ds>\d0)s|"
         r"(?:(?<=the\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)|(?<=mid\s))(?P<dw>"
         r"twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))", _decade),
    Rule("century", r"(?:the\s+)?(?:(?P<c>\d{1,2})(?:st|nd|rd|th)|(?P<cw>fifteenth|sixteenth|"
         r"seventeenth|eighteenth|nineteenth|twentieth|twenty-first))\s+century", _century),
    Rule("season", r"(?:(?P<det>this|last|next|that|coming|the|past)\s+(?:past\s+)?)?(?P<season>"
         + SEASON + r")(?:(?:\s+of)?\s+(?P<y>" + YEAR + r"))?", _season),
    Rule("quarter", r"(?:the\s+)?(?:(?P<y1>" + YEAR + r")\s+|(?P<yposs>this|last|next)\s+year['’]s"
         r"\s+)?" + _QDET + r"(?:fiscal[\s-]+)?"
         + _QORD + r"[\s-]+(?:fiscal[\s-]+)?quarter" + _OF_YEAR, _quarter, 2),
    Rule("quarter-q", r"(?-i:Q(?P<qn>[1-4]))(?:\s+|/)?(?P<y3>" + YEAR + r")?", _quarter, 2),
    Rule("half", r"(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>" + YEAR
         + r")|(?P<yrel>this|last|next|the)\s+year\b)", _half, 2),
    Rule("half-of-year", r"the\s+(?P<h>first|second|latter)[\s-]+half(?:\s+of\s+(?:the\s+)?"
         r"(?P<fy>fiscal\s+)?year)?(?![\s-]+(?:of|mile|point|dozen|hour|inning|century|decade)\b)",
         _half_of_year, 1),
    Rule("holiday", r"(?:the\s+|(?P<hdet>last|next|this)\s+)?(?P<hol>" + _HOLIDAYS
         + r")(?:\s+(?P<hu>week|weekend)\b)?"
         r"(?:,?\s+(?:of\s+)?(?P<y>" + YEAR + r"))?", _holiday, 2),
]
