"""Headline and transcript colons: ``Graham: Trump's Rhetoric Destroying GOP's Chance``.

A line that starts with a short name (a person, organisation, group or place named by the
entity tagger, or a pronoun) and a colon attributes the rest of the line to that name; when
the colon ends the line and the next paragraph opens with a quotation mark, that paragraph
is the content (``Pew Research:`` then a block quote). Labels ("UPDATE:", "Photo:") are not
names, and a prefix with a verb in it is a sentence, not a speaker.
"""

from __future__ import annotations

from .lexicon import DOCUMENT_WORDS
from .model import Found, Span
from .spans import Doc, Token, char_span, text_of

MAX_PREFIX_WORDS = 6
MIN_CONTENT_WORDS = 3
SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
LABELS = frozenset({
    "update", "updated", "watch", "related", "photo", "photos", "video", "source", "note",
    "editor", "read", "more", "see", "also", "via", "credit", "image", "listen", "q", "a",
    "correction", "disclosure", "advertisement", "breaking", "exclusive", "live",
})
# Texts that speak for themselves in a headline: "Poll: …", "Report: …".
TEXT_SOURCES = frozenset({"poll", "polls", "report", "survey", "study", "analysis"})
QUOTE_OPENERS = "\"“‘'«"
NOT_SPEAKER_PREPS = frozenset({"to", "on", "by", "at", "in", "with", "for", "about"})


def colon_claims(doc: Doc) -> list[Found]:
    text = text_of(doc)
    found: list[Found] = []
    for tok in doc:
        if tok.text != ":":
            continue
        item = _headline(doc, text, tok)
        if item is not None:
            found.append(item)
    return found


def _headline(doc: Doc, text: str, colon: Token) -> Found | None:
    line_start = text.rfind("\n", 0, colon.idx) + 1
    prefix = [t for t in doc[max(0, colon.i - 12):colon.i] if t.idx >= line_start]
    words = [t for t in prefix if not t.is_punct and not t.is_space]
    if not words or len(words) > MAX_PREFIX_WORDS or words[0].idx != _first_char(text, line_start):
        return None
    if words[-1].lower_ in DOCUMENT_WORDS and len(words) > 1 and not words[-1].ent_type_:
        # "What's in the document: Trump and Kim commit to …": the rest of the line is
        # what the text says, not a claim of the people it names
        return _text_headline(doc, text, colon, words)
    if any(t.pos_ in ("VERB", "AUX") or t.lower_ in LABELS for t in words):
        return None
    named = [t for t in words if t.ent_type_ in SPEAKER_ENTS]
    if any(t.tag_ == "POS" for t in prefix) and words[-1].ent_type_ in ("GPE", "LOC", "FAC"):
        return None  # "North Korea's Tongchang-ri: rebuilding commences …": a place, a topic
    if not named and all(t.pos_ == "PROPN" or t.is_upper for t in words):
        named = words[-1:]  # a name the tagger missed: "Sanders:", "TAPPER:"
    if not named and len(words) <= 2 and words[-1].lower_ in TEXT_SOURCES:
        named = words[-1:]  # "Poll: Trump a big turnoff for …", "New report: …"
    content = _content(doc, text, colon)
    if content is None:
        return None
    if not named and len(words) <= 3 and content.text[:1] in QUOTE_OPENERS \
            and all(t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in words):
        named = words[-1:]  # a capitalised name the tagger missed before a quotation
    if not named and not (len(words) == 1 and words[0].lower_ in SPEAKER_PRONOUNS):
        return None
    source_tok = named[-1] if named else words[0]
    last = words[-1]
    return Found(
        cue=char_span(doc, colon.idx, colon.idx + 1), content=content, cue_token=colon.i,
        sentence=(line_start, content.end), form="direct" if content.text[:1] in QUOTE_OPENERS
        else "indirect", source=char_span(doc, words[0].idx, last.idx + len(last.text)),
        source_token=source_tok.i,
    )  # fmt: skip


def _text_headline(doc: Doc, text: str, colon: Token, words: list[Token]) -> Found | None:
    content = _content(doc, text, colon)
    if content is None:
        return None
    noun = words[-1]
    start = next((t.idx for t in words[-3:-1] if t.pos_ in ("DET", "PRON")), noun.idx)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    return Found(
        cue=char_span(doc, colon.idx, colon.idx + 1), content=content, cue_token=colon.i,
        sentence=(line_start, content.end), form="indirect",
        source=char_span(doc, start, noun.idx + len(noun.text)), source_token=noun.i,
    )  # fmt: skip


def _first_char(text: str, start: int) -> int:
    while start < len(text) and text[start] in " \t\xa0":
        start += 1
    return start


def _content(doc: Doc, text: str, colon: Token) -> Span | None:
    start = colon.idx + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if not text[start:end].strip():  # the colon ends the line: a block quotation after it
        nxt = start
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        if nxt >= len(text) or text[nxt] not in QUOTE_OPENERS:
            return None
        start = nxt
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if len(text[start:end].split()) < MIN_CONTENT_WORDS:
        return None
    return char_span(doc, start, end)


def colon_quotes(doc: Doc, quotes: list[tuple[int, int]]) -> list[Found]:
    """``… Republican pollster Daron Shaw: “Historically, …”``: a quotation right after a
    colon that follows a name (a person or organisation the tagger found) is that name's.
    The stage uses these only for quotations no verb of saying claimed; a name after "to",
    "on", "by" (an addressee, a platform, a byline) is not the speaker."""
    text = text_of(doc)
    found: list[Found] = []
    for start, end in quotes:
        colon_at = start - 1
        while colon_at >= 0 and text[colon_at] in " \t\xa0":
            colon_at -= 1
        if colon_at < 0 or text[colon_at] != ":":
            continue
        span = doc.char_span(colon_at, colon_at + 1)
        if span is None or span[0].i == 0:
            continue
        colon, name = span[0], doc[span[0].i - 1]
        if name.ent_type_ not in ("PERSON", "ORG") or name.ent_iob_ == "":
            continue
        ent = next((e for e in doc.ents if e.start <= name.i < e.end), None)
        if ent is None or ent.end != name.i + 1 or len(text[start:end].split()) < MIN_CONTENT_WORDS:
            continue
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ in NOT_SPEAKER_PREPS:
            continue  # "a message to Trump:", "on Twitter:", a byline "by Times' X:"
        sent = colon.sent
        found.append(Found(
            cue=char_span(doc, colon.idx, colon.idx + 1), content=char_span(doc, start, end),
            cue_token=colon.i, sentence=(sent.start_char, max(sent.end_char, end)),
            form="direct", source=char_span(doc, ent.start_char, ent.end_char),
            source_token=ent.root.i,
        ))  # fmt: skip
    return found
