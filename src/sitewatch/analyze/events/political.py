"""Political events (summits and talks, pledges, sanctions, inspections): which words are
one, whether it is planned, hypothetical or held, and what dates it when its own clause
does not.

Every test walks spaCy's dependency tree from the trigger; none looks at particular
sentences or documents. The rules, with examples, are in docs/events.md.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from .lexicon import (
    ACCORDS,
    INSPECTORS,
    NEWS_VERBS,
    OBSERVING,
    OFFER_HEADS,
    PLAN_HEADS,
    PLAN_MODIFIERS,
    POLITICAL,
    REPORTING_SPEECH,
    SANCTION_DECISIONS,
    SANCTION_HEADS,
    SIGNING,
)
from .model import Event, EventDate
from .occasion import TIED, anchor, framed
from .syntax import clause_verb

_TRIGGER = {lemma: kind for kind, lemmas in POLITICAL.items() for lemma in lemmas}
_DEFINITE = {"the", "that", "this", "these", "those", "its", "their", "his", "her", "our"}
_HYPOTHETICAL = {"would", "could", "might", "should"}
_CONDITION = {"if", "unless", "whether"}
_MAX_UP = 7
_ADJUNCT = {"prep", "advcl", "npadvmod", "advmod", "nsubj", "nsubjpass", "agent"}
UNDATED = {"publication", "before_publication", "none"}


def political_kind(token: Any) -> str | None:
    """The political event a token names, if any: a summit or meeting ("the summit", "they
    met", "talks"), a pledge ("pledged", "an undertaking", "agreed to work toward"),
    sanctions ("sanctions", "sanctions relief"), an inspection ("inspectors", "with experts
    observing"). Not "talk" as a verb ("talked about", "talking peace": speaking)."""
    lemma = token.lemma_.lower()
    if lemma == "sanction" and token.dep_ == "compound":
        return "sanctions" if token.head.lemma_.lower() in SANCTION_HEADS else None
    if lemma in ACCORDS and token.pos_ == "PROPN" and token.dep_ != "compound":
        # a named accord, whatever the tagger calls it: "the Panmunjom Declaration it signed"
        return "pledge" if _signed(token) else None
    meeting_noun = token.pos_ == "NOUN" and _TRIGGER.get(lemma) == "summit"
    if token.dep_ == "compound" or (token.ent_type_ in {"FAC", "ORG"} and not meeting_noun):
        return None  # "the Singapore summit" may be tagged as a named organisation
    if token.pos_ not in {"NOUN", "VERB"}:
        return None
    if lemma == "talk" and token.pos_ == "VERB":
        return None
    if lemma == "sign" and token.pos_ == "VERB":  # "the goal they signed up to"
        up = any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
        return "pledge" if up else None
    if lemma == "visit":
        return "summit" if _state_visit(token) else None
    if lemma == "inspect" and token.pos_ == "VERB" and _leader_tour(token):
        return None
    if lemma == "agree" and token.pos_ == "VERB":
        to_do = any(c.dep_ == "xcomp" for c in token.children)
        return "pledge" if to_do else None  # "agreed to restart talks", not "agreed with"
    if lemma in ACCORDS and token.pos_ == "NOUN":
        return "pledge" if _signed(token) else None
    if lemma in OBSERVING and token.pos_ == "VERB":
        subject = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if token.dep_ == "acl":  # "experts observing", "experts from other countries observing"
            noun = token.head
            for _ in range(3):
                subject.append(noun)
                if noun.dep_ != "pobj" or noun.head.head.pos_ not in {"NOUN", "PROPN"}:
                    break
                noun = noun.head.head
        if token.dep_ == "xcomp":  # "invite experts to watch", "allowed monitors to observe"
            subject += [c for c in token.head.children if c.dep_ == "dobj"]
        if any(s.lemma_.lower() in INSPECTORS for s in subject):
            return "inspection"  # "with foreign experts observing", "while experts watch"
        return None
    return _TRIGGER.get(lemma)


def _leader_tour(verb: Any) -> bool:
    """A person inspecting something is a tour, not an inspection ("Kim inspected a newly
    built submarine"); inspectors or an agency inspecting is one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ in {"conj", "xcomp"} and not subjects:
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return any(
        s.ent_type_ == "PERSON" and s.lemma_.lower() not in INSPECTORS for s in subjects
    )


def _state_visit(token: Any) -> bool:
    """A visit to a country or a capital, which is a meeting of governments ("Kim visits
    Beijing", "would visit Seoul", "his visit to Moscow"); not a visit to a site or a
    factory."""
    if token.pos_ == "VERB":
        places = [c for c in token.children if c.dep_ == "dobj"]
    else:
        places = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "to"
                  for o in p.children if o.dep_ == "pobj"]  # fmt: skip
    return any(p.ent_type_ == "GPE" for p in places)


def _signed(noun: Any) -> bool:
    """An accord that was signed or adopted: "a joint statement", "the statement the North
    signed", "a declaration Moon and Kim unveiled", "signed the document"; not "said in a
    statement"."""
    if any(c.dep_ == "amod" and c.lower_ == "joint" for c in noun.children):
        return True
    verbs = [c for c in noun.children if c.dep_ in {"relcl", "acl"}]
    if noun.dep_ in {"dobj", "nsubjpass"}:
        verbs.append(noun.head)
    return any(v.lemma_.lower() in SIGNING for v in verbs)


def denied(token: Any) -> bool:
    """Said not to exist or happen: "no inspectors were present", "ended without an
    agreement", "with neither a deal nor a joint statement"."""
    if any(c.lower_ in {"no", "neither"} and c.dep_ in {"det", "preconj"} for c in token.children):
        return True
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        if any(c.lower_ in {"nor", "neither"} for c in node.head.children):
            return True
        node = node.head
    return bool(node.dep_ == "pobj" and node.head.lower_ == "without")


def political_mode(token: Any, kind: str) -> str:
    """"planned", "hypothetical" or "held". A pledge is made when it is reported ("Kim
    pledged", "a pledge Kim gave"), planned only under its own "will"; sanctions are a
    stated decision ("sanctions would remain until ..."), never planned. A meeting or an
    inspection is planned under a plan modifier ("a planned meeting", "the upcoming
    summit"), a plan, promise or agreement above it ("agreed to restart negotiations",
    "promised to dismantle ... with experts observing", "looked forward to meeting"),
    "will", "be to" ("negotiations are to be led by"), or "would" in reported speech
    ("announced that talks would resume"); under another "would", "could" or "if" it is
    hypothetical ("would need confirmation by inspectors")."""
    if kind == "sanctions":
        return "held"
    if kind == "pledge":
        return "planned" if _own_aux(token) & {"will", "shall"} else "held"
    if any(c.dep_ == "amod" and c.lemma_.lower() in PLAN_MODIFIERS for c in token.children):
        return "planned"
    if (own := _own_predicate_mode(token)) is not None:
        return own
    if _named_in_noun(token):
        return "held"  # "would discuss the outcome of the Singapore meeting"
    node, complement, via = token, True, ""
    for _ in range(_MAX_UP):
        aux = _own_aux(node)
        if aux & {"will", "shall"} or _be_to(node):
            return "planned"
        if aux & _HYPOTHETICAL:
            speech = (
                node.dep_ == "ccomp"
                and node.head.lemma_.lower() in REPORTING_SPEECH | PLAN_HEADS
                and node.head.tag_ in {"VBD", "VBN"}
            )  # "announced that talks would resume", "had promised that he would visit"
            return "planned" if speech and "would" in aux else "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION for c in node.children):
            return "hypothetical"
        if node.i != token.i and complement:
            lemma = node.lemma_.lower()
            if lemma in OFFER_HEADS and via not in {"ccomp", "parataxis"}:
                return "hypothetical"  # "offered further closures, with inspections"
            if lemma in PLAN_HEADS or (
                lemma == "look" and any(c.lower_ == "forward" for c in node.children)
            ):
                return "planned"
        if node.head.i == node.i:
            break
        # a plan word rules what it takes as complement ("agreed to restart talks"), not
        # an adjunct ("At the summit in September, Kim had promised ...")
        complement = node.dep_ not in _ADJUNCT or (node.dep_ == "prep" and node.lower_ == "to")
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ != "to":
            complement = False
        via = node.dep_
        node = node.head
    return "held"


_SCHEDULED = PLAN_MODIFIERS | PLAN_HEADS | {"due", "set"}
_READY = {"ready", "willing", "prepared", "able", "eager"}


def _own_predicate_mode(token: Any) -> str | None:
    """The mode its own predicate gives a meeting or inspection noun: planned under a
    relative or participle clause of scheduling in the present ("the second summit, which
    is scheduled for February 27", "talks set for Monday", "a meeting due to open"), or as
    subject of one ("inspectors are expected to arrive"); hypothetical as subject of a
    readiness ("inspectors are ready to return", "negotiators are willing to meet")."""
    if token.pos_ != "NOUN":
        return None
    for clause in (c for c in token.children if c.dep_ in {"relcl", "acl"}):
        past = any(a.dep_ in {"aux", "auxpass"} and a.tag_ == "VBD" for a in clause.children)
        deps = {c.dep_ for c in clause.children}
        target = bool(deps & {"xcomp", "acomp", "auxpass"}) or any(
            c.dep_ == "prep" and c.lower_ == "for" for c in clause.children
        )  # "set for Monday", "due to open"; not "the summit set that plan back"
        if not past and "dobj" not in deps and target and (
            _predicate_words(clause) & _SCHEDULED
        ):
            return "planned"
    if token.dep_ in {"nsubj", "nsubjpass"}:
        words = _predicate_words(token.head)
        if words & _READY:
            return "hypothetical"
        if token.dep_ == "nsubjpass" and words & _SCHEDULED and any(
            c.dep_ == "xcomp" for c in token.head.children
        ):
            return "planned"
    return None


def _predicate_words(verb: Any) -> set[str]:
    words = {verb.lemma_.lower(), verb.lower_}
    return words | {c.lemma_.lower() for c in verb.children if c.dep_ in {"acomp", "oprd"}}


def _named_in_noun(token: Any) -> bool:
    """Named inside another noun's "of" phrase ("the outcome of the summit", "the results
    of the talks"): the clause's modality is that noun's, not the meeting's; a plan noun
    ("the plan of talks") is not such a noun."""
    if token.dep_ != "pobj" or token.head.lower_ != "of":
        return False
    noun = token.head.head
    return bool(noun.pos_ == "NOUN" and noun.lemma_.lower() not in _SCHEDULED | OFFER_HEADS)


def _own_aux(node: Any) -> set[str]:
    return {c.lower_ for c in node.children if c.dep_ == "aux" and c.tag_ == "MD"}


def _be_to(node: Any) -> bool:
    """"are to be led", "is to take place": a scheduled event."""
    def infinitive(verb: Any) -> bool:
        return any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)

    if node.dep_ == "xcomp" and node.head.lemma_.lower() == "be" and infinitive(node):
        return True
    return node.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp" and infinitive(c) for c in node.children
    )


def specific(token: Any) -> bool:
    """A particular occasion, not diplomacy in general: a verb ("they met"), or a noun made
    definite or named ("the summit", "that meeting", "their June summit", "the Hanoi
    summit", "the second summit", "talks between Kim and Trump"); not a bare "talks" or
    "negotiations" ("using negotiations to buy time")."""
    if token.pos_ == "VERB" or token.dep_ == "compound":
        return True
    for c in token.children:
        if c.dep_ in {"det", "poss"} and (c.lower_ in _DEFINITE or c.dep_ == "poss"):
            return True
        if c.dep_ in {"compound", "amod", "nmod", "nummod"} and (
            c.pos_ == "PROPN" or c.ent_type_ or c.tag_ == "CD"
        ):
            return True
        if c.dep_ == "prep" and c.lower_ in {"between", "with", "in", "at"} and any(
            t.pos_ == "PROPN" for t in c.subtree
        ):
            return True
    return False


def report_news(token: Any, kind: str) -> bool:
    """Told in the report's present: a verb ("the two countries commit to"), or a noun with
    a verb of making, holding or ending it ("Kim reaffirms his commitment", "the talks
    resume"), not of judging it ("his promise echoes pledges ..."); or, for sanctions, a
    decision on them ("sanctions would remain", "wanted all sanctions removed"): the
    publication date dates it."""
    verb = token if token.pos_ == "VERB" else clause_verb(token)
    if kind == "sanctions":
        node = token.head if token.dep_ == "compound" else token
        for _ in range(4):
            if node.lemma_.lower() in SANCTION_DECISIONS or any(
                c.lemma_.lower() in SANCTION_DECISIONS
                and c.dep_ in {"xcomp", "ccomp", "oprd", "acl"}
                for c in node.children
            ):
                return True
            if node.head.i == node.i:
                break
            node = node.head
    if verb is None or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return token.pos_ == "VERB" or verb.lemma_.lower() in NEWS_VERBS


def resolve(sentence: Sequence[Event], before: Sequence[Event],
            tokens: dict[int, Any], published: EventDate) -> list[Event]:  # fmt: skip
    """Dates for this sentence's political events that their own clause leaves undated:
    a dated meeting of the same sentence dates what was pledged, discussed or agreed at it
    ("At their June summit in Singapore, Kim agreed to ...", "At that meeting the leaders
    agreed to ...": meetings are resolved first); a definite mention takes its antecedent's
    date and mode, the nearest earlier mention of the same kind held at the same place
    ("ahead of his planned summit ... for that meeting"); told as the report's news it
    keeps the publication date, unless it is named as a reference point ("after Washington
    refused to lift sanctions"); otherwise it is dropped (no month can be given). Each
    event is first framed (occasion.py): venue, participants, its own date, called off."""
    events = [
        framed(e, tokens[e.trigger[0]]) if e.category == "political" else e for e in sentence
    ]
    done: dict[int, Event | None] = {}
    out: list[Event] = []
    for k in sorted(range(len(events)), key=lambda k: events[k].activity != "summit"):
        meetings = [e for e in out if e.activity == "summit" and e.certainty != "planned"
                    and e.date.basis not in UNDATED]  # fmt: skip
        # a date found to be another event's ties this one to that event, not to a
        # meeting of the sentence or to the report's day
        taken = events[k].date.text == TIED
        result = _resolved(events[k], [*before, *out], [] if taken else meetings, tokens,
                           None if taken else published)  # fmt: skip
        done[k] = result
        if result is not None:
            out.append(result)
    return [e for k in range(len(events)) if (e := done[k]) is not None]


def _resolved(event: Event, earlier: Sequence[Event], meetings: Sequence[Event],
              tokens: dict[int, Any], published: EventDate | None) -> Event | None:  # fmt: skip
    if event.category != "political":
        return event
    if event.date.text == TIED:
        event = replace(event, date=replace(event.date, text=None))
    if event.certainty == "planned" or event.date.basis not in UNDATED:
        return event
    token = tokens[event.trigger[0]]
    if meetings and event.activity != "summit":
        return replace(event, date=_carried(meetings[0].date))
    if event.place is not None:
        held = next(
            (e for e in reversed(earlier) if e.activity == "summit" and e.place == event.place
             and e.certainty != "planned" and e.date.basis in {"text", "discourse"}),
            None,
        )  # fmt: skip  # "a pledge Trump made in Singapore": at the Singapore summit
        if held is not None:
            return replace(event, date=_carried(held.date))
    if specific(token) and token.pos_ == "NOUN":
        antecedent = next(
            (e for e in reversed(earlier) if e.category == "political"
             and e.activity == event.activity and _same_place(e, event)
             and (e.certainty == "planned" or e.date.basis not in UNDATED)),
            None,
        )  # fmt: skip
        if antecedent is not None:
            return replace(event, date=_carried(antecedent.date),
                           certainty=_mode_of(antecedent, event))  # fmt: skip
    if published and report_news(token, event.activity) and anchor(token) is None:
        return replace(event, date=published)
    return None


def _same_place(antecedent: Event, event: Event) -> bool:
    """A mention with a venue of its own ("talks in Seoul", "the Singapore summit") refers
    back only to a mention held at the same place, not to the Hanoi summit named before it."""
    return event.place is None or antecedent.place == event.place


def _carried(date: EventDate) -> EventDate:
    if date.basis in UNDATED:
        return date
    return replace(date, basis="discourse")


def _mode_of(antecedent: Event, event: Event) -> str:
    return "planned" if antecedent.certainty == "planned" else event.certainty
