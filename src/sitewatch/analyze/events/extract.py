"""Events from one parsed sentence, using the places and times stages' output."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date as date_type
from datetime import timedelta
from typing import Any

from ..linguistic import trimmed_offsets
from .lexicon import (
    AIMS,
    ASPECTUAL,
    BASIS,
    CEASING,
    CRAFT,
    DEVICES,
    EVIDENCE_NOUNS,
    EVIDENTIAL,
    FACILITY_NOUNS,
    HEDGES,
    IMAGERY_DATE_CUES,
    IMAGERY_PROVIDERS,
    INTENT,
    IRREALIS_MODIFIERS,
    IRREALIS_PREDICATES,
    LAID,
    LAUNCH_OBJECTS,
    LAYING,
    LIGHT_NOUNS,
    MISSILE_NAMES,
    MOVEMENT,
    NEGATING_DETERMINERS,
    NEGATING_PREPOSITIONS,
    NEGATIONS,
    NEGATIVE_QUANTIFIERS,
    NEW_STRUCTURES,
    NOT_STRUCTURES,
    OPERATE,
    OPERATING_SUBJECTS,
    PARTITIVES,
    PERCEPTION,
    PHRASAL,
    PHRASAL_NEEDS_OBJECT,
    PHRASAL_NEEDS_STRUCTURE,
    PHRASAL_NEEDS_STRUCTURE_OBJECT,
    PRO_VERBS,
    PROCESSED,
    PRODUCTS,
    PROHIBITIONS,
    REFERENCE_POINTS,
    REFERENCE_PREPOSITIONS,
    RESTART,
    SITE_ACTIVITY,
    SITE_PARTS,
    STRUCTURES,
    TIME_NOUNS,
    VEHICLE_WORDS,
    WHOLE_SITES,
    WINDOW_CUES,
    WORK_NOUNS,
)
from .model import Event, EventDate
from .political import denied, political_kind, political_mode, resolve, specific
from .syntax import (
    VAGUE,
    after_since,
    coarseness,
    conjoined,
    describes_function,
    done_before,
    governs,
    imagery_time,
    nominal,
    ongoing,
    own_time,
    perceived,
    perfect_span,
    predicate,
    reports_backshifted,
    time_root,
    unrealized,
    work_noun,
)

_TRIGGER_ACTIVITY = {lemma: act for act, lemmas in SITE_ACTIVITY.items() for lemma in lemmas}
_NEEDS_LAUNCH_CONTEXT = {"launch", "launch_preparation", "test"}
TEST_OBJECTS = {"nuclear", "engine", "bomb", "device", "warhead"}
_FUTURE_AUX = {"will", "would", "plan", "intend", "expect", "may", "could"}
ACTOR_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
FINE = {"month", "week", "day", "part-of-day", "hour", "minute"}
_SCOPE_WALK = 8
NUCLEAR_WORDS = frozenset({"nuclear", "atomic", "hydrogen", "thermonuclear", "underground"})
EXPLOSIONS = frozenset({"explosion", "blast", "charge", "explosive", "detonation"})
DEFINITE = frozenset({"the", "this", "these", "those", "its", "their", "that"})
FINITE_TAGS = {"VBZ", "VBP", "VBD", "MD"}


@dataclass(frozen=True)
class SentenceContext:
    """What the stage knows about one sentence of a document."""

    span: Any  # spaCy Span
    sites: list[dict[str, Any]]  # places with a site id inside the sentence
    places: list[dict[str, Any]]  # other places inside the sentence
    times: list[dict[str, Any]]  # time expressions inside the sentence
    governing: dict[str, Any] | None  # the time expression governing the sentence
    published: EventDate
    doc_basis: dict[str, list[str]]  # site id -> bases cited elsewhere in the document
    carried: bool = False  # the site comes from earlier in the discourse ("the plant ...")
    imagery_before: dict[str, Any] | None = None  # imagery date of the sentences before
    political_before: Sequence[Event] = ()  # the document's political events so far
    last_activity: str | None = None  # the site activity the document reported last
    last_date: dict[str, Any] | None = None  # the last month-or-finer date told before


RETRACTION = re.compile(
    r"\b(?:an?|the) (?:earlier|previous) version of (?:this|the) (?:article|story|report|item)"
)


def sentence_events(ctx: SentenceContext) -> list[Event]:
    lowered = ctx.span.text.lower()
    if RETRACTION.search(lowered):
        return []  # "An earlier version of this article said ...": what it said was wrong
    lemmas = {t.lemma_.lower() for t in ctx.span}
    events: list[Event] = []
    seen: set[tuple[str, str | None, str | None]] = set()
    for token in ctx.span:
        activity, category = _classify(token, lemmas, bool(ctx.sites))
        if activity is None and ctx.sites and ctx.last_activity and _the_work(token):
            activity, category = ctx.last_activity, "site"  # "the work began before ..."
        if activity is None or (category == "site" and describes_function(token)):
            continue
        if category == "site" and _asked(token):
            continue  # "The Yongbyon reactor - is it still running?": a question, not a report
        if category == "site" and _habitual_span(ctx, token):
            continue  # "Since 2012 the North has launched its satellites from Sohae"
        mode = political_mode(token, activity) if category == "political" else None
        if mode == "hypothetical":
            continue  # "would need confirmation by inspectors", "offered ... inspections"
        targets: list[dict[str, Any] | None] = [None]
        if category == "site" and ctx.sites:
            site = _attach(ctx, token, activity)
            if site is None:
                continue  # "fired ... off Wonsan, days after imagery showed ... at Sinpo"
            targets = [site]
        for site in targets:
            event = _event(ctx, token, activity, category, site, lowered, mode)
            if activity == "construction" and event.date.basis != "text" and _layout(token):
                continue  # "barracks built along the valley floor": how the place looks
            twins = [event]
            if category == "site" and event.date.basis == "text" and _lasting(ctx, token):
                twins.append(replace(event, date=ctx.published))  # "... since March": now too
            for twin in twins:
                key = (activity, twin.site, twin.date.value)
                if key not in seen:
                    seen.add(key)
                    events.append(twin)
    if any(e.category == "political" for e in events):
        tokens = {t.idx: t for t in ctx.span}
        events = resolve(events, ctx.political_before, tokens, ctx.published)
    # trucks seen "but no sign of demolition": a denied activity is not what they are part of
    busy = {e.site for e in events if e.activity != "vehicle_activity" and not e.negated}
    launched = {e.site for e in events if e.activity == "launch"}  # "fired ..., a test"
    return [
        e for e in events
        if (e.activity != "vehicle_activity" or e.site not in busy)
        and (e.activity != "test" or e.site not in launched)
    ]  # fmt: skip


def _attach(ctx: SentenceContext, token: Any, activity: str) -> dict[str, Any] | None:
    """The site of a trigger: one named in the trigger's own clause first (the nearest of
    them), else the nearest in the sentence. A launch whose own clause names another place
    and no site ("fired ... from waters off Wonsan, days after imagery showed activity at
    Sinpo") is from that place, not from the site of another clause: none."""
    doc = token.doc
    clause = _clause(token)

    def clause_of(item: dict[str, Any]) -> int | None:
        span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
        return _clause(span.root) if span is not None and len(span) else None

    def nearest(sites: list[dict[str, Any]]) -> dict[str, Any]:
        return min(sites, key=lambda s: (abs(s["start"] - token.idx), s["start"]))

    if _unnamed_site_patient(token, ctx):
        return None  # "North Korea rebuilding rocket site; activity also seen at Sanumdong"
    if ctx.carried:
        return nearest(ctx.sites)
    own = [s for s in ctx.sites if clause_of(s) == clause]
    if own:
        return nearest(own)
    if activity == "launch" and any(clause_of(p) == clause for p in ctx.places):
        return None
    return nearest(ctx.sites)


def _unnamed_site_patient(token: Any, ctx: SentenceContext) -> bool:
    """The trigger's object, or where it is launched from, is a site the text neither
    names nor refers back to ("rebuilding rocket site", "dismantling a test site",
    "launches ... from sites on the east coast"): the activity is there, not at a watched
    site named elsewhere in the sentence."""
    linked = [(s["start"], s["end"]) for s in ctx.sites if "start" in s]
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    phrase = _own_phrase(verb)  # "taking apart facilities at its Sohae station": named there
    if any(a <= t.idx < b for t in phrase for a, b in linked):
        return False
    places = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] if (
        token.pos_ in {"VERB", "AUX"}
    ) else []  # fmt: skip
    holders = [token]
    if token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}:
        holders.append(token.head)  # "carried out several launches ... from sites ..."
    places += [
        g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    for c in places:
        if c.pos_ != "NOUN" or c.lemma_.lower() not in WHOLE_SITES:
            continue
        if any(d.dep_ in {"det", "poss"} and d.lower_ in DEFINITE for d in c.children):
            continue  # "the site": may refer to the one named
        start, end = min(t.idx for t in c.subtree), max(t.idx + len(t) for t in c.subtree)
        if not any(a < end and start < b for a, b in linked):
            return True
    return False


def _phrasal(token: Any) -> str | None:
    """The activity of a verb + particle ("taken apart", "came down", "put back up")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ in {"prt", "advmod", "acomp"}]
    if token.i + 1 < len(token.doc):
        particles.append(token.nbor(1).lower_)
    for particle in particles:
        if (lemma, particle) not in PHRASAL:
            continue
        deps = {c.dep_: c for c in token.children}
        if (lemma, particle) in PHRASAL_NEEDS_OBJECT and "dobj" not in deps:
            continue
        patient = deps.get("dobj") or deps.get("nsubjpass")
        if (lemma, particle) in PHRASAL_NEEDS_STRUCTURE_OBJECT and (
            patient is None or not _structure_patient_noun(patient)
        ):  # fmt: skip
            continue  # "shoring up support for the talks"
        subject = deps.get("nsubj") or deps.get("nsubjpass")
        if subject is not None and subject.lemma_.lower() in NOT_STRUCTURES | PRODUCTS:
            continue  # "the talks broke up", "where the missile came down"
        if (lemma, particle) in PHRASAL_NEEDS_STRUCTURE and not _structure_patient(token):
            continue  # "flew 700 km before coming down in the sea": a missile, not a building
        patient = deps.get("dobj")
        if patient is not None and _common_lemma(patient) in VEHICLE_WORDS:
            continue  # "you bring back the excavators": vehicles, not a structure
        activity = PHRASAL[(lemma, particle)]
        if activity == "test":
            return _set_off(token)
        if activity == "construction" and "back" in particles:
            return "restoration"  # "going back up", "put back up": up again
        return activity
    return None


def _flight_tested(token: Any) -> bool:
    """A missile or rocket as what is tested ("had successfully tested a new type of
    ballistic missile"), with no engine, device or nuclear word on it: a test flight, a
    launch. An engine or a warhead tested is still a test."""
    args = _arguments(token)
    heads = [*args, *(g for a in args for c in a.children if c.dep_ == "prep"
                      and c.lower_ == "of" for g in c.children if g.dep_ == "pobj")]  # fmt: skip
    # the nouns and their modifiers, not their clauses ("a missile able to carry a warhead")
    words = [*heads, *(c for h in heads for c in h.children
                       if c.dep_ in {"amod", "compound", "nmod"})]  # fmt: skip
    missile = any(
        t.lemma_.lower() in LAUNCH_OBJECTS or t.lower_.startswith(MISSILE_NAMES) for t in words
    )
    other = any(
        t.lemma_.lower() in TEST_OBJECTS | DEVICES or t.lower_ in NUCLEAR_WORDS for t in words
    )
    return missile and not other


def _activity_spreading(verb: Any) -> bool:
    """"extend", "expand" or "spread" with no object, said of an activity ("the work ...
    extending to a second facility", "the dismantling has expanded to the pad"): the
    activity reaches further; nothing is built."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"extend", "expand", "spread"}:
        return False
    if any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children):
        return False
    node = verb
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return work_noun(subject) or subject.lemma_.lower() in _TRIGGER_ACTIVITY
        if node.dep_ != "conj" or node.head.i == node.i:
            return False
        node = node.head
    return False


def _own_phrase(verb: Any) -> list[Any]:
    """The words of a verb's own clause, leaving out the clauses hanging from it."""
    out = [verb]
    for c in verb.children:
        if c.dep_ in {"conj", "ccomp", "advcl", "relcl", "parataxis", "xcomp", "acl"}:
            continue
        out += list(c.subtree)
    return out


def _set_off(verb: Any) -> str | None:
    """What setting something off is: a test for a device, bomb or nuclear blast ("set off
    a nuclear device"), demolition for explosions or charges ("set off a series of
    explosions ..., collapsing the entrances"), nothing else ("set off alarms")."""
    # what is set off, with all its words ("what it called a hydrogen bomb", "Sunday's
    # blast, which Pyongyang called a test of a hydrogen bomb, was set off")
    words = [
        t for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp"}
        for t in _without_places(c)
    ]  # fmt: skip
    if any(t.lemma_.lower() in DEVICES | PRODUCTS or t.lower_ in NUCLEAR_WORDS for t in words):
        return "test"
    if any(t.lemma_.lower() in EXPLOSIONS for t in words):
        return "demolition"
    return None


def _without_places(token: Any) -> list[Any]:
    """A phrase's words, leaving out its prepositional phrases other than "of" ("a series
    of explosions", not "at its nuclear test site")."""
    out = [token]
    for c in token.children:
        if c.dep_ == "prep" and c.lower_ != "of":
            continue
        out += _without_places(c)
    return out


def _structure_patient(verb: Any) -> bool:
    """The subject of an intransitive phrasal verb ("came down", "went up") is a structure
    or part of a site: its own, or for a participle or a coordinated verb with none, the
    subject of the verb it hangs from ("flew ... before coming down": the missile's)."""
    node = verb
    for _ in range(4):
        subject = next((c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            part = [g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]  # fmt: skip
            if part and subject.lemma_.lower() in PARTITIVES:
                subject = part[0]  # "much of the test stand came down"
            if subject.dep_ == "nsubj" and subject.tag_ == "WDT" and node.dep_ == "relcl":
                subject = node.head  # "the tower that came down"
            lemma = _common_lemma(subject)
            return subject.pos_ in {"NOUN", "PROPN"} and (
                lemma in STRUCTURES | NEW_STRUCTURES | SITE_PARTS | FACILITY_NOUNS
                or subject.lower_ in FACILITY_NOUNS
            )  # fmt: skip
        if node.dep_ in {"acl", "relcl"} and node.head.pos_ in {"NOUN", "PROPN"}:
            return _structure_patient_noun(node.head)
        if node.head.i == node.i or node.dep_ not in {"pcomp", "advcl", "conj", "xcomp"}:
            return False
        node = node.head.head if node.head.pos_ == "ADP" else node.head
    return False


def _structure_patient_noun(noun: Any) -> bool:
    lemma = _common_lemma(noun)
    return lemma in STRUCTURES | NEW_STRUCTURES | SITE_PARTS | FACILITY_NOUNS


def _layout(token: Any) -> bool:
    """A bare past participle of building on a noun, with no date, no auxiliary and no
    word of newness ("headquarters and barracks built along the valley floor", "a hall dug
    into the hillside"): a description of the place's layout, not something seen happening
    (the caller asks only for construction: "the buildings removed from the site" is
    still dismantling seen)."""
    if token.tag_ != "VBN":
        return False
    if token.dep_ == "conj" and token.head.tag_ == "VBN":
        return _layout(token.head)  # "bunkers dug into the slopes and sheds erected ..."
    absolute = token.dep_ == "pcomp" and token.head.lower_ == "with"  # "with bunkers dug"
    if not absolute and (token.dep_ != "acl" or token.head.pos_ not in {"NOUN", "PROPN"}):
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass"} or (c.dep_ == "nsubj" and not absolute)
           for c in token.children):  # fmt: skip
        return False
    fresh = {"new", "newly", "recently", "just", "freshly", "since"}
    return not any(
        t.lower_ in fresh for t in (*token.children, *token.head.children, *token.subtree)
    )


_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")"})


def _asked(token: Any) -> bool:
    """The trigger's sentence is a question ("is it still running?"): asked, not reported."""
    tail = [t for t in token.sent if not t.is_space and t.lower_ not in _CLOSERS]
    return bool(tail) and tail[-1].text == "?"


def _intended(token: Any) -> bool:
    """Governed by a word of intent, offer or condition within three steps up the parse."""
    node = token
    for _ in range(4):
        seen = perceived(node)  # "could be seen": what was seen, not a possibility
        if node.lemma_.lower() in INTENT or any(
            c.lower_ in INTENT and c.dep_ in {"aux", "mark", "advmod", "prep", "acomp"}
            and not (seen and c.dep_ == "aux")
            for c in node.children
        ):  # fmt: skip
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _common_lemma(token: Any) -> str:
    """The lemma, also for a common noun the parser took for a name at the head of a
    sentence ("Trucks were seen ...", tagged NNPS with the lemma "Trucks")."""
    lemma: str = token.lemma_.lower()
    if token.pos_ == "PROPN" and not token.ent_type_ and lemma not in _TRIGGER_ACTIVITY:
        singular = lemma[:-1] if lemma.endswith("s") else lemma
        return singular if singular in _TRIGGER_ACTIVITY else lemma
    return lemma


def _classify(token: Any, lemmas: set[str], has_site: bool) -> tuple[str | None, str]:
    lemma = _common_lemma(token)
    if lemma == "building" and token.dep_ in {"nsubj", "dobj"} and (
        token.head.lemma_.lower() in ASPECTUAL
    ):
        lemma = "build"  # "building started in earnest": the activity, not a structure
    if has_site and (phrasal := _phrasal(token)):
        return phrasal, "site"
    if has_site and (_operating(token) or _processes_material(token)):
        return "production", "site"
    if has_site and _new_structure_seen(token):
        return "construction", "site"
    if has_site and _craft_moving(token):
        return "vehicle_activity", "site"
    if has_site and (_work_on_structure(token) or _laid(token)):
        return "construction", "site"
    work_compound = token.dep_ == "compound" and work_noun(token.head)
    if (token.dep_ == "compound" and not work_compound) or token.ent_type_ in {"FAC", "ORG"}:
        kind = political_kind(token)  # "sanctions relief"
        return (kind, "political") if kind else (None, "")
    if token.pos_ in {"NOUN", "VERB"} and token.dep_ in {"amod", "nmod"} and token.head.i > token.i:
        head = token.head  # "a reprocessing campaign": the activity itself, unless generic
        bare_plural = head.tag_ == "NNS" and not any(c.dep_ == "det" for c in head.children)
        if not work_noun(head) or bare_plural:  # ("with reprocessing campaigns")
            return None, ""  # "launch pad", "test stand", "launching station": a modifier
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and (
        following.lower_ in FACILITY_NOUNS or _common_lemma(following) in FACILITY_NOUNS
    ):  # fmt: skip
        return None, ""  # "enrichment plants", "launch pads": a kind of facility
    if token.pos_ == "ADJ":
        # "complete dismantling", "the programme was complete": a degree or a state; but
        # a structure that looks complete has been built ("the hall looks complete")
        finished = has_site and lemma in {"complete", "finished"} and _structure_state(token)
        return ("construction", "site") if finished else (None, "")
    if has_site and lemma in _TRIGGER_ACTIVITY:
        activity = _TRIGGER_ACTIVITY[lemma]
        if _reference_point(token):
            return None, ""  # "in the days before the launch": a reference point
        if activity == "demolition" and _device(token):
            return ("test", "site") if "nuclear" in lemmas else (None, "")
        if activity == "construction" and _aspectual_completion(token):
            return None, ""  # "preparations have been completed": no structure built
        if activity == "construction" and _activity_spreading(token):
            return None, ""  # "the work continuing and extending to a second facility"
        if lemma == "repair" and token.pos_ == "NOUN" and token.head.lower_ in {"in", "of"}:
            return None, ""  # "in good repair", "state of repair": a condition
        if lemma in {"assemble", "assembly"} and not _assembles_product(token):
            return None, ""
        if activity == "launch" and token.dep_ in {"acl", "amod"} and (
            token.head.lemma_.lower() in PRODUCTS or token.head.lower_ in PRODUCTS
        ):  # fmt: skip
            return None, ""  # "the Hwasong-15 launched in November": names the missile
        if activity == "launch_preparation" and any(
            a.pos_ == "NOUN" and a.lemma_.lower() not in LAUNCH_OBJECTS | {"test"}
            for a in token.children if a.dep_ in {"dobj", "nsubjpass"}
        ):  # fmt: skip
            return None, ""  # "preparing a bargaining chip"
        if lemma == "produce" and token.dep_ == "advcl" and token.tag_ == "VBG":
            return None, ""  # "..., producing a tremor": a result, not production
        launch_context = bool(lemmas & LAUNCH_OBJECTS - {lemma}) or any(
            word.startswith(MISSILE_NAMES) for word in lemmas
        )  # fmt: skip
        if activity == "test":
            launch_context = launch_context or bool(lemmas & TEST_OBJECTS)
        if activity == "launch_preparation":
            launch_context = launch_context or "test" in lemmas  # "a test was being prepared"
        if activity in _NEEDS_LAUNCH_CONTEXT and not launch_context:
            return None, ""
        if activity == "vehicle_activity" and token.pos_ not in {"NOUN", "PROPN"}:
            return None, ""
        if lemma == "finish" and not (
            token.pos_ == "VERB" and any(c.dep_ in {"dobj", "nsubjpass"} for c in token.children)
        ):
            return None, ""  # "finished a garage", not "the overhaul looks finished"
        if activity == "construction" and lemma == "build" and _builds_product(token):
            activity = "production"
        if activity == "test" and _flight_tested(token):
            activity = "launch"  # "tested a new type of ballistic missile": a flight
        return activity, "site"
    if kind := political_kind(token):
        return kind, "political"
    if not has_site and lemma in {"launch", "fire"} and lemmas & LAUNCH_OBJECTS - {lemma}:
        return "launch", "military"  # a launch from no watched site
    return None, ""


def _clause(token: Any) -> int:
    """The clause a word belongs to, up through complements and coordinated verbs ("fired
    what it said was a missile from waters off Wonsan", "placed the launch at Sino-ri but
    corrected the location to Kusong") but not across an adverbial or relative clause
    ("days after images showed activity at Sinpo")."""
    node = predicate(token)
    for _ in range(6):
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head.i == node.i:
            break
        node = predicate(node.head)
    return int(node.i)


def _processes_material(token: Any) -> bool:
    """A plant processing ore or fuel ("ore is being processed", "the mill processes
    ore"): production. "process" with anything else is not site activity."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "process":
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and _common_lemma(c) in PROCESSED for c in token.children
    )


def _new_structure_seen(token: Any) -> bool:
    """A new structure shown or seen in imagery ("images show a new annex", "a new shed was
    spotted"): it has been built."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in NEW_STRUCTURES:
        return False
    if not any(c.dep_ == "amod" and c.lower_ in {"new", "newly"} for c in token.children):
        return False
    head = token.head
    return token.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in EVIDENTIAL


def _craft_moving(token: Any) -> bool:
    """Boats or ships that move ("boats were moving in and out of the harbour", "a vessel
    was towed away"): traffic, unlike "work on such a vessel"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CRAFT:
        return False
    if token.dep_ == "conj":
        token = token.head  # "a barge and two boats were towed"
    verb = token.head
    if token.dep_ == "pobj" and verb.dep_ == "prep" and verb.lower_ == "with":
        verb = verb.head  # "along with several support vessels"
        verb = verb.head if verb.pos_ == "ADP" else verb
    moving = verb.pos_ in {"VERB", "AUX"} and verb.lemma_.lower() in MOVEMENT
    return moving and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}


def _operating(token: Any) -> bool:
    """A facility at work: "the plant kept running", "the reactor has operated", "a line in
    operation"."""
    lemma = token.lemma_.lower()
    if lemma == "operation" and token.dep_ == "pobj" and token.head.lower_ == "in":
        return True
    if lemma == "operational" and token.dep_ in {"acomp", "oprd"}:  # "remained operational"
        token = token.head
        lemma = "operate"
    if lemma in RESTART and token.pos_ in {"VERB", "AUX"}:  # "the reactor was restarted"
        return any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in OPERATING_SUBJECTS
            for c in token.children
        )  # fmt: skip
    if lemma not in OPERATE or token.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "dobj" and c.lemma_.lower() in OPERATING_SUBJECTS for c in token.children):
        return True  # "has continued to run its nuclear facilities"
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None and token.dep_ in {"xcomp", "ccomp"}:  # "kept running"
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in OPERATING_SUBJECTS


