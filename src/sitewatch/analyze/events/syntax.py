"""Where a trigger sits in the parse: its clause, the time expression governing it, and
whether the clause reports something that happened (realis) or a plan, purpose or function.

All tests walk spaCy's dependency tree from the trigger or from a time expression's head
word; none look at whole sentences or particular documents.
"""

from __future__ import annotations

from typing import Any

from .lexicon import (
    CAPTURE,
    EARLIER,
    EVIDENCE_NOUNS,
    EVIDENTIAL,
    FUNCTION_NOUNS,
    IMAGERY_NOUNS,
    LIGHT_NOUNS,
    NOT_GROUND,
    OPERATING_SUBJECTS,
    PERCEPTION,
    PRO_VERBS,
    PUBLISHING,
    RAISING,
    REPORTING,
    SITE_ACTIVITY,
    SITE_PARTS,
    TIME_NOUNS,
    WORK_NOUNS,
)
from .lexicon import (
    REPORTING_SPEECH as SAYING,
)

VERBAL = {"VERB", "AUX"}
VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
FINITE = {"VBZ", "VBP", "VBD", "MD"}
_MAX_WALK = 12
# adverbs placing a past event after another one the sentence dates, not at the report
SEQUEL = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})
# verbs of judging from evidence: a pluperfect they report is backshifted too ("concluded
# that a new hall had been erected")
JUDGING = frozenset({
    "conclude", "determine", "judge", "assess", "estimate", "notice", "learn", "discover",
    "establish", "realise", "realize", "calculate", "infer", "deduce",
})  # fmt: skip


def predicate(token: Any) -> Any:
    """The verb heading the clause that holds ``token`` (the token itself when it is one)."""
    node = token
    for _ in range(_MAX_WALK):
        if node.pos_ in VERBAL and node.dep_ not in {"amod", "compound"}:
            return node
        if node.head.i == node.i:
            return node
        node = node.head
    return node


_ARGUMENT = {"nsubj", "nsubjpass", "dobj", "attr", "oprd", "csubj"}


def clause_verb(trigger: Any) -> Any | None:
    """The verb whose clause the trigger's event is told in: the trigger itself when it is
    a verb; for a noun, the verb it is an argument of, directly or through a light noun or
    a preposition ("signs of construction were seen", "the rebuilding of the pad has
    begun"); ``None`` when the noun hangs off another noun ("a snapback from the
    dismantling done after ..."), whose clause is not about it."""
    if trigger.pos_ in VERBAL and not nominal(trigger) and trigger.dep_ != "compound" and (
        not _modifies_work(trigger)
    ):
        return trigger  # (but "Building work there appears ...": the work's clause)
    node = trigger
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ in _ARGUMENT and head.pos_ in VERBAL:
            return head
        if node.dep_ == "pobj" and head.pos_ == "ADP" and head.head.pos_ in VERBAL:
            return head.head
        if node.dep_ == "pobj" and head.pos_ == "ADP":
            node = head.head
        elif node.dep_ == "conj":
            node = head
            continue
        elif _modifies_work(node):
            node = head  # "the restoration work got under way", "a reprocessing campaign"
            continue
        else:
            return None
        if node.lemma_.lower() not in LIGHT_NOUNS:
            return None
    return None


def _modifies_work(token: Any) -> bool:
    """The word names the activity of a work noun it modifies ("restoration work", "a
    reprocessing campaign")."""
    return token.dep_ in {"compound", "amod", "nmod"} and token.head.lemma_.lower() in WORK_NOUNS


