"""What the article relies on: source chains from the originating source to the outlet.

A cite records one link: who (``source``), what kind of source (``type``), how the
article relies on it (``relation``) and, when chained, the outlet in between (``via``):

- ``The Washington Post reported`` / ``according to Axios`` → outlet, reported / according_to;
- ``The newspaper, citing unidentified officials, said`` → officials, cited, via the Post;
- ``Lewis told The Washington Post`` / ``He told CNN`` → person, told, via the outlet;
- ``was quoted in the report as saying`` → person, quoted_in, via the report's outlet;
- ``images taken by Planet Labs`` / ``Planet Labs imagery`` → imagery provider, imagery;
- a claim made inside an outlet's report ("It said … a DIA estimate that …") → cited via it.
"""

from __future__ import annotations

import re

from .lexicon import IMAGERY_PROVIDERS, IMAGERY_WORDS
from .model import Cite, Claim, Span
from .spans import Doc, Token, char_span, noun_phrase, subject_of, text_of
from .speakers import Mention, is_agency, is_outlet, speaker_of

SPEAKER_TO_CITE = {
    "person": "person", "anonymous": "anonymous", "outlet": "outlet", "document": "document",
    "imagery": "document", "government": "organisation", "organisation": "organisation",
}  # fmt: skip
_VIA = re.compile(r"\bvia\s+((?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)")


def cites(doc: Doc, claims: list[Claim], index: list[Mention]) -> list[Cite]:
    found: list[Cite] = []
    for claim in claims:
        found.extend(_from_claim(doc, claim, index))
    found.extend(_chained(doc, claims))
    found.extend(_citing(doc, index))
    found.extend(_imagery(doc))
    unique: dict[tuple[str, str, str | None], Cite] = {}
    for cite in found:
        unique.setdefault(cite.key(), cite)
    return sorted(unique.values(), key=lambda c: (c.evidence.start, c.source.start))


def _sentence_of(doc: Doc, claim: Claim) -> Span:
    return char_span(doc, *claim.found.sentence)


def _speaker_span(doc: Doc, claim: Claim) -> Span | None:
    s = claim.speaker
    if s.start is not None and s.end is not None:
        return char_span(doc, s.start, s.end)
    return claim.found.source


def _from_claim(doc: Doc, claim: Claim, index: list[Mention]) -> list[Cite]:
    source = _speaker_span(doc, claim)
    if source is None:
        return []
    evidence = _sentence_of(doc, claim)
    cue = doc[claim.found.cue_token]
    out: list[Cite] = []
    kind = claim.speaker.type
    if kind == "outlet" or claim.found.form == "according_to":
        cite_type = _outlet_type(source.text) if kind == "outlet" else SPEAKER_TO_CITE.get(
            kind, "document")
        relation = "according_to" if claim.found.form == "according_to" else "reported"
        out.append(Cite(source, cite_type, relation, evidence))
    via = _told_outlet(doc, cue, index) if kind != "outlet" else None
    if via is not None:
        out.append(Cite(source, SPEAKER_TO_CITE.get(kind, "person"), "told", evidence, via))
    quoted = _quoted_in(doc, cue, index)
    if quoted is not None:
        out.append(Cite(source, SPEAKER_TO_CITE.get(kind, "person"), "quoted_in", evidence,
                        quoted))
    return out


def _outlet_type(name: str) -> str:
    return "agency" if is_agency(name) else "outlet"


def _outlet_name(doc: Doc, tok: Token, index: list[Mention]) -> str | None:
    """The outlet a noun names: itself ("CNN"), or the last one named ("the report")."""
    speaker = speaker_of(doc, tok, index)
    if speaker.type == "outlet" or (speaker.name and is_outlet(speaker.name)):
        return speaker.name
    return None