def _the_work(token: Any) -> bool:
    """"the work", "the effort" as the subject of a verb of beginning or going on ("the work
    may have started before the summit"): the activity the report is about."""
    if not work_noun(token) or not any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children
    ):  # fmt: skip
        return False
    subject = token
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        subject = token.head.head  # "some of the work", "part of the work"
    return subject.dep_ == "nsubj" and subject.head.lemma_.lower() in ASPECTUAL


def _structure_state(adjective: Any) -> bool:
    """A predicate adjective whose subject is a structure ("the building looks complete")."""
    if adjective.dep_ != "acomp":
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in STRUCTURES | NEW_STRUCTURES | SITE_PARTS
        for c in adjective.head.children
    )  # fmt: skip


def _reference_point(token: Any) -> bool:
    """An event noun used to place another in time ("in the days before the launch",
    "after the tests", "within minutes of the launch"): reported elsewhere, if at all."""
    if _measured_reference_clause(token):
        return True
    if token.dep_ != "pobj" or not nominal(token):
        return False
    if not any(
        c.dep_ in {"det", "poss"} or (c.dep_ == "amod" and c.lower_ in _PAST_ONES)
        for c in token.children
    ):  # ("before earlier launches")
        return False  # a headline's "After Hanoi Summit: Rebuilding of ..." is no reference
    prep = token.head
    if prep.lower_ in REFERENCE_POINTS:
        return True
    return prep.lower_ == "of" and prep.head.lemma_.lower() in TIME_NOUNS | {"minute", "hour"}


