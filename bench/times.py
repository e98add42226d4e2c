"""Benchmark the time stage on TempEval-3 training data (TimeBank + AQUAINT, TBAQ-cleaned).

Runs spaCy and our ``TimeStage`` over each document's raw text with the document creation
time as publication date, and prints TempEval-3 task A measures (UzZaman et al. 2013):
span precision/recall/F1, strict (same extent) and relaxed (any overlap); type accuracy over
relaxed matches; value (and type) F1 as in the official scorer: matches with the right
attribute counted over all system (precision) and all gold (recall) expressions. Beside
them: a baseline measured in the same run (dateparser's ``search_dates`` resolved against
the creation time) and HeidelTime's published TempEval-3 figures. Also the stage's time per
document against spaCy's parse time.

    .venv/bin/python bench/times.py [--data PATH] [--quick | --limit N] [--json]
        [--cache DIR] [--errors FILE]

``--cache DIR`` keeps each document's spaCy parse there (a ``DocBin`` per document) so that
reruns while changing the rules skip the parse; the speed figures then measure only the stage,
so measure speed without it. ``--errors FILE`` writes every false positive (FP), miss (FN) and
wrong value (VAL) with its document, for error analysis. Figures are also given per corpus
(TimeBank, AQUAINT) and per half (the even- and the odd-numbered files of each corpus, sorted
by name), so that rules tuned on one part can be checked on the other.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import benchmarks_root

PUBLISHED = {"span_f1_relaxed": 0.9030, "span_f1_strict": 0.8134, "value_f1": 0.7761}
TARGETS = {"span_f1_relaxed": 0.92, "value_f1": 0.85}
QUICK_DOCS = 10


@dataclass
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    text: str = ""


@dataclass
class Doc:
    name: str
    dct: str
    text: str
    gold: list[Timex]
    corpus: str = ""
    half: str = ""  # "even" / "odd": the file's position in its corpus (sorted by name)


@dataclass
class Tally:
    n_sys: int = 0
    n_gold: int = 0
    strict_sys: int = 0
    strict_gold: int = 0
    relaxed_sys: int = 0
    relaxed_gold: int = 0
    pairs: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, system: list[Timex], gold: list[Timex], name: str) -> None:
        self.n_sys += len(system)
        self.n_gold += len(gold)
        self.strict_sys += sum(any(_same(s, g) for g in gold) for s in system)
        self.strict_gold += sum(any(_same(s, g) for s in system) for g in gold)
        self.relaxed_sys += sum(any(_overlap(s, g) for g in gold) for s in system)
        self.relaxed_gold += sum(any(_overlap(s, g) for s in system) for g in gold)
        used: set[int] = set()
        for s in system:
            best = max((g for g in gold if _overlap(s, g) and id(g) not in used),
                       key=lambda g: min(s.end, g.end) - max(s.start, g.start), default=None)
            if best is None:
                self.errors.append(f"FP {name} {s.text!r} {s.type} {s.value}")
                continue
            used.add(id(best))
            self.pairs += 1
            self.type_ok += s.type == best.type
            self.value_ok += s.value == best.value
            if s.value != best.value:
                self.errors.append(
                    f"VAL {name} {s.text!r}->{s.value} gold {best.text!r}={best.value}"
                )
        for g in gold:
            if id(g) not in used:
                self.errors.append(f"FN {name} {g.text!r} {g.type} {g.value}")

    def measures(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        def ratio(a: int, b: int) -> float:
            return a / b if b else 0.0

        out: dict[str, float] = {}
        for kind, (ns, ng) in {"strict": (self.strict_sys, self.strict_gold),
                               "relaxed": (self.relaxed_sys, self.relaxed_gold)}.items():
            p, r = ratio(ns, self.n_sys), ratio(ng, self.n_gold)
            out |= {f"span_p_{kind}": p, f"span_r_{kind}": r, f"span_f1_{kind}": f1(p, r)}
        out["type_accuracy"] = ratio(self.type_ok, self.pairs)
        out["type_f1"] = f1(ratio(self.type_ok, self.n_sys), ratio(self.type_ok, self.n_gold))
        out["value_accuracy"] = ratio(self.value_ok, self.pairs)
        out["value_f1"] = f1(ratio(self.value_ok, self.n_sys), ratio(self.value_ok, self.n_gold))
        return {k: round(v, 4) for k, v in out.items()}


def _same(a: Timex, b: Timex) -> bool:
    return a.start == b.start and a.end == b.end


def _overlap(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")


def read_tml(path: Path) -> Doc | None:
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*>|<DCT>\s*<TIMEX3[^>]*>', raw)
    dct_value = re.search(r'value="([^"]+)"', dct.group(0)) if dct else None
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if dct_value is None or body is None:
        return None
    text, gold, open_timex = [], [], None
    pos, length = 0, 0
    source = body.group(1)
    for tag in _TAG.finditer(source):
        chunk = html.unescape(source[pos : tag.start()])
        text.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            if open_timex is not None:
                open_timex.end = length
                gold.append(open_timex)
                open_timex = None
            continue
        attrs = dict(re.findall(r'(\w+)="([^"]*)"', tag.group(3)))
        open_timex = Timex(length, length, attrs.get("type", ""), attrs.get("value"))
    text.append(html.unescape(source[pos:]))
    full = "".join(text)
    for g in gold:
        g.text = full[g.start : g.end]
    return Doc(path.stem, dct_value.group(1)[:10], full, gold, path.parent.name)


def load(data: Path, limit: int | None) -> list[Doc]:
    folder = data / "TBAQ-cleaned"
    paths = sorted((folder / "TimeBank").glob("*.tml")) + sorted((folder / "AQUAINT").glob("*.tml"))
    half = {p: ("even", "odd")[i % 2] for corpus in ("TimeBank", "AQUAINT")
            for i, p in enumerate(q for q in paths if q.parent.name == corpus)}
    if limit:
        step = max(len(paths) // limit, 1)
        paths = paths[::step][:limit]
    docs = [(p, read_tml(p)) for p in paths]
    return [replace(d, half=half[p]) for p, d in docs if d is not None]


def _parse(nlp: Any, doc: Doc, cache: Path | None) -> Any:
    """spaCy's parse of ``doc``, from ``cache`` when it holds this very text."""
    if cache is None:
        return nlp(doc.text)
    from spacy.tokens import DocBin

    path = cache / f"{doc.corpus}-{doc.name}.spacy"
    if path.exists():
        parsed = next(iter(DocBin().from_disk(path).get_docs(nlp.vocab)), None)
        if parsed is not None and parsed.text == doc.text:
            return parsed
    parsed = nlp(doc.text)
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(docs=[parsed]).to_disk(path)
    return parsed


