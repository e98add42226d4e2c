"""Reported speech and thought found in the dependency parse.

- A cue verb with a clausal complement: ``Pompeo told the Senate that North Korea …``
  (``ccomp``; for pledges and plans also the infinitive: ``Kim committed to work …``;
  for verbs like *deny* or *announce* also a plain object).
- A cue verb in parenthesis: ``The site, he said, is active`` (``parataxis``).
- ``according to X``: X is the source, the rest of the sentence the content.
- A cue noun with a ``that`` clause: ``a DIA estimate that North Korea is unlikely to …``;
  its source is the possessor or the name before it. A stance noun with a named source
  and an object: ``Trump's criticism of the deal``.
- Objects as content: ``called for a ban`` / ``pointed to the polls`` (the preposition
  joins the cue), ``called Trump a liar`` / ``described the meeting as positive``, and
  stance verbs (``discussed the deal``, ``echoed the charge``).
- Content before the cue: ``North Korea is building missiles, documents show``,
  ``…, as the manager suggested``.
- Raising verbs without a source: ``the strategy did not appear to pay dividends``.
"""

from __future__ import annotations

from .lexicon import (
    ACCORDING_TO,
    CLAUSE_ONLY,
    CUE_NOUNS,
    CUE_VERBS,
    HELD_FROM_OTHERS,
    IN_SOURCES,
    INFINITIVE_CUES,
    LEMMA_FIXES,
    LIGHT_NOUNS,
    LIGHT_PREPS,
    LIGHT_VERBS,
    MAKE_ADJECTIVES,
    MENTAL_VERBS,
    NAMING_VERBS,
    OBJECT_CUES,
    PREP_CUES,
    QUESTION_CUES,
    RAISING_VERBS,
    SPEECH_VERBS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    STANCE_PREPS,
    STANCE_VERBS,
    TOPIC_TO,
)
from .model import Found, Span
from .spans import (
    Doc,
    Token,
    char_span,
    cue_span,
    holder_of,
    noun_phrase,
    raised_subject,
    subject_of,
    subtree_span,
    tokens_span,
)

# Verbs whose passive subject is an event or thing rather than something said or thought
# ("a rally was held", "a vote was called", "the plank was adopted").
EVENT_PASSIVES = frozenset({"hold", "call", "decide", "commit", "adopt", "post", "find",
                            "attack", "sign", "issue", "name", "release"})
ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief", "warn", "assure", "ask", "urge",
                             "remind", "advise", "reassure", "promise"})


def indirect_claims(doc: Doc, taken: set[int]) -> list[Found]:
    """Attributions whose cue token is not in ``taken`` (the cues of quotations)."""
    found: list[Found] = []
    for tok in doc:
        if tok.i in taken:
            continue
        item = _according_to(doc, tok) if tok.lower_ == ACCORDING_TO[0] else None
        if item is None and tok.lower_ == "in" and tok.dep_ == "prep":
            item = _in_source(doc, tok)
        if item is None and tok.pos_ in ("VERB", "AUX"):
            item = _verb_cue(doc, tok)
        if item is None and tok.pos_ == "VERB" and lemma_of(tok) in LIGHT_VERBS:
            item = _light_verb(doc, tok)
        if item is None and tok.pos_ == "ADJ" and tok.lemma_.lower() in STANCE_ADJECTIVES:
            item = _stance_adjective(doc, tok)
        if item is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in CUE_NOUNS:
            item = _noun_cue(doc, tok)
        if item is None and tok.pos_ == "NOUN" and tok.lemma_.lower() in STANCE_NOUNS:
            item = _stance_noun(doc, tok)
        if item is not None:
            found.append(item)
    return found


def _sentence(tok: Token) -> tuple[int, int]:
    return tok.sent.start_char, tok.sent.end_char


def lemma_of(tok: Token) -> str:
    lemma = str(tok.lemma_).lower()
    return LEMMA_FIXES.get(lemma, lemma)


