"""Shared by the benchmark scripts: where the data is, and how figures are printed."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def benchmarks_root() -> Path:
    return Path(os.environ.get("SITEWATCH_BENCHMARKS", ROOT.parent / "shared" / "benchmarks"))


def base_parser(description: str, folder: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "--data",
        type=Path,
        default=benchmarks_root() / folder,
        help=f"data folder (default: $SITEWATCH_BENCHMARKS/{folder}, else ../shared/benchmarks)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the figures as one JSON object, last"
    )
    parser.add_argument("--quick", action="store_true", help="a small slice, for CI's smoke run")
    return parser


def require_data(path: Path, what: str) -> bool:
    """False (after saying so) when the data folder is missing: the caller exits cleanly."""
    if path.exists():
        return True
    print(f"{what}: data folder {path} not found; nothing measured.", file=sys.stderr)
    return False


def read_gold(path: Path, what: str) -> list[dict[str, Any]] | None:
    """The records of a JSON Lines gold file, or None (after saying so) when it is missing."""
    if not path.exists():
        print(f"{what}: gold set {path} not found; nothing measured.", file=sys.stderr)
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def print_table(title: str, header: list[str], rows: list[list[Any]]) -> None:
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=True)]
    print(title)
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    for row in rows:
        print("  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=True)))


def emit_json(figures: dict[str, Any]) -> None:
    print(json.dumps(figures, sort_keys=True))


def prf(figures: dict[str, Any]) -> str:
    """"P/R/F1" of a scored dict with precision, recall and f1, to three places."""
    return f"{figures['precision']:.3f}/{figures['recall']:.3f}/{figures['f1']:.3f}"


def mean_f1(folds: list[dict[str, Any]], key: str) -> float:
    """The mean F1 of ``key`` over the folds of a leave-one-set-out run."""
    return sum(f[key]["f1"] for f in folds) / len(folds)