def run_ours(docs: list[Doc], cache: Path | None = None) -> tuple[dict[str, Tally], float, float]:
    """Our tallies by corpus ("all" too) and the mean parse and stage seconds per document."""
    from sitewatch.analyze.nlp import load_nlp
    from sitewatch.analyze.times import TimeStage
    from sitewatch.model import Analysis, Document, PublishedDate

    nlp = load_nlp()
    stage = TimeStage()
    tallies: dict[str, Tally] = {"all": Tally()}
    parse_s, stage_s = 0.0, 0.0
    for doc in docs:
        document = Document(id=doc.name, text=doc.text, published=PublishedDate(doc.dct))
        analysis = Analysis(document)
        t0 = time.perf_counter()
        analysis.spacy_doc = _parse(nlp, doc, cache)
        t1 = time.perf_counter()
        stage(analysis)
        t2 = time.perf_counter()
        parse_s, stage_s = parse_s + t1 - t0, stage_s + t2 - t1
        system = [Timex(t["start"], t["end"], t["type"], t["value"], t["text"])
                  for t in analysis.times]
        tallies["all"].add(system, doc.gold, doc.name)
        tallies.setdefault(doc.corpus, Tally()).add(system, doc.gold, doc.name)
        tallies.setdefault(f"{doc.half} half", Tally()).add(system, doc.gold, doc.name)
    return tallies, parse_s / max(len(docs), 1), stage_s / max(len(docs), 1)


