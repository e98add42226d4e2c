"""The frame of a political occasion read from the parse: where it was held, who took
part, whether its sentence's date is its own or another event's, and whether it was
called off or put off.

Every test walks spaCy's dependency tree from the trigger; the rules, with examples, are in
docs/events.md (*Political events*).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from .model import Event, EventDate

# words that make an event a reference point for another time ("two days after the summit",
# "since their summit", "ahead of the meeting", "prior to the talks")
ANCHORS = frozenset({"after", "before", "since", "following", "until", "till", "ahead", "prior"})
_LINKED = {"ahead": "of", "prior": "to"}  # "ahead of", "prior to"
_VENUE_PREPOSITIONS = {"in", "at"}
_LOCATIVE = {"in", "at", "near", "to", "from", "into", "across", "along", "outside", "inside"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_SUBJECTS = {"nsubj", "nsubjpass"}
TIED = "(another event's date)"  # text of a date taken from an event named as reference
_CLAUSES = {"ROOT", "ccomp", "advcl", "relcl", "conj", "xcomp", "acl"}
_ACTOR_LABELS = {"PERSON", "ORG", "GPE"}
_DAY_UNITS = {"day": 1, "week": 7}
_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# a meeting that is subject of one of these did not take place ("the lunch was cancelled"),
# or has no date any more ("the talks have been postponed")
CALLED_OFF = frozenset({"cancel", "scrap", "abandon", "scrub", "call"})
PUT_OFF = frozenset({"postpone", "delay", "defer", "put", "push", "reschedule"})
_PARTICLES = {"call": "off", "put": "off", "push": "back", "kick": "out", "throw": "out"}
# inspectors sent away or kept out do not inspect ("inspectors were expelled in 2009")
SENT_AWAY = frozenset({"expel", "bar", "ban", "block", "evict", "deny", "refuse", "kick", "throw"})


def reference_phrase(node: Any) -> tuple[Any, Any] | None:
    """``(word, root)`` when ``node`` introduces a phrase naming an event as a reference
    point for another time: a preposition whose object is not itself a time ("after the
    summit", "ahead of the meeting", "prior to the talks"; not "after March 2"), or a
    clause under "after", "since" ... ("after the summit ended", "since they met")."""
    word = node.lower_
    if node.dep_ == "prep" and word in ANCHORS and word not in _LINKED:
        objects = [c for c in node.children if c.dep_ in {"pobj", "pcomp"}]
    elif node.lower_ in _LINKED.values() and node.head.lower_ in _LINKED:
        objects = [c for c in node.children if c.dep_ in {"pobj", "pcomp"}]
        node = node.head
    else:
        mark = next(
            (c for c in node.children if c.dep_ == "mark" and c.lower_ in ANCHORS), None
        )
        return (mark, node) if mark is not None and node.pos_ in {"VERB", "AUX"} else None
    for obj in objects:
        if obj.pos_ in {"NOUN", "VERB"} and obj.ent_type_ not in {"DATE", "TIME"}:
            return node, obj
    return None


def anchor(token: Any) -> tuple[Any, Any] | None:
    """The nearest reference phrase the trigger is part of (itself included): "two days
    after the Hanoi summit", "hours after the summit ended", "since their summit in Hanoi
    broke down", "after they met"."""
    node = token
    for _ in range(12):
        found = reference_phrase(node)
        if found is not None and _inside([token], found[1]):
            return found
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _measure(word: Any, root: Any) -> Any | None:
    """The distance given with an anchor: "two days (after)", "hours (after) ...",
    "a week (before)"."""
    candidates = list(word.children)
    if word.dep_ == "mark":
        candidates += [c for c in root.children if c.i < word.i]
    for c in candidates:
        if c.dep_ == "npadvmod" and c.pos_ == "NOUN":
            return c
    return None


def _expression_tokens(token: Any, sentence: tuple[int, int], text: str | None) -> list[Any]:
    """The tokens of a date expression's text in the trigger's sentence, the occurrence
    nearest the trigger; none when the text is not in the sentence (a date carried from
    another sentence)."""
    if not text:
        return []
    doc = token.doc
    start, end = sentence
    body = doc.text[start:end]
    found = []
    at = body.find(text)
    while at >= 0:
        found.append(start + at)
        at = body.find(text, at + 1)
    if not found:
        return []
    begin = min(found, key=lambda s: abs(s - token.idx))
    span = doc.char_span(begin, begin + len(text), alignment_mode="expand")
    return list(span) if span is not None else []


def _inside(tokens: list[Any], root: Any) -> bool:
    lo, hi = root.left_edge.i, root.right_edge.i
    return bool(tokens) and all(lo <= t.i <= hi for t in tokens)


def _shifted(value: str, days: int, date_: EventDate, text: str) -> EventDate:
    day = (date.fromisoformat(value[:10]) + timedelta(days=days)).isoformat()
    return replace(date_, value=day, precision="day", earliest=day, latest=day, text=text)


def anchored_date(event: Event, token: Any) -> EventDate | None:
    """The event's date when its sentence's date belongs to another event, else ``None``
    (keep it). An event named as a reference point ("two days after the Hanoi summit",
    "hours after the summit ended") takes the date of the clause it anchors only through a
    stated distance in days or weeks ("two days after" a day: that day less two days); a
    date inside another event's reference phrase ("their first meeting since their summit
    in Hanoi in February") is that event's. Either way an event left without a date of its
    own gets an undated one (the caller decides from the discourse)."""
    if event.date.basis not in {"text", "discourse"}:
        return None
    undated = EventDate(None, None, None, None, "none", TIED)
    tokens = _expression_tokens(token, event.sentence, event.date.text)
    found = anchor(token)
    if found is not None:
        word, own = found
        measure = _measure(word, own)
        inside = _inside(tokens, own) and not (
            measure is not None and any(measure.left_edge.i <= t.i <= measure.i for t in tokens)
        )
        if inside:
            return None  # "since the Singapore summit in June": its own date
        days = _distance(measure) if own.i == token.i or word.dep_ == "mark" else None
        if measure is not None and days is not None and event.date.precision == "day" \
                and event.date.value:
            sign = -1 if word.lower_ in {"after", "following", "since"} else 1
            text = " ".join(t.text for t in measure.subtree) + f" {word.text} ({event.date.text})"
            return _shifted(event.date.value, sign * days, event.date, text)
        return undated
    for t in tokens:
        node = t
        for _ in range(12):
            if _inside([token], node):
                break
            found = reference_phrase(node)
            if found is not None and _inside([t], found[1]):
                return undated  # the date of the event the phrase names
            if _other_clause(node, token):
                # "told Moon during the talks that he would shut it in May": its own
                # clause has no date, but may still be the report's news
                return EventDate(None, None, None, None, "none")
            if node.head.i == node.i:
                break
            node = node.head
    return None


def _other_clause(node: Any, token: Any) -> bool:
    """``node`` heads a clause of another event than the trigger's: a complement clause
    ("said that ... in May", "agreed to meet in May") or a relative clause on another noun
    ("the deal signed in May"); a relative clause on the trigger is its own ("the summit,
    which ended in May")."""
    if node.pos_ not in {"VERB", "AUX"}:
        return False
    if node.dep_ in {"ccomp", "xcomp"}:
        return True
    if node.dep_ not in {"relcl", "acl"}:
        return False
    # "during the talks that he would shut ... in May": a "that" clause with its own
    # subject is a complement the parser hung on the noun, not a relative clause
    content = any(c.dep_ == "mark" for c in node.children) and any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in node.children
    )
    return node.head.i != token.i or content