def time_root(doc: Any, t: dict[str, Any]) -> Any | None:
    span = doc.char_span(t["start"], t["end"], alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _path_up(node: Any, stop: Any) -> list[Any]:
    """The heads from ``node`` (exclusive) up to ``stop`` (inclusive), or up to the root."""
    path: list[Any] = []
    for _ in range(_MAX_WALK):
        if node.head.i == node.i:
            return path
        node = node.head
        path.append(node)
        if stop is not None and node.i == stop.i:
            return path
    return path


def own_time(root: Any, trigger: Any) -> bool:
    """The time expression headed by ``root`` modifies the trigger's own clause: its path up
    the parse reaches the trigger, or the trigger's verb, passing only through function words
    (no other clause's verb, no other noun, which it would date instead: "the summit last
    June", "officials quoted last month")."""
    verb = clause_verb(trigger) or trigger
    for node in _path_up(root, verb):
        if node.i in (trigger.i, verb.i):
            return True
        if _reports_on(node, trigger):
            return True  # "the dismantling we reported last month"
        if node.pos_ in {"NOUN", "PROPN"} and _temporal_anchor(node):
            continue  # "around the time of the April summit", "during the May talks"
        if _pro_verb(node):
            continue  # "with the bulk of it carried out during May and June"
        if _shares_clause(node, verb):
            continue  # "vehicles coming and going ... throughout late August"
        if node.dep_ == "xcomp" and node.head.i == verb.i and verb.lemma_.lower() in RAISING:
            continue  # "the work appears to date from the early 2000s"
        if node.pos_ in VERBAL or node.pos_ in {"NOUN", "PROPN"}:
            return False
    return False


def _shares_clause(node: Any, verb: Any) -> bool:
    """A verb coordinated with the trigger's verb that names no activity of its own and
    has no subject of its own ("coming and going", "moved and parked"): one predicate
    with the trigger's, so its dates are the trigger's."""
    if node.pos_ not in VERBAL or node.dep_ != "conj" or node.head.i != verb.i:
        return False
    if any(node.lemma_.lower() in lemmas for lemmas in SITE_ACTIVITY.values()):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in node.children)


def _pro_verb(node: Any) -> bool:
    """A verb of doing whose pronoun stands for the activity ("carried it out", "the bulk of
    it carried out", "which was done in May"): its date is the activity's."""
    return node.pos_ in VERBAL and node.lemma_.lower() in PRO_VERBS and any(
        t.lower_ in {"it", "this", "that", "which"}
        and t.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
        for t in node.subtree
    )


def nominal(token: Any) -> bool:
    """A noun, or a gerund used as one ("the dismantling"), or a noun of undertaking the
    parser took for a verb ("Work to restore the stand is going on")."""
    return token.pos_ == "NOUN" or work_noun(token) or (
        token.tag_ == "VBG" and any(c.dep_ in {"det", "poss"} for c in token.children)
    )


def work_noun(token: Any) -> bool:
    """"work", "effort" ... as a noun, also when tagged a verb with no subject of its own
    at the head of a sentence ("Work on the pump house is under way")."""
    if token.lemma_.lower() not in WORK_NOUNS:
        return False
    if token.pos_ == "NOUN":
        return True
    return (
        token.tag_ in {"VB", "VBP"} and token.dep_ in {"nsubj", "nsubjpass", "csubj", "ROOT"}
        and not any(c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN", "PRON"}
                    for c in token.children)
    )  # fmt: skip


def _temporal_anchor(noun: Any) -> bool:
    """A noun used to say when: a time noun ("the time", "the weeks"), the object of
    "during"/"around"/"amid", or of "the time of", "the weeks before", "days after"."""
    if noun.lemma_.lower() in TIME_NOUNS:
        return True
    prep = noun.head
    if noun.dep_ != "pobj":
        return False
    if prep.lower_ in {"during", "around", "amid", "throughout", "before"}:
        return True  # ("started before the summit of February 27": by then)
    # "the time of the summit", "in the weeks before the summit", "days after the talks"
    return prep.lower_ in {"of", "before", "after"} and prep.head.lemma_.lower() in TIME_NOUNS


def _reports_on(node: Any, trigger: Any) -> bool:
    """A relative clause on a nominal trigger whose verb reports or observes it."""
    return (
        node.pos_ in VERBAL and node.dep_ in {"relcl", "acl"} and node.head.i == trigger.i
        and nominal(trigger) and node.lemma_.lower() in EVIDENTIAL | REPORTING
    )  # fmt: skip