def run_baseline(docs: list[Doc]) -> Tally | None:
    """dateparser.search.search_dates over the raw text, relative to the creation time."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    tally = Tally()
    for doc in docs:
        base = datetime.fromisoformat(doc.dct)
        settings: Any = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}
        found = search_dates(doc.text, languages=["en"], settings=settings) or []
        system, cursor = [], 0
        for phrase, stamp in found:
            start = doc.text.find(phrase, cursor)
            if start < 0:
                continue
            cursor = start + len(phrase)
            system.append(Timex(start, cursor, "DATE", stamp.date().isoformat(), phrase))
        tally.add(system, doc.gold, doc.name)
    return tally


def _parts(tallies: dict[str, Tally], docs: list[Doc], key: Callable[[Doc], str],
           names: tuple[str, ...]) -> dict[str, Any]:
    """Figures for each part of the data (a corpus, a half) that has documents."""
    return {name: {"documents": sum(key(d) == name for d in docs), "gold": tallies[name].n_gold,
                   "ours": tallies[name].measures()} for name in names if name in tallies}


def table(ours: dict[str, float], base: dict[str, float] | None) -> str:
    rows = ["span_p_strict", "span_r_strict", "span_f1_strict", "span_p_relaxed",
            "span_r_relaxed", "span_f1_relaxed", "type_accuracy", "value_accuracy", "value_f1"]
    lines = [f"| {'measure':<16} | {'sitewatch':>9} | {'dateparser':>10} | {'HeidelTime*':>11} |",
             f"|{'-' * 18}|{'-' * 11}|{'-' * 12}|{'-' * 13}|"]
    for row in rows:
        b = f"{base[row]:.4f}" if base else "n/a"
        p = f"{PUBLISHED[row]:.4f}" if row in PUBLISHED else ""
        lines.append(f"| {row:<16} | {ours[row]:>9.4f} | {b:>10} | {p:>11} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = benchmarks_root()
    parser.add_argument("--data", type=Path, default=None, help="benchmarks folder or tempeval3/")
    parser.add_argument("--json", action="store_true", help="print all figures as one JSON line")
    parser.add_argument("--quick", action="store_true", help=f"only ~{QUICK_DOCS} documents")
    parser.add_argument("--limit", type=int, default=None, help="at most N documents")
    parser.add_argument("--no-baseline", action="store_true", help="skip dateparser (slow)")
    parser.add_argument("--errors", type=Path, default=None, help="write our errors here")
    parser.add_argument("--cache", type=Path, default=None,
                        help="keep spaCy parses in this folder (then speed is not measured)")
    args = parser.parse_args(argv)
    data = args.data or default
    if (data / "tempeval3").is_dir():
        data = data / "tempeval3"
    if not (data / "TBAQ-cleaned").is_dir():
        print(f"times: data folder {data} not found; nothing measured.", file=sys.stderr)
        return 0
    docs = load(data, QUICK_DOCS if args.quick else args.limit)
    tallies, parse_s, stage_s = run_ours(docs, args.cache)
    tally = tallies["all"]
    base = None if args.no_baseline else run_baseline(docs)
    ours = tally.measures()
    figures: dict[str, Any] = {
        "by_corpus": _parts(tallies, docs, lambda d: d.corpus, ("TimeBank", "AQUAINT")),
        "by_half": _parts(tallies, docs, lambda d: f"{d.half} half", ("even half", "odd half")),
        "documents": len(docs), "gold": tally.n_gold, "system": tally.n_sys, "ours": ours,
        "baseline": base.measures() if base else None, "published_heideltime": PUBLISHED,
        "targets": TARGETS, "parse_ms_per_doc": round(parse_s * 1000, 2),
        "stage_ms_per_doc": round(stage_s * 1000, 2),
        "stage_over_parse": round(stage_s / parse_s, 4) if parse_s else None,
    }
    if args.errors:
        args.errors.write_text("\n".join(tally.errors) + "\n", encoding="utf-8")
    print(f"TempEval-3 task A on {len(docs)} TBAQ-cleaned documents ({tally.n_gold} gold TIMEX3)")
    print(table(ours, figures["baseline"]))
    for name, part in (figures["by_corpus"] | figures["by_half"]).items():
        m = part["ours"]
        print(f"  {name}: {part['documents']} documents, {part['gold']} gold; relaxed span F1 "
              f"{m['span_f1_relaxed']:.4f}, value F1 {m['value_f1']:.4f}")
    print("* HeidelTime's published TempEval-3 test-set figures (UzZaman et al. 2013)")
    print(f"time per document: spaCy parse {figures['parse_ms_per_doc']} ms, "
          f"times stage {figures['stage_ms_per_doc']} ms ({figures['stage_over_parse']:.1%})")
    if args.json:
        print(json.dumps(figures, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
