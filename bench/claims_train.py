"""Fit the claims stage's learned filter and cue proposer on PolNeAR *train* (issue 5).

Reads ``polnear/train`` only (dev is for reporting, in ``bench/claims.py``). Every train
article is parsed (or read from ``--cache DIR``, spaCy ``DocBin``s kept between runs); the
rules' attributions and the proposer's candidate cues are turned into feature rows,
labelled 1 when they match a gold attribution (cue and content overlap, and the source
too when gold has one). Then:

1. fit both models on four fifths of the articles (every fifth article, in name order, is
   held out), and choose the two thresholds that give the best relation F1 on the held-out
   fifth (scored as ``bench/claims.py`` scores, outermost claims only);
2. print the held-out figures beside the rules alone;
3. refit both models on all train articles with those thresholds and write
   ``src/sitewatch/data/claims_model.json`` (``--write``).

    python bench/claims_train.py [--data PATH] [--cache DIR] [--limit N] [--write]
                                 [--quick] [--json]

``--quick`` fits on the first 40 articles only (a smoke run; it never writes weights).
"""

from __future__ import annotations

import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import base_parser, emit_json, require_data
from claims import Counts, Relation, documents, score_doc, total

FILTER_THRESHOLDS = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45)
PROPOSER_THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 1.01)
L2 = {"filter": 5.0, "proposer": 5.0}
HELD_OUT_EVERY = 5


@dataclass
class Article:
    name: str
    text: str
    gold: list[Relation]
    rules: list[Any]  # Found
    rule_rows: list[list[str]]
    rule_labels: list[int]
    cands: list[Any]  # Found
    cand_rows: list[list[str]]
    cand_labels: list[int]
    always: list[bool]  # rule claims the filter never drops (imagery sources)
    rule_p: list[float] = field(default_factory=list)
    cand_p: list[float] = field(default_factory=list)


def relation(found: Any) -> Relation:
    content = [(p.start, p.end) for p in found.parts] or [(found.content.start, found.content.end)]
    source = [(found.source.start, found.source.end)] if found.source else []
    return Relation([(found.cue.start, found.cue.end)], content, source)


def _overlap(x: list[tuple[int, int]], y: list[tuple[int, int]]) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


def matches(found: Any, gold: list[Relation]) -> int:
    """1 when the claim is a gold attribution as the benchmark counts it: its cue and
    content overlap a gold one's, and its source too when gold has one."""
    r = relation(found)
    return int(any(_overlap(r.cue, g.cue) and _overlap(r.content, g.content)
                   and (not g.source or _overlap(r.source, g.source)) for g in gold))


def outermost(rels: list[Relation]) -> list[Relation]:
    return [r for r in rels if not any(
        o is not r and any(a <= r.cue[0][0] < b for a, b in o.content) for o in rels)]


def parsed(args: Any) -> list[tuple[str, str, list[Relation], Any]]:
    from spacy.tokens import DocBin

    from sitewatch.analyze.linguistic import SpacyStage
    from sitewatch.analyze.nlp import load_nlp
    from sitewatch.model import Analysis, Document

    nlp = load_nlp()
    docs = documents(args.data, "train", args.limit)
    cached = args.cache / f"train-{len(docs)}.spacy" if args.cache else None
    if cached is not None and cached.exists():
        parses = list(DocBin().from_bytes(cached.read_bytes()).get_docs(nlp.vocab))
    else:
        stage, parses = SpacyStage(nlp), []
        for name, text, _gold in docs:
            analysis = Analysis(document=Document(id=name, text=text))
            stage(analysis)
            parses.append(analysis.spacy_doc)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            bin_ = DocBin(store_user_data=True)
            for doc in parses:
                bin_.add(doc)
            cached.write_bytes(bin_.to_bytes())
    return [(n, t, g, d) for (n, t, g), d in zip(docs, parses, strict=True)]


def articles(args: Any) -> list[Article]:
    from sitewatch.analyze.claims.learned import candidates, claim_features, imagery_source
    from sitewatch.analyze.claims.quotes import find_quotes
    from sitewatch.analyze.claims.stage import rule_attributions

    out = []
    for name, text, gold, doc in parsed(args):
        rules = rule_attributions(doc)
        quotes = [(q.start, q.end) for q in find_quotes(text)]
        cands = candidates(doc, rules, quotes)
        out.append(Article(
            name, text, gold, rules,
            [claim_features(doc, f, rules, quotes) for f in rules],
            [matches(f, gold) for f in rules],
            [c.found for c in cands], [c.features for c in cands],
            [matches(c.found, gold) for c in cands],
            [imagery_source(doc, f) for f in rules],
        ))  # fmt: skip
    return out


