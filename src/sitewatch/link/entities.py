"""Entity resolution across documents: "Kim Jong-un" = "Kim Jong Un" = "Kim" (when the
document names him in full), "US" = "U.S." = "the United States".

A pure function over entity mentions: names are normalised (case, hyphens, articles,
possessives, honorifics, a small alias table), then a one-word person name is resolved to
the only full name in the same document that begins or ends with it (Korean names put the
family name first: "Kim" for "Kim Jong-un"; Western ones last: "Bolton" for "John Bolton"),
else to the only such full name anywhere in the store. A one-word name the parser labelled an
organisation or place ("Trump" tagged ORG) is resolved the same way, but only to a full name
of the same document, or like a person when the document also has it as a person.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

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


def name_key(text: str, label: str) -> str:
    """The normalised form of one name."""
    key = POSSESSIVE.sub("", text.strip())
    key = re.sub(r"^the\s+", "", key, flags=re.IGNORECASE)
    if label == "PERSON":
        key = _HONORIFIC.sub("", key)
    key = re.sub(r"[\s\-‐–]+", " ", key).strip().lower()
    return ALIASES.get(key, key)


def resolve(mentions: Iterable[Mention]) -> dict[Mention, str]:
    """Each mention's entity key; mentions of one entity, in any document, share a key."""
    items = list(mentions)
    keys = {m: name_key(m.text, m.label) for m in items}
    full_names: dict[str, set[str]] = defaultdict(set)
    person_words: set[tuple[str, str]] = set()
    for m in items:
        if m.label == "PERSON" and len(keys[m].split()) >= 2:
            full_names[m.doc_id].add(keys[m])
        elif m.label == "PERSON":
            person_words.add((m.doc_id, keys[m]))
    everywhere = set().union(*full_names.values()) if full_names else set()
    for m in items:
        key = keys[m]
        if " " in key:
            continue
        here = _completions(key, full_names[m.doc_id])
        if m.label != "PERSON" and (m.doc_id, key) not in person_words:
            if len(here) == 1 and m.text[:1].isupper():
                keys[m] = here.pop()
            continue
        anywhere = _completions(key, everywhere)
        if len(here) == 1:
            keys[m] = here.pop()
        elif not here and len(anywhere) == 1:  # the only such person in the whole store
            keys[m] = anywhere.pop()
    return keys


def _completions(key: str, names: set[str]) -> set[str]:
    return {f for f in names if f.split()[0] == key or f.split()[-1] == key}
