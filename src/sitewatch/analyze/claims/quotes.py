"""Direct quotations and who they are attributed to.

Quotation marks are paired by rule ("…" “…” ‘…’ '…' «…», an apostrophe inside a word
never closes a quote). Each quotation then looks for its cue among the words of its
sentence(s) that are outside any quotation: the nearest verb of saying, before
(``X said: "…"``) or after (``"…," X said``); failing that, a dash and a name after it
(``"…" — X``); failing that, it continues the quotation just before it when only the
previous cue, or nothing, stands between them (quotes split around the cue, quotes
spanning sentences).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import LEMMA_FIXES, QUOTE_VERBS
from .model import Found, Span
from .spans import Doc, Token, char_span, cue_span, noun_phrase, subject_of, subtree_span, text_of

_PATTERNS = (
    re.compile(r"“[^“”\n]{2,2000}?”"),
    re.compile(r"«[^«»\n]{2,2000}?»"),
    re.compile(r'(?<![\w])"[^"\n]{2,2000}?"'),
    re.compile(r'(?<![\w])"[^"“”\n]{2,2000}?”|“[^"“”\n]{2,2000}?"(?!\w)'),  # mixed marks
    re.compile(r"(?<![\w’])‘(?:[^‘’\n]|’(?=\w))+?’(?!\w)"),
    re.compile(r"(?<![\w'])'(?:[^'\n]|'(?=\w))+?'(?!\w)"),
)
_DASH = re.compile(r"\s*([—–―]|--?)\s*")
MIN_WORDS = 4
MAX_CUE_DISTANCE = 160  # characters between a quotation and its cue
FOLLOWING = 3  # a sentence starting this close after a quotation still frames it


@dataclass(frozen=True)
class Quote:
    start: int  # at the opening mark
    end: int  # after the closing mark

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


def find_quotes(text: str) -> list[Quote]:
    """Outermost quotations in text order."""
    found = sorted(
        {(m.start(), m.end()) for p in _PATTERNS for m in p.finditer(text)},
        key=lambda se: (se[0], -se[1]),
    )
    outer: list[Quote] = []
    for start, end in found:
        if outer and start < outer[-1].end:
            continue
        outer.append(Quote(start, end))
    return outer


def is_statement(text: str, quote: Quote) -> bool:
    """Long enough, or ending in punctuation, to be a statement rather than a scare quote."""
    inner = text[quote.inner[0] : quote.inner[1]].strip()
    return len(inner.split()) >= MIN_WORDS or (len(inner.split()) >= 2 and inner[-1:] in ".,!?")


def quote_claims(doc: Doc, quotes: list[Quote]) -> list[Found]:
    """One attribution per quoted statement (split and continued quotes become parts)."""
    text = text_of(doc)
    spans = [(q.start, q.end) for q in quotes]
    claims: list[Found] = []
    last: Found | None = None
    for quote in quotes:
        if not is_statement(text, quote):
            continue
        inner = _inner_span(text, quote)
        if inner is None:
            continue
        cue = _nearest_cue(doc, quote, spans)
        if last is not None and _continues(text, last, quote, cue):
            if not last.parts:
                last.parts.append(last.content)
            last.parts.append(inner)
            last.content = char_span(doc, last.content.start, inner.end)
            continue
        found = _attribute(doc, quote, inner, cue, spans) if cue is not None else None
        if found is None:
            found = _dash_attribution(doc, quote, inner)
        if found is not None:
            claims.append(found)
            last = found
    return claims


def _inner_span(text: str, quote: Quote) -> Span | None:
    start, end = quote.inner
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end) if end > start else None


def _frame_tokens(doc: Doc, quote: Quote, spans: list[tuple[int, int]]) -> list[Token]:
    """Words outside every quotation, in the sentences the quotation touches."""
    # the sentences the quotation touches, and the one right after its closing mark when the
    # parser split there ("“Why's he attacking me?” Trump said.")
    sents = [s for s in doc.sents if s.start_char < quote.end and quote.start < s.end_char]
    text = text_of(doc)
    after = [s for s in doc.sents if quote.end <= s.start_char < quote.end + FOLLOWING
             and "\n" not in text[quote.end : s.start_char]]
    tokens = [
        t for s in sents for t in s
        if not any(a <= t.idx < b for a, b in spans) and not t.is_punct and not t.is_space
    ]  # fmt: skip
    return tokens + [t for s in after for t in s if t.dep_ == "ROOT" and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj") for c in t.children)]


def _nearest_cue(doc: Doc, quote: Quote, spans: list[tuple[int, int]]) -> Token | None:
    best: tuple[int, Token] | None = None
    for tok in _frame_tokens(doc, quote, spans):
        if tok.pos_ not in ("VERB", "AUX") or not (
            LEMMA_FIXES.get(tok.lemma_.lower(), tok.lemma_.lower()) in QUOTE_VERBS
            or _introduces(doc, tok, quote)
        ):
            continue
        if tok.idx >= quote.end:
            distance = tok.idx - quote.end
        else:
            distance = quote.start - (tok.idx + len(tok.text))
        if distance < 0 or distance > MAX_CUE_DISTANCE:
            continue
        if best is None or distance < best[0]:
            best = (distance, tok)
    return best[1] if best else None


def _introduces(doc: Doc, tok: Token, quote: Quote) -> bool:
    """Any verb right before a colon that opens the quotation: ``The judge continued: "…"``."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.text == ":" and 0 <= quote.start - nxt.idx <= 3


