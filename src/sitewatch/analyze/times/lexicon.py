"""Words of time: month, weekday, season and unit names, number words, and regex fragments.

The fragments are plain strings, joined into the rules of :mod:`.patterns`. Month and
weekday names are matched case-sensitively (``May`` the month, not ``may`` the verb).
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
    "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6, "sunday": 7,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# unit word -> TIMEX3 duration letter, and whether it is a time (PT...) unit
UNITS: dict[str, str] = {
    "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "fortnight": "W",
}
TIME_UNITS = frozenset({"second", "minute", "hour"})

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "mid-day": "MI",
}

ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
    "4th": 4, "last": 4, "final": 4,
}

_SMALL: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "single": 1,
}
_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
VAGUE_NUMBERS = ("a few", "few", "several", "a couple of", "a couple", "couple of", "some",
                 "many", "a number of", "numerous", "a dozen", "dozens of", "hundreds of")
# Quantity words read as a number (TIMEX3 writes "a couple of years" as P2Y).
FIXED_QUANTITIES: dict[str, float] = {"a couple of": 2.0, "a couple": 2.0, "couple of": 2.0,
                                      "a dozen": 12.0}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cased(words: list[str]) -> list[str]:
    return [w.capitalize() for w in words] + [w.upper() for w in words]


_MONTH_FULL = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH_ABBR = [m for m in MONTHS if m not in _MONTH_FULL]

# A month name: full ("March"), or abbreviated with an optional full stop ("Sept.").
MONTH = (
    r"(?-i:(?:" + _alternation(_cased(_MONTH_FULL)) + r")\b"
    r"|(?:" + _alternation(_cased(_MONTH_ABBR)) + r")\b\.?)"
)
WEEKDAY = r"(?:" + _alternation(list(WEEKDAYS)) + r")\b"
SEASON = r"(?:" + _alternation(list(SEASONS)) + r")\b"
PART_OF_DAY = r"(?:morning|afternoon|evening|night)\b"
UNIT = r"(?:" + _alternation(list(UNITS)) + r")"
UNIT_ANY = r"(?:" + UNIT + r"s?|centuries)\b"
_NUMBER_WORDS = (
    r"(?:(?:" + _alternation(list(_TENS)) + r")(?:[\s-](?:one|two|three|four|five|six|seven|"
    r"eight|nine))?|" + _alternation([w for w in _SMALL if w not in ("a", "an")]) + r")\b"
)
# A count: digits (with an optional fraction), number words, "a"/"an", or a vague quantity.
NUMBER = (
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:hundred|thousand)\b|"
    r"\d+(?:\.\d+)?(?:\s+\d/\d)?|" + _NUMBER_WORDS + r"(?:\s+and\s+a\s+half)?|an?\b|"
    + _alternation(list(VAGUE_NUMBERS)) + r"\b|hundreds\b|thousands\b|dozens\b)"
)
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?\b"
YEAR = r"(?:1[0-9]\d\d|2[01]\d\d)\b(?![,.]?\d)"


def month_number(word: str) -> int | None:
    return MONTHS.get(word.lower().rstrip("."))


MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000}


def parse_number(text: str) -> float | None:
    """The value of a count ("twenty-five", "3", "two and a half"); None for vague ones."""
    words = text.lower().replace("-", " ").split()
    if not words:
        return None
    if words[-3:] == ["and", "a", "half"] and len(words) > 3:  # "two and a half": not 2 + 1 + 0.5
        whole = parse_number(" ".join(words[:-3]))
        return whole + 0.5 if whole is not None else None
    if " ".join(words) in FIXED_QUANTITIES:
        return FIXED_QUANTITIES[" ".join(words)]
    if len(words) == 2 and words[1] in MULTIPLIERS:  # "a hundred", "two thousand", "3 hundred"
        base = 1.0 if words[0] in ("a", "an") else parse_number(words[0])
        return base * MULTIPLIERS[words[1]] if base is not None else None
    if words[0].replace(".", "", 1).isdigit():
        try:
            value = float(words[0])
        except ValueError:
            return None
        if len(words) > 1 and re.fullmatch(r"\d/\d", words[1]):
            numerator, denominator = words[1].split("/")
            value += int(numerator) / max(int(denominator), 1)
        return value
    total = 0.0
    for word in words:
        if word in _TENS:
            total += _TENS[word]
        elif word in _SMALL:
            total += _SMALL[word]
        elif word == "half":
            total += 0.5
        elif word not in ("and", "a"):
            return None
    return total or None


def unit_of(word: str) -> str:
    """The singular unit for a unit word ("centuries" -> "century")."""
    word = word.lower()
    if word == "centuries":
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in UNITS else word
