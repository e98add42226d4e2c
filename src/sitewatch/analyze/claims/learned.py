"""The learned part of the claims stage: a cue proposer and a claim filter.

The rules (``quotes``, ``colon``, ``indirect``) propose attributions; two small logistic
regressions over named, sparse features of the spaCy parse then

- **filter** them: an outermost proposed claim whose probability of being a real
  attribution is below the filter's threshold is dropped, so that a claim nested inside
  it (its cue in the dropped claim's content) becomes outermost; claims whose source is
  imagery are never dropped (``filtered``);
- **propose** more: every verb, noun or adjective that no rule took as a cue and that
  lies outside every claim the rules found, with a clausal complement, an object or a prepositional
  object, is read as a candidate cue (content: that complement; source: its subject as
  the rules find it), and kept when the proposer's probability reaches its threshold
  (``proposed``; "signed the agreement", "is sure that …", "her support for …").

``P(attribution) = sigmoid(bias + sum of the weights of the features present)``. The
features are strings ("lemma=sign", "dep=ROOT", "content=dobj|lemma=sign", …); one not in
the weights counts zero. The weights ship in ``sitewatch/data/claims_model.json``; they
were fitted by ``bench/claims_train.py`` on PolNeAR *train* only (the thresholds chosen
on a held-out fifth of train), see ``docs/claims.md``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..linear import LinearModel, read_weights, weights_path
from .indirect import noun_source
from .lexicon import IMAGERY_WORDS, RAISING_VERBS
from .model import Found, Span
from .spans import (
    Doc,
    Token,
    char_span,
    holder_of,
    noun_phrase,
    raised_subject,
    subject_of,
    subtree_span,
    text_of,
)

MODEL_FILE = "claims_model.json"
CANDIDATE_POS = frozenset({"VERB", "NOUN", "ADJ"})
PERSONS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


# -- the model: ``LinearModel`` and ``fit`` (analyze/linear.py) --------------------------


@dataclass(frozen=True)
class ClaimModels:
    """The two models: the filter and the proposer."""

    filter: LinearModel
    proposer: LinearModel

    def as_json(self) -> dict[str, Any]:
        return {"filter": self.filter.as_json(), "proposer": self.proposer.as_json()}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClaimModels:
        return cls(LinearModel.from_json(data["filter"]), LinearModel.from_json(data["proposer"]))


def model_path() -> Path:
    return weights_path(MODEL_FILE)


@cache
def shipped_models() -> ClaimModels | None:
    """The shipped weights, or None when the file is absent (the rules then run alone)."""
    data = read_weights(MODEL_FILE)
    return ClaimModels.from_json(data) if data is not None else None


# -- shared features ---------------------------------------------------------------------
def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 \
        else "8-15" if n <= 15 else "16-31" if n <= 31 else "32+"


def _word(tok: Token | None) -> str:
    if tok is None:
        return "<none>"
    return str(tok.lower_) if tok.is_alpha or tok.is_punct else f"<{tok.shape_}>"


def _subject_type(tok: Token | None) -> str:
    if tok is None:
        return "none"
    if tok.pos_ == "PRON":
        return f"pron:{tok.lower_}"
    if tok.ent_type_:
        return f"ent:{tok.ent_type_}"
    return f"{tok.pos_}:{tok.lemma_.lower()}" if tok.pos_ == "NOUN" else str(tok.pos_)


def _in_quotes(text: str, start: int, quotes: Sequence[tuple[int, int]]) -> bool:
    return any(a < start < b for a, b in quotes)


def token_features(tok: Token, quoted: bool) -> list[str]:
    """What the parse says about a cue token: word, lemma, tags, its place and children."""
    lemma = str(tok.lemma_).lower()
    doc = tok.doc
    deps = sorted({c.dep_ for c in tok.children})
    preps = sorted({c.lower_ for c in tok.children if c.dep_ in ("prep", "agent")})
    neg = any(c.dep_ == "neg" for c in tok.children)
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    head = tok.head
    feats = [
        f"lemma={lemma}", f"pos={tok.pos_}", f"tag={tok.tag_}", f"dep={tok.dep_}",
        f"lemma={lemma}|pos={tok.pos_}", f"lemma={lemma}|dep={tok.dep_}",
        f"dep={tok.dep_}|head={head.pos_}", f"headlemma={head.lemma_.lower()}|dep={tok.dep_}",
        f"prev={_word(prev)}", f"next={_word(nxt)}", f"lemma={lemma}|next={_word(nxt)}",
        f"prev={_word(prev)}|lemma={lemma}", f"quoted={quoted}", f"neg={neg}",
        f"ent={tok.ent_type_ or '-'}",
    ]
    feats += [f"child={d}" for d in deps] + [f"lemma={lemma}|child={d}" for d in deps]
    feats += [f"prep={p}" for p in preps] + [f"lemma={lemma}|prep={p}" for p in preps]
    subj = subject_of(tok)
    stype = _subject_type(subj)
    kind = stype.split(":")[0]
    feats += [f"subj={kind}", f"subj={stype}", f"lemma={lemma}|subj={kind}",
              f"subjent={subj is not None and (subj.ent_type_ in PERSONS or subj.pos_ == 'PRON')}"]
    return feats


# -- the filter: features of a rule-proposed claim ---------------------------------------
def claim_features(doc: Doc, found: Found, others: Sequence[Found],
                   quotes: Sequence[tuple[int, int]]) -> list[str]:
    """Features of one proposed attribution, given the others proposed in the document."""
    tok = doc[found.cue_token]
    text = text_of(doc)
    lemma = str(tok.lemma_).lower()
    cue, content = found.cue, found.content
    outer = [g for g in others if g is not found and g.content.contains(cue.start, cue.end)]
    inner = [g for g in others if g is not found and content.contains(g.cue.start, g.cue.end)]
    sourced = found.source is not None
    quoted = content.text[:1] in QUOTE_MARKS or text[max(0, content.start - 1)] in QUOTE_MARKS
    words = len(found.content.text.split())
    src = doc[found.source_token] if found.source_token is not None else None
    feats = [f"form={found.form}", f"form={found.form}|lemma={lemma}",
             f"cue={found.cue.text.lower()}", f"cuewords={_bucket(len(found.cue.text.split()))}",
             f"words={_bucket(words)}", f"form={found.form}|words={_bucket(words)}",
             f"source={sourced}", f"form={found.form}|source={sourced}",
             f"source={_subject_type(src)}", f"parts={bool(found.parts)}",
             f"nested={bool(outer)}", f"outer={bool(inner)}",
             f"before={found.content.end <= found.cue.start}",
             f"quotedcontent={quoted}"]
    feats += [f"outerlemma={str(doc[g.cue_token].lemma_).lower()}" for g in outer[:1]]
    feats += [f"r:{f}" for f in token_features(tok, _in_quotes(text, tok.idx, quotes))]
    same = sum(g is not found and found.sentence[0] <= g.cue.start < found.sentence[1]
               for g in others)
    return [*feats, f"samesent={_bucket(same)}", *sentence_features(tok.sent)]


def sentence_features(sent: Any) -> list[str]:
    """Where a sentence stands: a headline (no closing punctuation), the first line."""
    last = sent[-1] if not sent[-1].is_space else sent[max(0, len(sent) - 2)]
    headline = last.text not in SENTENCE_ENDS
    return [f"headline={headline}", f"first={sent.start == 0}"]


SENTENCE_ENDS = frozenset({".", "?", "!", '"', "”", ":"})


QUOTE_MARKS = "\"“”‘’'"


# -- the proposer: candidate cues the rules did not take -----------------------------------
@dataclass
class Candidate:
    found: Found
    features: list[str]


def candidates(doc: Doc, kept: Sequence[Found],
               quotes: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Every verb, noun or adjective outside the kept claims' cues and contents that has a
    clause, an object or a prepositional object to attribute, read as a claim."""
    text = text_of(doc)
    blocked = bytearray(len(text) + 1)
    for f in kept:
        for span in (f.cue, f.content):
            blocked[span.start:span.end] = b"\x01" * (span.end - span.start)
    taken = {f.cue_token for f in kept}
    out: list[Candidate] = []
    for sent in doc.sents:
        bounds = (sent.start_char, sent.end_char)
        same = _bucket(sum(bounds[0] <= f.cue.start < bounds[1] for f in kept))
        context = [*sentence_features(sent), f"sentclaims={same}"]
        out += [c for tok in sent if not blocked[tok.idx] and tok.i not in taken
                for c in _readings(doc, tok, bounds, context, quotes)]
    return out