def _continues(text: str, last: Found, quote: Quote, cue: Token | None) -> bool:
    """A quotation that carries on the previous one: split around its cue, or run on."""
    if last.form not in ("direct", "mixed"):
        return False
    gap_start = max(last.content.end, last.cue.end if last.cue.end < quote.start else 0)
    if quote.start - last.content.end > 300:
        return False
    if cue is not None:
        return bool(cue.i == last.cue_token)
    gap = text[gap_start:quote.start]
    between = text[last.content.end : quote.start]
    return not re.search(r"\w", gap) or bool(
        last.cue.start >= last.content.end and len(between) < 200
        and not re.search(r"\n\s*\n", between)
    )  # fmt: skip


def _attribute(
    doc: Doc, quote: Quote, inner: Span, cue: Token, spans: list[tuple[int, int]]
) -> Found | None:
    subject = subject_of(cue)
    if subject is None or any(a <= subject.idx < b for a, b in spans):
        subject = _speaker_beside(cue, spans)
    source = noun_phrase(subject) if subject is not None else None
    content, form = inner, "direct"
    for child in cue.children:
        if child.dep_ == "ccomp":
            wide = subtree_span(child)
            if wide and wide.start < inner.start and wide.end >= inner.end - 1:
                content, form = wide, "mixed"
    first = min(quote.start, cue.idx)
    last = max(quote.end, cue.idx + len(cue.text))
    sents = [s for s in doc.sents if s.start_char < last and first < s.end_char]
    return Found(
        cue=cue_span(cue), content=content, cue_token=cue.i,
        sentence=(sents[0].start_char, sents[-1].end_char), form=form,
        source=source, source_token=subject.i if subject is not None else None,
    )  # fmt: skip


def _speaker_beside(cue: Token, spans: list[tuple[int, int]]) -> Token | None:
    """When the parse gives the cue no subject outside the quotation (it took a word inside
    the quotation for one): another subject of the cue outside it, else a name or pronoun
    right before the cue or right after it ("…,” Kilfoyle said" / "…,” said the woman")."""
    def outside(t: Token) -> bool:
        return not any(a <= t.idx < b for a, b in spans)

    for child in cue.children:
        if child.dep_ in ("nsubj", "nsubjpass") and outside(child):
            return child
    doc = cue.doc
    for i in (cue.i - 1, cue.i + 1):
        if not 0 <= i < len(doc) or not outside(doc[i]):
            continue
        tok = doc[i]
        if tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            return tok
        if tok.pos_ == "DET" and i > cue.i and tok.head.pos_ == "NOUN":
            return tok.head
    return None


def _dash_attribution(doc: Doc, quote: Quote, inner: Span) -> Found | None:
    """``"…" — Jane Doe``: a dash after the quotation, then a name."""
    m = _DASH.match(text_of(doc), quote.end)
    if not m or "\n" in m.group(0):
        return None
    for ent in doc.ents:
        if ent.start_char == m.end() and ent.label_ in ("PERSON", "ORG", "NORP", "GPE"):
            dash = doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            sent = ent.root.sent
            return Found(
                cue=char_span(doc, m.start(1), m.end(1)), content=inner,
                cue_token=dash.root.i if dash is not None else ent.root.i,
                sentence=(min(quote.start, sent.start_char), sent.end_char), form="direct",
                source=char_span(doc, ent.start_char, ent.end_char), source_token=ent.root.i,
            )  # fmt: skip
    return None

