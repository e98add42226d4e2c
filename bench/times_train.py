"""Could a learned decision tell when a vague word is a time expression? (issue 3, round 4)

Words such as "now", "currently", "recently", "current", "recent", "soon", "previously",
"formerly", "once" and "future" are annotated as TIMEX3 in TempEval-3 in some of their
occurrences only. The rules of ``sitewatch.analyze.times`` mark "now", "currently",
"recently", "lately" always and "current" before a few nouns of time, the others never. This
script tests whether a small logistic regression over named features of the spaCy parse (the
word, its part of speech and dependency, its head, the tense of its clause, its neighbours,
quotation, its place in the sentence; never a document's identity) decides better:

- every occurrence of such a word that no longer expression of the rules covers becomes a
  row, labelled 1 when a gold TIMEX3 overlaps it, with the feature ``ruled`` when the rules
  marked it;
- the model is fitted on the **even half** only (the even-numbered files of each corpus,
  sorted by name, as in ``bench/times.py``); the feature set (word alone, + syntax, + clause,
  all), the L2 penalty and the threshold are chosen by four-fold cross-validation over the
  even half's documents, by the value F1 the decisions would give there (a word dropped or
  added changes the rules' tally by one expression);
- the odd half is held out: the script prints what each feature set's decisions do to it,
  beside the rules alone, and uses it to choose nothing.

It also prints how often one word's occurrences in one document share one label, and tests
two value choices the same way (fitted on the even half, one logistic model per reading, the
likeliest reading wins; measured on the odd half): "a year ago" / "year-earlier" as the
quarter, the year, the month or the day a year before, and a weekday whose direction the tense
leaves open as the one before or the one after the publication date.

    python bench/times_train.py [--data PATH] [--cache DIR] [--quick] [--json]

The result (bench/RESULTS.md, round 4) was that no learned decision beats the rules, so the
stage ships none; the script stays to repeat the measurement.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import benchmarks_root
from times import Doc, Tally, Timex, _parse, load

from sitewatch.analyze.times.anchor import _governing_tense
from sitewatch.analyze.times.durations import VAGUE
from sitewatch.analyze.times.model import TimeExpression

THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
L2S = (1.0, 5.0, 20.0)
FOLDS = 4
# Feature sets tried (prefixes of the names ``features`` gives), smallest first:
# the word alone, then its syntax, then its clause, then everything.
_WORD = ("w=", "ruled", "w|ruled=")
_SYNTAX = (*_WORD, "pos=", "w|pos=", "dep=", "w|dep=", "head_pos=", "w|head_pos=", "head_dep=")
_CLAUSE = (*_SYNTAX, "tense=", "w|tense=", "negated", "quoted", "reported", "clause_initial",
           "clause_final", "root", "first_sentence")
FEATURE_SETS: dict[str, tuple[str, ...]] = {
    "word": _WORD, "syntax": _SYNTAX, "clause": _CLAUSE,
    "all": (*_CLAUSE, "head=", "prev=", "next=", "prev_pos=", "next_pos=", "w|next_pos=", "child="),
}
QUICK_DOCS = 40

# word -> the vague value it has when it is a time expression: the stage's one-word vague
# references, and the words it leaves unmarked
VAGUE_WORDS: dict[str, str] = {w: v for w, v in VAGUE.items() if " " not in w} | {
    "presently": "PRESENT_REF", "recent": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "once": "PAST_REF", "soon": "FUTURE_REF", "future": "FUTURE_REF",
}  # fmt: skip
QUOTES = frozenset({'"', "``", "''", "“", "”"})


def features(token: Any, ruled: bool = False) -> list[str]:
    """Named features of one occurrence of a vague word in a parsed spaCy ``Doc``;
    ``ruled``: the rules marked it."""
    word = token.lower_
    head = token.head
    sent = token.sent
    doc = token.doc
    tense = _governing_tense(token)
    prev = doc[token.i - 1] if token.i > sent.start else None
    nxt = doc[token.i + 1] if token.i + 1 < sent.end else None
    out = [
        f"w={word}", f"pos={token.pos_}", f"dep={token.dep_}", f"w|pos={word}|{token.pos_}",
        f"w|dep={word}|{token.dep_}", f"head_pos={head.pos_}", f"w|head_pos={word}|{head.pos_}",
        f"head_dep={head.dep_}", f"head={head.lemma_.lower()}", f"tense={tense}",
        f"w|tense={word}|{tense}",
        f"prev={prev.lower_ if prev is not None else '<s>'}",
        f"prev_pos={prev.pos_ if prev is not None else '<s>'}",
        f"next={nxt.lower_ if nxt is not None else '</s>'}",
        f"next_pos={nxt.pos_ if nxt is not None else '</s>'}",
        f"w|next_pos={word}|{nxt.pos_ if nxt is not None else '</s>'}",
    ]
    out += [f"child={c.lower_}" for c in token.children]
    if any(c.dep_ == "neg" for c in head.children):
        out.append("negated")
    quotes = sum(t.text in QUOTES for t in doc[sent.start : token.i])
    if quotes % 2:
        out.append("quoted")
    if any(t.lemma_ in ("say", "tell", "add") for t in sent):
        out.append("reported")
    if token.i == sent.start or (prev is not None and prev.is_punct):
        out.append("clause_initial")
    if nxt is None or nxt.is_punct:
        out.append("clause_final")
    if head.i == token.i or token.dep_ == "ROOT":
        out.append("root")
    if sent.start == 0:
        out.append("first_sentence")
    if ruled:
        out += ["ruled", f"w|ruled={word}"]
    return out


def candidates(doc: Any, found: list[TimeExpression]) -> list[tuple[Any, TimeExpression | None]]:
    """Each vague word of ``doc`` that no longer expression covers, with the expression the
    rules made of it alone (or None when they left it)."""
    out: list[tuple[Any, TimeExpression | None]] = []
    for token in doc:
        if token.lower_ not in VAGUE_WORDS:
            continue
        start, end = token.idx, token.idx + len(token.text)
        covering = [e for e in found if e.start < end and start < e.end]
        if not covering:
            out.append((token, None))
        elif len(covering) == 1 and covering[0].start == start and covering[0].end == end:
            out.append((token, covering[0]))
    return out



@dataclass
class Row:
    doc: int  # the document's index among the half's documents
    half: str
    word: str
    features: list[str]
    label: int  # a gold TIMEX3 overlaps the word
    ruled: bool  # the rules marked it (alone)
    value_ok_rule: bool  # the rules' value matches the gold one
    value_ok_new: bool  # the word's vague value matches the gold one


def rows_and_tallies(docs: list[Doc], cache: Path | None,
                     choices: list[Choice] | None = None) -> tuple[list[Row], dict[str, Tally]]:
    """The vague-word rows and the rules' tallies per half (and, into ``choices``, the
    value-choice rows)."""
    from sitewatch.analyze.nlp import load_nlp
    from sitewatch.analyze.times import find_times
    from sitewatch.analyze.times.anchor import spacy_modifies_noun, spacy_tense

    nlp = load_nlp()
    rows: list[Row] = []
    tallies = {"even": Tally(), "odd": Tally()}
    index = {"even": 0, "odd": 0}
    for doc in docs:
        i = index[doc.half]
        index[doc.half] += 1
        parsed = _parse(nlp, doc, cache)
        found = find_times(doc.text, doc.dct, spacy_tense(parsed), None,
                           spacy_modifies_noun(parsed))
        system = [Timex(e.start, e.end, e.type, e.value, e.text) for e in found]
        tallies[doc.half].add(system, doc.gold, doc.name)
        if choices is not None:
            choices.extend(choice_rows(parsed, found, doc, i, spacy_tense(parsed)))
        for token, expr in candidates(parsed, found):
            start, end = token.idx, token.idx + len(token.text)
            gold = [g for g in doc.gold if g.start < end and start < g.end]
            rows.append(Row(
                i, doc.half, token.lower_, features(token, expr is not None), int(bool(gold)),
                expr is not None,
                expr is not None and any(g.value == expr.value for g in gold),
                any(g.value == VAGUE_WORDS[token.lower_] for g in gold),
            ))
    return rows, tallies


# -- value choices --------------------------------------------------------------------
# Two readings TIMEX3 allows and the gold splits between: "a year ago" / "year-earlier" as
# the quarter, the year, the month or the day a year before; a weekday whose direction the
# tense does not settle ("present" or modal "could") as the one before or the one after.
YEAR_AGO = re.compile(r"\byear[\s-](?:ago|earlier)\b", re.I)
PERIOD_WORDS = ("quarter", "period", "month", "months", "fiscal", "net", "earnings", "profit",
                "loss", "share", "sales", "revenue", "compared", "from", "year", "week")


@dataclass
class Choice:
    doc: int
    half: str
    task: str  # "year-ago" | "weekday"
    options: dict[str, str]  # reading -> value
    rule: str  # the reading the rules chose
    gold: str | None
    features: list[str]


def _shift_day(value: str, days: int) -> str:
    moved = date.fromisoformat(value[:10]) + timedelta(days=days)
    return moved.isoformat() + value[10:]


def _choice_features(span: Any, rule: str, tense: str) -> list[str]:
    root = span.root
    sent = root.sent
    words = {t.lower_ for t in sent}
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    prev = span.doc[span.start - 1] if span.start > 0 else None
    out = [f"rule={rule}", f"text={span.text.lower()}", f"dep={root.dep_}",
           f"head={root.head.lemma_.lower()}", f"head_pos={root.head.pos_}",
           f"head_tag={root.head.tag_}", f"tense={tense}",
           f"next={nxt.lower_ if nxt is not None else '</s>'}",
           f"prev={prev.lower_ if prev is not None else '<s>'}"]
    out += [f"has={w}" for w in PERIOD_WORDS if w in words]
    out += [f"rule|{f}" for f in out[1:] if not f.startswith("has=")]
    return out


def choice_rows(parsed: Any, found: list[TimeExpression], doc: Doc, i: int,
                tense_of: Any) -> list[Choice]:
    """The value-choice rows of one document: expressions of the two kinds that a gold
    TIMEX3 overlaps, with the readings they allow."""
    dct = date.fromisoformat(doc.dct)
    year_back = dct.replace(year=dct.year - 1) if (dct.month, dct.day) != (2, 29) else \
        dct.replace(year=dct.year - 1, day=28)
    out = []
    for e in found:
        gold = [g for g in doc.gold if g.start < e.end and e.start < g.end]
        span = parsed.char_span(e.start, e.end, alignment_mode="expand")
        if not gold or e.value is None or span is None or len(span) == 0:
            continue
        tense = tense_of(e.start, e.end)
        options: dict[str, str] = {}
        if YEAR_AGO.search(e.text) and re.match(r"\d{4}", e.value):
            y = year_back.year
            quarter = (e.value if re.fullmatch(r"\d{4}-Q\d", e.value)
                       else f"{y}-Q{(year_back.month - 1) // 3 + 1}")
            options = {"quarter": quarter, "year": e.value[:4], "month": year_back.isoformat()[:7],
                       "day": year_back.isoformat()}
            task = "year-ago"
        elif (e.rule == "weekday" and tense in ("present", "possible")
              and re.fullmatch(r"\d{4}-\d\d-\d\d(?:T.*)?", e.value)
              and re.match(r"[A-Z][a-z]+day\b", e.text)):
            ahead = date.fromisoformat(e.value[:10]) > dct
            other = _shift_day(e.value, -7 if ahead else 7)
            options = {"ahead": e.value, "back": other} if ahead else \
                {"back": e.value, "ahead": other}
            task = "weekday"
        rule = next((k for k, v in options.items() if v == e.value), None)
        if rule is None:
            continue
        out.append(Choice(i, doc.half, task, options, rule, gold[0].value,
                          _choice_features(span, rule, tense)))
    return out


def fit_choices(rows: list[Choice], l2: float, prefixes: tuple[str, ...]) -> dict[str, Any]:
    """One logistic model per reading: is it the gold one?"""
    from sitewatch.analyze.linear import fit

    readings = sorted({k for r in rows for k in r.options})
    models = {}
    for reading in readings:
        part = [r for r in rows if reading in r.options]
        feats = [[f for f in r.features if f.startswith(prefixes)] for r in part]
        labels = [int(r.options[reading] == r.gold) for r in part]
        if part and 0 < sum(labels) < len(labels):
            models[reading] = fit(feats, labels, 0.5, l2=l2, min_count=2, steps=400)
    return models


def pick(models: dict[str, Any], row: Choice) -> str:
    """The reading the models find likeliest (the rules' one when no model knows better)."""
    scored = {k: models[k].probability(row.features) for k in row.options if k in models}
    if not scored:
        return row.rule
    return max(scored, key=lambda k: (scored[k], k == row.rule))


def right(rows: list[Choice], chosen: list[str]) -> int:
    return sum(r.options[c] == r.gold for r, c in zip(rows, chosen, strict=True))


CHOICE_SETS: dict[str, tuple[str, ...]] = {"rule": ("rule=",), "all": ("",)}


def choose_choices(rows: list[Choice]) -> tuple[tuple[str, float], dict[str, int]]:
    """Feature set and penalty by four-fold cross-validation over the even half's documents
    (the number of right values)."""
    scores: dict[tuple[str, float], int] = {}
    for name, prefixes in CHOICE_SETS.items():
        for l2 in L2S:
            chosen = [r.rule for r in rows]
            for fold in range(FOLDS):
                models = fit_choices([r for r in rows if r.doc % FOLDS != fold], l2, prefixes)
                for k, r in enumerate(rows):
                    if r.doc % FOLDS == fold:
                        chosen[k] = pick(models, r)
            scores[name, l2] = right(rows, chosen)
    best = max(scores, key=lambda k: scores[k])
    return best, {f"{n}/l2={l2}": v for (n, l2), v in scores.items()}


def value_f1(tally: Tally, rows: list[Row], keep: list[bool]) -> float:
    """The value F1 of ``tally`` after the decisions ``keep`` on ``rows``."""
    ok, n_sys = tally.value_ok, tally.n_sys
    for row, kept in zip(rows, keep, strict=True):
        if row.ruled and not kept:
            ok, n_sys = ok - row.value_ok_rule, n_sys - 1
        elif not row.ruled and kept:
            ok, n_sys = ok + row.value_ok_new, n_sys + 1
    return 2 * ok / (n_sys + tally.n_gold) if n_sys + tally.n_gold else 0.0


def fit_rows(rows: list[Row], threshold: float, prefixes: tuple[str, ...], l2: float) -> Any:
    from sitewatch.analyze.linear import fit

    chosen = [[f for f in r.features if f.startswith(prefixes)] for r in rows]
    return fit(chosen, [r.label for r in rows], threshold, l2=l2, min_count=2, steps=400)


def choose(rows: list[Row], tally: Tally) -> tuple[tuple[str, float, float], dict[str, float]]:
    """The feature set, penalty and threshold whose decisions, cross-validated over the even
    half's documents, give it the best value F1 (and every setting's figure)."""
    scores: dict[tuple[str, float, float], float] = {}
    for name, prefixes in FEATURE_SETS.items():
        for l2 in L2S:
            probs = [0.0] * len(rows)
            for fold in range(FOLDS):
                model = fit_rows([r for r in rows if r.doc % FOLDS != fold], 0.5, prefixes, l2)
                for k, r in enumerate(rows):
                    if r.doc % FOLDS == fold:
                        probs[k] = model.probability(r.features)
            for t in THRESHOLDS:
                scores[name, l2, t] = round(value_f1(tally, rows, [p >= t for p in probs]), 4)
    best = max(scores, key=lambda k: (scores[k], -abs(k[2] - 0.5)))
    return best, {f"{n}/l2={l2}/t={t}": v for (n, l2, t), v in scores.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="benchmarks folder or tempeval3/")
    parser.add_argument("--cache", type=Path, default=None, help="spaCy parses kept here")
    parser.add_argument("--quick", action="store_true", help=f"only ~{QUICK_DOCS} documents")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    data = args.data or benchmarks_root()
    if (data / "tempeval3").is_dir():
        data = data / "tempeval3"
    if not (data / "TBAQ-cleaned").is_dir():
        print(f"times_train: data folder {data} not found; nothing measured.", file=sys.stderr)
        return 0
    docs = load(data, QUICK_DOCS if args.quick else None)
    choices: list[Choice] = []
    rows, tallies = rows_and_tallies(docs, args.cache, choices)
    even = [r for r in rows if r.half == "even"]
    odd = [r for r in rows if r.half == "odd"]
    (chosen, l2, threshold), cv = choose(even, tallies["even"])
    model = fit_rows(even, threshold, FEATURE_SETS[chosen], l2)
    rules_even = round(value_f1(tallies["even"], even, [r.ruled for r in even]), 4)
    figures: dict[str, Any] = {"feature_set": chosen, "l2": l2, "threshold": threshold,
                               "cv_even_value_f1": cv, "features": len(model.weights)}
    for name, part in (("even", even), ("odd", odd)):
        keep = [model.accepts(r.features) for r in part]
        rules = [r.ruled for r in part]
        figures[name] = {
            "candidates": len(part), "gold": sum(r.label for r in part),
            "rules_correct": sum(k == bool(r.label) for k, r in zip(rules, part, strict=True)),
            "model_correct": sum(k == bool(r.label) for k, r in zip(keep, part, strict=True)),
            "value_f1_rules": round(value_f1(tallies[name], part, rules), 4),
            "value_f1_model": round(value_f1(tallies[name], part, keep), 4),
        }
    # For the record: each feature set at its best cross-validated setting, refitted on the
    # whole even half, on the held-out odd half (chosen by the even half alone).
    per_set: dict[str, Any] = {}
    for name, prefixes in FEATURE_SETS.items():
        key = max((k for k in cv if k.startswith(f"{name}/")),
                  key=lambda k: (cv[k], -abs(float(k.rsplit("=", 1)[1]) - 0.5)))
        l2_, t_ = (float(x.split("=")[1]) for x in key.split("/")[1:])
        fitted = fit_rows(even, t_, prefixes, l2_)
        per_set[name] = {"setting": key, "cv_even": cv[key], "odd": round(value_f1(
            tallies["odd"], odd, [fitted.accepts(r.features) for r in odd]), 4)}
    figures["per_feature_set"] = per_set
    labels: dict[tuple[str, int, str], set[int]] = {}
    for r in rows:
        labels.setdefault((r.half, r.doc, r.word), set()).add(r.label)
    figures["same_label_in_document"] = round(
        sum(len(v) == 1 for v in labels.values()) / max(len(labels), 1), 4)
    print(f"a word's occurrences in one document share one label in "
          f"{figures['same_label_in_document']:.1%} of {len(labels)} document-word pairs")
    print("feature sets (best cross-validated setting on even -> held-out odd value F1): "
          + "; ".join(f"{k} {v['setting']} {v['cv_even']} -> {v['odd']}"
                      for k, v in per_set.items()))
    best = cv[f"{chosen}/l2={l2}/t={threshold}"]
    print(f"chosen by cross-validation on the even half: features {chosen}, l2 {l2}, threshold "
          f"{threshold}: value F1 {best} (rules alone {rules_even})")
    for name in ("even", "odd"):
        f = figures[name]
        print(f"{name} half{' (held out)' if name == 'odd' else ' (fitted)'}: "
              f"{f['candidates']} vague words, {f['gold']} annotated; decisions right: rules "
              f"{f['rules_correct']}, model {f['model_correct']}; value F1 {f['value_f1_rules']}"
              f" -> {f['value_f1_model']}")
    figures["value_choices"] = {}
    for task in ("year-ago", "weekday"):
        c_even = [c for c in choices if c.task == task and c.half == "even"]
        c_odd = [c for c in choices if c.task == task and c.half == "odd"]
        (cset, cl2), ccv = choose_choices(c_even)
        models = fit_choices(c_even, cl2, CHOICE_SETS[cset])
        out: dict[str, Any] = {"feature_set": cset, "l2": cl2, "cv_even_right": ccv}
        for name, part in (("even", c_even), ("odd", c_odd)):
            before, after = right(part, [c.rule for c in part]), right(part, [pick(models, c)
                                                                             for c in part])
            tally = tallies[name]
            out[name] = {"rows": len(part), "right_rules": before, "right_model": after,
                         "value_f1_rules": round(2 * tally.value_ok / (tally.n_sys + tally.n_gold),
                                                 4),
                         "value_f1_model": round(2 * (tally.value_ok + after - before)
                                                 / (tally.n_sys + tally.n_gold), 4)}
        figures["value_choices"][task] = out
        print(f"value choice {task}: chosen by cross-validation on the even half: features "
              f"{cset}, l2 {cl2} ({ccv[f'{cset}/l2={cl2}']} right of {len(c_even)}, rules "
              f"{out['even']['right_rules']}); odd half (held out): {len(c_odd)} expressions, "
              f"right: rules {out['odd']['right_rules']}, model {out['odd']['right_model']}")
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