_MEASURES = frozenset({"decade", "year", "month", "week", "day"})
_PAST_ONES = frozenset({"earlier", "previous", "past", "prior", "former"})


def _measured_reference_clause(token: Any) -> bool:
    """An event noun as the subject of a clause placed a measured time from another ("a
    decade after construction on it began", "two years after its dismantling was
    announced"): a reference point for the main clause, not news of its own."""
    if token.pos_ != "NOUN" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    if verb.dep_ != "advcl":
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in REFERENCE_POINTS]
    return any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _MEASURES
        for holder in (verb, *marks) for c in holder.children
    ) and bool(marks)  # the measure on the verb or on "after"


def _arguments(token: Any) -> list[Any]:
    """The nouns a verb acts on (object, passive subject), or a noun's "of" complement and
    compounds; for a participle on a noun ("the device it exploded"), that noun."""
    out = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "compound"}]
    if token.dep_ == "xcomp":  # "preparations are assessed to have been completed"
        out += [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    out += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
            for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if token.dep_ in {"relcl", "acl"}:
        out.append(token.head)
    return out


def _device(token: Any) -> bool:
    """Exploding a device or a bomb is a test, not the demolition of a structure."""
    return any(a.lemma_.lower() in DEVICES | PRODUCTS for a in _arguments(token))


def _aspectual_completion(token: Any) -> bool:
    """"complete" or "finish" said of an activity ("preparations were completed", "the
    work is finished"): the end of that activity, not a building put up."""
    if token.lemma_.lower() not in {"complete", "completion", "finish"}:
        return False
    return any(
        a.lemma_.lower() in _TRIGGER_ACTIVITY or a.lemma_.lower() in LIGHT_NOUNS | WORK_NOUNS
        for a in _arguments(token)
    )  # fmt: skip


def _assembles_product(token: Any) -> bool:
    """Assembling a missile, engine or warhead is production."""
    return _builds_product(token) or any(
        a.lemma_.lower() in PRODUCTS or a.lower_ in PRODUCTS for a in _arguments(token)
    )  # fmt: skip


def _work_on_structure(token: Any) -> bool:
    """Work on a structure ("work on a new pump house is under way"), or work to do
    something to one that names no activity itself ("work to strengthen the embankment"),
    is building it."""
    if not work_noun(token):
        return False
    if any(c.dep_ == "compound" and c.lemma_.lower() in _TRIGGER_ACTIVITY for c in token.children):
        return False  # "restoration work": the compound is the trigger
    objects = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "on"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip
    for c in token.children:
        if c.dep_ in {"acl", "relcl", "advcl"} and c.pos_ == "VERB" and (
            c.lemma_.lower() not in _TRIGGER_ACTIVITY
        ):  # fmt: skip
            objects += [g for g in c.children if g.dep_ == "dobj"]
    return any(_structure(o) for o in objects)


def _structure(noun: Any) -> bool:
    lemma = noun.lemma_.lower() if noun.pos_ == "NOUN" else noun.lower_
    new = any(c.dep_ == "amod" and c.lower_ in {"new", "second", "third"} for c in noun.children)
    return noun.pos_ in {"NOUN", "PROPN"} and (
        lemma in STRUCTURES | NEW_STRUCTURES | SITE_PARTS
        or (new and lemma not in _TRIGGER_ACTIVITY)
    )  # "work on the Experimental Light Water Reactor"


def _laid(token: Any) -> bool:
    """"the foundations are being laid", "poured concrete for": building under way."""
    if token.pos_ not in {"VERB", "AUX"} or token.lemma_.lower() not in LAYING:
        return False
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in LAID for c in token.children
    )


