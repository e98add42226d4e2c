"""The learned part of the events stage: a filter over the rules' site-event candidates.

The rules (``extract``, ``discourse``) propose site events; a small logistic regression
over named, general features of each candidate (its activity class and part of speech,
the tense, aspect and modality of its clause, negation, quotation, question and condition
around it, where its date came from and how precise it is, how far the site is and whether
it was named or carried over, the basis words, where the sentence stands) then keeps or
drops it: a candidate whose probability of being an event a careful analyst would record
is below the model's threshold is dropped.

``P(event) = sigmoid(bias + sum of the weights of the features present)``, the same model
as the claims stage's (``analyze.linear.LinearModel``). The weights ship in
``sitewatch/data/events_model.json``; they are fitted by ``bench/events_train.py`` on the
project's event gold sets (see ``docs/events.md`` for the features and how the filter was
evaluated). Only candidates that the benchmark would score are filtered (site events with a
site, not negated, not planned); the others pass untouched.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from ..linear import LinearModel, read_weights, weights_path
from .lexicon import HEDGES, RECORDED_FROM
from .model import Event, EventDate
from .syntax import finite_tense, predicate

MODEL_FILE = "events_model.json"
QUOTES = '"\u201c\u201d'
CONDITIONS = frozenset({"if", "unless", "whether", "once", "until"})
MODALS = frozenset({"may", "might", "could", "would", "should", "must", "can", "will"})


def model_path() -> Path:
    return weights_path(MODEL_FILE)


@cache
def shipped_filter() -> LinearModel | None:
    """The shipped weights, or None when the file is absent (the rules then run alone)."""
    data = read_weights(MODEL_FILE)
    return LinearModel.from_json(data) if data is not None else None


def candidate(event: Event) -> bool:
    """The events the filter judges: site activity at a site, neither negated nor planned."""
    return (
        event.category == "site" and event.site is not None and not event.negated
        and event.certainty != "planned"
    )  # fmt: skip


def filtered(events: list[Event], doc: Any, published: EventDate,
             model: LinearModel) -> list[Event]:  # fmt: skip
    """The events, less the candidates the model gives a probability under its threshold."""
    rows = features(events, doc, published)
    return [
        e for e, row in zip(events, rows, strict=True)
        if row is None or model.accepts(row)
    ]  # fmt: skip


def features(events: Sequence[Event], doc: Any, published: EventDate
             ) -> list[list[str] | None]:  # fmt: skip
    """One feature row per candidate (None for an event the filter does not judge)."""
    sentences = list(doc.sents)
    starts = [s.start_char for s in sentences]
    per_sentence: dict[tuple[int, int], int] = {}
    for e in events:
        if candidate(e):
            per_sentence[e.sentence] = per_sentence.get(e.sentence, 0) + 1
    rows: list[list[str] | None] = []
    for e in events:
        if not candidate(e):
            rows.append(None)
            continue
        index = max(0, sum(1 for s in starts if s <= e.trigger[0]) - 1)
        rows.append(event_features(e, doc, published, index, per_sentence.get(e.sentence, 1)))
    return rows


def event_features(event: Event, doc: Any, published: EventDate, index: int,
                   siblings: int) -> list[str]:  # fmt: skip
    """General features of one candidate (no word of a particular report)."""
    span = doc.char_span(event.trigger[0], event.trigger[1], alignment_mode="expand")
    token = span.root if span is not None and len(span) else None
    act = event.activity
    date = event.date
    feats = [
        f"act={act}", f"certainty={event.certainty}", f"site_from={event.site_from}",
        f"date_basis={date.basis}", f"date_precision={date.precision or 'none'}",
        f"act={act}|date_basis={date.basis}", f"sentence={_bucket(index)}",
        f"siblings={_bucket(siblings)}", f"imagery={event.imagery is not None}",
        f"bases={_bucket(len(event.basis))}",
    ]
    feats += [f"basis={b}" for b in event.basis]
    feats += [f"act={act}|basis={b}" for b in event.basis]
    feats += _date_features(date, published)
    if token is not None:
        feats += _token_features(token, event, doc)
    return feats


def _date_features(date: EventDate, published: EventDate) -> list[str]:
    """How the date stands to the report: the same month, months before, undated, early."""
    value = date.earliest or date.value or ""
    pub = published.value or ""
    if len(value) < 7 or not value[:4].isdigit() or len(pub) < 7:
        return ["lag=none"]
    lag = (int(pub[:4]) - int(value[:4])) * 12 + int(pub[5:7]) - int(value[5:7])
    span = ""
    if date.earliest and date.latest and len(date.latest) >= 7:
        months = (int(date.latest[:4]) - int(date.earliest[:4])) * 12 + int(
            date.latest[5:7]) - int(date.earliest[5:7])  # fmt: skip
        span = "1" if months == 0 else "2-3" if months <= 2 else "4+"
    lag_name = "future" if lag < 0 else _bucket(lag)
    return [f"lag={lag_name}", f"span={span or 'none'}",
            f"before_watch={value[:10] < RECORDED_FROM}"]  # fmt: skip


def _token_features(token: Any, event: Event, doc: Any) -> list[str]:
    sent = token.sent
    verb = predicate(token)
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    modal = next((c.lemma_.lower() for c in aux if c.tag_ == "MD"), None)
    tense = finite_tense(token) or "none"
    progressive = verb.tag_ == "VBG" and any(c.lower_ in {"is", "are", "was", "were", "be",
                                                         "been"} for c in aux)  # fmt: skip
    perfect = any(c.lower_ in {"has", "have", "had"} for c in aux)
    lemmas = {t.lemma_.lower() for t in sent}
    text = doc.text
    paragraph = text.rfind("\n", 0, token.idx) + 1
    quoted = sum(text[paragraph : token.idx].count(q) for q in QUOTES) % 2 == 1
    tail = [t for t in sent if not t.is_space and t.text not in QUOTES + "')"]
    question = bool(tail) and tail[-1].text == "?"
    headline = bool(tail) and tail[-1].text not in {".", "?", "!", ":"}
    condition = any(
        a.dep_ == "advcl" and any(c.lower_ in CONDITIONS for c in a.children if c.dep_ == "mark")
        for a in (token, verb, *verb.ancestors)
    )  # fmt: skip
    negation = any(t.dep_ == "neg" or t.lower_ in {"no", "never", "nothing", "without"}
                   for t in sent)  # fmt: skip
    hedge = bool(lemmas & HEDGES)
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    distance = _site_distance(event, doc, token)
    pos = "NOUN" if token.pos_ in {"NOUN", "PROPN"} else token.pos_
    return [
        f"pos={pos}", f"act={event.activity}|pos={pos}", f"dep={token.dep_}",
        f"tag={token.tag_}", f"tense={tense}", f"act={event.activity}|tense={tense}",
        f"tense={tense}|date_basis={event.date.basis}", f"progressive={progressive}",
        f"perfect={perfect}", f"modal={modal or 'none'}", f"quoted={quoted}",
        f"question={question}", f"headline={headline}", f"condition={condition}",
        f"negation_in_sentence={negation}", f"hedge={hedge}",
        f"subject={_subject_kind(subject)}", f"site_distance={distance}",
        f"verb_dep={verb.dep_}", f"root_trigger={verb.i == token.i and token.dep_ == 'ROOT'}",
        f"lemma={token.lemma_.lower()}",
    ]


def _site_distance(event: Event, doc: Any, token: Any) -> str:
    """Tokens between the trigger and the nearest mention of its site's name in the
    sentence ("carried" when the site comes from earlier sentences)."""
    if event.site_from == "context" or not event.site_name:
        return "carried"
    sent = token.sent
    name = event.site_name.lower().split()[0]
    found = [t.i for t in sent if t.lower_.startswith(name[:5])]
    if not found:
        return "described"
    gap = min(abs(i - token.i) for i in found)
    return "0-3" if gap <= 3 else "4-10" if gap <= 10 else "11+"


def _subject_kind(subject: Any) -> str:
    if subject is None:
        return "none"
    if subject.pos_ == "PRON":
        return f"pron:{subject.lower_}"
    if subject.ent_type_:
        return f"ent:{subject.ent_type_}"
    return str(subject.pos_)


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 \
        else "8+"