def imagery_time(root: Any) -> bool:
    """The expression dates imagery: it hangs off a picture noun, directly or through the
    participle that qualifies it ("pictures taken on July 20", "the images, dated ...",
    "imagery in July and August"), or off a verb of taking whose subject or object is one
    ("The pictures were captured on February 22")."""
    steps = 0
    for node in _path_up(root, None)[:7]:
        if node.pos_ == "NOUN" and node.lemma_.lower() in TIME_NOUNS:
            continue  # "taken in the first days of May": part of the date
        steps += 1
        if steps > 4:
            return False
        if node.pos_ in VERBAL and node.lemma_.lower() in PUBLISHING:
            return False  # "images published on Thursday": not when they were taken
        if node.pos_ in {"NOUN", "PROPN"} and node.lemma_.lower() in IMAGERY_NOUNS:
            return True  # "Imagery of Sinpo collected on ...": often tagged a proper noun
        if node.pos_ in VERBAL and node.lemma_.lower() in CAPTURE and any(
            c.lemma_.lower() in IMAGERY_NOUNS for c in node.children
            if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
        ):  # fmt: skip
            return True  # "The pictures were captured on February 22"
        if node.pos_ in VERBAL and node.lemma_.lower() in CAPTURE and node.dep_ == "acl" and (
            _of_imagery(node.head)
        ):  # fmt: skip
            return True  # "Imagery of the base taken last month", "taken" read on "base"
        clausal = node.pos_ in VERBAL and node.dep_ not in {"acl", "amod"}
        if node.pos_ in {"NOUN", "PROPN"} or clausal:
            return False
    return False


def _of_imagery(noun: Any) -> bool:
    """The noun is what a picture shows ("imagery of the base", "photos of the pad")."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and (
        prep.head.lemma_.lower() in IMAGERY_NOUNS
    )  # fmt: skip


def governs(root: Any, trigger: Any) -> bool:
    """The expression dates an observation of the trigger's clause ("were seen in May
    dismantling ...", "imagery showed in July that ..."); the date of a saying or a belief
    above it ("reported on Monday that ...") is when it was said, not when it happened."""
    verb = clause_verb(trigger) or trigger
    ancestors = {a.i for a in verb.ancestors}
    target = predicate(root) if root.pos_ not in VERBAL else root
    return (
        target.i in ancestors and target.lemma_.lower() in EVIDENTIAL and own_time(root, target)
    )


def reports_backshifted(root: Any, trigger: Any) -> bool:
    """The expression dates the saying that reports the trigger's backshifted pluperfect
    ("officials said on Monday that the North had removed the roof"): the latest the
    activity can be, and the best month the sentence gives for it."""
    if finite_tense(trigger) != "pluperfect" or not backshifted(trigger):
        return False
    verb = clause_verb(trigger) or trigger
    ancestors = {a.i for a in verb.ancestors}
    target = predicate(root) if root.pos_ not in VERBAL else root
    return (
        target.i in ancestors and target.lemma_.lower() in EVIDENTIAL | REPORTING | SAYING
        and own_time(root, target)
    )  # fmt: skip


def after_since(doc: Any, t: dict[str, Any]) -> bool:
    """"since 2012", "since at least 2016": when a state began, not when something happened."""
    before: str = doc.text[max(0, t["start"] - 16) : t["start"]].lower()
    return before.rstrip().endswith(("since", "since at least", "since early", "since late"))


_PRECISIONS = ("minute", "hour", "part-of-day", "day", "week", "month", "season", "quarter",
               "year")  # fmt: skip


def coarseness(t: dict[str, Any]) -> int:
    """How coarse an expression is: a day before a month before a year (unknown last)."""
    precision = t.get("precision")
    return _PRECISIONS.index(precision) if precision in _PRECISIONS else len(_PRECISIONS)


def conjoined(
    doc: Any, chosen: dict[str, Any], times: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The chosen expression and those coordinated with it ("in July and August")."""
    root = time_root(doc, chosen)
    if root is None:
        return [chosen]
    out = [chosen]
    for t in times:
        other = time_root(doc, t)
        if other is None or t is chosen or not t.get("interval") or other.i == root.i:
            continue
        if (other.dep_ == "conj" and other.head.i == root.i) or (
            root.dep_ == "conj" and root.head.i == other.i
        ):
            out.append(t)
    return out