def _builds_product(token: Any) -> bool:
    """Building a missile, engine or warhead: its object, or passive subject, names one
    (the head noun, or one coordinated or in apposition with it: "one, perhaps two, ...
    missiles"; not a modifier: "a missile submarine")."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "attr"}]
    heads = [
        t for o in objects for t in o.subtree
        if t.i == o.i or (t.dep_ in {"conj", "appos", "attr"} and t.pos_ in {"NOUN", "PROPN"})
    ]  # fmt: skip
    return any(t.lemma_.lower() in PRODUCTS or t.lower_ in PRODUCTS for t in heads)


def _event(
    ctx: SentenceContext, token: Any, activity: str, category: str,
    site: dict[str, Any] | None, lowered: str, mode: str | None = None,
) -> Event:  # fmt: skip
    span = ctx.span
    political = category == "political"
    # only a particular meeting ("the summit", not "negotiations") takes the sentence's date
    date = _date(ctx, token, political=political and specific(token), relative=political)
    earlier = token.dep_ == "pobj" and token.head.lower_ in REFERENCE_PREPOSITIONS
    if (mode == "planned" or earlier) and date.basis == "text" and not _own_dates(ctx, token):
        # a plan is dated only by its own words ("meet ... in February"), and so is an
        # event named as a reference point ("despite Kim's pledge", "since the summit"):
        # the sentence's date is not theirs
        date = ctx.published
    if category == "site" and not _future(token):
        date = _not_after(date, ctx.published)
    negated = _negated(token, lowered) or (political and denied(token))
    if mode is not None:
        future = mode == "planned"
    else:
        future = _future(token) or (
            category == "site"
            and (_intended(token) or unrealized(token) or _irrealis_noun(token))
        )
    certainty = (
        "negated" if negated else "planned" if future else "hedged" if _hedged(span) else "asserted"
    )
    bases = basis_cues(lowered)
    if site and site["site"] in ctx.doc_basis:
        bases = sorted(set(bases) | set(ctx.doc_basis[site["site"]]))
    return Event(
        activity=activity,
        category=category,
        site=site["site"] if site else None,
        site_name=site["name"] if site else None,
        site_from="context" if ctx.carried else "sentence",
        place=ctx.places[0]["name"] if ctx.places and political else None,
        actors=_actors(span, site),
        date=date,
        basis=bases,
        imagery=_imagery(ctx, lowered) if "commercial_imagery" in bases else None,
        certainty=certainty,
        negated=negated,
        trigger=(token.idx, token.idx + len(token.text), token.text),
        evidence=_trimmed(span),
        sentence=(span.start_char, span.end_char),
    )


def _not_after(date: EventDate, published: EventDate) -> EventDate:
    """A month or day named without a year that resolved to after the report ("in the last
    days of July" in an August report read as next July) is the one before it: what is
    reported as seen has happened."""
    if date.basis != "text" or not date.earliest or not published.latest or not date.value:
        return date
    if date.earliest <= published.latest or re.search(r"\b\d{4}\b", date.text or ""):
        return date

    def back(day: str | None) -> str | None:
        return f"{int(day[:4]) - 1:04d}{day[4:]}" if day and day[:4].isdigit() else day

    return replace(date, value=back(date.value), earliest=back(date.earliest),
                   latest=back(date.latest))  # fmt: skip


def _trimmed(span: Any) -> tuple[int, int, str]:
    start, end = trimmed_offsets(span)
    return start, end, span.text.strip()


def _date(ctx: SentenceContext, token: Any, political: bool = False,
          relative: bool = False) -> EventDate:  # fmt: skip
    """The trigger's date, first found of: the time expressions of its own clause (the
    nearest the trigger, or the span of several); the span of a perfect since a date; a
    vague past ("in recent years"); "some time before the report" for an undated
    pluperfect or "done earlier"; the date of the imagery the sentence cites; the imagery
    date of the sentences before, when this one reports what they show; the date of an
    observation governing it ("were seen in May dismantling"); for a particular political
    event, the sentence's governing expression; the publication date. With ``relative``
    (political nouns), a date in a relative clause on the trigger is its own ("a promise
    Kim gave Trump in June")."""
    doc = token.doc
    own: list[dict[str, Any]] = []
    imagery: list[dict[str, Any]] = []
    above: list[dict[str, Any]] = []
    saying: list[dict[str, Any]] = []  # the date of the saying that reports a pluperfect
    since: dict[str, Any] | None = None
    lasting: dict[str, Any] | None = None  # the start of an activity still going on
    vague: dict[str, Any] | None = None
    for t in _dates_outside_names(ctx):
        root = time_root(doc, t)
        if root is None or t.get("type") not in ("DATE", "TIME") or not t.get("value"):
            continue
        dated = bool(t.get("interval")) and t["value"] not in VAGUE
        if imagery_time(root):
            imagery += [t] if dated else []
        elif own_time(root, token):
            if t["value"] == "PAST_REF":
                vague = t
            elif dated and after_since(doc, t):
                since = t if perfect_span(predicate(token)) else since
                lasting = t if ongoing(token) else lasting
            elif dated:
                own.append(t)
        elif dated and not after_since(doc, t) and reports_backshifted(root, token):
            saying.append(t)
        elif dated and not after_since(doc, t) and governs(root, token):
            above.append(t)
    if not own and not any(t.tag_ in FINITE_TAGS for t in ctx.span):
        # a caption has no verb: its date is the picture's ("Ore train at the unloading
        # station, July 11, 2019.")
        own = [
            t for t in _dates_outside_names(ctx)
            if t.get("interval") and t.get("value") not in VAGUE and not after_since(doc, t)
        ]  # fmt: skip
    if not own and _resumptive(token):  # "... into orbit in 2012 and 2016, launches that ..."
        own = _clause_dates_before(ctx, token)
    if not own and (then := _at_the_time(ctx, token)) is not None:
        return _text_date([then])  # "on an image of December 8 ... under way at the time"
    if not own and (when := _when_clause_time(doc, token, ctx.times)) is not None:
        return _text_date([when])  # "since 2019, when the North restored ..."
    if relative and not own and token.pos_ == "NOUN":
        own = _relative_clause_times(doc, token, ctx.times)  # "a promise Kim gave in June"
    elif not own and nominal(token):  # "the dismantling that began in July"
        own = _relative_clause_times(doc, token, ctx.times, ASPECTUAL | PRO_VERBS)
    if own and _window(doc, own):  # "sometime between May 28 and June 9": seen by its end
        # the window's own bounds, not a later date of the clause ("..., possibly before
        # the summit on February 27")
        bounds = conjoined(doc, min(own, key=lambda t: t["start"]), ctx.times)
        last = max(bounds, key=lambda t: t["start"])
        return _possibly_before(doc, last, bounds, ctx.times) or _day_or_text(last)
    if own and (spread := _spread(own)) is not None:
        return spread  # "started around the April summit, the bulk of it done in May and June"
    if own:
        return _nearest(doc, token, own, ctx.times)
    if since is not None:
        return _text_date([since])
    if lasting is not None and lasting["interval"][0]:
        # "has been going on since early July": dated at its start; ``sentence_events``
        # adds the report's date, when it is still going on
        start, precision = lasting["interval"][0], lasting.get("precision")
        end = _month_end(start) if precision in FINE else f"{start[:4]}-12-31"
        return EventDate(lasting["value"], precision, start, end, "text", lasting["text"])
    if vague is not None:
        return EventDate("PAST_REF", "vague", None, None, "text", vague["text"])
    if done_before(token):  # "which it had dismantled", "demolished earlier": some time before
        return EventDate(None, None, None, ctx.published.latest, "before_publication")
    if imagery:
        return _nearest(doc, token, imagery, ctx.times)
    if saying:  # "In 2016 the North announced it had reprocessed fuel": not earlier imagery
        return _text_date([min(saying, key=lambda t: abs(t["start"] - token.idx))])
    if ctx.imagery_before is not None:
        return _text_date([ctx.imagery_before])
    if above:
        return _text_date([min(above, key=lambda t: abs(t["start"] - token.idx))])
    if political and ctx.governing is not None and ctx.governing.get("interval"):
        return _text_date([ctx.governing])
    return ctx.published


def _dates_outside_names(ctx: SentenceContext) -> list[dict[str, Any]]:
    """The sentence's time expressions that are not part of a place's name ("the March 16
    Factory" names a factory, not a day)."""
    names = [(p["start"], p["end"]) for p in (*ctx.sites, *ctx.places) if "start" in p]
    return [
        t for t in ctx.times
        if not any(start < t["end"] and t["start"] < end for start, end in names)
    ]  # fmt: skip


def _habitual_span(ctx: SentenceContext, token: Any) -> bool:
    """A perfect of repeated activity over years ("has launched its satellites from Sohae
    since 2012"): a habit of the site, with no month, not one event of its timeline."""
    if not perfect_span(predicate(token)):
        return False
    return any(
        t.get("interval") and t.get("precision") == "year" and after_since(token.doc, t)
        and (root := time_root(token.doc, t)) is not None and own_time(root, token)
        for t in _dates_outside_names(ctx)
    )  # fmt: skip


def _lasting(ctx: SentenceContext, token: Any) -> bool:
    """An activity going on since a date of its own clause ("has been operating since
    March"): reported both at its start and at the report."""
    if not ongoing(token):
        return False
    return any(
        t.get("interval") and t.get("value") not in VAGUE and after_since(token.doc, t)
        and (root := time_root(token.doc, t)) is not None and own_time(root, token)
        for t in _dates_outside_names(ctx)
    )  # fmt: skip


def _day_or_text(t: dict[str, Any]) -> EventDate:
    """A day of a window on its own ("June 9" of "between May 28 and June 9", which the
    times stage gives the window's interval)."""
    value = t.get("value") or ""
    if t.get("precision") == "day" and len(value) == 10:
        return EventDate(value, "day", value, value, "text", t["text"])
    return _text_date([t])


_POSSIBLY_BEFORE = re.compile(r"\b(?:possibly|perhaps|probably|maybe|likely|even)\s+before\b")


def _possibly_before(doc: Any, end: dict[str, Any], bounds: list[dict[str, Any]],
                     times: list[dict[str, Any]]) -> EventDate | None:  # fmt: skip
    """A window's activity said to have possibly begun before a day inside the window
    ("between February 22 and March 2, possibly before the summit on February 27"): the
    report states that earlier month too, so the date runs from it to the window's end."""
    start = min(b["interval"][0] or "" for b in bounds)
    finish = end["interval"][1] or ""
    for t in times:
        if t["start"] <= end["end"] or t.get("precision") not in {"day", "week", "month"}:
            continue
        if not _POSSIBLY_BEFORE.search(doc.text[end["end"] : t["start"]].lower()):
            continue
        first = (t.get("interval") or [None])[0] or ""
        if start <= first <= finish and first[:7] < finish[:7]:
            return EventDate(end["value"], end.get("precision"), first, finish, "text",
                             f"{end['text']} ... {t['text']}")  # fmt: skip
        return None
    return None


def _window(doc: Any, times: list[dict[str, Any]]) -> bool:
    """Dates that bound a window within which one change happened ("sometime between April
    11 and May 5 a row of cranes was put up"): it was seen by the window's end."""
    first = min(t["start"] for t in times)
    before = doc.text[max(0, first - 24) : first].lower()
    return any(before.rstrip().endswith(cue) for cue in WINDOW_CUES)


def _when_clause_time(doc: Any, token: Any, times: list[dict[str, Any]]
                      ) -> dict[str, Any] | None:  # fmt: skip
    """The date a "when" clause of the trigger qualifies: the expression just before its
    "when" ("quiet since 2019, when the North restored the stand", "in May, when the
    tunnels were blown up")."""
    verb = predicate(token)
    when = next((c for c in verb.children if c.lower_ == "when" and c.i < verb.i), None)
    if when is None:
        return None
    for t in times:
        between = doc.text[t["end"] : when.idx]
        if t.get("interval") and t["value"] not in VAGUE and between.strip() in {"", ","}:
            return t
    return None


def _resumptive(token: Any) -> bool:
    """A noun after a comma that sums up the clause before it ("The site was used to put
    satellites into orbit in 2012 and 2016, launches that ..."): the parser hangs it on that
    clause's verb as a conjunct or apposition with no coordinating word."""
    deps = {c.dep_ for c in token.children}
    as_noun = token.pos_ == "NOUN" or (
        token.pos_ == "VERB" and bool(deps & {"relcl", "ccomp"})
        and not deps & {"nsubj", "nsubjpass", "aux", "auxpass"}
    )  # "launches that ...", tagged a verb with the relative clause as its complement
    if not as_noun or token.dep_ not in {"conj", "appos"}:
        return False
    head = token.head
    if head.pos_ not in {"VERB", "AUX"} or token.i == 0 or token.nbor(-1).text != ",":
        return False
    return not any(c.dep_ == "cc" and head.i < c.i < token.i for c in head.children)


def _clause_dates_before(ctx: SentenceContext, token: Any) -> list[dict[str, Any]]:
    """The dated expressions of the clause a resumptive noun sums up (its head verb's
    words before the noun)."""
    head = token.head
    start = min(t.idx for t in head.subtree)
    return [
        t for t in _dates_outside_names(ctx)
        if start <= t["start"] and t["end"] <= token.idx and t.get("interval")
        and t.get("value") not in VAGUE and t.get("type") in ("DATE", "TIME")
    ]  # fmt: skip


def _at_the_time(ctx: SentenceContext, token: Any) -> dict[str, Any] | None:
    """"at the time" in the trigger's own clause refers back to the last date told, a
    month or finer ("On an image of December 8 the thermal plant was emitting smoke; a
    reprocessing campaign was probably under way at the time"): the last such date of the
    sentence before the phrase, else of the sentences before."""
    phrase = next((
        t for t in ctx.span
        if t.lower_ == "time" and t.dep_ == "pobj" and t.head.lower_ == "at"
        and any(c.dep_ == "det" and c.lower_ in {"the", "that"} for c in t.children)
        and not any(c.dep_ == "prep" for c in t.children)  # "at the time of the summit"
    ), None)  # fmt: skip
    if phrase is None or not own_time(phrase.head, token):
        return None
    before = [
        t for t in _dates_outside_names(ctx)
        if t["end"] <= phrase.idx and t.get("interval") and t.get("value") not in VAGUE
        and t.get("precision") in FINE
    ]  # fmt: skip
    return before[-1] if before else ctx.last_date


def _own_dates(ctx: SentenceContext, token: Any) -> bool:
    """The trigger's own clause, or a relative clause on it, holds a dated expression."""
    if token.pos_ == "NOUN" and _relative_clause_times(token.doc, token, ctx.times):
        return True
    for t in ctx.times:
        root = time_root(token.doc, t)
        dated = t.get("interval") and t.get("value") not in VAGUE
        if root is not None and dated and own_time(root, token):
            return True
    return False


def _relative_clause_times(
    doc: Any, noun: Any, times: list[dict[str, Any]], verbs: frozenset[str] | None = None
) -> list[dict[str, Any]]:
    """Dates of a relative clause on the trigger noun, which tell when it was made or held
    ("a promise Kim Jong Un gave Donald Trump in June"); with ``verbs``, only clauses of
    those verbs ("the dismantling that began in July", "the work carried out in May")."""
    clauses = [
        c for c in noun.children if c.dep_ in {"relcl", "acl"} and c.pos_ in {"VERB", "AUX"}
        and (verbs is None or c.lemma_.lower() in verbs)
    ]  # fmt: skip
    found = []
    for t in times:
        root = time_root(doc, t)
        if root is None or not t.get("interval") or t["value"] in VAGUE:
            continue
        if any(own_time(root, clause) and root.i != clause.i for clause in clauses):
            found.append(t)
    return found


def _nearest(doc: Any, token: Any, group: list[dict[str, Any]],
             times: list[dict[str, Any]]) -> EventDate:  # fmt: skip
    # the finest first ("September 5 of this year": the day, not the year), then the nearest
    nearest = min(group, key=lambda t: (coarseness(t), abs(t["start"] - token.idx)))
    return _text_date(conjoined(doc, nearest, times))


def _spread(times: list[dict[str, Any]]) -> EventDate | None:
    """Several dates of the trigger's own clause, month or finer, within one quarter: the
    activity spans them."""
    if len(times) < 2 or any(t.get("precision") not in FINE for t in times):
        return None
    ordered = sorted(times, key=lambda t: t["interval"][0] or "")
    date = _text_date(ordered)
    if not date.earliest or not date.latest or _months(date.earliest, date.latest) > 3:
        return None
    return date


def _month_end(day: str) -> str:
    """The last day of the month of an ISO date."""
    year, month = int(day[:4]), int(day[5:7])
    following = date_type(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).isoformat()


def _months(earliest: str, latest: str) -> int:
    return (int(latest[:4]) - int(earliest[:4])) * 12 + int(latest[5:7]) - int(earliest[5:7]) + 1


def _text_date(times: list[dict[str, Any]]) -> EventDate:
    """One date from one expression, or the span of coordinated ones ("July and August")."""
    first = times[0]
    earliest = min((t["interval"][0] for t in times if t["interval"][0]), default=None)
    latest = max((t["interval"][1] for t in times if t["interval"][1]), default=None)
    text = first["text"] if len(times) == 1 else " ... ".join(t["text"] for t in times)
    return EventDate(first["value"], first.get("precision"), earliest, latest, "text", text)


def _negated(token: Any, lowered: str) -> bool:
    if any(child.dep_ == "neg" or child.lower_ == "never" for child in token.children):
        return True  # "not", "never finished"
    first = token.head if token.dep_ == "conj" else token
    if any(t.lower_ == "neither" for t in first.doc[first.left_edge.i : first.i]):
        return True  # "shows neither further dismantling nor any rebuilding"
    if _negative_locative(token):
        return True  # "On neither image is there a steam plume"
    head = token.head
    if token.pos_ == "NOUN" and any(c.dep_ == "neg" for c in head.children):
        return True
    if _negated_noun(token) or _denied_above(token):
        return True
    if token.dep_ in {"xcomp", "dobj"} and token.head.lemma_.lower() in CEASING:
        return True  # "will stop testing", "halted construction"
    offset = token.idx - token.sent.start_char
    window = lowered[max(0, offset - 40) : offset]
    return any(cue in window for cue in NEGATIONS)


def _negative_locative(token: Any) -> bool:
    """A fronted place or picture with a negating determiner over the trigger's clause:
    "On neither image is there a plume", "In no picture do trucks appear"."""
    verb = token
    for _ in range(4):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > verb.i:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(
                c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in obj.children
            ):  # fmt: skip
                return True
    return False


def _negated_noun(token: Any) -> bool:
    """Negation inside the noun phrase: a negating determiner on the trigger, on the noun
    it is coordinated with, or on a light noun above it ("no renewed excavation", "no
    trucks or cranes", "neither construction nor"); "without" ("without removal of the
    roof"); a noun of prohibition above it ("a moratorium on tests", "a halt to work")."""
    if not nominal(token):
        return False
    node = token
    for _ in range(4):
        if any(c.dep_ in {"det", "preconj"} and c.lower_ in NEGATING_DETERMINERS
               for c in node.children):  # fmt: skip
            return True
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ == "pobj" and head.lower_ in NEGATING_PREPOSITIONS:
            return True
        if node.dep_ == "pobj" and head.head.lemma_.lower() in PROHIBITIONS:
            return True
        if node.dep_ == "conj" and head.pos_ in {"NOUN", "PROPN"}:
            node = head  # "no trucks or cranes"
        elif node.dep_ == "pobj" and head.pos_ == "ADP" and head.head.lemma_.lower() in (
            LIGHT_NOUNS
        ):  # fmt: skip
            node = head.head  # "no sign of renewed digging"
        else:
            return False
    return False


_SCOPE_DEPS = {"prep", "pobj", "dobj", "ccomp", "acl", "nsubj", "nsubjpass", "xcomp", "attr",
               "compound"}  # fmt: skip


def _denied_above(token: Any) -> bool:
    """Under a denial of what is seen or said, within the same clause complex (not across
    an adverbial or coordinated clause): "nothing suggests that a launch is being
    prepared", "no firm evidence that a launch was being prepared", "we have not seen
    evidence of launches", "said nothing about the production of"."""
    node = token
    for _ in range(_SCOPE_WALK):
        head = node.head
        if head.i == node.i:
            return False
        if node.dep_ not in _SCOPE_DEPS and not (node.dep_ == "conj" and node.pos_ != "VERB"):
            return False  # (coordinated phrases share it: "nothing about X, or about Y")
        if head.lower_ in NEGATIVE_QUANTIFIERS:
            return True
        if head.lemma_.lower() in EVIDENCE_NOUNS and any(
            c.dep_ == "det" and c.lower_ in NEGATING_DETERMINERS for c in head.children
        ):  # fmt: skip
            return True
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in EVIDENTIAL | PERCEPTION and any(
            c.dep_ == "neg" or (c.dep_ == "nsubj" and c.lower_ in NEGATIVE_QUANTIFIERS)
            for c in head.children
        ):  # fmt: skip
            return True
        node = head
    return False


def _irrealis_noun(token: Any) -> bool:
    """An event noun described as a possibility or a plan ("a possible nuclear test", "the
    proposed dismantling", "a test is imminent"), not as something that happened."""
    if not nominal(token):
        return False
    if any(c.dep_ == "amod" and c.lower_ in IRREALIS_MODIFIERS for c in token.children):
        return True
    verb = token.head
    copula = verb.lemma_.lower() in {"be", "look", "seem", "appear", "remain"}
    if copula and token.dep_ == "attr" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in AIMS for c in verb.children
    ):  # fmt: skip
        return True  # "the goal remained the complete dismantlement of ..."
    return copula and token.dep_ == "nsubj" and any(
        c.dep_ in {"acomp", "attr"} and c.lower_ in IRREALIS_PREDICATES for c in verb.children
    )