def _distance(measure: Any | None) -> int | None:
    """Days in "two days", "a week", "three weeks"; ``None`` for hours, months or vague
    ones ("weeks", "several days")."""
    if measure is None:
        return None
    unit = _DAY_UNITS.get(measure.lemma_.lower())
    counts = [c for c in measure.children if c.dep_ in {"nummod", "det"}]
    if unit is None or len(counts) != 1:
        return None
    word = counts[0].lower_
    number = int(word) if word.isdigit() else _NUMBERS.get(word)
    return None if number is None else number * unit


def called_off(token: Any) -> str | None:
    """"cancelled" when the occasion is said to be called off ("the lunch was cancelled",
    "scrapped the summit", "the cancelled meeting"), "postponed" when it is put off (its
    date is no longer its own), else ``None``."""
    verbs = [c for c in token.children if c.dep_ in {"amod", "acl"}]
    if token.dep_ in {"nsubjpass", "dobj", "nsubj"}:
        verbs.append(token.head)
    for verb in verbs:
        lemma = verb.lemma_.lower()
        particle = _PARTICLES.get(lemma)
        if particle and not any(c.lower_ == particle for c in verb.children):
            continue
        if token.dep_ == "nsubj" and verb is token.head and verb.tag_ != "VBN":
            continue  # "the talks delayed the deal": the talks did something
        if lemma in CALLED_OFF or (lemma in SENT_AWAY and token.lemma_.lower() == "inspector"):
            return "cancelled"
        if lemma in PUT_OFF:
            return "postponed"
    return None


def venue(token: Any) -> str | None:
    """Where the occasion was held, when the text says: a place naming it ("the Hanoi
    summit", "the DMZ meeting"), or a place after "in" or "at" on it, on its verb ("met at
    Panmunjom", "talks in Seoul", "meeting in the Demilitarized Zone", "the statement
    signed in Singapore"), or on the verb it is held by ("talks were held in Stockholm").
    Other places of the sentence are not its venue: none is given then."""
    for c in token.children:
        if c.dep_ in {"compound", "nmod"} and c.ent_type_ in _PLACE_LABELS:
            return _entity_text(c)
        if token.lemma_.lower() == "visit" and c.dep_ == "dobj" and c.ent_type_ == "GPE":
            return _entity_text(c)  # "visited Beijing"
    holders = [token]
    holders += [c for c in token.children if c.dep_ in {"relcl", "acl"}]
    if token.pos_ == "VERB":  # "met US officials in Singapore"
        holders += [c for c in token.children if c.dep_ == "dobj"]
    if token.dep_ in {"nsubj", "nsubjpass", "dobj"} and token.head.pos_ in {"VERB", "AUX"}:
        holders.append(token.head)
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in _VENUE_PREPOSITIONS:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and (place := _place_in(obj)):
                    return place
    if token.lemma_.lower() == "visit":  # "a visit to Moscow"
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "GPE":
                    return _entity_text(obj)
    return _nested_venue(holders)


