"""From spaCy tokens to character spans: subtrees, cue phrases, subjects.

Small helpers over the dependency parse that the extractors share. spaCy objects
are typed ``Any`` (spaCy ships no stubs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .lexicon import SOURCE_NOUNS
from .model import Span

Token = Any
Doc = Any

QUOTE_CHARS = "\"“”‘’'«»"
CUE_PARTS = frozenset({"aux", "auxpass", "neg", "prt"})
# Dependencies through which a verb inherits its subject from the verb above it.
SUBJECT_PATHS = frozenset({"xcomp", "conj", "advcl", "pcomp", "prep", "acl", "ccomp", "acomp",
                           "npadvmod", "attr", "advmod",
                           "dobj", "pobj"})


def text_of(doc: Doc) -> str:
    """The document's text, built once (``Doc.text`` joins every token on each call)."""
    cached = doc.user_data.get("sitewatch.text")
    if isinstance(cached, str):
        return cached
    text = str(doc.text)
    doc.user_data["sitewatch.text"] = text
    return text


def char_span(doc: Doc, start: int, end: int) -> Span:
    return Span.of(text_of(doc), start, end)


def tokens_span(doc: Doc, tokens: Iterable[Token]) -> Span | None:
    """The character span from the first to the last token, trimmed of edge punctuation."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and _edge_punct(toks[0]):
        toks.pop(0)
    while toks and _edge_punct(toks[-1]):
        toks.pop()
    if not toks:
        return None
    end = toks[-1].idx + len(toks[-1].text)
    text = text_of(doc)
    if text.count("(", toks[0].idx, end) > text.count(")", toks[0].idx, end):
        close = text.find(")", end, end + 2)
        end = close + 1 if close >= 0 else end
    return char_span(doc, toks[0].idx, end)


def _edge_punct(tok: Token) -> bool:
    return bool(tok.is_punct or tok.is_space) and tok.text not in ("%", "$")


def subtree_span(tok: Token, skip: Iterable[Token] = ()) -> Span | None:
    """The span of ``tok``'s subtree, leaving out the subtrees of ``skip`` at its edges."""
    skipped: set[int] = set()
    for s in skip:
        skipped.update(t.i for t in s.subtree)
    kept = [t for t in tok.subtree if t.i not in skipped]
    if skipped and kept:
        # keep the contiguous run around the head: a skipped subtree in the middle splits it
        kept = _run_around(kept, tok.i)
    return tokens_span(tok.doc, kept)


def _run_around(tokens: list[Token], head: int) -> list[Token]:
    run: list[Token] = []
    for t in tokens:
        if run and t.i != run[-1].i + 1:
            if any(r.i == head for r in run):
                return run
            run = []
        run.append(t)
    return run


def cue_span(tok: Token) -> Span:
    """The cue verb with its auxiliaries, negation and particle when adjacent: "has not said"."""
    left = tok.i
    for child in sorted(tok.lefts, key=lambda t: -t.i):
        if child.dep_ in CUE_PARTS and child.i == left - 1:
            left = child.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ == "prt" and child.i == right + 1:
            right = child.i
    doc = tok.doc
    last = doc[right]
    return char_span(doc, doc[left].idx, last.idx + len(last.text))


def subject_of(tok: Token, hops: int = 4) -> Token | None:
    """The subject of a verb, climbing to the verb above for infinitives, conjuncts, gerunds.
    A bare participle modifying a noun ("the contests known as Super Tuesday", "a group
    identified as …") or a clause ("Asked whether …, 75 percent said yes") has only its
    "by" agent: the noun is what is known, the clause subject who was asked."""
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "advcl") and not any(
            c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in tok.children):
        return next((g for c in tok.children if c.dep_ == "agent" for g in c.children
                     if g.dep_ == "pobj"), None)
    current = tok
    for _ in range(hops + 1):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            return _after_dateline(_own_subject(current, subjects))
        for child in current.children:
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs:
                    return objs[0]
        if current.dep_ not in SUBJECT_PATHS or current.head.i == current.i:
            return None
        if current.dep_ == "acl":  # "photos showing X": the noun is the subject
            noun = current.head
            if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
                return None
            if _can_speak(noun) or noun.dep_ not in ("dobj", "attr", "pobj"):
                return noun
            # "sent a response saying", "has a chance to show": whoever has the noun
            current = noun.head.head if noun.dep_ == "pobj" else noun.head
            continue
        current = current.head
    return None


# Verbs whose subject receives, undergoes or stirs up what the noun object says
# ("faced criticism", "fielded questions", "stoked fears that"), and prepositions that set
# the noun beside the clause in time or concession ("amid concern", "despite complaints"):
# the clause's subject is not who criticises, asks or fears.
RECEIVING_VERBS = frozenset({"face", "endure", "field", "draw", "attract", "receive", "get",
                             "meet", "weather", "withstand", "deflect", "dodge", "ignore",
                             "entertain", "fuel", "stoke", "stir", "spark", "prompt", "trigger",
                             "provoke", "drive", "generate", "invite", "court", "undermine",
                             "open", "put", "quiet", "rest", "dismiss", "address", "answer"})
FRAMING_PREPS = frozenset({"after", "before", "amid", "amidst", "despite", "following",
                           "since"})


def holder_of(noun: Token) -> Token | None:
    """Who holds the stance or speech a noun names when the noun has no owner of its own:
    the subject of the verb it is the object of ("Detzner sent out a statement that …",
    "in the hopes that …"), but not when that verb receives or stirs it up ("Trump faced
    criticism for …") nor when a preposition of time or concession frames it ("amid
    concern about …")."""
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ in FRAMING_PREPS:
        return None
    if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in RECEIVING_VERBS:
        return None  # "was met with chants of …"
    return subject_of(noun)


