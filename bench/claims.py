"""Attribution extraction (issue 5) on PolNeAR, beside a quotes-only baseline and agreement.

PolNeAR (``polnear/<split>/text/*.txt`` beside ``polnear/<split>/attributions/*.ann``, brat
standoff: ``Source``, ``Cue``, ``Content`` spans and ``Attribution`` events linking them).
Prints precision/recall/F1 for source, cue and content spans (exact and overlap matching)
and for whole relations (overlap: cue and content overlap, and source too when gold has one),
for the claims stage and for a direct-quotations-only baseline measured in the same run;
then accuracy on the hand-labelled sample gold set (``bench/gold/claims_sample.jsonl``),
and the stage's time per document against spaCy's parse time.

    python bench/claims.py [--data PATH] [--split dev|train] [--limit N] [--quick] [--json]
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, base_parser, emit_json, print_table, require_data

AGREEMENT = 0.754  # PolNeAR token-wise Krippendorff's alpha
TARGETS = {"relation_f1_overlap": 0.75, "content_f1_overlap": 0.80,
           "source_f1_overlap": 0.80, "added_time": 0.25}
GOLD = ROOT / "bench" / "gold" / "claims_sample.jsonl"
Ranges = list[tuple[int, int]]
SPEECH = re.compile(r"^(said|says|say|told|tells|added|adds|asked|asks|wrote|writes|"
                    r"stated|states|explained|noted|according)$", re.IGNORECASE)
BASE_QUOTES = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"")


@dataclass
class Relation:
    cue: Ranges
    content: Ranges
    source: Ranges = field(default_factory=list)


# -- reading PolNeAR ------------------------------------------------------------------
def read_ann(path: Path) -> list[Relation]:
    spans: dict[str, Ranges] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            continue
        if parts[0].startswith("T"):
            _label, _, ranges = parts[1].partition(" ")
            spans[parts[0]] = [(int(a), int(b)) for a, b in
                               (r.split() for r in ranges.split(";"))]
        elif parts[0].startswith("E"):
            events.append(dict(x.split(":", 1) for x in parts[1].split() if ":" in x))
    relations = []
    for ev in events:
        if "Cue" not in ev or "Content" not in ev:
            continue
        content = spans.get(ev["Content"], []) + spans.get(ev.get("Content2", ""), [])
        relations.append(Relation(spans[ev["Cue"]], content, spans.get(ev.get("Source", ""), [])))
    return relations


def documents(data: Path, split: str, limit: int | None) -> list[tuple[str, str, list[Relation]]]:
    folder = data / split
    seen: set[str] = set()
    docs = []
    for ann in sorted((folder / "attributions").glob("*.ann")):
        base = ann.stem.rsplit("_", 1)[0]
        text_path = folder / "text" / f"{base}.txt"
        if base in seen or not text_path.exists():
            continue  # several annotators: the first annotation of each article
        seen.add(base)
        docs.append((base, text_path.read_text(encoding="utf-8"), read_ann(ann)))
        if limit and len(docs) >= limit:
            break
    return docs


# -- predictions ---------------------------------------------------------------------
def ours(claims: list[dict[str, Any]]) -> list[Relation]:
    """The stage's claims, outermost only (PolNeAR gives each token one attribution)."""
    def rng(s: dict[str, Any] | None) -> Ranges:
        if not s:
            return []
        return [(p["start"], p["end"]) for p in s.get("parts", [])] or [(s["start"], s["end"])]

    rels = [Relation(rng(c["cue"]), rng(c["content"]), rng(c["source"])) for c in claims]
    return [r for r in rels if not any(
        o is not r and any(a <= r.cue[0][0] < b for a, b in o.content) for o in rels)]


