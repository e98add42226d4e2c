"""Who a source is: a simple, explainable coreference over the document's named mentions.

- a pronoun ("he", "she") is the last PERSON named before it; "it" the last outlet or
  organisation; "they" the last organisation, government or group of people;
- a relative pronoun ("who", "which", "that") is the noun its clause hangs from;
- a surname ("Lewis", "Mr Bolton") is the full name that ends with it ("Jeffrey Lewis");
- "the newspaper", "the paper", "the report", "the Post" is the last outlet named;
- "the official", "the analyst" is the last person whose role has that word;
- unnamed people ("unidentified officials", "a source familiar with") are anonymous.

The role comes from an appositive ("Jeffrey Lewis, director of …") or the title before the
name ("US Secretary of State Mike Pompeo").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lexicon import (
    AGENCIES,
    ANONYMOUS_HEADS,
    ANONYMOUS_MARKERS,
    DOCUMENT_WORDS,
    GOVERNMENT_WORDS,
    IMAGERY_WORDS,
    OUTLET_SUFFIXES,
    OUTLET_WORDS,
    OUTLETS,
    PERSON_ROLE_WORDS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    PRONOUNS_THING,
)
from .model import Found, Speaker
from .quotes import find_quotes
from .spans import Doc, Token, noun_phrase, text_of, tokens_span

TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sen.", "sen",
                    "rep.", "gov.", "gen.", "president", "secretary", "senator", "minister",
                    "general", "leader", "chairman", "prime", "premier", "ambassador"})
NAMED = ("PERSON", "ORG", "GPE", "NORP", "FAC")
RELATIVES = frozenset({"who", "whom", "which", "that"})
_TITLE_BREAKS = frozenset({"-", "--", "—", "–", ",", ";", ":", "(", ")"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    label: str
    text: str
    root: int  # token index of the mention's head
    quoted: bool = False  # inside a quotation: not a candidate for "he" outside it
    subject: bool = False  # the subject of its clause: preferred for "he"

    @property
    def surname(self) -> str:
        return self.text.split()[-1].lower().removesuffix("’s").removesuffix("'s")


def mentions(doc: Doc) -> list[Mention]:
    """Named mentions; a one-word name that is a PERSON's surname elsewhere, or that the
    tagger called a PERSON elsewhere, is a PERSON even where it called it an ORG
    ("Trump said …")."""
    quoted = [(q.start, q.end) for q in find_quotes(text_of(doc))]
    ents = [_with_number(e) for e in doc.ents if e.label_ in NAMED]
    surnames = {_clean(e.text).split()[-1] for e in ents if e.label_ == "PERSON" and e.text.strip()}
    return [
        Mention(e.start_char, e.end_char,
                "PERSON" if _clean(e.text) in surnames else e.label_, _clean(e.text), e.root.i,
                quoted=any(a <= e.start_char < b for a, b in quoted),
                subject=e.root.dep_ in ("nsubj", "nsubjpass"))
        for e in ents
    ]  # fmt: skip


def _with_number(ent: Any) -> Any:
    """An organisation whose name starts with a number the tagger left out ("38 North")."""
    if ent.label_ != "ORG" or ent.start == 0:
        return ent
    prev = ent.doc[ent.start - 1]
    if prev.dep_ == "nummod" and prev.head.i in range(ent.start, ent.end) and prev.like_num:
        return type(ent)(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


def _clean(name: str) -> str:
    name = name.removesuffix("’s").removesuffix("'s").strip()
    return name


def is_outlet(name: str) -> bool:
    low = name.lower().strip()
    bare = low.removeprefix("the ")
    return low in OUTLETS or bare in OUTLETS or low in AGENCIES or bare.endswith(OUTLET_SUFFIXES)


def is_agency(name: str) -> bool:
    return name.lower().removeprefix("the ").strip() in AGENCIES


def is_government(name: str, label: str) -> bool:
    low = name.lower()
    tokens = set(low.split())
    return label == "GPE" or any(
        (w in low) if " " in w else (w in tokens) for w in GOVERNMENT_WORDS
    )


def resolve(doc: Doc, found: Found, index: list[Mention]) -> Speaker:
    if found.source is None or found.source_token is None:
        return Speaker(None, "unknown")
    return speaker_of(doc, doc[found.source_token], index)


def speaker_of(doc: Doc, head: Token, index: list[Mention]) -> Speaker:
    """Who the noun phrase headed by ``head`` refers to."""
    if head.lower_ in RELATIVES:
        head = antecedent(head) or head
    if head.pos_ == "PRON" and head.lower_ not in RELATIVES:
        return _pronoun(head, index)
    mention = _mention_at(head, index)
    if mention is not None:
        return _named(doc, mention, index)
    named = _named_apposition(head, index)
    if named is not None:
        return _named(doc, named, index)
    return _description(doc, head, index)


def antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for: the head of its clause ("officials, who
    said …"), or, in a cleft, what the copula singles out ("It was Bolton who said …");
    else the noun just before it, across commas."""
    verb = tok.head
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        return _noun_through_preposition(verb.head)
    if verb.dep_ == "ccomp" and verb.head.lemma_ == "be":
        named = [c for c in verb.head.children if c.dep_ == "attr" and c.i < tok.i]
        if named:
            return named[-1]
    i = tok.i - 1
    while i >= tok.sent.start and tok.doc[i].is_punct:
        i -= 1
    if i >= tok.sent.start and tok.doc[i].pos_ in ("NOUN", "PROPN"):
        return tok.doc[i]
    return None