def unrealized(trigger: Any) -> bool:
    """Inside an infinitive that reports no event: a purpose, plan, offer or demand ("offered
    to scrap", "pledged to destroy", "used imagery to follow"), unlike the raising and
    aspectual verbs that do ("appears to be rebuilding", "began to dismantle")."""
    node = trigger
    for _ in range(_MAX_WALK):
        infinitive = node.pos_ in VERBAL and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in node.children
        )
        if infinitive and node.dep_ in {"acl", "relcl", "advcl"} and work_noun(node.head):
            node = node.head  # "work to restore the stand is going on": under way
            continue
        if infinitive and (node.head.i == node.i or node.head.lemma_.lower() not in RAISING):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def describes_function(trigger: Any) -> bool:
    """The trigger says what a place is for or does, not what happened there: a relative
    clause in the simple present ("every facility that produces plutonium"), a purpose
    phrase ("the main site for rocket launches", "used for tests"), a generic plural subject
    ("Satellite launches rely on ..."), or a "where" clause not under an evidential verb."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "for":
        return True
    light = trigger.head.head if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" else None
    if light is not None and light.lemma_.lower() in LIGHT_NOUNS and light.dep_ == "pobj" and (
        light.head.lower_ == "for"
    ):  # fmt: skip
        return True  # "watch the laboratory for signs of reprocessing": a purpose
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and (
        trigger.head.head.lemma_.lower() in FUNCTION_NOUNS
    ):  # fmt: skip
        return True  # "the centre of North Korea's production of fissile material"
    if _site_of(trigger):
        return True  # "has been the site of all six of the North's nuclear tests"
    if _capability(trigger):
        return True  # "a submarine capable of firing ballistic missiles"
    verb = predicate(trigger)
    if any(a.lemma_.lower() == "use" for a in (verb, *verb.ancestors)) and trigger.i != verb.i:
        return True
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "by" and trigger.pos_ == "NOUN":
        return True  # "reached the area by train": a means, not an activity
    if any(c.lower_ in NOT_GROUND for c in trigger.children if c.dep_ in {"compound", "amod"}):
        return True  # "space launch vehicles", "re-entry vehicles": rockets, not traffic
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ in {"VBZ", "VBP"} and verb.i == trigger.i:
        return True
    if _in_habitual_relative(trigger) or _habitual_of_facility(trigger):
        return True
    if (
        trigger.tag_ == "NNS" and trigger.dep_ == "nsubj" and trigger.head.tag_ in {"VBZ", "VBP"}
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children)
    ):  # fmt: skip
        return True
    if _generic_you(verb):
        return True  # "you can't run a reactor safely until they're repaired"
    first = verb
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "is where the North makes plutonium and ... enriches uranium"
    for node in dict.fromkeys((trigger, verb, first)):
        if node.head.lemma_.lower() == "be" and any(
            c.lower_ == "where" and c.dep_ == "advmod" for c in node.children
        ):  # fmt: skip
            return True  # "The stand is where the North has fired its engines"
        if node.dep_ == "relcl" and _locative_relative(node):
            return not _under_evidential(trigger)
        if any(c.dep_ == "aux" and c.lower_ in {"can", "cannot"} for c in node.children):
            return not perceived(node)
    return False


def _site_of(trigger: Any) -> bool:
    """The trigger names what a place is or has been the site of: "X has been the site of
    all six tests", "the site of the 2017 test" after a copula; a record, not an event."""
    node = trigger
    for _ in range(4):
        if node.dep_ != "pobj" or node.head.lower_ != "of":
            return False
        holder = node.head.head
        if holder.lemma_.lower() in SITE_NOUNS:
            return bool(holder.dep_ == "attr" and holder.head.lemma_.lower() == "be")
        if holder.pos_ not in {"NUM", "PRON", "DET"} and holder.lower_ not in {"all", "each"}:
            return False  # only through "all six of", "each of", "some of"
        node = holder
    return False