def fit_both(arts: list[Article], filter_t: float, proposer_t: float) -> Any:
    from sitewatch.analyze.claims.learned import ClaimModels
    from sitewatch.analyze.linear import fit

    flt = fit([r for a in arts for r in a.rule_rows], [y for a in arts for y in a.rule_labels],
              filter_t, l2=L2["filter"])
    prop = fit([r for a in arts for r in a.cand_rows], [y for a in arts for y in a.cand_labels],
               proposer_t, l2=L2["proposer"])
    return ClaimModels(flt, prop)


def score(arts: list[Article], filter_t: float, proposer_t: float) -> dict[str, Counts]:
    """The held-out articles scored with given thresholds (probabilities computed once),
    as ``learned.filtered`` and ``learned.proposed`` apply them."""
    from sitewatch.analyze.claims.learned import select_proposals

    rows = []
    for a in arts:
        keep = _kept(a, filter_t)
        chosen = select_proposals(list(zip(a.cand_p, a.cands, strict=True)), proposer_t)
        pred = outermost([relation(f) for f in keep + chosen])
        rows.append(score_doc(a.text, pred, a.gold))
    return total(rows)


def _kept(a: Article, t: float) -> list[Any]:
    ok = [p >= t or always for p, always in zip(a.rule_p, a.always, strict=True)]
    alive = set(range(len(a.rules)))
    while True:
        outer = [i for i in alive if not any(
            j != i and a.rules[j].content.contains(a.rules[i].cue.start, a.rules[i].cue.end)
            for j in alive)]
        drop = [i for i in outer if not ok[i]]
        if not drop:
            return [f for i, f in enumerate(a.rules) if i in alive]
        alive.difference_update(drop)


def with_probabilities(arts: list[Article], models: Any) -> None:
    for a in arts:
        a.rule_p = [models.filter.probability(r) for r in a.rule_rows]
        a.cand_p = [models.proposer.probability(r) for r in a.cand_rows]


def figures(tot: dict[str, Counts]) -> dict[str, Any]:
    return {k: tot[k].prf() for k in ("relation_overlap", "source_overlap", "content_overlap",
                                      "cue_overlap")}


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0], "polnear")
    parser.add_argument("--cache", type=Path, default=None, help="keep spaCy parses here")
    parser.add_argument("--limit", type=int, default=None, help="at most N train articles")
    parser.add_argument("--write", action="store_true", help="write the shipped weights")
    args = parser.parse_args()
    if not require_data(args.data, "claims_train"):
        return 0
    if args.quick:
        args.limit, args.write = 40, False
    t0 = time.perf_counter()
    arts = articles(args)
    held = [a for i, a in enumerate(arts) if i % HELD_OUT_EVERY == HELD_OUT_EVERY - 1]
    fit_on = [a for i, a in enumerate(arts) if i % HELD_OUT_EVERY != HELD_OUT_EVERY - 1]
    print(f"{len(arts)} train articles ({len(fit_on)} to fit, {len(held)} held out); "
          f"{sum(len(a.rule_rows) for a in arts)} rule claims, "
          f"{sum(len(a.cand_rows) for a in arts)} candidate cues "
          f"({sum(sum(a.cand_labels) for a in arts)} right); {time.perf_counter() - t0:.0f} s",
          flush=True)
    thresholds, result = choose(fit_on, held)
    print(json.dumps(result, indent=1), flush=True)
    if args.write:
        from sitewatch.analyze.claims.learned import model_path

        final = fit_both(arts, *thresholds)
        model_path().write_text(json.dumps(final.as_json(), sort_keys=True, separators=(",", ":"))
                                + "\n", encoding="utf-8")
        print(f"wrote {model_path()} ({model_path().stat().st_size // 1024} KB)")
    if args.json:
        emit_json(result)
    return 0


def choose(fit_on: list[Article], held: list[Article]) -> tuple[tuple[float, float],
                                                                 dict[str, Any]]:
    """Fit on ``fit_on``; the two thresholds with the best relation F1 on ``held``, and
    the held-out figures with them, beside the rules alone and each model alone."""
    models = fit_both(fit_on, 0.0, 1.01)
    with_probabilities(held, models)
    grid = {(ft, pt): score(held, ft, pt)["relation_overlap"].prf()["f1"]
            for ft in FILTER_THRESHOLDS for pt in PROPOSER_THRESHOLDS}
    best_f, best_p = max(grid, key=lambda k: (grid[k], -k[0], k[1]))
    result = {"held_out_articles": len(held), "rules_only": figures(score(held, 0.0, 1.01)),
              "thresholds": {"filter": best_f, "proposer": best_p},
              "learned": figures(score(held, best_f, best_p)),
              "filter_only": figures(score(held, best_f, 1.01)),
              "proposer_only": figures(score(held, 0.0, best_p))}
    return (best_f, best_p), result


if __name__ == "__main__":
    sys.exit(main())