def _verb_cue(doc: Doc, tok: Token) -> Found | None:
    lemma = lemma_of(tok)
    if lemma in RAISING_VERBS:
        return _raising(doc, tok)
    if lemma not in CUE_VERBS and lemma not in PREP_CUES and not _that_clause(tok):
        return None
    cue = cue_span(tok)
    content = None
    if any(c.dep_ == "dobj" for c in tok.children):
        # "praised Trump for speaking out": what he was praised for is the content
        prep = _prep_object(tok, lemma)
        if prep is not None and prep[0].lower_ in ("for", "of"):
            content = prep[1]
            cue = char_span(doc, cue.start, max(cue.end, prep[0].idx + len(prep[0].text)))
    content = content or _verb_content(tok, lemma)
    if content is None:
        prep = _prep_object(tok, lemma)
        if prep is not None:
            content = prep[1]
            cue = char_span(doc, cue.start, max(cue.end, prep[0].idx + len(prep[0].text)))
    subject = subject_of(tok)
    if tok.tag_ == "VBN" and tok.dep_ in ("advcl", "acl") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children):
        # "When asked about Trump, he said …", "Asked by Thrush if …": the one asked is not
        # the source; the agent, if named, is
        subject = next((g for c in tok.children if c.dep_ == "agent" for g in c.children
                        if g.dep_ == "pobj"), None)
    if subject is None and tok.tag_ in ("VBD", "VBZ", "VBP"):
        subject = _stranded_subject(tok)
    if subject is None and tok.dep_ == "relcl" and _is_infinitive(tok) \
            and tok.head.dep_ in ("attr", "dobj"):
        # "Grijalva was the first Democrat to endorse Sanders", "Manafort had reason to
        # know this": whoever is, or has, the noun
        subject = subject_of(tok.head.head)
    if content is None and lemma in CUE_VERBS and lemma not in ADDRESSEE_VERBS:
        content, subject = _passive(tok, agentless=lemma not in EVENT_PASSIVES)
    elif subject is not None and lemma in CUE_VERBS and _patient_subject(tok, subject):
        # "Trump is expected to win", "Sanders was asked to name …": who is expected or
        # asked is not who expects or asks; the agent is, when named
        subject = _agent(tok)
    if content is None:
        return None
    if subject is not None and content.start <= subject.idx < content.end and not (
            tok.dep_ == "relcl" and subject.head.i == tok.i and subject.dep_ == "nsubj"):
        # (but "a deadline that insiders said went unnoticed": the content runs around
        # the relative clause's own subject, which is still its source)
        subject = None
    source = noun_phrase(subject) if subject is not None else None
    form = "indirect"
    return Found(
        cue=cue, content=content, cue_token=tok.i, sentence=_sentence(tok),
        form=form, source=source, source_token=subject.i if subject is not None else None,
    )  # fmt: skip


def _verb_content(tok: Token, lemma: str) -> Span | None:
    if tok.dep_ == "parataxis" and lemma not in MENTAL_VERBS:
        return subtree_span(tok.head, skip=[tok])
    for child in tok.children:
        if child.dep_ == "ccomp" and child.i > tok.i:
            return subtree_span(child)
    if _fronted(tok) and not any(
            c.dep_ in ("dobj", "xcomp") and c.i > tok.i
            and not (c.dep_ == "dobj" and lemma in ADDRESSEE_VERBS)  # "…, he told the Post"
            for c in tok.children):
        # "North Korea is building missiles, the Post reported" (not "…, Fallin vetoed
        # the bill", where the clause before is not what she vetoed)
        # not across a colon: "What's in the document: Trump and Kim commit to …" is a
        # heading and what follows it, not something they committed to
        for child in tok.children:
            if child.dep_ == "ccomp" and not any(
                    t.text == ":" for t in tok.doc[child.i + 1:tok.i]):
                return subtree_span(child)
    if lemma in QUESTION_CUES:  # "asked workers if they planned to attend"
        for child in tok.children:
            if child.dep_ == "advcl" and child.i > tok.i and any(
                    m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in child.children):
                return subtree_span(child)
    if lemma in SPEECH_VERBS and lemma not in INFINITIVE_CUES:
        # "He said legalizing it could put …": the small parser's xcomp for a clause
        for child in tok.children:
            if child.dep_ == "xcomp" and child.i > tok.i and not _is_infinitive(child) \
                    and child.tag_ in ("VBG", "VBZ", "VBD", "VBP"):
                return subtree_span(child)
    if lemma in INFINITIVE_CUES:
        for child in tok.children:
            if child.dep_ in ("xcomp", "advcl") and _is_infinitive(child) and child.i > tok.i:
                return subtree_span(child)
    named = _named_as(tok, lemma)
    if named is not None:
        return named
    bare = tok.tag_ == "VB" and tok.dep_ == "ROOT" and not any(
        c.dep_ in ("aux", "nsubj") for c in tok.children)  # a bare "tweet pic=…" tag
    if not bare and (lemma in STANCE_VERBS or lemma in OBJECT_CUES or (
            lemma in CUE_VERBS and lemma not in CLAUSE_ONLY and lemma not in MENTAL_VERBS
            and lemma not in ADDRESSEE_VERBS)):
        for child in tok.children:
            if child.dep_ == "dobj" and child.i > tok.i and child.pos_ in ("NOUN", "PROPN"):
                return subtree_span(child)
    if lemma in CUE_VERBS:
        # "studies have found little evidence that …": an object that carries a clause
        for child in tok.children:
            if child.dep_ == "dobj" and child.i > tok.i and any(
                    c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that"
                                                      for m in c.children)
                    for c in child.children):
                return subtree_span(child)
    if lemma in CUE_VERBS and lemma not in ADDRESSEE_VERBS:
        # "has proposed conducting surveillance": a gerund complement
        for child in tok.children:
            if child.dep_ == "xcomp" and child.i > tok.i and child.tag_ == "VBG":
                return subtree_span(child)
    return _content_before(tok, lemma)