SITE_NOUNS = frozenset({"site", "scene", "location", "venue"})


def _capability(trigger: Any) -> bool:
    """The trigger is what something is able to do ("capable of firing", "able to launch"),
    not something it did."""
    node = trigger
    for _ in range(3):
        head = node.head
        if head.i == node.i:
            return False
        if head.lemma_.lower() in CAPABILITY_WORDS and node.dep_ in _CAPABLE_DEPS:
            return True
        if head.lower_ == "of" and node.dep_ in {"pcomp", "pobj"}:
            node = head  # "capable of firing": through the preposition
            continue
        return False
    return False


CAPABILITY_WORDS = frozenset({"capable", "able", "capability", "capacity"})
_CAPABLE_DEPS = frozenset({"pcomp", "pobj", "xcomp", "prep"})


def _generic_you(verb: Any) -> bool:
    """A statement about anyone ("you can't run a reactor until ...", "one must"): a
    generic "you" or "one" as the subject of a modal verb at or above the trigger's."""
    for node in (verb, *verb.ancestors):
        if node.pos_ not in VERBAL:
            continue
        subject = any(c.dep_ == "nsubj" and c.lower_ in {"you", "one"} for c in node.children)
        if subject and any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
            return True
        if subject and node.tag_ in {"VBP", "VBZ"} and not any(
            c.dep_ in {"aux", "auxpass"} for c in node.children
        ):  # fmt: skip
            return True  # "You bring back the excavators": what anyone would do
    return False


def _simple_present(verb: Any) -> bool:
    """A lexical verb in the simple present, active or passive, with no other auxiliary
    ("holds", "builds", "are assembled")."""
    if verb.pos_ != "VERB":
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ in {"VBZ", "VBP"}:
        return not aux
    return verb.tag_ == "VBN" and len(aux) == 1 and aux[0].dep_ == "auxpass" and (
        aux[0].tag_ in {"VBZ", "VBP"}
    )  # fmt: skip


def _in_habitual_relative(trigger: Any) -> bool:
    """Inside a simple-present relative clause that says what a thing does ("the structure
    that holds rocket engines during ground tests"), not under a verb of observation."""
    node = trigger
    for _ in range(_MAX_WALK):
        if node.head.i == node.i:
            return False
        if node.dep_ == "relcl":
            lemma = node.lemma_.lower()
            return _simple_present(node) and lemma not in EVIDENTIAL | REPORTING | SAYING
        if node.pos_ in VERBAL and node.dep_ not in {"acl", "xcomp", "conj", "pcomp", "advcl"}:
            return False
        node = node.head
    return False


def _habitual_of_facility(trigger: Any) -> bool:
    """A facility as the subject of a simple present ("The factory builds the heavy
    vehicles", "the plant produces fuel"): what it does, not what happened."""
    if not _simple_present(trigger):
        return False
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and subject.lemma_.lower() in SITE_PARTS | OPERATING_SUBJECTS


def perceived(verb: Any) -> bool:
    """A passive verb of perception ("can be seen", "could be made out"): what is seen, not
    what a place is able to do."""
    return verb.lemma_.lower() in PERCEPTION and any(c.dep_ == "auxpass" for c in verb.children)


def _locative_relative(verb: Any) -> bool:
    """"where ...", "on which ...", "in which ...": a clause saying what a place is for."""
    return any(
        c.lower_ == "where"
        or (c.dep_ == "prep" and any(g.lower_ in {"which", "whom"} for g in c.children))
        for c in verb.children
    )


def _under_evidential(trigger: Any) -> bool:
    return any(a.lemma_.lower() in EVIDENTIAL for a in trigger.ancestors)


