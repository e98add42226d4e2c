"""Throughput and peak memory of the full ingest+analysis pipeline vs bare spaCy.

Reads a slice of the T17 articles (``<topic>/InputDocs/<date>/*.htm.txt``), then in separate
child processes (so that each peak memory is its own): bare ``nlp.pipe`` over the texts, and
``sitewatch ingest`` of the same files into a fresh SQLite store (reading, decoding, language,
near-duplicate fingerprints, all analysis stages, and storage). Model loading is excluded from
both timings.

    python bench/throughput.py --data ../shared/benchmarks/t17 --limit 500 --repeat 3 [--json]
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import base_parser, emit_json, print_table, require_data

TARGET_RATIO = 0.80
TARGET_PEAK_MB = 2048


def pick_files(data: Path, limit: int) -> list[Path]:
    """Up to ``limit`` articles, round-robin over topics so every topic is represented."""
    topics = sorted(p for p in data.iterdir() if (p / "InputDocs").is_dir())
    queues = [sorted((t / "InputDocs").rglob("*.htm.txt")) for t in topics]
    picked: list[Path] = []
    while len(picked) < limit and any(queues):
        for queue in queues:
            if queue and len(picked) < limit:
                picked.append(queue.pop(0))
    return picked


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_bare(files: list[Path], batch_size: int) -> dict[str, Any]:
    from sitewatch.analyze.nlp import load_nlp

    nlp = load_nlp()
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "docs": len(texts), "tokens": tokens, "peak_mb": peak_mb()}


def run_ours(files: list[Path], batch_size: int, stages: str) -> dict[str, Any]:
    from sitewatch.analyze.pipeline import Pipeline
    from sitewatch.app import App, default_stages
    from sitewatch.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(db=str(Path(tmp) / "bench.db"), batch_size=batch_size)
        keep = set(stages.split(","))
        chosen = [s for s in default_stages(settings) if stages == "all" or s.name in keep]
        app = App(settings, Pipeline(chosen, batch_size))
        store = app.open_store()
        _ = app.pipeline  # load the models before timing
        start = time.perf_counter()
        summary = app.ingest(store, [str(f) for f in files])
        seconds = time.perf_counter() - start
        stages = app.pipeline.names
        store.close()
    return {
        "seconds": seconds,
        "docs": summary.added + summary.unchanged,
        "errors": len(summary.errors),
        "stages": stages,
        "peak_mb": peak_mb(),
    }


def child(mode: str, files: list[Path], batch_size: int, stages: str) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter and return its figures."""
    cmd = [
        sys.executable,
        __file__,
        "--_child",
        mode,
        "--batch-size",
        str(batch_size),
        "--stages",
        stages,
        "--_files",
        "-",
    ]
    out = subprocess.run(
        cmd, input="\n".join(map(str, files)), capture_output=True, text=True, check=True
    ).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0], "t17")
    parser.add_argument("--limit", type=int, default=500, help="articles to process (default 500)")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the median is kept")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument(
        "--stages",
        default="spacy",
        help="analysis stages to run: 'spacy' (the foundation, issue 2's target), a comma list, "
        "or 'all' (the default pipeline)",
    )
    parser.add_argument("--_child", choices=["bare", "ours"], help=argparse_hidden())
    parser.add_argument("--_files", help=argparse_hidden())
    args = parser.parse_args()

    if args._child:
        files = [Path(line) for line in sys.stdin.read().splitlines() if line]
        if args._child == "bare":
            print(json.dumps(run_bare(files, args.batch_size)))
        else:
            print(json.dumps(run_ours(files, args.batch_size, args.stages)))
        return 0

    if not require_data(args.data, "throughput"):
        return 0
    files = pick_files(args.data, 30 if args.quick else args.limit)
    chars = sum(f.stat().st_size for f in files)
    bare_runs, our_runs = [], []
    for _ in range(max(1, args.repeat)):
        bare_runs.append(child("bare", files, args.batch_size, args.stages))
        our_runs.append(child("ours", files, args.batch_size, args.stages))
    bare_s = statistics.median(r["seconds"] for r in bare_runs)
    ours_s = statistics.median(r["seconds"] for r in our_runs)
    figures = {
        "documents": len(files),
        "megabytes": round(chars / 1e6, 2),
        "repeat": len(bare_runs),
        "bare_spacy_docs_per_s": round(len(files) / bare_s, 2),
        "sitewatch_docs_per_s": round(len(files) / ours_s, 2),
        "ratio": round(bare_s / ours_s, 3),
        "target_ratio": TARGET_RATIO,
        "bare_spacy_peak_mb": round(max(r["peak_mb"] for r in bare_runs), 1),
        "sitewatch_peak_mb": round(max(r["peak_mb"] for r in our_runs), 1),
        "target_peak_mb": TARGET_PEAK_MB,
        "stages": our_runs[0]["stages"],
        "input_errors": our_runs[0]["errors"],
    }
    print_table(
        f"Throughput on {len(files)} T17 articles ({figures['megabytes']} MB), median of "
        f"{figures['repeat']} run(s), stages: {', '.join(figures['stages'])}",
        ["system", "docs/s", "peak MB"],
        [
            [
                "bare spaCy nlp.pipe",
                figures["bare_spacy_docs_per_s"],
                figures["bare_spacy_peak_mb"],
            ],
            ["sitewatch ingest", figures["sitewatch_docs_per_s"], figures["sitewatch_peak_mb"]],
            ["ratio (target >= 0.80)", figures["ratio"], f"target < {TARGET_PEAK_MB}"],
        ],
    )
    if args.json:
        emit_json(figures)
    return 0


def argparse_hidden() -> str:
    import argparse

    return argparse.SUPPRESS


if __name__ == "__main__":
    raise SystemExit(main())