def _readings(doc: Doc, tok: Token, sentence: tuple[int, int], context: list[str],
              quotes: Sequence[tuple[int, int]]) -> list[Candidate]:
    """The candidate claims one token makes, one per thing it could attribute."""
    out: list[Candidate] = []
    if tok.pos_ in CANDIDATE_POS and tok.is_alpha:
        readings = _contents(doc, tok)
        if not readings:
            return out
        text = text_of(doc)
        base = [*token_features(tok, _in_quotes(text, tok.idx, quotes)), *context,
                f"{context[-1]}|pos={tok.pos_}"]
        lemma = str(tok.lemma_).lower()
        # "the plan seems sound": what seems is not who judges (a person who seems is);
        # a noun's source is its own ("Trump's criticism"), else whoever holds it (not
        # who "faced criticism")
        if lemma in RAISING_VERBS:
            subj = raised_subject(tok)
        elif tok.pos_ == "NOUN":
            subj = noun_source(tok) or holder_of(tok)
        else:
            subj = subject_of(tok)
        kinds = "+".join(sorted({k.split(":")[0] for k, *_ in readings}))
        for kind, head, content, cue in readings:
            who = None if subj is None or content.start <= subj.idx < content.end else subj
            source = noun_phrase(who) if who is not None else None
            found = Found(cue=cue, content=content, cue_token=tok.i, sentence=sentence,
                          form="noun" if tok.pos_ == "NOUN" else "indirect",
                          source=source, source_token=None if who is None or source is None
                          else who.i)
            words = _bucket(len(content.text.split()))
            feats = [
                *base,
                f"content={kind}", f"content={kind}|lemma={lemma}", f"readings={kinds}",
                f"content={kind}|pos={tok.pos_}", f"words={words}", f"content={kind}|words={words}",
                f"source={source is not None}|content={kind}", f"chead={head.lemma_.lower()}",
                f"content={kind}|chead={head.pos_}", f"content={kind}|ctag={head.tag_}",
                f"content={kind}|cent={head.ent_type_ or '-'}",
            ]
            out.append(Candidate(found, feats))
    return out


