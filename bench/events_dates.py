"""A learned date chooser for site events (issue 6), measured against the rules' precedence.

Runs the pipeline with the rules alone over the five event gold sets. For every site event
the benchmark scores (a site, not negated, not planned), it lists the dates the text offers
(the rules' choice; the publication; the nearest date of the trigger's own clause; the
sentence's imagery date; the imagery date of the two sentences before, of the paragraph so
far, of the next sentence and the latest of the whole report; any other date of the
sentence, nearest the trigger), merges those naming the same months into one option, and
describes each option by general features (which sources name it, the trigger's tense and
part of speech, the activity, precision, months before the report, whether the sentence
cites imagery or observes). An option is right when one of its months is a gold month of
the event's (source, site, activity).

A logistic ranker (``analyze.linear.fit``) scores each option; the event takes its
best option (the rules' choice on a tie). Leave-one-set-out: fit on four sets, score the
fifth as ``bench/events.py`` does, beside the rules alone. Nothing is written: the ranker
ships only if it beats the rules (it does not; see bench/RESULTS.md, round 5).

    python bench/events_dates.py [--data GOLD_DIR] [--json] [--quick]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as bench_events
from _common import emit_json, mean_f1, prf
from events_train import GOLD, NAMES, QUICK, gold_sets

L2 = 2.0
MIN_COUNT = 3
Key = tuple[str, str, str, str]
Months = tuple[str, ...]


@dataclass
class Option:
    months: Months
    features: set[str] = field(default_factory=set)
    rule: bool = False


@dataclass
class Candidate:
    head: tuple[str, str, str]  # (source, site, activity)
    options: list[Option]

    def rule_months(self) -> Months:
        return next(o.months for o in self.options if o.rule)


@dataclass
class GoldSet:
    name: str
    gold: set[Key]
    candidates: list[Candidate]


def _months_of(interval: list[str | None] | None, value: str | None,
               precision: str | None) -> Months:  # fmt: skip
    date = {"interval": interval, "value": value, "precision": precision}
    return tuple(bench_events.event_months({"date": date}))


def _tense(token: Any) -> str:
    from sitewatch.analyze.events.syntax import predicate

    verb = predicate(token)
    aux = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if aux & {"will", "would", "may", "might", "could", "can"}:
        return "modal"
    if "had" in aux:
        return "pluperfect"
    if aux & {"has", "have"}:
        return "perfect"
    if verb.tag_ == "VBG" and aux & {"is", "are", "am"}:
        return "present_progressive"
    if verb.tag_ == "VBG" and aux & {"was", "were"}:
        return "past_progressive"
    if verb.tag_ in {"VBZ", "VBP"} or aux & {"is", "are", "am"}:
        return "present"
    if verb.tag_ == "VBD" or aux & {"was", "were"}:
        return "past"
    return "none" if verb.pos_ not in {"VERB", "AUX"} else verb.tag_


def _ago(months: Months, published: str) -> str:
    if not months or not published:
        return "none"
    first = months[-1]
    gap = (int(published[:4]) - int(first[:4])) * 12 + int(published[5:7]) - int(first[5:7])
    return str(min(max(gap, -1), 4))


def options_of(event: dict[str, Any], analysis: Any, sentences: list[Any], k: int,
               paragraph_start: int) -> list[Option]:  # fmt: skip
    """The dates the text offers an event of sentence ``k``, merged by months."""
    from sitewatch.analyze.events.discourse import _observes, imagery_dates
    from sitewatch.analyze.events.extract import basis_cues
    from sitewatch.analyze.events.syntax import own_time, time_root

    doc = analysis.spacy_doc
    published = analysis.document.published.value if analysis.document.published else ""
    token = doc.char_span(event["trigger"]["start"], event["trigger"]["end"],
                          alignment_mode="expand")[0]  # fmt: skip
    span = sentences[k]

    def times_of(i: int) -> list[dict[str, Any]]:
        s = sentences[i]
        return [t for t in analysis.times if s.start_char <= t["start"] < s.end_char
                and t.get("interval") and t.get("type") in ("DATE", "TIME")
                and t.get("value") not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")]  # fmt: skip

    def months(t: dict[str, Any]) -> Months:
        return _months_of(t["interval"], t["value"], t.get("precision"))

    sources: list[tuple[str, Months]] = []
    rule = event["date"]
    sources.append(("rule", _months_of(rule.get("interval"), rule.get("value"),
                                       rule.get("precision"))))  # fmt: skip
    if published:
        sources.append(("publication", (published[:7],)))
    here = times_of(k)
    own = [t for t in here if (r := time_root(doc, t)) is not None and own_time(r, token)]
    if own:
        sources.append(("own", months(min(own, key=lambda t: abs(t["start"] - token.idx)))))
    sent_imagery = imagery_dates(doc, here)
    if sent_imagery:
        sources.append(("sentence_imagery", months(sent_imagery[-1])))
    others = [t for t in here if t not in own and t not in sent_imagery]
    if others:
        nearest = min(others, key=lambda t: abs(t["start"] - token.idx))
        sources.append(("sentence_other", months(nearest)))
    for i in range(k - 1, max(-1, k - 3), -1):
        dated = imagery_dates(doc, times_of(i))
        if dated:
            sources.append(("imagery_before", months(dated[-1])))
            break
    for i in range(k - 1, paragraph_start - 1, -1):
        dated = imagery_dates(doc, times_of(i))
        if dated:
            sources.append(("paragraph_imagery", months(dated[-1])))
            break
    if k + 1 < len(sentences):
        dated = imagery_dates(doc, times_of(k + 1))
        if dated:
            sources.append(("next_imagery", months(dated[0])))
    report = [t for i in range(len(sentences)) for t in imagery_dates(doc, times_of(i))
              if (t["interval"][1] or "") <= (published or "9999")]  # fmt: skip
    if report:
        sources.append(("report_imagery", months(max(report, key=lambda t: t["interval"][1]))))
    context = {
        f"tense={_tense(token)}", f"pos={token.pos_}", f"activity={event['activity']}",
        f"imagery_cited={'commercial_imagery' in basis_cues(span.text.lower())}",
        f"observes={_observes(span)}", f"rule_basis={rule.get('basis')}",
        f"lead={k <= 2}", f"carried={event.get('site_from') == 'context'}",
    }  # fmt: skip
    merged: dict[Months, Option] = {}
    for kind, ms in sources:
        if not ms:
            continue
        option = merged.setdefault(ms, Option(ms))
        option.rule = option.rule or kind == "rule"
        option.features.add(f"src={kind}")
    for option in merged.values():
        kinds = sorted(f for f in option.features if f.startswith("src="))
        option.features |= {f"{kind}|{c}" for kind in kinds for c in context}
        option.features |= {f"ago={_ago(option.months, published)}",
                            f"span={len(option.months)}", f"n_sources={min(len(kinds), 3)}"}
        option.features |= {f"ago={_ago(option.months, published)}|{c}" for c in context
                            if c.startswith(("tense=", "rule_basis="))}  # fmt: skip
    return list(merged.values())


def collect(name: str, data: Path, gold_path: Path) -> GoldSet:
    from sitewatch.analyze.events import EventStage
    from sitewatch.model import Analysis

    gold = set(bench_events.gold_keys(bench_events.read_gold(gold_path, "events") or []))
    out = GoldSet(name, gold, [])

    class Recording(EventStage):
        def __call__(self, analysis: Analysis) -> Analysis:
            analysis.events = [e.to_json() for e in self.extract(analysis)]
            sentences = list(analysis.spacy_doc.sents)
            text = analysis.document.text
            starts, paragraph = [], 0
            for k, s in enumerate(sentences):
                if k and "\n" in text[sentences[k - 1].end_char : s.start_char]:
                    paragraph = k
                starts.append(paragraph)
            source = bench_events.relative_source(analysis.document.source, data)
            for ev in analysis.events:
                if not bench_events.scored_event(ev):
                    continue
                k = next(i for i, s in enumerate(sentences)
                         if s.start_char <= ev["trigger"]["start"] < s.end_char)  # fmt: skip
                options = options_of(ev, analysis, sentences, k, starts[k])
                if any(o.rule and o.months for o in options):
                    out.candidates.append(
                        Candidate((source, ev["site"], ev["activity"]), options))
            return analysis

    bench_events.analyze_with_last_stage(data, Recording(learned=False))
    return out


def label(s: GoldSet, c: Candidate, o: Option) -> int:
    return int(any((*c.head, m) in s.gold for m in o.months))


def scored(s: GoldSet, choice: list[Months]) -> dict[str, Any]:
    pred: dict[Key, str] = {}
    for c, months in zip(s.candidates, choice, strict=True):
        pred.update({(*c.head, m): "" for m in months})
    result: dict[str, Any] = bench_events.score(pred, {k: "" for k in s.gold})
    return result


def fit_on(sets: list[GoldSet]) -> Any:
    from sitewatch.analyze.linear import fit

    rows, labels = [], []
    for s in sets:
        for c in s.candidates:
            if len(c.options) < 2:
                continue
            for o in c.options:
                rows.append(sorted(o.features | ({"is_rule"} if o.rule else set())))
                labels.append(label(s, c, o))
    return fit(rows, labels, 0.5, l2=L2, min_count=MIN_COUNT, steps=400)


def choose(model: Any, c: Candidate) -> Months:
    def p(o: Option) -> float:
        return float(model.probability(o.features | ({"is_rule"} if o.rule else set())))

    best = max(c.options, key=lambda o: (round(p(o), 6), o.rule))
    return best.months


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=GOLD, help="the folder of the event gold sets")
    p.add_argument("--json", action="store_true", help="print all figures as one JSON object")
    p.add_argument("--quick", action="store_true",
                   help=f"only the sets {', '.join(QUICK)} (a smoke run)")
    args = p.parse_args(argv)
    start = time.perf_counter()
    available = {n: pair for n, pair in gold_sets(args.data, QUICK if args.quick else NAMES).items()
                 if pair[0].exists() and pair[1].exists()}  # fmt: skip
    if len(available) < 3:
        print(f"event gold sets under {args.data} not found; nothing measured", file=sys.stderr)
        return 0
    sets = [collect(n, d, g) for n, (d, g) in available.items()]
    print(f"Events and their date options from {len(sets)} gold sets in "
          f"{time.perf_counter() - start:.1f} s:")  # fmt: skip
    for s in sets:
        multi = [c for c in s.candidates if len(c.options) > 1]
        rule_right = sum(any(label(s, c, o) for o in c.options if o.rule) for c in multi)
        any_right = sum(any(label(s, c, o) for o in c.options) for c in multi)
        print(f"  {s.name:8s} {len(s.candidates):3d} events, {len(multi):3d} with a choice; "
              f"rules' date right {rule_right}, some option right {any_right}")  # fmt: skip
    folds = []
    print("\nLeave-one-set-out (fit on the other sets):")
    for held in sets:
        model = fit_on([s for s in sets if s is not held])
        rules = scored(held, [c.rule_months() for c in held.candidates])
        ours = scored(held, [choose(model, c) for c in held.candidates])
        folds.append({"set": held.name, "rules": rules, "ranker": ours})
        print(f"  {held.name:8s} rules P/R/F1 {prf(rules)}   ranker {prf(ours)}")
    mean_rules, mean_ours = mean_f1(folds, "rules"), mean_f1(folds, "ranker")
    print(f"  mean F1: rules {mean_rules:.3f}, ranker {mean_ours:.3f}")
    if args.json:
        emit_json({"benchmark": "events_dates", "quick": args.quick,
                   "sets": [s.name for s in sets], "folds": folds,
                   "mean_rules_f1": mean_rules, "mean_ranker_f1": mean_ours})  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
