"""Site and political events (issue 6) on the sample corpus, against hand-written gold sets.

Runs the real pipeline (``App(Settings()).analyze``) over the sample corpus, takes the events
with category ``site``, a gazetteer site and ``negated`` false, and compares the tuples
(source, site, activity, month) with ``bench/gold/events_sample.jsonl`` (``negated`` false
records). Beside it, a keyword baseline measured in the same run: every sentence with a
gazetteer alias and an activity keyword predicts (site, activity, publication month).

Political events (summits and talks, pledges, sanctions, inspections) are scored apart,
against ``bench/gold/political_sample.jsonl``: per document, the set of keys (type, month,
planned), where a planned event the text gives no month for has no month. Beside it, a
keyword baseline: every sentence with a political keyword predicts (type, publication month),
planned (with no month) when the sentence has a future or plan word.

    python bench/events.py [--data PATH] [--gold PATH] [--political-gold PATH] [--quick]
                           [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit_json, print_table, read_gold, require_data

TARGET_F1 = 0.85
DEFAULT_DATA = ROOT / "data" / "sample"
DEFAULT_GOLD = ROOT / "bench" / "gold" / "events_sample.jsonl"
DEFAULT_POLITICAL = ROOT / "bench" / "gold" / "political_sample.jsonl"
SITES = ROOT / "src" / "sitewatch" / "data" / "sites.json"
Key = tuple[str, str, str, str]  # (source, site, activity, month)
PKey = tuple[str, str, str, bool]  # (source, type, month or "", planned)

# Keyword baseline: word prefixes per activity, matched case-insensitively.
KEYWORDS = {
    "construction": [
        "build",
        "built",
        "construct",
        "expan",
        "extension",
        "upgrade",
        "install",
        "erect",
    ],
    "dismantling": [
        "dismantl",
        "take apart",
        "taking apart",
        "taken apart",
        "remov",
        "pull down",
        "taking down",
        "taken down",
    ],
    "demolition": ["demolish", "demolition", "destroy", "destruction", "blast", "explosion"],
    "restoration": ["rebuil", "restor", "reconstruct", "put back", "putting back"],
    "vehicle_activity": ["vehicle", "truck", "crane", "railcar", "rail car", "traffic"],
    "production": ["produc", "manufactur", "enrich", "reprocess"],
    "launch_preparation": ["prepar"],
    "launch": ["launched", "fired", "firing"],
    "test": ["tested", "test-fire"],
}
POLITICAL_KEYWORDS = {
    "summit": ["summit", "meeting", "met ", "meet ", "talks", "negotiat"],
    "pledge": ["pledg", "promis", "commit", "undert", "vow", "agreed to"],
    "sanctions": ["sanction"],
    "inspection": ["inspect", "verif", "observ"],
}
PLAN_WORDS = re.compile(
    r"\b(?:will|planned|plans?|scheduled|due to|expected|to be held|would)\b", re.IGNORECASE
)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        help=f"the sample corpus folder (default: {DEFAULT_DATA})",
    )
    p.add_argument(
        "--gold",
        type=Path,
        default=DEFAULT_GOLD,
        help="gold events (default: bench/gold/events_sample.jsonl)",
    )
    p.add_argument(
        "--political-gold",
        type=Path,
        default=None,
        help="gold political events (default: bench/gold/political_sample.jsonl when --data is "
        "the sample corpus; none otherwise)",
    )
    p.add_argument("--json", action="store_true", help="print all figures as one JSON object, last")
    p.add_argument(
        "--quick",
        action="store_true",
        help="only the inputs holding the first 5 gold documents (CI's smoke run); political "
        "events are scored on every document those inputs hold",
    )
    p.add_argument(
        "--verbose", action="store_true", help="list false positives and false negatives"
    )
    return p


# -- gold ------------------------------------------------------------------------------
def gold_keys(gold: Iterable[dict[str, Any]]) -> dict[Key, str]:
    return {
        (g["source"], g["site"], g["activity"], g["month"]): g.get("evidence", "")
        for g in gold
        if not g.get("negated")
    }


def input_path(source: str) -> str:
    """The file a source names: 'jsonl/reports.jsonl:3' -> 'jsonl/reports.jsonl'."""
    base = source.split("#", 1)[0]
    return re.sub(r":\d+$", "", base)


# -- the pipeline ------------------------------------------------------------------------
def run_pipeline(data: Path, inputs: list[str]) -> tuple[list[Any], list[Any], float]:
    from sitewatch.app import App
    from sitewatch.settings import Settings

    errors: list[Any] = []
    start = time.perf_counter()
    analyses = list(App(Settings()).analyze([str(data / i) for i in inputs], errors))
    return analyses, errors, time.perf_counter() - start


def input_folders(data: Path) -> list[str]:
    """The input folders of a gold set's data folder (``text``, ``html``, ...)."""
    return sorted(p.name for p in data.iterdir() if p.is_dir() and not p.name.startswith("."))


