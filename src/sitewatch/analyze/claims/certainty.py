"""What kind of claim it is, and how surely it is made.

- ``kind``: pledge, denial, plan, question, assessment or assertion, from the cue (commit,
  deny, plan, ask, estimate …) and, failing that, from the content (a plan, a future
  "will" with a named subject, an estimative word).
- ``certainty``: negated (the cue itself is negated: "did not say"), conditional (an
  "if"/"unless" clause on the content), hedged ("appears to", "supposedly", "may", a
  hedging cue like "suggest", or an estimative word), else asserted.
- ``likelihood``: the ICD 203 band of the first estimative term in the content.
- ``polarity``: negative when the content's main verb is negated ("is not dead").
"""

from __future__ import annotations

import re

from .lexicon import (
    ASSESSMENT_CUES,
    CONDITIONAL_MARKS,
    DENIAL_CUES,
    HEDGE_WORDS,
    ICD203,
    NEGATIONS,
    PLAN_CUES,
    PLAN_WORDS,
    PLEDGE_CUES,
    QUESTION_CUES,
)
from .model import Found, Likelihood
from .spans import Doc, Token

_TERMS = sorted(ICD203, key=len, reverse=True)
_ICD = re.compile(r"\b(" + "|".join(re.escape(t) for t in _TERMS) + r")\b", re.IGNORECASE)
FUTURE = frozenset({"will", "shall", "'ll", "’ll", "wo"})
HEDGE_ADVERBS = frozenset({"reportedly", "supposedly", "apparently", "allegedly",
                           "purportedly", "ostensibly", "seemingly", "possibly", "perhaps"})


def content_roots(doc: Doc, found: Found) -> list[Token]:
    """The tokens of the content whose heads are outside it: its main verbs."""
    span = doc.char_span(found.content.start, found.content.end, alignment_mode="expand")
    if span is None:
        return []
    return [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]


def likelihood(text: str) -> Likelihood | None:
    m = _ICD.search(text)
    if m is None:
        return None
    term = m.group(1).lower()
    low, high = ICD203[term]
    return Likelihood(term, low, high)


def estimate(doc: Doc, found: Found) -> Likelihood | None:
    """The estimative term in the content, or in the cue phrase ("it is likely that")."""
    return likelihood(found.content.text) or likelihood(found.cue.text)


def certainty_of(doc: Doc, found: Found, chance: Likelihood | None) -> str:
    cue = doc[found.cue_token]
    roots = content_roots(doc, found)
    if _negated(cue) or (cue.dep_ == "xcomp" and _negated(cue.head)):
        return "negated"
    if _conditional(doc, found, roots):
        return "conditional"
    if chance is not None or _hedged(doc, found, cue, roots):
        return "hedged"
    return "asserted"


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in ("never",) for c in tok.children)


def _conditional(doc: Doc, found: Found, roots: list[Token]) -> bool:
    lead = re.sub(r"^[\W_]+", "", found.content.text).lower()
    if lead.startswith(("if ", "unless ")):
        return True
    for root in roots[:1]:
        for child in root.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS - {"whether"}
                for m in child.children
            ):
                return True
    return False


def _hedged(doc: Doc, found: Found, cue: Token, roots: list[Token]) -> bool:
    words: list[Token] = [cue, *cue.children]
    if cue.dep_ in ("xcomp", "ccomp") and cue.head.lemma_.lower() in ("appear", "seem"):
        words.append(cue.head)
    for root in roots[:2]:
        words.append(root)
        words.extend(c for c in root.children if c.dep_ in ("aux", "advmod", "auxpass"))
    if found.source is not None:
        lo = min(found.source.start, found.cue.start)
        hi = max(found.source.end, found.cue.end)
        region = doc.char_span(lo, hi, alignment_mode="expand")
        words.extend(t for t in region or () if t.lower_ in HEDGE_ADVERBS)
    return any(w.lemma_.lower() in HEDGE_WORDS or w.lower_ in HEDGE_WORDS for w in words)


def polarity_of(doc: Doc, found: Found) -> str:
    for root in content_roots(doc, found)[:1]:
        for child in root.children:
            if child.dep_ == "neg" or child.lower_ in NEGATIONS:
                return "negative"
            if child.dep_ == "advmod" and any(g.dep_ == "neg" for g in child.children):
                return "negative"  # "no longer"
            if child.dep_ in ("attr", "dobj", "nsubj") and any(
                g.dep_ == "det" and g.lower_ == "no" for g in child.children
            ):
                return "negative"
    return "positive"


def kind_of(doc: Doc, found: Found, chance: Likelihood | None) -> str:
    cue = doc[found.cue_token]
    lemma = cue.lemma_.lower()
    if lemma in QUESTION_CUES or found.content.text.rstrip("\"”’' ").endswith("?"):
        return "question"
    if lemma in DENIAL_CUES:
        return "denial"
    roots = content_roots(doc, found)
    if lemma in PLEDGE_CUES and not _states_a_fact(roots):
        return "pledge"
    if lemma in PLAN_CUES or _planned(roots):
        return "plan"
    if lemma in ASSESSMENT_CUES or chance is not None:
        return "assessment"
    return "assertion"


def _states_a_fact(roots: list[Token]) -> bool:
    """A finite clause with no future or modal in it: what "agreed that the abuses had gone
    on" or "assured him that the goal remained" report is an assertion, not an undertaking
    (a pledge's content is an infinitive, a noun or a clause with "will" or "would")."""
    if not roots:
        return False
    root = roots[0]
    if root.tag_ not in FINITE_TAGS and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in root.children
    ):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "MD" or c.lower_ in FUTURE)
                   for c in root.children)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _planned(roots: list[Token]) -> bool:
    """A plan in the content ("has a plan to …"), or a future with a named actor."""
    for root in roots[:1]:
        near = [root, *root.children]
        if any(t.lemma_.lower() in PLAN_WORDS for t in near):
            return True
        future = any(c.dep_ == "aux" and c.lower_ in FUTURE for c in root.children)
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if future and subjects and _actor(subjects[0]):
            return True
    return False


def _actor(subject: Token) -> bool:
    if subject.lower_ in ("it", "there", "this", "that"):
        return False
    return subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.lower_ in (
        "we", "i", "they", "he", "she"
    )