def raised_subject(verb: Token) -> Token | None:
    """The subject of "seem" or "appear" as a source only when it is a person ("Clinton
    seemed to blame the network"): a thing that seems ("the plan seems sound") is what
    is judged, not who judges."""
    subject = subject_of(verb)
    if subject is None:
        return None
    if subject.ent_type_ == "PERSON" or subject.lower_ in ("he", "she", "i", "we"):
        return subject
    return None


def _own_subject(verb: Token, subjects: list[Token]) -> Token:
    """Of two subjects the parser gave one verb (a fronted phrase and the speaker: "His
    assessment: '…,' he said"; the speaker and the next clause's subject: "an official said
    the message was …"; a day: "said Wednesday"), the nearest before the verb that is not
    a date."""
    plain = [c for c in subjects if c.ent_type_ not in ("DATE", "TIME")] or subjects
    before = [c for c in plain if c.i < verb.i] or plain
    return min(before, key=lambda c: abs(c.i - verb.i))


def _can_speak(noun: Token) -> bool:
    """A noun that can be a source: a name, a pronoun, a person, a group, a text, an image."""
    lemma = noun.lemma_.lower()
    return bool(noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or noun.pos_ in ("PROPN", "PRON")
                or lemma in SOURCE_NOUNS)


DASHES = ("--", "—", "–")
_DATELINE = re.compile(r".*\s(?:--|—|–|-)\s")


# A dateline opening a line: "WASHINGTON (AP) — ", "DES MOINES, Iowa - ",
# "PHILADELPHIA, July 25 (UPI) — ", "Washington (AFP) – ".
_DATELINE_LINE = re.compile(
    r"(?m)^(?:[A-Z]{3,}[A-Z.'’ -]*(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][a-z.]+)?)?"
    r"(?:,\s*[A-Z][a-z]{2,}\.?\s*\d{1,2})?(?:\s*\([A-Za-z ]+\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?\s*\([A-Z][A-Za-z ]+\))\s*(?:--|—|–|-)\s")
NP_PARTS = frozenset({"compound", "det", "amod", "nmod", "poss", "case", "nummod"})


def _after_dateline(tok: Token) -> Token:
    """``May 9 (Yonhap) -- South Korea's military said``: the parser makes the noun after
    a dateline's dash an apposition of the agency, or takes the place for the subject;
    the speaker is the noun phrase after the dash."""
    dashes = [c for c in tok.rights if c.text in DASHES]
    later = [c for c in tok.rights if c.dep_ == "appos" and dashes and c.i > dashes[0].i]
    if len(dashes) == 1 and later:
        return later[-1]
    sent = tok.sent
    line = _DATELINE_LINE.search(text_of(tok.doc), sent.start_char, sent.end_char)
    if line is None or not line.start() <= tok.idx < line.end():
        return tok
    after = [t for t in sent if t.idx >= line.end()]
    if not after:
        return tok
    node = after[0]
    while node.dep_ in NP_PARTS and node.head.i > node.i:
        node = node.head
    return node if node.pos_ in ("NOUN", "PROPN", "PRON") else tok


def without_dateline(doc: Doc, span: Span) -> Span:
    """A content that starts at a dateline ("WASHINGTON - North Korea has …") without it."""
    text = text_of(doc)
    if span.start and text[span.start - 1] != "\n":
        return span
    match = _DATELINE_LINE.match(text, span.start, span.end)
    if match is None or match.end() >= span.end:
        return span
    return Span.of(text, match.end(), span.end)


def noun_phrase(tok: Token) -> Span | None:
    """A source noun phrase: the subtree, without a relative clause hanging off the end,
    and without anything before a line break (a headline the parser ran into it)."""
    skip = [c for c in tok.rights if c.dep_ in ("relcl", "acl") and c.i > tok.i]
    span = subtree_span(tok, skip)
    if span is None:
        return None
    before = span.text[: max(0, tok.idx - span.start)]
    cut = before.rfind("\n")
    dateline = _DATELINE.search(before)  # "May 9 (Yonhap) -- South Korea's military"
    if dateline is not None:
        cut = max(cut, dateline.end() - 1)
    if cut >= 0:
        span = tokens_span(tok.doc, [t for t in tok.subtree
                                     if span.start + cut < t.idx and t.idx < span.end]) or span
    words = [t for t in tok.subtree if span.start <= t.idx < span.end]
    if words and words[0].tag_ in ("WRB", "WDT", "WP") and words[0].i < tok.i:
        # "a reminder of how much US negotiators still have to …": not the question word
        dropped = {words[0].i}
        for t in words[1:]:
            if t.i >= tok.i or not (t.i in {w.head.i for w in words if w.i in dropped}
                                    or t.head.i in dropped):
                break
            dropped.add(t.i)
        span = tokens_span(tok.doc, [t for t in words if t.i not in dropped]) or span
    if tok.ent_type_ not in ("DATE", "TIME"):
        # "On Saturday Seoul had spoken of …": a day the parser joined to the name
        lead = [t for t in tok.subtree if span.start <= t.idx < tok.idx]
        dated = 0
        while dated < len(lead) and lead[dated].ent_type_ in ("DATE", "TIME"):
            dated += 1
        if dated:
            rest = [t for t in tok.subtree if lead[dated - 1].i < t.i and t.idx < span.end]
            span = tokens_span(tok.doc, rest) or span
    return span