def perfect_span(trigger: Any) -> bool:
    """A perfect with no progressive ("has launched satellites three times since 2012"):
    repeated or completed activity over the "since" interval, not an ongoing state."""
    if trigger.pos_ not in VERBAL or trigger.lemma_.lower() == "be":
        return False  # "has been under construction since ...": a state, not repeated work
    aux = [c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
    perfect = any(a in {"has", "have", "had"} for a in aux)
    return perfect and "being" not in aux and trigger.tag_ == "VBN"


def ongoing(trigger: Any) -> bool:
    """The trigger's clause is a perfect progressive ("has been going on since early July",
    "have been working since March"): activity lasting from a start up to the report."""
    verb = clause_verb(trigger) or trigger
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    perfect = bool(aux & {"has", "have", "had"})
    if perfect and trigger.dep_ == "pobj" and trigger.head.lower_ == "under":
        under = trigger.head.head  # "has been under construction since 2016"
        aux = {c.lower_ for c in under.children if c.dep_ in {"aux", "auxpass"}}
        return under.lemma_.lower() == "be" and bool(aux & {"has", "have", "had"})
    return perfect and "been" in aux and verb.tag_ == "VBG"


def finite_tense(trigger: Any) -> str:
    """"present", "past" or "pluperfect" for the finite verb of the trigger's clause
    ("are dismantling" present, "was being finished" past, "had dismantled" pluperfect;
    "" for a clause with no finite verb)."""
    verb = clause_verb(trigger)
    if verb is None:
        return ""
    chain = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    for _ in range(4):  # up through non-finite verbs: "appears to be pressing on with building"
        if any(t.tag_ in FINITE for t in chain) or verb.dep_ not in {"xcomp", "pcomp"}:
            break
        verb = predicate(verb.head)
        chain += [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    words = {t.lower_ for t in chain}
    if "had" in words:
        return "pluperfect"
    tags = {t.tag_ for t in chain}
    if tags & {"VBZ", "VBP"} or words & {"will"}:
        return "present"
    if "VBD" in tags:
        return "past"
    return ""


def done_before(trigger: Any) -> bool:
    """Reported as done some time before, with no date: "the bunkers demolished earlier",
    "the dismantling done after the summit", "which it had dismantled"."""
    if finite_tense(trigger) == "pluperfect":
        return not backshifted(trigger)
    if any(c.dep_ == "advmod" and c.lower_ in EARLIER for c in trigger.children):
        return True
    if finite_tense(trigger) == "past" and any(
        c.dep_ == "advmod" and c.lower_ in SEQUEL and not list(c.children)
        for c in trigger.children
    ):  # fmt: skip
        return True  # "the tower was blown up in 2008, and the reactor was later restarted"
    return nominal(trigger) and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PRO_VERBS
        for c in trigger.children
    )


def backshifted(trigger: Any) -> bool:
    """A pluperfect that is the tense of a report, not of a time before it: the clause of a
    verb of observation ("imagery had shown trucks ..."), or a clause reported by a
    past-tense verb of observation or saying ("researchers found that a wall had been
    built", "the work suggested the North had begun restoring"). The report's date, or its
    imagery's, dates it."""
    verb = clause_verb(trigger)
    if verb is None:
        return False
    if verb.lemma_.lower() in EVIDENTIAL:
        return True
    node = verb
    for _ in range(_MAX_WALK):
        if node.dep_ == "acl" and node.head.lemma_.lower() in EVIDENCE_NOUNS:
            # "showed ..., evidence that miners had been extending it": the verb above the
            # evidence noun reports the clause
            above = next((a for a in node.head.ancestors if a.pos_ in VERBAL), None)
            return above is not None and above.lemma_.lower() in (
                EVIDENTIAL | REPORTING | SAYING | JUDGING
            ) and above.tag_ in {"VBD", "VBN"}  # fmt: skip
        if node.dep_ not in {"ccomp", "xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ in VERBAL and node.lemma_.lower() in EVIDENTIAL:
            return True  # "an image taken on March 29 shows that a shed had gone up"
        if node.pos_ in VERBAL and node.lemma_.lower() in REPORTING | SAYING | JUDGING:
            return node.tag_ in {"VBD", "VBN"}
    return False
