"""Cross-document site-event linking (issue 6) on the sample corpus, against gold clusters.

Runs the real pipeline (``App(Settings()).analyze``) over the sample corpus, stores the
analyses in publication order in a fresh SQLite store with the product's linkers, and
compares the site events the linker built with the hand-made clusters of
``bench/gold/site_event_clusters.jsonl`` by the coreference metrics MUC, B-cubed, CEAF-e
and their mean, the CoNLL F1 (``sitewatch.link.coref.metrics``). Mentions are keyed by
(document id, start, end, activity); scoring is on the gold mentions (a gold mention the
run did not produce counts as a singleton of the response; a system mention absent from
the gold is left out and counted). Beside it, measured on the same stored mentions: one
event per (site, activity, month of the mention's date); and two refinements that were
measured and not adopted (``bench/_pair_linking.py``): the coreference pair model (words
only) choosing among the SQL candidates, and dismantling/demolition allowed to merge.

    python bench/site_linking.py [--data PATH] [--gold PATH] [--quick] [--verbose] [--json]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, emit_json, print_table, read_gold, require_data

DEFAULT_DATA = ROOT / "data" / "sample"
DEFAULT_GOLD = ROOT / "bench" / "gold" / "site_event_clusters.jsonl"
Key = tuple[str, int, int, str]  # (document id, start, end, activity)
MENTIONS_SQL = (
    "SELECT e.doc_id, e.start_char, e.end_char, e.activity, e.site, e.earliest, e.latest,"
    " m.event_id FROM events e LEFT JOIN event_mentions m ON m.doc_id = e.doc_id"
    " AND m.idx = e.idx WHERE e.category = 'site' AND e.site IS NOT NULL AND e.negated = 0"
    " AND e.certainty <> 'planned' ORDER BY e.doc_id, e.idx"
)


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the sample corpus folder")
    p.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="gold site-event clusters")
    p.add_argument("--json", action="store_true", help="print all figures as one JSON object, last")
    p.add_argument(
        "--quick",
        action="store_true",
        help="only the documents that hold a gold mention (CI's smoke run)",
    )
    p.add_argument("--verbose", action="store_true", help="print the linker's clusters")
    return p


def gold_clusters(gold: Sequence[dict[str, Any]]) -> list[list[Key]]:
    return [
        [(m["doc_id"], m["start"], m["end"], m["activity"]) for m in event["mentions"]]
        for event in gold
    ]


def run_pipeline(data: Path) -> tuple[list[Any], float]:
    from sitewatch.app import App
    from sitewatch.settings import Settings

    inputs = sorted(str(p) for p in data.iterdir() if p.is_dir() and not p.name.startswith("."))
    errors: list[Any] = []
    start = time.perf_counter()
    analyses = list(App(Settings()).analyze(inputs, errors))
    return analyses, time.perf_counter() - start


def publication_order(analyses: Sequence[Any]) -> list[Any]:
    """Documents as a watch desk receives them: by publication date, then source."""
    return sorted(
        analyses,
        key=lambda a: (
            a.document.published.value if a.document.published else "",
            a.document.source,
        ),
    )


def stored_mentions(
    analyses: Sequence[Any], linkers: Sequence[Any]
) -> tuple[list[tuple[Any, ...]], float]:
    """The linker's input mentions with the site event each joined (None: unlinked), and the
    seconds the store and the linkers took."""
    from sitewatch.store import Store, open_database

    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(open_database(str(Path(tmp) / "link.db")))
        start = time.perf_counter()
        for analysis in publication_order(analyses):
            store.save_batch([analysis], "bench", linkers)
        seconds = time.perf_counter() - start
        rows = [tuple(r) for r in store.db.query(MENTIONS_SQL)]
        store.close()
    return rows, seconds


def linker_clusters(rows: Sequence[tuple[Any, ...]]) -> list[list[Key]]:
    """One cluster per site event; an unlinked mention is a singleton."""
    out: dict[str, list[Key]] = {}
    for doc_id, start, end, activity, _site, _earliest, _latest, event_id in rows:
        key: Key = (doc_id, start, end, activity)
        out.setdefault(event_id or f"single:{key}", []).append(key)
    return list(out.values())


def month_clusters(rows: Sequence[tuple[Any, ...]]) -> list[list[Key]]:
    """The baseline: one event per (site, activity, month of the mention's date)."""
    out: dict[tuple[str, str, str], list[Key]] = {}
    for doc_id, start, end, activity, site, earliest, latest, _event in rows:
        month = str(earliest or latest or "")[:7]
        out.setdefault((site, activity, month), []).append((doc_id, start, end, activity))
    return list(out.values())


def on_gold_mentions(
    response: list[list[Key]], gold: list[list[Key]]
) -> tuple[list[list[Key]], int]:
    """The response restricted to gold mentions, unfound gold mentions as singletons; and how
    many gold mentions the run did produce."""
    keys = {k for cluster in gold for k in cluster}
    out: list[list[Key]] = []
    seen: set[Key] = set()
    for cluster in response:
        kept = sorted({k for k in cluster if k in keys} - seen)
        seen.update(kept)
        if kept:
            out.append(kept)
    found = len(seen)
    out.extend([k] for k in sorted(keys - seen))
    return out, found


def scores(response: list[list[Key]], gold: list[list[Key]]) -> dict[str, Any]:
    from sitewatch.link.coref.metrics import evaluate

    restricted, _ = on_gold_mentions(response, gold)
    out = {k: round(v, 4) for k, v in evaluate(gold, restricted).as_dict().items()}
    out["events"] = len(restricted)
    return out


def measure(
    analyses: Sequence[Any], gold: list[list[Key]], linkers: Callable[[], Sequence[Any]]
) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
    rows, seconds = stored_mentions(analyses, linkers())
    result = scores(linker_clusters(rows), gold)
    result["store_and_link_s"] = round(seconds, 3)
    return result, rows


def main(argv: list[str] | None = None) -> int:
    from _pair_linking import CompatibleLinker, PairModelLinker

    from sitewatch.link.events import SiteEventLinker
    from sitewatch.link.neardup import NearDuplicateLinker

    args = parser().parse_args(argv)
    if not require_data(args.data, "site_linking"):
        return 0
    gold_records = read_gold(args.gold, "site_linking")
    if gold_records is None:
        return 0
    gold = gold_clusters(gold_records)
    analyses, seconds = run_pipeline(args.data)
    if args.quick:
        wanted = {m["doc_id"] for event in gold_records for m in event["mentions"]}
        analyses = [a for a in analyses if a.document.id in wanted]

    ours, rows = measure(analyses, gold, lambda: [NearDuplicateLinker(), SiteEventLinker()])
    base = scores(month_clusters(rows), gold)
    pair, _ = measure(analyses, gold, lambda: [NearDuplicateLinker(), PairModelLinker()])
    compatible, _ = measure(analyses, gold, lambda: [NearDuplicateLinker(), CompatibleLinker()])
    system_keys = {(r[0], r[1], r[2], r[3]) for r in rows}
    gold_keys = {k for cluster in gold for k in cluster}
    coverage = {
        "gold_mentions": len(gold_keys),
        "gold_events": len(gold),
        "found": len(gold_keys & system_keys),
        "system_mentions_not_in_gold": len(system_keys - gold_keys),
        "documents": len(analyses),
    }
    print(
        f"Site-event linking on {args.data} ({len(analyses)} documents; pipeline {seconds:.1f} s): "
        f"{coverage['gold_events']} gold events, {coverage['gold_mentions']} gold mentions, "
        f"{coverage['found']} produced by this run, "
        f"{coverage['system_mentions_not_in_gold']} system mentions not in the gold"
    )
    header = ["system", "events", "MUC F1", "B3 F1", "CEAF-e F1", "CoNLL F1"]
    table = [
        [name, s["events"], f"{s['muc_f1']:.3f}", f"{s['b3_f1']:.3f}", f"{s['ceafe_f1']:.3f}",
         f"{s['conll_f1']:.3f}"]
        for name, s in (
            ("sitewatch linker (SQL filter, nearest event)", ours),
            ("baseline (site, activity, month)", base),
            ("not adopted: + coref pair model (words)", pair),
            ("not adopted: dismantling ~ demolition", compatible),
        )
    ]  # fmt: skip
    print_table("", header, table)
    if args.verbose:
        for cluster in sorted(linker_clusters(rows)):
            print("  ", sorted(cluster))
    if args.json:
        emit_json(
            {
                "sitewatch": ours,
                "baseline": base,
                "pair_model": pair,
                "compatible_activities": compatible,
                "coverage": coverage,
                "quick": args.quick,
            }
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
