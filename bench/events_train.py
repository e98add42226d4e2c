"""Fit and evaluate the events stage's learned candidate filter (issue 6).

Runs the pipeline with the rules alone (``EventStage(learned=False)``) over the five event
gold sets, turns every site-event candidate the benchmark would score (a site, not
negated, not planned, a month) into a feature row (``analyze.events.learned``), labelled 1
when one of its (source, site, activity, month) keys is in the set's gold, and then:

1. **leave-one-set-out**: for each set, fit on the other four and score the fifth as
   ``bench/events.py`` scores it, beside the rules alone; the threshold of each fold is
   chosen by an inner leave-one-set-out over its four training sets only (the mean F1 of
   the inner folds), so the scored set takes no part in any choice;
2. choose the shipped threshold the same way over all five sets, fit on all five and, with
   ``--write``, write ``src/sitewatch/data/events_model.json``.

    python bench/events_train.py [--data GOLD_DIR] [--write] [--json] [--quick] [--cache FILE]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import events as bench_events
from _common import ROOT, emit_json, mean_f1, prf

GOLD = ROOT / "bench" / "gold"
SAMPLE = ROOT / "data" / "sample"
NAMES = ("sample", "heldout", "blind", "dev2", "blind2")
QUICK = ("heldout", "blind", "blind2")  # the smoke run: three small sets, nothing written


def gold_sets(gold: Path, names: tuple[str, ...]) -> dict[str, tuple[Path, Path]]:
    """Each set's report folder and gold file: the sample corpus and ``events_sample.jsonl``,
    then ``events_NAME/`` and ``events_NAME.jsonl`` under ``gold``."""
    out = {}
    for name in names:
        data = SAMPLE if name == "sample" else gold / f"events_{name}"
        out[name] = (data, gold / f"events_{name}.jsonl")
    return out

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
L2 = 2.0
MIN_COUNT = 3

Key = tuple[str, str, str, str]


@dataclass
class Candidate:
    keys: list[Key]  # (source, site, activity, month) for each month it covers
    row: list[str]
    label: int


@dataclass
class GoldSet:
    name: str
    gold: set[Key]
    candidates: list[Candidate]
    others: set[Key]  # keys of events the filter does not judge (kept always)


def collect(name: str, data: Path, gold_path: Path) -> GoldSet:
    """Candidates of one gold set, with their features and labels."""
    from sitewatch.analyze.events import EventStage
    from sitewatch.analyze.events.learned import features
    from sitewatch.analyze.events.stage import publication_date
    from sitewatch.model import Analysis

    gold = set(bench_events.gold_keys(bench_events.read_gold(gold_path, "events") or []))
    rows: dict[int, list[list[str] | None]] = {}

    class Recording(EventStage):
        def __call__(self, analysis: Analysis) -> Analysis:
            found = self.extract(analysis)
            published = publication_date(analysis.document)
            rows[id(analysis)] = features(found, analysis.spacy_doc, published)
            analysis.events = [e.to_json() for e in found]
            return analysis

    out = GoldSet(name, gold, [], set())
    for analysis in bench_events.analyze_with_last_stage(data, Recording(learned=False)):
        source = bench_events.relative_source(analysis.document.source, data)
        for ev, row in zip(analysis.events, rows.get(id(analysis), []), strict=True):
            if not bench_events.scored_event(ev):
                continue
            keys = [(source, ev["site"], ev["activity"], m) for m in bench_events.event_months(ev)]
            if not keys:
                continue
            if row is None:
                out.others.update(keys)
                continue
            out.candidates.append(Candidate(keys, row, int(any(k in gold for k in keys))))
    return out


def fit_on(sets: list[GoldSet], threshold: float) -> Any:
    from sitewatch.analyze.linear import fit

    rows = [c.row for s in sets for c in s.candidates]
    labels = [c.label for s in sets for c in s.candidates]
    return fit(rows, labels, threshold, l2=L2, min_count=MIN_COUNT, steps=400)


def scored(s: GoldSet, keep: list[bool]) -> dict[str, Any]:
    pred = {k: "" for k in s.others}
    for c, kept in zip(s.candidates, keep, strict=True):
        if kept:
            pred.update({k: "" for k in c.keys})
    result: dict[str, Any] = bench_events.score(pred, {k: "" for k in s.gold})
    return result


def probabilities(model: Any, s: GoldSet) -> list[float]:
    return [float(model.probability(c.row)) for c in s.candidates]


def choose_threshold(train: list[GoldSet]) -> tuple[float, dict[float, float]]:
    """The threshold with the best mean F1 over an inner leave-one-set-out of ``train``
    (the rules alone, threshold 0, win ties: the filter must earn its place)."""
    probs: dict[str, list[float]] = {}
    for held in train:
        model = fit_on([s for s in train if s is not held], 0.5)
        probs[held.name] = probabilities(model, held)
    means: dict[float, float] = {}
    for t in (0.0, *THRESHOLDS):
        f1s = [scored(s, [p >= t for p in probs[s.name]])["f1"] for s in train]
        means[t] = sum(f1s) / len(f1s)
    best = max(means, key=lambda t: (round(means[t], 4), -t))
    return best, means


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--write", action="store_true",
                   help="write src/sitewatch/data/events_model.json")  # fmt: skip
    p.add_argument("--json", action="store_true", help="print all figures as one JSON object, last")
    p.add_argument("--cache", type=Path, default=None,
                   help="keep the collected candidates in this file between runs (a pickle; "
                        "delete it after changing the rules or the features)")
    p.add_argument("--data", type=Path, default=GOLD,
                   help=f"the folder of the event gold sets (default: {GOLD}); the sample "
                        "set's reports are read from data/sample")  # fmt: skip
    p.add_argument("--quick", action="store_true",
                   help=f"only the sets {', '.join(QUICK)} (a smoke run; never writes weights)")
    args = p.parse_args(argv)
    start = time.perf_counter()
    chosen = gold_sets(args.data, QUICK if args.quick else NAMES)
    available = {n: pair for n, pair in chosen.items() if pair[0].exists() and pair[1].exists()}
    if len(available) < 3:
        print(f"event gold sets under {args.data} not found; nothing measured", file=sys.stderr)
        return 0
    if args.cache is not None and args.cache.exists():
        sets = pickle.loads(args.cache.read_bytes())
    else:
        sets = [collect(name, data, gold) for name, (data, gold) in available.items()]
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(sets))
    print(f"Candidates (rules alone) from {len(sets)} gold sets in "
          f"{time.perf_counter() - start:.1f} s:")  # fmt: skip
    for s in sets:
        pos = sum(c.label for c in s.candidates)
        print(f"  {s.name:8s} {len(s.candidates):3d} candidates, {pos:3d} correct, "
              f"{len(s.gold)} gold keys")  # fmt: skip
    if len(sets) < 3:
        print("fewer than three gold sets: no leave-one-set-out")
        return 0
    folds = []
    print("\nLeave-one-set-out (fit on the other sets, threshold by inner leave-one-set-out):")
    print(f"  {'held-out set':12s} {'threshold':>9s} {'rules P/R/F1':>20s} "
          f"{'filtered P/R/F1':>20s}")  # fmt: skip
    for held in sets:
        train = [s for s in sets if s is not held]
        threshold, _ = choose_threshold(train)
        model = fit_on(train, threshold)
        rules = scored(held, [True] * len(held.candidates))
        ours = scored(held, [p >= threshold for p in probabilities(model, held)])
        folds.append({"set": held.name, "threshold": threshold, "rules": rules, "filtered": ours})
        print(f"  {held.name:12s} {threshold:9.2f} {prf(rules)}   {prf(ours)}")
    mean_rules, mean_ours = mean_f1(folds, "rules"), mean_f1(folds, "filtered")
    print(f"  {'mean F1':12s} {'':9s} {mean_rules:20.3f} {mean_ours:20.3f}")
    threshold, means = choose_threshold(sets)
    model = fit_on(sets, threshold)
    print(f"\nShipped model: threshold {threshold} (leave-one-set-out mean F1 by threshold: "
          + ", ".join(f"{t}: {m:.3f}" for t, m in means.items()) + ")")  # fmt: skip
    top = sorted(model.weights.items(), key=lambda kv: kv[1])
    print("  most negative:", ", ".join(f"{f} {w:+.2f}" for f, w in top[:12]))
    print("  most positive:", ", ".join(f"{f} {w:+.2f}" for f, w in top[::-1][:12]))
    keep = mean_ours > mean_rules and threshold > 0.0
    if args.write and args.quick:
        print("--quick never writes weights")
    elif args.write:
        from sitewatch.analyze.events.learned import model_path

        path = model_path()
        if keep:
            path.write_text(json.dumps(model.as_json(), sort_keys=True, separators=(",", ":"))
                            + "\n", encoding="utf-8")  # fmt: skip
            print(f"wrote {path}")
        elif path.exists():
            path.unlink()
            print(f"the filter does not beat the rules: removed {path}")
        else:
            print("the filter does not beat the rules: no weights written")
    if args.json:
        emit_json({"benchmark": "events_train", "quick": args.quick, "sets": [s.name for s in sets],
                   "folds": folds, "mean_rules_f1": mean_rules,
                   "mean_filtered_f1": mean_ours, "threshold": threshold,
                   "thresholds": {str(t): m for t, m in means.items()},
                   "shipped": keep})  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
