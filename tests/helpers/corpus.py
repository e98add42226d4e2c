"""Synthetic report folders for tests that need volume (never used as quality data)."""

from __future__ import annotations

import random
from pathlib import Path

SITES = ["Sohae", "Sanumdong", "Yongbyon", "Punggye-ri", "Sinpo", "Kangson", "Sakkanmol"]
ACTORS = ["38 North", "Beyond Parallel", "the Middlebury Institute", "US officials", "Reuters"]
ACTS = ["new construction", "vehicle activity", "dismantling work", "excavation", "a new roof"]


def write_corpus(folder: Path, count: int, seed: int = 1, copies: int = 5) -> list[Path]:
    """``count`` distinct dated reports, plus ``copies`` lightly edited copies of early ones."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for i in range(count):
        site, actor, act = rng.choice(SITES), rng.choice(ACTORS), rng.choice(ACTS)
        day = 1 + i % 28
        body = " ".join(
            f"{actor} reported {act} at {site} in imagery number {i}-{k}, "
            f"about {rng.randint(2, 90)} metres from the main building."
            for k in range(6)
        )
        text = f" date 2018-{1 + i % 12:02d}-{day:02d}\nReport {i} on {site}\n\n{body}\n"
        path = folder / f"r{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    for j in range(copies):
        original = paths[j].read_text(encoding="utf-8")
        copy = original.replace(f"Report {j} on", f"Syndicated: report {j} on")
        path = folder / f"z-copy{j:03d}.txt"
        path.write_text(copy.replace(" date 2018-", " date 2019-"), encoding="utf-8")
        paths.append(path)
    return paths