def baseline(doc: Any) -> list[Relation]:
    """Direct quotations only: each quote, the nearest speech verb in its sentence, and the
    nearest PERSON/ORG name or pronoun to that verb outside the quote as the source."""
    out = []
    for m in BASE_QUOTES.finditer(doc.text):
        if len(m.group(0).split()) < 4:
            continue
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        sent_toks = [t for s in {span[0].sent, span[-1].sent} for t in s
                     if not (m.start() <= t.idx < m.end())]
        verbs = [t for t in sent_toks if SPEECH.match(t.text)]
        if not verbs:
            continue
        verb = min(verbs, key=lambda t: min(abs(t.idx - m.start()), abs(t.idx - m.end())))
        names = [t for t in sent_toks if t.i != verb.i and (
            t.ent_type_ in ("PERSON", "ORG") or (t.pos_ == "PRON" and t.dep_ == "nsubj"))]
        source: Ranges = []
        if names:
            near = min(names, key=lambda t: abs(t.i - verb.i))
            if abs(near.i - verb.i) <= 6:
                source = [(near.idx, near.idx + len(near.text))]
        out.append(Relation([(verb.idx, verb.idx + len(verb.text))],
                            [(m.start(), m.end())], source))
    return out


# -- scoring -------------------------------------------------------------------------
def _norm(text: str, ranges: Ranges) -> tuple[int, int] | None:
    if not ranges:
        return None
    a, b = ranges[0][0], ranges[-1][1]
    strip = " \n\t\"“”‘’'.,:;—-"
    while a < b and text[a] in strip:
        a += 1
    while b > a and text[b - 1] in strip:
        b -= 1
    return a, b


def _overlap(x: Ranges, y: Ranges) -> bool:
    return any(a < d and c < b for a, b in x for c, d in y)


@dataclass
class Counts:
    tp: int = 0
    pred: int = 0
    gold: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.pred += other.pred
        self.gold += other.gold

    def prf(self) -> dict[str, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3)}


def match(pred: list[Any], gold: list[Any], same: Any) -> Counts:
    used: set[int] = set()
    tp = 0
    for p in pred:
        for i, g in enumerate(gold):
            if i not in used and same(p, g):
                used.add(i)
                tp += 1
                break
    return Counts(tp, len(pred), len(gold))


def score_doc(text: str, pred: list[Relation], gold: list[Relation]) -> dict[str, Counts]:
    out: dict[str, Counts] = {}
    for part in ("source", "cue", "content"):
        p = [getattr(r, part) for r in pred if getattr(r, part)]
        g = [getattr(r, part) for r in gold if getattr(r, part)]
        out[f"{part}_exact"] = match(p, g, lambda x, y: _norm(text, x) == _norm(text, y))
        out[f"{part}_overlap"] = match(p, g, _overlap)
    out["relation_overlap"] = match(pred, gold, lambda p, g: (
        _overlap(p.cue, g.cue) and _overlap(p.content, g.content)
        and (not g.source or _overlap(p.source, g.source))))
    return out


def total(rows: Iterable[dict[str, Counts]]) -> dict[str, Counts]:
    acc: dict[str, Counts] = {}
    for row in rows:
        for key, counts in row.items():
            acc.setdefault(key, Counts()).add(counts)
    return acc


# -- the sample gold set -------------------------------------------------------------
def gold_accuracy(nlp: Any) -> dict[str, Any]:
    """Speaker, kind and certainty accuracy on the hand-labelled sample claims."""
    if not GOLD.exists():
        return {}
    from sitewatch.app import App
    from sitewatch.settings import Settings

    lines = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x.strip()]
    app = App(Settings(db=":memory:"))
    errors: list[Any] = []
    names = sorted({str(ROOT / g["doc"].split("#")[0].split(":")[0]) for g in lines})
    by_source = {a.document.source: a for a in app.analyze(names, errors)}
    right = {"speaker": 0, "kind": 0, "certainty": 0, "found": 0}
    for g in lines:
        claim = _find_claim(by_source, g)
        if claim is None:
            continue
        right["found"] += 1
        name = (claim["speaker"]["name"] or claim["speaker"]["role"] or "").lower()
        right["speaker"] += name in [s.lower() for s in g["speaker"].split("|")]
        right["kind"] += claim["kind"] == g["kind"]
        right["certainty"] += claim["certainty"] == g["certainty"]
    n = len(lines)
    return {"claims": n, **{f"{k}_accuracy": round(v / n, 3) for k, v in right.items()}}