def analyze_with_last_stage(data: Path, last: Any) -> list[Any]:
    """Every analysis of a gold set's data with the pipeline's last stage (the events stage)
    replaced by ``last``, for the scripts that record what the events stage sees."""
    from sitewatch.analyze.pipeline import Pipeline
    from sitewatch.app import App
    from sitewatch.settings import Settings

    app = App(Settings())
    app._pipeline = Pipeline([*app.pipeline.stages[:-1], last], app.settings.batch_size)
    return list(app.analyze([str(data / i) for i in input_folders(data)], []))


def scored_event(event: dict[str, Any]) -> bool:
    """A site event the gold guide records: at a site, neither negated nor planned."""
    return (
        event.get("category") == "site" and bool(event.get("site"))
        and not event.get("negated") and event.get("certainty") != "planned"
    )  # fmt: skip


def relative_source(source: str, data: Path) -> str:
    for prefix in (str(data), str(data.resolve())):
        if source.startswith(prefix.rstrip("/") + "/"):
            return source[len(prefix.rstrip("/")) + 1 :]
    return source


COARSE = {"year", "season", "quarter", "half", "decade", "century", "vague"}


def event_months(event: dict[str, Any]) -> list[str]:
    """The months an event's date covers: every month of an interval of up to three
    months ("between July and early August" is July and August, as the gold guide
    records it). A date coarser than a month ("last year", "last summer", "since 2012")
    names no month, as the gold guide does not record those."""
    date = event.get("date") or {}
    earliest, latest = (date.get("interval") or [None, None])[:2]
    value = earliest or date.get("value")
    if date.get("precision") in COARSE or not value or not re.match(r"\d{4}-\d{2}", value):
        return []
    if not latest or len(latest) < 7:
        return [value[:7]]
    months = []
    year, month = int(value[:4]), int(value[5:7])
    while f"{year:04d}-{month:02d}" <= latest[:7] and len(months) < 4:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months if len(months) <= 3 else []


def ours(source: str, analysis: Any) -> dict[Key, str]:
    """Observed site events: planned (pledges, offers) and negated ones are not scored,
    as the gold guide leaves them out."""
    out: dict[Key, str] = {}
    for ev in analysis.events:
        if not scored_event(ev):
            continue
        for month in event_months(ev):
            key = (source, ev["site"], ev["activity"], month)
            out.setdefault(key, (ev.get("evidence") or {}).get("text", ""))
    return out


# -- the keyword baseline ----------------------------------------------------------------
def alias_patterns() -> list[tuple[str, re.Pattern[str]]]:
    sites = json.loads(SITES.read_text(encoding="utf-8"))["sites"]
    pats = []
    for s in sites:
        names = sorted({s["name"], *s.get("aliases", [])}, key=len, reverse=True)
        pats.append(
            (
                s["id"],
                re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)"),
            )
        )
    return pats


KEYWORD_RES = {
    a: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in ks) + r")", re.IGNORECASE)
    for a, ks in KEYWORDS.items()
}


def baseline(source: str, analysis: Any, aliases: list[tuple[str, re.Pattern[str]]]
             ) -> dict[Key, str]:  # fmt: skip
    doc = analysis.document
    if not doc.is_english or doc.published is None:
        return {}
    month = doc.published.value[:7]
    text = doc.text
    out: dict[Key, str] = {}
    for sent in analysis.sentences:
        s = text[sent.start : sent.end]
        found = [(site, m.span()) for site, pat in aliases for m in pat.finditer(s)]
        if not found:
            continue
        rest = s
        for _site, (a, b) in found:  # alias words ("Launching Station") are not keywords
            rest = rest[:a] + " " * (b - a) + rest[b:]
        for activity, kw in KEYWORD_RES.items():
            if kw.search(rest):
                for site, _span in found:
                    out.setdefault((source, site, activity, month), s)
    return out


# -- political events ----------------------------------------------------------------------
def political_gold_keys(gold: Iterable[dict[str, Any]]) -> dict[PKey, str]:
    return {
        (g["source"], g["type"], g.get("month") or "", bool(g.get("planned"))): g.get(
            "evidence", ""
        )
        for g in gold
        if not g.get("negated")
    }


def political_ours(source: str, analysis: Any) -> dict[PKey, str]:
    """Political events, not negated: (type, month, planned). A planned event dated only by
    the publication (no date of its own in the text) has no month, as the gold guide says."""
    out: dict[PKey, str] = {}
    for ev in analysis.events:
        if ev.get("category") != "political" or ev.get("negated"):
            continue
        planned = ev.get("certainty") == "planned"
        date = ev.get("date") or {}
        if planned and date.get("basis") not in {"text", "discourse"}:
            months = [""]
        else:
            months = event_months(ev)[:1]
        for month in months:
            key = (source, ev["activity"], month, planned)
            out.setdefault(key, (ev.get("evidence") or {}).get("text", ""))
    return out