def _told_outlet(doc: Doc, cue: Token, index: list[Mention]) -> str | None:
    if cue.lemma_.lower() not in ("tell", "say", "write", "speak", "explain"):
        return None
    for child in cue.children:
        if child.dep_ in ("dobj", "dative") and cue.lemma_.lower() == "tell":
            return _outlet_name(doc, child, index)
        if child.dep_ == "prep" and child.lower_ in ("to", "with"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    name = _outlet_name(doc, obj, index)
                    if name:
                        return name
    return None


def _quoted_in(doc: Doc, cue: Token, index: list[Mention]) -> str | None:
    verbs = [cue, *cue.ancestors][:4]
    for verb in verbs:
        if verb.lemma_.lower() != "quote":
            continue
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in ("in", "by"):
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return _outlet_name(doc, obj, index)
    return None


def _chained(doc: Doc, claims: list[Claim]) -> list[Cite]:
    """A claim reported inside an outlet's claim is cited via that outlet."""
    out: list[Cite] = []
    outlets = [c for c in claims if c.speaker.type == "outlet" and c.speaker.name]
    for inner in claims:
        if inner.speaker.type in ("outlet", "unknown"):
            continue
        source = _speaker_span(doc, inner)
        if source is None:
            continue
        for outer in outlets:
            if outer.found.content.contains(inner.found.cue.start, inner.found.cue.end):
                out.append(Cite(source, SPEAKER_TO_CITE.get(inner.speaker.type, "document"),
                                "cited", _sentence_of(doc, inner), outer.speaker.name))
    return out


def _citing(doc: Doc, index: list[Mention]) -> list[Cite]:
    """``The newspaper, citing unidentified officials, said …``."""
    out: list[Cite] = []
    for tok in doc:
        if tok.lower_ != "citing" or tok.tag_ != "VBG":
            continue
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if not objs:
            continue
        source = noun_phrase(objs[0])
        if source is None:
            continue
        speaker = speaker_of(doc, objs[0], index)
        subject = subject_of(tok)
        via = _outlet_name(doc, subject, index) if subject is not None else None
        sent = char_span(doc, tok.sent.start_char, tok.sent.end_char)
        out.append(Cite(source, SPEAKER_TO_CITE.get(speaker.type, "document"), "cited", sent,
                        via))
    return out


def _imagery(doc: Doc) -> list[Cite]:
    """Imagery providers: ``images taken by Planet Labs``, ``DigitalGlobe imagery``."""
    out: list[Cite] = []
    for ent in doc.ents:
        if ent.label_ in ("ORG", "PERSON", "GPE", "FAC", "PRODUCT") and (
            _names_provider(ent.text) or _supplies_imagery(ent.root)
        ):
            out.append(_provider_cite(doc, ent.start_char, ent.end_char, ent.root))
    for tok in doc:
        if tok.pos_ == "PROPN" and tok.dep_ != "compound" and not tok.ent_type_ \
                and _supplies_imagery(tok):
            name = [t for t in tok.subtree if t.dep_ == "compound" or t.i == tok.i]
            out.append(_provider_cite(doc, name[0].idx, tok.idx + len(tok.text), tok))
    return out


def _provider_cite(doc: Doc, start: int, end: int, root: Token) -> Cite:
    sent = root.sent
    m = _VIA.search(text_of(doc), end, sent.end_char)
    return Cite(char_span(doc, start, end), "imagery_provider", "imagery",
                char_span(doc, sent.start_char, sent.end_char), m.group(1) if m else None)


def _names_provider(name: str) -> bool:
    low = name.lower()
    return any(low == p or low.startswith(p + " ") for p in IMAGERY_PROVIDERS)


def _supplies_imagery(root: Token) -> bool:
    """The name is the agent or source of an imagery noun, or modifies one."""
    if root.dep_ in ("compound", "nmod", "poss") and root.head.lemma_.lower() in IMAGERY_WORDS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ in ("by", "from"):
        up = root.head.head
        if up.lemma_.lower() in IMAGERY_WORDS:
            return True
        if up.dep_ == "acl" and up.head.lemma_.lower() in IMAGERY_WORDS:
            return True
    return False