def _find_claim(by_source: dict[str, Any], g: dict[str, Any]) -> dict[str, Any] | None:
    for source, analysis in by_source.items():
        if not source.endswith(g["doc"].removeprefix("data/sample/")):
            continue
        text = analysis.document.text
        for c in analysis.claims:
            sent = " ".join(text[c["sentence"]["start"]:c["sentence"]["end"]].split())
            if " ".join(g["sentence"].split()) in sent and c["cue"]["text"] == g["cue"]:
                return dict(c)
    return None


# -- main ------------------------------------------------------------------------------
def run(args: Any) -> dict[str, Any]:
    from sitewatch.analyze.claims.stage import ClaimStage
    from sitewatch.analyze.linguistic import SpacyStage
    from sitewatch.analyze.nlp import load_nlp
    from sitewatch.model import Analysis, Document

    nlp = load_nlp()
    spacy_stage, stage = SpacyStage(nlp), ClaimStage()
    limit = 5 if args.quick else args.limit
    rows_ours, rows_base = [], []
    parse_s = stage_s = 0.0
    docs = documents(args.data, args.split, limit)
    for name, text, gold in docs:
        analysis = Analysis(document=Document(id=name, text=text))
        t0 = time.perf_counter()
        spacy_stage(analysis)
        t1 = time.perf_counter()
        stage(analysis)
        t2 = time.perf_counter()
        parse_s += t1 - t0
        stage_s += t2 - t1
        rows_ours.append(score_doc(text, ours(analysis.claims), gold))
        rows_base.append(score_doc(text, baseline(analysis.spacy_doc), gold))
    figures: dict[str, Any] = {"split": args.split, "documents": len(docs),
                               "agreement_alpha": AGREEMENT, "targets": TARGETS}
    for label, rows in (("ours", rows_ours), ("baseline", rows_base)):
        figures[label] = {k: {**v.prf(), "gold": v.gold, "predicted": v.pred}
                          for k, v in total(rows).items()}
    n = max(1, len(docs))
    figures["time"] = {"parse_ms_per_doc": round(1000 * parse_s / n, 1),
                       "stage_ms_per_doc": round(1000 * stage_s / n, 1),
                       "added": round(stage_s / parse_s, 3) if parse_s else None}
    figures["sample_gold"] = gold_accuracy(nlp)
    return figures


def report(figures: dict[str, Any]) -> None:
    keys = ["source_exact", "source_overlap", "cue_exact", "cue_overlap", "content_exact",
            "content_overlap", "relation_overlap"]
    rows = []
    for key in keys:
        o, b = figures["ours"][key], figures["baseline"][key]
        rows.append([key, o["precision"], o["recall"], o["f1"], b["precision"], b["recall"],
                     b["f1"], "0.754" if key == "relation_overlap" else ""])
    print_table(f"PolNeAR {figures['split']} ({figures['documents']} documents)",
                ["measure", "P", "R", "F1", "base P", "base R", "base F1", "agreement"], rows)
    t = figures["time"]
    print(f"\ntime per document: spaCy parse {t['parse_ms_per_doc']} ms, claims stage "
          f"{t['stage_ms_per_doc']} ms (adds {t['added']:.0%}; target <= 25%)")
    if figures["sample_gold"]:
        print(f"sample gold set: {json.dumps(figures['sample_gold'])}")


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0], "polnear")
    parser.add_argument("--split", choices=["dev", "train"], default="dev")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents")
    args = parser.parse_args()
    if not require_data(args.data, "claims"):
        return 0
    figures = run(args)
    report(figures)
    if args.json:
        emit_json(figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