POLITICAL_RES = {
    t: re.compile(r"\b(?:" + "|".join(re.escape(k) for k in ks) + r")", re.IGNORECASE)
    for t, ks in POLITICAL_KEYWORDS.items()
}


def political_baseline(source: str, analysis: Any) -> dict[PKey, str]:
    doc = analysis.document
    if not doc.is_english or doc.published is None:
        return {}
    month = doc.published.value[:7]
    out: dict[PKey, str] = {}
    for sent in analysis.sentences:
        s = doc.text[sent.start : sent.end]
        planned = bool(PLAN_WORDS.search(s))
        for kind, kw in POLITICAL_RES.items():
            if kw.search(s):
                out.setdefault((source, kind, "" if planned else month, planned), s)
    return out


def political_score(pred: dict[PKey, str], gold: dict[PKey, str]) -> dict[str, Any]:
    tp = set(pred) & set(gold)
    per_type = {
        kind: prf(
            sum(1 for k in tp if k[1] == kind),
            sum(1 for k in pred if k[1] == kind),
            sum(1 for k in gold if k[1] == kind),
        )
        for kind in sorted({k[1] for k in pred} | {k[1] for k in gold})
    }
    no_plan_p = {k[:3] for k in pred}
    no_plan_g = {k[:3] for k in gold}
    type_p = {k[:2] for k in pred}
    type_g = {k[:2] for k in gold}
    return {
        **prf(len(tp), len(pred), len(gold)),
        "per_type": per_type,
        "ignoring_planned": prf(len(no_plan_p & no_plan_g), len(no_plan_p), len(no_plan_g)),
        "type_only": prf(len(type_p & type_g), len(type_p), len(type_g)),
    }


# -- scoring -------------------------------------------------------------------------------
def prf(tp: int, pred: int, gold: int) -> dict[str, float | int]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "tp": tp,
        "predicted": pred,
        "gold": gold,
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(f, 3),
    }


def score(pred: dict[Key, str], gold: dict[Key, str]) -> dict[str, Any]:
    tp = set(pred) & set(gold)
    per_activity = {}
    for act in sorted({k[2] for k in pred} | {k[2] for k in gold}):
        per_activity[act] = prf(
            sum(1 for k in tp if k[2] == act),
            sum(1 for k in pred if k[2] == act),
            sum(1 for k in gold if k[2] == act),
        )
    no_month_p = {k[:3] for k in pred}
    no_month_g = {k[:3] for k in gold}
    return {
        **prf(len(tp), len(pred), len(gold)),
        "per_activity": per_activity,
        "ignoring_month": prf(len(no_month_p & no_month_g), len(no_month_p), len(no_month_g)),
    }


def summary_row(name: str, s: dict[str, Any], *relaxed: str) -> list[Any]:
    """One system's counts, P / R / F1, then the F1 of each relaxed scoring named."""
    figures = [f"{s[k]:.3f}" for k in ("precision", "recall", "f1")]
    return [name, s["gold"], s["predicted"], s["tp"], *figures] + [
        f"{s[k]['f1']:.3f}" for k in relaxed
    ]


def breakdown(ours: dict[str, Any], base: dict[str, Any]) -> list[list[Any]]:
    """One row per category: gold count, then predicted / correct / F1 for each system."""
    empty = prf(0, 0, 0)
    rows = []
    for cat in sorted(set(ours) | set(base)):
        o, b = ours.get(cat, empty), base.get(cat, empty)
        gold = o["gold"] or b["gold"]
        ours_cells = [o["predicted"], o["tp"], f"{o['f1']:.3f}"]
        base_cells = [b["predicted"], b["tp"], f"{b['f1']:.3f}"]
        rows.append([cat, gold, *ours_cells, *base_cells])
    return rows