def _contents(doc: Doc, tok: Token) -> list[tuple[str, Token, Span, Span]]:
    """What a candidate cue may attribute, each a reading of its own: its clause,
    infinitive, object, clause on a noun, each prepositional object (the preposition
    joins the cue) or its passive subject; with the content's head token."""
    cue = char_span(doc, tok.idx, tok.idx + len(tok.text))
    out: list[tuple[str, Token, Span, Span]] = []
    for child in tok.children:
        dep, span = child.dep_, None
        if dep == "ccomp" or (dep == "xcomp" and child.i > tok.i) \
                or (dep == "nsubjpass" and tok.pos_ == "VERB") \
                or (dep == "dobj" and child.i > tok.i and tok.pos_ == "VERB") \
                or (dep == "acl" and child.i > tok.i and tok.pos_ == "NOUN"):
            span = subtree_span(child)
            if span is not None:
                out.append((dep, child, span, cue))
        elif dep == "prep" and child.i > tok.i:
            objs = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            span = subtree_span(objs[0]) if objs else None
            if span is not None:
                joined = char_span(doc, tok.idx, child.idx + len(child.text))
                out.append((f"prep:{child.lower_}", objs[0], span, joined))
    return out


# -- applying both ----------------------------------------------------------------------
def filtered(doc: Doc, found: list[Found], model: LinearModel,
             quotes: Sequence[tuple[int, int]]) -> list[Found]:
    """Drop outermost claims the filter rejects, until every outermost claim is accepted;
    a claim nested inside an accepted one is kept as it is."""
    ok = [model.accepts(claim_features(doc, f, found, quotes)) or imagery_source(doc, f)
          for f in found]
    alive = set(range(len(found)))
    while True:
        outer = [i for i in alive if not any(
            j != i and found[j].content.contains(found[i].cue.start, found[i].cue.end)
            for j in alive)]
        drop = [i for i in outer if not ok[i]]
        if not drop:
            break
        alive.difference_update(drop)
    return [f for i, f in enumerate(found) if i in alive]


def imagery_source(doc: Doc, found: Found) -> bool:
    """A claim whose source is imagery ("satellite photos that showed …"), or the noun a
    relative pronoun stands for is. The filter never drops these: PolNeAR's political news
    holds almost no imagery claims for it to have learned from, and this domain needs them."""
    if found.source_token is None:
        return False
    tok = doc[found.source_token]
    if tok.lower_ in ("that", "which") and tok.head.dep_ in ("relcl", "acl"):
        tok = tok.head.head
    return bool(tok.lower_ in IMAGERY_WORDS or tok.lemma_.lower() in IMAGERY_WORDS)


def proposed(doc: Doc, rules: list[Found], model: LinearModel,
             quotes: Sequence[tuple[int, int]]) -> list[Found]:
    """Candidate claims (outside the ``rules``' claims) the proposer accepts, best first,
    none overlapping or inside another accepted one and one reading per cue."""
    scored = [(model.probability(c.features), c.found) for c in candidates(doc, rules, quotes)]
    return select_proposals(scored, model.threshold)


def select_proposals(scored: Sequence[tuple[float, Found]], threshold: float) -> list[Found]:
    """The scored candidates at or above ``threshold``, best first, skipping any that
    shares a cue with, overlaps, or holds (or sits inside) one already chosen."""
    chosen: list[Found] = []
    for p, f in sorted(scored, key=lambda pf: (-pf[0], pf[1].cue.start)):
        if p < threshold:
            break
        if any(g.cue_token == f.cue_token or g.content.overlaps(f.content)
               or g.content.contains(f.cue.start, f.cue.end)
               or f.content.contains(g.cue.start, g.cue.end) for g in chosen):
            continue
        chosen.append(f)
    return chosen