def _noun_through_preposition(noun: Token) -> Token:
    """"a group of officials who said": the head noun, or the partitive's object."""
    if noun.lemma_.lower() in ("group", "number", "some", "many", "one", "none", "all"):
        objs = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
        if objs:
            return objs[0]
    return noun


def _named_apposition(head: Token, index: list[Mention]) -> Mention | None:
    """A role noun with the person's name beside it: "his spokesman Stéphane Dujarric",
    "the spokesman, John Kirby"."""
    if head.lemma_.lower() not in PERSON_ROLE_WORDS:
        return None
    for child in head.children:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
            for m in index:
                if m.label == "PERSON" and m.start <= child.idx < m.end:
                    return m
    return None


def _mention_at(head: Token, index: list[Mention]) -> Mention | None:
    """A named mention that is the head, or a name modifying it ("the Post's report")."""
    for m in index:
        if m.start <= head.idx < m.end:
            return m
    for child in head.children:
        if child.dep_ in ("poss", "compound") and child.pos_ == "PROPN":
            for m in index:
                if m.start <= child.idx < m.end and head.lemma_.lower() in DOCUMENT_WORDS:
                    return m
    return None


def _named(doc: Doc, mention: Mention, index: list[Mention]) -> Speaker:
    if mention.label == "PERSON":
        full = _full_name(mention, index)
        return Speaker(full.text, "person", role_of(doc, full, index), full.start, full.end)
    return Speaker(mention.text, _org_type(mention), None, mention.start, mention.end)


def _org_type(mention: Mention) -> str:
    if is_outlet(mention.text):
        return "outlet"
    if is_government(mention.text, mention.label):
        return "government"
    return "organisation"


def _full_name(mention: Mention, index: list[Mention]) -> Mention:
    """The fullest PERSON mention with this one's name as a word in it (earliest on ties):
    the surname last ("Jeffrey Lewis") or first ("Kim Jong-un")."""
    words = [w for w in mention.text.split() if w.lower() not in TITLES]
    if len(words) != 1:
        return mention
    name = words[0].lower()
    longer = [m for m in index if m.label == "PERSON" and len(m.text.split()) > 1]
    last = [m for m in longer if m.surname == name]
    anywhere = [m for m in longer if name in (w.lower() for w in m.text.split())]
    pool = last or anywhere
    if not pool:
        return mention
    before = [m for m in pool if m.start <= mention.start]
    return max(before or pool, key=lambda m: (len(m.text.split()), -m.start))


def role_of(doc: Doc, mention: Mention, index: list[Mention]) -> str | None:
    """The appositive after a name, else the title words before it."""
    root = doc[mention.root]
    for child in root.rights:
        if (child.dep_ == "appos" and child.pos_ == "NOUN") or (
            child.dep_ == "appos" and child.lemma_.lower() in PERSON_ROLE_WORDS
        ):
            span = tokens_span(doc, child.subtree)
            if span is not None:
                return span.text
    titles = [c for c in root.lefts
              if c.dep_ in ("nmod", "compound", "amod") and c.idx < mention.start]
    if titles:
        tokens = sorted((t for c in titles for t in c.subtree if t.idx < mention.start),
                        key=lambda t: t.i)
        # only the words next to the name: not a dateline before a dash ("HANOI -
        # President Trump"), nor another person joined by "and" ("President Moon and
        # leader Kim")
        breaks = [k for k, t in enumerate(tokens)
                  if t.is_space or t.dep_ == "cc" or t.text in _TITLE_BREAKS
                  or any(m.label == "PERSON" and m.start <= t.idx < m.end for m in index)]
        if breaks:
            tokens = tokens[breaks[-1] + 1:]
        span = tokens_span(doc, tokens)
        if span is not None and any(t.lemma_.lower() in PERSON_ROLE_WORDS for t in tokens):
            return span.text
    return None