def _nested_venue(holders: list[Any]) -> str | None:
    """A venue the parser hung on a noun of the occasion's own phrases, nearest first: "the
    meeting between Trump and Kim in Hanoi", "talks with officials in Seoul", "met Moon on
    the sidelines of the General Assembly in New York". The search stays in noun phrases
    (it does not enter another clause)."""
    def preps(node: Any) -> list[Any]:  # not into a reference phrase ("after the summit in Hanoi")
        return [c for c in node.children if c.dep_ == "prep" and c.lower_ not in ANCHORS]

    frontier = [c for h in holders for c in preps(h)]
    for _ in range(4):
        deeper = []
        for prep in frontier:
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                if prep.lower_ in _VENUE_PREPOSITIONS and (place := _place_in(obj)):
                    return place
                nouns = [obj, *(c for c in obj.children if c.dep_ == "conj")]
                deeper += [c for n in nouns for c in preps(n)]
        frontier = deeper
    return None


def _place_in(noun: Any) -> str | None:
    if noun.ent_type_ in _PLACE_LABELS or (noun.pos_ == "PROPN" and not noun.ent_type_):
        return _entity_text(noun)  # "at Panmunjom" (often not tagged)
    for c in noun.children:
        if c.dep_ in {"compound", "nmod"} and c.ent_type_ in _PLACE_LABELS:
            return _entity_text(c)  # "the Panmunjom truce village"
    return None


def _entity_text(token: Any) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            words = list(ent)
            while words and words[0].lower_ == "the":
                words = words[1:]
            return " ".join(w.text for w in words) if words else ent.text
    return str(token.text)


def participants(token: Any, place: str | None = None) -> list[str]:
    """Who takes part: people, bodies and governments named in the trigger's clause (or,
    for a trigger hanging off another noun, in its own phrase), not nationality adjectives
    ("South Korean", "inter-Korean"), not a name that modifies a title ("US President
    Donald Trump": Donald Trump) or a document ("Security Council resolutions"), and not
    a place named as a location ("landed near Washington", "the Hanoi summit")."""
    clause = _clause(token)
    scope = (clause.left_edge.i, clause.right_edge.i + 1)
    speakers = [
        c.i for c in clause.head.children if c.dep_ == "nsubj"
    ] if clause.dep_ in {"ccomp", "xcomp"} else []  # "Pompeo said that sanctions would stay"
    if clause.dep_ == "relcl" and any(c.lower_ in {"who", "that"} and c.dep_ == "nsubj"
                                      for c in clause.children):  # fmt: skip
        speakers.append(clause.head.i)  # "Trump, who met Moon ...": Trump
    names: list[str] = []
    for ent in token.doc.ents:
        if ent.label_ not in _ACTOR_LABELS:
            continue
        if not (scope[0] <= ent.start < scope[1]) and ent.root.i not in speakers:
            continue
        root = ent.root
        modifier = root.dep_ in {"compound", "nmod", "amod"} and not (
            ent.start <= root.head.i < ent.end
        )
        if modifier and root.head.pos_ in {"NOUN", "PROPN"} and not root.head.ent_type_:
            continue  # "US President", "Security Council sanctions", "Singapore summit"
        if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE:
            continue  # "in Singapore", "near Washington", "at Dongchang-ri": a place
        if root.dep_ == "compound" and root.head.i == token.i:
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        if text not in names and text != place:
            names.append(text)
    return names


def _clause(token: Any) -> Any:
    """The verb of the clause the trigger is told in."""
    node = token
    for _ in range(8):
        if node.pos_ in {"VERB", "AUX"} and node.dep_ in _CLAUSES:
            break
        if node.head.i == node.i:
            break
        node = node.head
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head  # "agreed to resume talks": the clause of "agreed", with its subject
    return node


def framed(event: Event, token: Any) -> Event:
    """The event with its venue, participants and own date, and, when the text calls it
    off or puts it off, not held."""
    place = venue(token)
    event = replace(event, place=place, actors=participants(token, place))
    status = called_off(token) if event.activity in {"summit", "inspection"} else None
    if status == "cancelled":
        return replace(event, negated=True, certainty="negated")
    if status == "postponed":
        undated = EventDate(None, None, None, None, "none")
        return replace(event, certainty="planned", date=undated)
    moved = anchored_date(event, token)
    return event if moved is None else replace(event, date=moved)