def _light_verb(doc: Doc, tok: Token) -> Found | None:
    """A light verb and its noun or adjective as one cue: ``made the case that …``,
    ``took aim at the deal``, ``raised questions about his record``, ``made clear that …``.
    The content is the clause or the prepositional object of the noun (or of the verb)."""
    later = [c for c in tok.children if c.i > tok.i]
    content: Span | None = None
    last: Token | None = None
    adjs = [c for c in later if c.lower_ in MAKE_ADJECTIVES and c.pos_ == "ADJ"]
    if lemma_of(tok) == "make" and adjs:
        last = adjs[0]
        comps = [c for c in (*later, *adjs[0].children) if c.dep_ == "ccomp" and c.i > last.i]
        content = subtree_span(comps[0]) if comps else None
    nouns = [c for c in later if c.dep_ == "dobj" and c.pos_ == "NOUN" and (
        c.lower_ in LIGHT_NOUNS or c.lemma_.lower() in CUE_NOUNS | STANCE_NOUNS)]
    if content is None and nouns:
        noun = last = nouns[0]
        clauses = [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
        clauses += [c for c in later if c.dep_ == "ccomp" and c.i > noun.i]
        if clauses:
            content = subtree_span(clauses[0])
        # the noun's own object ("questions about the deal"); the verb's only for "take"
        # ("took aim at", "took issue with"); "to" only where it names a topic, not an
        # audience ("references to Rubio's record", not "made his case to voters")
        own = [*noun.children, *(later if lemma_of(tok) == "take" else ())]
        preps = [c for c in own if c.dep_ == "prep" and c.i > noun.i and (
            c.lower_ in LIGHT_PREPS or (c.lower_ == "to" and noun.lemma_.lower() in TOPIC_TO))]
        if lemma_of(tok) == "have" and noun.lemma_.lower() in HELD_FROM_OTHERS:
            preps = []  # "has the support of X": X's stance, not the subject's
        for prep in preps if content is None else ():
            objs = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if objs and objs[0].ent_type_ not in ("DATE", "TIME"):
                content, last = subtree_span(objs[0]), prep
                break
    if content is None or last is None:
        return None
    start = cue_span(tok)
    subject = subject_of(tok)
    if subject is not None and content.start <= subject.idx < content.end:
        subject = None
    return Found(
        cue=char_span(doc, start.start, last.idx + len(last.text)), content=content,
        cue_token=tok.i, sentence=_sentence(tok), form="indirect",
        source=noun_phrase(subject) if subject is not None else None,
        source_token=subject.i if subject is not None else None,
    )  # fmt: skip


# From the word before a subjectless verb up to the apposition it hangs in, through a
# relative clause on it too ("…, a White House official who spoke anonymously to discuss
# strategy said …").
STRANDED_PATH = frozenset({"pobj", "prep", "appos", "compound", "amod", "dobj", "relcl",
                           "advcl", "xcomp", "advmod", "acomp"})


def _stranded_subject(tok: Token) -> Token | None:
    """``In a message to Clinton, Tanden, head of CAP, recounted …``: the small parser hangs
    the subject as an apposition on the phrase before it; a finite verb with no subject
    takes the apposition that ends right before it."""
    i = tok.i - 1
    while i >= tok.sent.start and (tok.doc[i].is_punct or tok.doc[i].dep_ in ("advmod", "neg")
                                   or tok.doc[i].head.i == tok.i):
        if tok.doc[i].head.i == tok.i and not tok.doc[i].is_punct \
                and tok.doc[i].dep_ not in ("advmod", "neg", "aux", "auxpass"):
            return None
        i -= 1
    if i < tok.sent.start:
        return None
    node = tok.doc[i]
    while node.dep_ != "appos" and node.head.i != node.i and node.head.i < tok.i \
            and node.head.i >= tok.sent.start and node.dep_ in STRANDED_PATH:
        node = node.head
    while node.dep_ == "appos" and node.head.dep_ == "appos":
        node = node.head
    if node.dep_ != "appos":
        return None
    node = next(c for c in node.head.children if c.dep_ == "appos")  # the first: the name
    return node if node.pos_ in ("PROPN", "NOUN", "PRON") else None


def _patient_subject(tok: Token, subject: Token) -> bool:
    """``subject`` is the passive subject of the cue verb ``tok`` itself (not a contracted
    "he's said", where "'s" is "has")."""
    passive = [c for c in tok.children if c.dep_ == "auxpass"]
    return (subject.dep_ == "nsubjpass" and subject.head.i == tok.i and bool(passive)
            and all(c.lower_ not in ("'s", "’s") for c in passive))


def _agent(tok: Token) -> Token | None:
    return next((g for c in tok.children if c.dep_ == "agent" for g in c.children
                 if g.dep_ == "pobj"), None)


def _passive(tok: Token, agentless: bool) -> tuple[Span | None, Token | None]:
    """``The meeting was first reported by Politico``: the passive subject is the content,
    the agent the source; ``the poll was released Wednesday`` has no source (not for verbs
    whose passive subject is an event or a thing: "a rally was held")."""
    agents = [g for c in tok.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass" and c.lower_ not in ("it",)]
    if not subjects or not any(c.dep_ == "auxpass" for c in tok.children):
        return None, None
    if not agents:
        return (subtree_span(subjects[0]) if agentless else None), None
    return subtree_span(subjects[0]), agents[0]


def _named_as(tok: Token, lemma: str) -> Span | None:
    """``called Trump a liar``, ``described the meeting as positive``: object to predicate."""
    if lemma not in NAMING_VERBS:
        return None
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objs:
        return None
    preds = [c for c in tok.children if c.i > objs[0].i and (
        c.dep_ in ("oprd", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as"))]
    preds += [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "as"]
    if not preds:
        return None
    last = max(preds, key=lambda c: c.i)
    return tokens_span(tok.doc, [*objs[0].subtree, *last.subtree])


def _prep_object(tok: Token, lemma: str) -> tuple[Token, Span] | None:
    """``pointed to the polls``, ``called for a ban``: the preposition and its object."""
    preps = PREP_CUES.get(lemma)
    if not preps:
        return None
    for child in tok.children:
        if child.dep_ not in ("prep", "prt") or child.i <= tok.i or child.lower_ not in preps:
            continue
        objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if child.dep_ == "prt":  # "speak out against …"
            objs = [g for c in tok.children if c.dep_ == "prep" and c.i > child.i
                    for g in c.children if g.dep_ == "pobj"]
        if objs and objs[0].ent_type_ not in ("DATE", "TIME"):
            span = subtree_span(objs[0])
            if span is not None:
                return child, span
    return None


def _content_before(tok: Token, lemma: str) -> Span | None:
    """``…, documents show`` / ``…, as the manager suggested``: the cue, with its own
    subject and no complement, hangs off the verb of the clause it reports."""
    if lemma not in SPEECH_VERBS or tok.dep_ not in ("ccomp", "advcl"):
        return None
    head = tok.head
    if head.pos_ not in ("VERB", "AUX") or head.i > tok.i:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
        return None
    if any(c.dep_ == "mark" and c.lower_ in ("that", "whether", "if") for c in tok.children):
        return None  # "The website argued that the activity says little": reported, not reporting
    if tok.dep_ == "advcl" and not any(c.dep_ == "mark" and c.lower_ == "as"
                                       for c in tok.children):
        return None
    return subtree_span(head, skip=[tok])


def _raising(doc: Doc, tok: Token) -> Found | None:
    """``the strategy did not appear to pay dividends``: the whole clause, no source;
    ``it seems that …`` likewise; a person who seems is the source ("Clinton seemed ready
    to …")."""
    comp = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i]
    if not comp:
        return None
    if comp[0].dep_ == "xcomp" and (lemma_of(comp[0]) in CUE_VERBS
                                    or lemma_of(comp[0]) in PREP_CUES):
        return None  # "Cruz seemed to mock his talk": the cue is "mock", Cruz its source
    subject = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    first = subject[0] if subject and subject[0].lower_ not in ("it", "there") else comp[0]
    content = tokens_span(doc, [t for t in (*first.subtree, *comp[0].subtree)])
    if content is None:
        return None
    person = raised_subject(tok)
    return Found(
        cue=cue_span(tok), content=content, cue_token=tok.i, sentence=_sentence(tok),
        form="indirect", source=noun_phrase(person) if person is not None else None,
        source_token=person.i if person is not None else None,
    )  # fmt: skip


def _that_clause(tok: Token) -> bool:
    """Any verb with a "that" clause and a subject: "officials are confident that …"."""
    if tok.lemma_.lower() in ("be", "have", "do", "make", "take", "get", "so"):
        return False
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return has_subject and any(
        c.dep_ == "ccomp" and c.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for c in tok.children
    )  # fmt: skip


def _fronted(tok: Token) -> bool:
    """``North Korea is building missiles, the Post reported``: content before the cue."""
    return tok.dep_ == "ROOT" and tok.lemma_.lower() not in MENTAL_VERBS


def _is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _according_to(doc: Doc, tok: Token) -> Found | None:
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != ACCORDING_TO[1]:
        return None
    objs = [c for c in nxt.children if c.dep_ == "pobj"] or [
        c for c in tok.children if c.dep_ == "pobj"
    ]
    if not objs:
        return None
    return _framing_phrase(doc, tok, nxt, objs[0])


def _stance_adjective(doc: Doc, tok: Token) -> Found | None:
    """``officials are confident that …``, ``a senator willing to address the convention``,
    ``critical of the deal``: an adjective of knowing, wanting or feeling with a clause,
    an infinitive or a prepositional object; the source is whoever the adjective describes."""
    content = None
    for child in tok.children:
        if child.i < tok.i:
            continue
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and _is_infinitive(child)):
            content = subtree_span(child)
        elif child.dep_ == "prep" and child.lower_ in STANCE_PREPS | {"with", "toward",
                                                                     "towards", "in"}:
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            content = subtree_span(objs[0]) if objs else None
        if content is not None:
            break
    if content is None:
        return None
    subject = tok.head if tok.dep_ == "amod" else subject_of(tok)
    if subject is not None and content.start <= subject.idx < content.end:
        subject = None
    return Found(
        cue=cue_span(tok), content=content, cue_token=tok.i, sentence=_sentence(tok),
        form="indirect", source=noun_phrase(subject) if subject is not None else None,
        source_token=subject.i if subject is not None else None,
    )  # fmt: skip


def _in_source(doc: Doc, tok: Token) -> Found | None:
    """``In a Post-ABC News poll, 67 percent said …``, ``Kasich was at 25 percent in the Fox
    poll``: a poll, survey or text as the source of the clause it is attached to, unless
    that clause already has its own cue ("said in a statement")."""
    objs = [c for c in tok.children if c.dep_ == "pobj" and c.lemma_.lower() in IN_SOURCES]
    if not objs or lemma_of(tok.head) in CUE_VERBS or tok.head.pos_ not in ("VERB", "AUX"):
        return None
    return _framing_phrase(doc, tok, tok, objs[0])


def _framing_phrase(doc: Doc, first: Token, last: Token, source: Token) -> Found | None:
    """A phrase from ``first`` to ``last`` ("according to", "in") that names ``source`` for
    the clause around it, which is the content."""
    content = _clause_around(doc, first, last)
    if content is None:
        return None
    return Found(
        cue=char_span(doc, first.idx, last.idx + len(last.text)), content=content,
        cue_token=first.i, sentence=_sentence(first), form="according_to",
        source=noun_phrase(source), source_token=source.i,
    )  # fmt: skip


def _clause_around(doc: Doc, tok: Token, nxt: Token) -> Span | None:
    """The clause "according to X" modifies, without the phrase; else the longer side."""
    phrase = {t.i for t in tok.subtree} | {t.i for t in nxt.subtree} | {tok.i, nxt.i}
    head = tok.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.pos_ in ("VERB", "AUX") and head.i not in phrase:
        kept = [t for t in head.subtree if t.i not in phrase]
        span = tokens_span(doc, _run(kept, head.i))
        if span is not None:
            return span
    sent = tok.sent
    before = [t for t in sent if t.i < min(phrase)]
    after = [t for t in sent if t.i > max(phrase)]
    return tokens_span(doc, before if _words(before) >= _words(after) else after)


def _run(tokens: list[Token], head: int) -> list[Token]:
    """The contiguous run of tokens around the head."""
    runs: list[list[Token]] = []
    for t in tokens:
        if runs and t.i == runs[-1][-1].i + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return next((r for r in runs if any(t.i == head for t in r)), tokens)


def _words(tokens: list[Token]) -> int:
    return sum(1 for t in tokens if not t.is_punct)


def _noun_cue(doc: Doc, tok: Token) -> Found | None:
    clause = [
        c for c in tok.children
        if c.dep_ in ("acl", "ccomp", "relcl") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        )
    ]  # fmt: skip
    if not clause:
        return None
    content = subtree_span(clause[0])
    if content is None:
        return None
    source_tok = noun_source(tok)
    if source_tok is None and tok.dep_ in ("dobj", "pobj"):
        # "Detzner sent out a statement that …", "in the hopes that …": who has the noun
        source_tok = holder_of(tok)
    return Found(
        cue=char_span(doc, tok.idx, tok.idx + len(tok.text)), content=content,
        cue_token=tok.i, sentence=_sentence(tok), form="noun",
        source=_noun_source_span(doc, tok, source_tok),
        source_token=source_tok.i if source_tok is not None else None,
    )  # fmt: skip


def _stance_noun(doc: Doc, tok: Token) -> Found | None:
    """``Trump's criticism of the deal``: a stance noun with a named source and an object."""
    source_tok = noun_source(tok)
    if source_tok is None:
        return None
    for child in tok.children:
        if child.dep_ != "prep" or child.lower_ not in STANCE_PREPS or child.i < tok.i:
            continue
        if source_tok.head.i == child.i:
            continue  # "support of Trump": the object is the source
        objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            continue
        content = subtree_span(objs[0])
        if content is None:
            continue
        return Found(
            cue=char_span(doc, tok.idx, child.idx + len(child.text)), content=content,
            cue_token=tok.i, sentence=_sentence(tok), form="noun",
            source=_noun_source_span(doc, tok, source_tok), source_token=source_tok.i,
        )  # fmt: skip
    return None


def noun_source(tok: Token) -> Token | None:
    """A noun's own source: its possessor, a name before it, or a named "by"/"from"/"of" object."""
    for child in tok.children:
        if child.dep_ == "poss":
            return child
    names = [c for c in tok.lefts if c.dep_ in ("compound", "nmod") and c.ent_type_]
    if names:
        return names[-1]
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objs = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_]
            if objs:
                return objs[0]
    return None


def _noun_source_span(doc: Doc, noun: Token, source: Token | None) -> Span | None:
    if source is None:
        return None
    if source.dep_ in ("compound", "nmod"):
        ent = [e for e in doc.ents if e.start <= source.i < e.end]
        if ent:
            return char_span(doc, ent[0].start_char, ent[0].end_char)
        return tokens_span(doc, [t for t in noun.lefts if t.dep_ in ("compound", "nmod")])
    if source.dep_ == "poss":  # "Trump's criticism": the source is "Trump"
        return subtree_span(source, skip=[c for c in source.children if c.dep_ == "case"])
    return noun_phrase(source)

