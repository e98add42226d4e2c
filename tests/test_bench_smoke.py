"""Each benchmark script runs on a small slice and prints its figures as JSON, last."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SCRIPTS = sorted(p for p in BENCH.glob("*.py") if not p.name.startswith("_"))
FLOORS = json.loads((BENCH / "floors.json").read_text(encoding="utf-8"))


def figure(figures: dict[str, Any], path: str) -> float:
    value: Any = figures
    for key in path.split("."):
        value = value[key]
    return float(value)


@pytest.mark.slow
@pytest.mark.parametrize("script", SCRIPTS, ids=[p.stem for p in SCRIPTS])
def test_benchmark_quick_mode_prints_its_figures_as_json(script: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(script), "--quick", "--json"],
        capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    if "not found; nothing measured" in done.stderr:
        pytest.skip(f"{script.name}: benchmark data absent")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(figures, dict) and figures
    for path, floor in FLOORS.get(script.stem, {}).items():
        assert figure(figures, path) >= floor, f"{script.stem} {path} fell below its floor {floor}"


def test_benchmark_scripts_take_data_and_json_options() -> None:
    for script in SCRIPTS:
        done = subprocess.run(
            [sys.executable, str(script), "--help"], capture_output=True, text=True, check=True
        )
        assert "--data" in done.stdout and "--json" in done.stdout, script.name