def _pronoun(head: Token, index: list[Mention]) -> Speaker:
    word = head.lower_
    before = [m for m in index if m.end <= head.idx]
    if word in PRONOUNS_PERSON:
        people = _salient([m for m in before if m.label == "PERSON"], head)
        if people:
            full = _full_name(people[-1], index)
            return Speaker(full.text, "person", role_of(head.doc, full, index),
                           full.start, full.end)
        return Speaker(None, "person")
    if word in PRONOUNS_THING:
        orgs = [m for m in before if m.label == "ORG"]
        outlets = [m for m in orgs if is_outlet(m.text)]
        if outlets or orgs:
            pick = (outlets or orgs)[-1]
            return Speaker(pick.text, _org_type(pick), None, pick.start, pick.end)
        return Speaker(None, "unknown")
    if word in PRONOUNS_GROUP:
        plural = _plural_subject(head)
        if plural is not None:
            return speaker_of(head.doc, plural, index)
        groups = [m for m in before if m.label in ("ORG", "GPE", "NORP")
                  and not _dateline(head.doc, m)]
        if groups:
            g = groups[-1]
            return Speaker(g.text, _org_type(g), None, g.start, g.end)
    return Speaker(None, "unknown")


def _plural_subject(head: Token) -> Token | None:
    """For "they": the nearest plural subject before it in its own sentence ("Researchers
    say they have found 13 bases that Pyongyang never disclosed, of 20 they believe
    exist": the researchers, not Pyongyang)."""
    for tok in reversed(head.sent[: head.i - head.sent.start]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ in ("NNS", "NNPS") \
                and not any(c.dep_ == "poss" for c in tok.children):
            return tok
    return None


def _dateline(doc: Doc, mention: Mention) -> bool:
    """A place in capitals at the start of a line, before a dash or comma ("SEOUL -- "):
    where the report was filed, not a group that "they" or "it" can stand for."""
    text = text_of(doc)
    if not mention.text.isupper() or (mention.start and text[mention.start - 1] != "\n"):
        return False
    return text[mention.end:mention.end + 3].lstrip()[:1] in ("-", "—", "–", ",")


def _salient(people: list[Mention], head: Token) -> list[Mention]:
    """Mentions outside quotations, the recent subjects first."""
    outside = [m for m in people if not m.quoted] or people
    recent = [m for m in outside if head.idx - m.end < 600]
    subjects = [m for m in recent if m.subject]
    return subjects or outside


def _description(doc: Doc, head: Token, index: list[Mention]) -> Speaker:
    """A source with no name in it: an outlet, a document, imagery, an anonymous source."""
    lemma = head.lemma_.lower()
    words = {t.lower_ for t in head.subtree}
    phrase = noun_phrase(head)
    text = phrase.text if phrase else head.text
    definite = any(c.lower_ in ("the", "this", "that") for c in head.lefts)
    before = [m for m in index if m.end <= head.idx]
    if definite and head.pos_ == "PROPN":  # "the North" after "North Korea"
        named = [m for m in before if m.label in ("GPE", "ORG", "NORP") and len(m.text.split()) > 1
                 and head.text in m.text.split()]
        if named:
            return _named(doc, named[-1], index)
    if definite and (lemma in OUTLET_WORDS or lemma in ("report", "newspaper")):
        outlets = [m for m in before if m.label == "ORG" and is_outlet(m.text)]
        if outlets:
            o = outlets[-1]
            return Speaker(o.text, "outlet", None, o.start, o.end)
    if lemma in IMAGERY_WORDS or words & {"satellite", "imagery"}:
        return Speaker(text, "imagery")
    if lemma in DOCUMENT_WORDS and lemma not in ANONYMOUS_HEADS:
        return Speaker(text, "document")
    plural = head.tag_ in ("NNS", "NNPS")
    if lemma in PERSON_ROLE_WORDS and definite and not plural:
        people = [m for m in before if m.label == "PERSON"]
        for m in reversed(people):
            role = role_of(doc, _full_name(m, index), index) or ""
            if lemma in role.lower():
                full = _full_name(m, index)
                return Speaker(full.text, "person", role, full.start, full.end)
    anonymous = head.lower_ in ANONYMOUS_HEADS or lemma in ANONYMOUS_HEADS
    if anonymous and (words & ANONYMOUS_MARKERS or not definite or plural):
        return Speaker(text, "anonymous")
    if lemma in PERSON_ROLE_WORDS:
        return Speaker(None, "person", text)
    if lemma in ("administration", "government", "ministry", "department", "regime"):
        return Speaker(text, "government")
    return Speaker(text, "unknown")