def _future(token: Any) -> bool:
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    for t in (verb, *verb.children):
        if (
            t.dep_ in {"aux", "xcomp", "ROOT"}
            and t.lemma_.lower() in _FUTURE_AUX
            and t.tag_ == "MD"
        ):
            return t.lemma_.lower() in {"will", "would"}
    return False


def _hedged(span: Any) -> bool:
    """A hedge word in the sentence; "sign" only as a noun ("signs of work", not "signed"),
    "may" only as a verb (not the month)."""
    return any(
        (t.lemma_.lower() in HEDGES or t.lower_ in HEDGES)
        and not (t.lemma_.lower() == "sign" and t.pos_ == "VERB")
        and not (t.lower_ == "may" and (t.pos_ == "PROPN" or t.ent_type_ == "DATE"))
        and not (t.dep_ == "aux" and perceived(t.head))  # "could be seen": it was seen
        for t in span
    )


def basis_cues(lowered: str) -> list[str]:
    """Bases of knowledge named in a lower-cased sentence."""
    found = []
    for basis, cues in BASIS.items():
        if any(re.search(rf"\b{re.escape(cue)}", lowered) for cue in cues):
            found.append(basis)
    return found



def _imagery(ctx: SentenceContext, lowered: str) -> dict[str, Any] | None:
    provider = next(
        (name for cue, name in IMAGERY_PROVIDERS.items() if re.search(rf"\b{cue}\b", lowered)),
        None,
    )
    when = None
    start = ctx.span.start_char
    for t in ctx.times:
        before = lowered[max(0, t["start"] - start - 30) : t["start"] - start]
        if t.get("value") and any(cue in before for cue in IMAGERY_DATE_CUES):
            when = {"value": t["value"], "text": t["text"], "start": t["start"], "end": t["end"]}
            break
    if provider is None and when is None:
        return None
    return {"provider": provider, "date": when}


def _actors(span: Any, site: dict[str, Any] | None) -> list[str]:
    names: list[str] = []
    for ent in span.ents:
        if ent.label_ not in ACTOR_LABELS:
            continue
        if site and site["start"] <= ent.start_char < site["end"]:
            continue
        if ent.text not in names:
            names.append(ent.text)
    return names


def sites_in(places: Sequence[dict[str, Any]], start: int, end: int) -> list[dict[str, Any]]:
    return [p for p in places if p.get("site") and start <= p["start"] < end]