def show_errors(name: str, pred: dict[Any, str], gold: dict[Any, str], what: str = "") -> None:
    """Print the false positives and negatives: each key (source first) and its sentence."""

    def line(tag: str, key: tuple[Any, ...], text: str) -> str:
        rest = " ".join("-" if v is None else str(v) for v in key[1:])
        return f"  {tag} {key[0]} | {rest}\n       {text[:200]}"

    print(f"\n{name}: {what}false positives ({len(set(pred) - set(gold))})")
    for k in sorted(set(pred) - set(gold)):
        print(line("FP", k, pred[k]))
    print(f"{name}: {what}false negatives ({len(set(gold) - set(pred))})")
    for k in sorted(set(gold) - set(pred)):
        print(line("FN", k, gold[k]))


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not require_data(args.data, "events"):
        return 0
    gold_all = read_gold(args.gold, "events")
    if gold_all is None:
        return 0
    if args.quick:
        first: list[str] = []
        for g in gold_all:
            if g["source"] not in first:
                first.append(g["source"])
        docs = set(first[:5])
        gold_all = [g for g in gold_all if g["source"] in docs]
        inputs = sorted({input_path(s) for s in docs})
    else:
        docs = None
        inputs = input_folders(args.data)
    gold = gold_keys(gold_all)
    political_path = args.political_gold
    if political_path is None and args.data.resolve() == DEFAULT_DATA.resolve():
        political_path = DEFAULT_POLITICAL
    political_all = (
        read_gold(political_path, "events") or []
        if political_path is not None and political_path.exists()
        else []
    )

    analyses, errors, seconds = run_pipeline(args.data, inputs)
    aliases = alias_patterns()
    pred_ours: dict[Key, str] = {}
    pred_base: dict[Key, str] = {}
    pol_ours: dict[PKey, str] = {}
    pol_base: dict[PKey, str] = {}
    processed: set[str] = set()
    languages: Counter[str] = Counter()
    n_docs = 0
    for a in analyses:
        source = relative_source(a.document.source, args.data)
        processed.add(source)
        for pk, pv in political_ours(source, a).items():
            pol_ours.setdefault(pk, pv)
        for pk, pv in political_baseline(source, a).items():
            pol_base.setdefault(pk, pv)
        if docs is not None and source not in docs:
            continue
        n_docs += 1
        languages[a.document.language or "unknown"] += 1
        for k, v in ours(source, a).items():
            pred_ours.setdefault(k, v)
        for k, v in baseline(source, a, aliases).items():
            pred_base.setdefault(k, v)

    s_ours, s_base = score(pred_ours, gold), score(pred_base, gold)
    print(
        f"Site events on {args.data} ({n_docs} documents, {len(gold)} gold events "
        f"in {len({k[0] for k in gold})} documents; pipeline {seconds:.1f} s)"
    )
    if errors:
        print(f"  input errors: {len(errors)}")
    rows = [
        summary_row(name, s, "ignoring_month")
        for name, s in (("sitewatch", s_ours), ("keyword baseline", s_base))
    ]
    rows.append(["target", "", "", "", "", "", f"{TARGET_F1:.3f}", ""])
    if not gold:
        print("  (no site gold events for these documents: site tables left out)")
    print_table(
        "\n(source, site, activity, month):",
        ["system", "gold", "pred", "tp", "P", "R", "F1", "F1 w/o month"],
        rows,
    )
    print_table(
        "\nper activity (gold / predicted / true positives):",
        ["activity", "gold", "ours pred", "ours tp", "ours F1", "base pred", "base tp", "base F1"],
        breakdown(s_ours["per_activity"], s_base["per_activity"]),
    )
    political: dict[str, Any] | None = None
    pgold: dict[PKey, str] = {}
    if political_all:
        pgold = political_gold_keys(g for g in political_all if g["source"] in processed)
        p_ours, p_base = political_score(pol_ours, pgold), political_score(pol_base, pgold)
        political = {
            "gold_file": str(political_path),
            "documents": len(processed),
            "gold_events": len(pgold),
            "sitewatch": p_ours,
            "baseline": p_base,
        }
        print(
            f"\nPolitical events ({len(processed)} documents, {len(pgold)} gold keys "
            f"from {political_path.name if political_path else ''}):"
        )
        print_table(
            "(source, type, month, planned):",
            ["system", "gold", "pred", "tp", "P", "R", "F1", "F1 w/o planned", "F1 type only"],
            [
                summary_row(name, s, "ignoring_planned", "type_only")
                for name, s in (("sitewatch", p_ours), ("keyword baseline", p_base))
            ],
        )
        print_table(
            "\nper type:",
            ["type", "gold", "ours pred", "ours tp", "ours F1", "base pred", "base tp", "base F1"],
            breakdown(p_ours["per_type"], p_base["per_type"]),
        )
    if args.verbose:
        show_errors("sitewatch", pred_ours, gold)
        show_errors("keyword baseline", pred_base, gold)
        if political is not None:
            show_errors("sitewatch", pol_ours, pgold, "political ")
    if args.json:
        emit_json(
            {
                "benchmark": "events_sample",
                "data": str(args.data),
                "gold_file": str(args.gold),
                "quick": args.quick,
                "documents": n_docs,
                "gold_events": len(gold),
                "languages": dict(languages),
                "seconds": round(seconds, 2),
                "target_f1": TARGET_F1,
                "sitewatch": s_ours,
                "baseline": s_base,
                "political": political,
            }
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
