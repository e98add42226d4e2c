"""Benchmark: toponym recognition and resolution on LGL, GeoVirus and TR-News.

    .venv/bin/python bench/places.py [--data PATH] [--json] [--quick] [--limit N]

Recognition: our ``places`` spans against the gold toponyms (precision, recall, F1;
strict = same offsets, loose = overlapping). Resolution, given the gold mentions:
accuracy within 161 km, median error in km, and AUC of the log error curve (Gritta et
al. 2018; 0 is perfect, lower is better), beside a population-only baseline measured
in the same run (highest-population candidate with a matching name). Also the stage's
time per document against spaCy's parse time.

The data is read from ``--data``, else ``$SITEWATCH_BENCHMARKS/geoparsing``, else
``../shared/benchmarks/geoparsing``; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitewatch.analyze.linguistic import SpacyStage
from sitewatch.analyze.nlp import load_nlp
from sitewatch.analyze.places.resolve import (
    Mention,
    distance_km,
    population_baseline,
)
from sitewatch.analyze.places.stage import PlaceStage
from sitewatch.analyze.places.toponyms import division_cue
from sitewatch.model import Analysis, Document
from sitewatch.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import benchmarks_root

CORPORA = {"LGL": "lgl.xml", "GeoVirus": "GeoVirus.xml", "TR-News": "TR-News.xml"}
MAX_ERROR_KM = 20039.0  # half the Earth's circumference: the error of no answer
PUBLISHED = {
    "Mordecai 3 on LGL (Halterman 2023)": "acc@161 0.827, exact GeoNames match 0.794",
    "Hu et al. 2022 voting ensemble": "mean acc@161 0.86 over 12 corpora",
}
QUICK_DOCS = 5
ALIGN_WINDOW = 20  # characters either side in which a drifted gold phrase is looked for


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    lat: float | None
    lon: float | None


@dataclass
class Article:
    text: str
    gold: list[Gold]


@dataclass
class Tally:
    tp_strict: int = 0
    tp_loose: int = 0
    predicted: int = 0
    gold: int = 0
    errors: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    parse_s: list[float] = field(default_factory=list)
    stage_s: list[float] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for name in ("tp_strict", "tp_loose", "predicted", "gold"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in ("errors", "baseline", "parse_s", "stage_s"):
            getattr(self, name).extend(getattr(other, name))


def read_corpus(path: Path) -> list[Article]:
    root = ET.parse(path).getroot()
    articles = []
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        gold = [_gold(t, text) for t in node.iter("toponym")]
        gold += [_gold(t, text) for t in node.iter("location")]
        articles.append(Article(text, [g for g in gold if g is not None]))
    return articles


def _gold(node: ET.Element, text: str) -> Gold | None:
    try:
        start, end = int(node.findtext("start") or ""), int(node.findtext("end") or "")
    except ValueError:
        return None
    start, end = _align(text, start, end, node.findtext("phrase") or node.findtext("name"))
    tag = node.find("gaztag")
    where = tag if tag is not None else node
    lat, lon = where.findtext("lat"), where.findtext("lon")
    if lat and lon:
        return Gold(start, end, float(lat), float(lon))
    return Gold(start, end, None, None)


def _align(text: str, start: int, end: int, phrase: str | None) -> tuple[int, int]:
    """Offsets that cover ``phrase``: GeoVirus offsets are one character off (1-based),
    and some TR-News offsets drift by up to a dozen characters; the nearest occurrence
    of the phrase within ``ALIGN_WINDOW`` characters wins (exact case first)."""
    if not phrase or text[start:end] == phrase:
        return start, end
    lo = max(0, start - ALIGN_WINDOW)
    window = text[lo : end + ALIGN_WINDOW]
    for haystack, needle in ((window, phrase), (window.lower(), phrase.lower())):
        found = [i for i in range(len(haystack)) if haystack.startswith(needle, i)]
        if found:
            best = lo + min(found, key=lambda i: abs(lo + i - start))
            return best, best + len(phrase)
    return start, end


def evaluate(articles: list[Article], spacy_stage: SpacyStage, stage: PlaceStage) -> Tally:
    tally = Tally()
    for i, article in enumerate(articles):
        analysis = Analysis(Document(id=f"doc{i}", text=article.text))
        t0 = time.perf_counter()
        spacy_stage(analysis)
        t1 = time.perf_counter()
        stage(analysis)
        t2 = time.perf_counter()
        tally.parse_s.append(t1 - t0)
        tally.stage_s.append(t2 - t1)
        _recognition(tally, article, analysis.places)
        _resolution(tally, article, stage)
    return tally


def _recognition(tally: Tally, article: Article, places: list[dict[str, Any]]) -> None:
    predicted = {(p["start"], p["end"]) for p in places if p.get("how") != "description"}
    gold = {(g.start, g.end) for g in article.gold}
    tally.predicted += len(predicted)
    tally.gold += len(gold)
    tally.tp_strict += len(predicted & gold)
    tally.tp_loose += sum(1 for s, e in gold if any(ps < e and s < pe for ps, pe in predicted))


def _resolution(tally: Tally, article: Article, stage: PlaceStage) -> None:
    located = [g for g in article.gold if g.lat is not None and g.lon is not None]
    text = article.text
    mentions = []
    for i, g in enumerate(located):
        nxt = located[i + 1] if i + 1 < len(located) else None
        qualifier = None
        if nxt is not None and text[g.end : nxt.start].strip() == ",":
            qualifier = text[nxt.start : nxt.end]
        division = division_cue(text, g.start, g.end)
        mentions.append(Mention(text[g.start : g.end], "place", qualifier, division))
    for g, mention, resolution in zip(
        located, mentions, stage.resolver.resolve(mentions), strict=True
    ):
        assert g.lat is not None and g.lon is not None
        site = stage.matcher.find(mention.text)
        if site and site[0].end - site[0].start == len(mention.text):
            tally.errors.append(distance_km(g.lat, g.lon, site[0].site.lat, site[0].site.lon))
        else:
            tally.errors.append(_error(g, resolution.candidate))
        tally.baseline.append(_error(g, population_baseline(stage.index, mention.text)))


def _error(g: Gold, candidate: Any) -> float:
    if candidate is None or g.lat is None or g.lon is None:
        return MAX_ERROR_KM
    return distance_km(g.lat, g.lon, candidate.lat, candidate.lon)


def resolution_figures(errors: list[float]) -> dict[str, float]:
    if not errors:
        return {"acc161": math.nan, "median_km": math.nan, "auc": math.nan}
    return {
        "acc161": sum(1 for e in errors if e <= 161.0) / len(errors),
        "median_km": statistics.median(errors),
        "auc": auc(errors),
    }


def auc(errors: list[float]) -> float:
    """Area under the curve of sorted log errors, scaled to [0, 1] (Gritta et al. 2018)."""
    scaled = sorted(math.log(1 + e) / math.log(MAX_ERROR_KM) for e in errors)
    if len(scaled) == 1:
        return scaled[0]
    width = 1.0 / (len(scaled) - 1)
    return sum((a + b) / 2 * width for a, b in itertools.pairwise(scaled))


def figures(tally: Tally) -> dict[str, Any]:
    def prf(tp: int) -> dict[str, float]:
        p = tp / tally.predicted if tally.predicted else 0.0
        r = tp / tally.gold if tally.gold else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}

    parse, stage = sum(tally.parse_s), sum(tally.stage_s)
    return {
        "docs": len(tally.parse_s),
        "gold_toponyms": tally.gold,
        "resolved_gold": len(tally.errors),
        "recognition_strict": prf(tally.tp_strict),
        "recognition_loose": prf(tally.tp_loose),
        "resolution": resolution_figures(tally.errors),
        "baseline_population": resolution_figures(tally.baseline),
        "ms_per_doc_parse": 1000 * parse / max(1, len(tally.parse_s)),
        "ms_per_doc_stage": 1000 * stage / max(1, len(tally.stage_s)),
        "stage_over_parse": stage / parse if parse else math.nan,
    }


def print_table(results: dict[str, dict[str, Any]]) -> None:
    head = (
        f"{'corpus':<10} {'docs':>5} {'gold':>6} | {'P':>5} {'R':>5} {'F1':>5} {'F1~':>5} | "
        f"{'acc161':>6} {'med km':>7} {'AUC':>5} | {'base161':>7} {'b.med':>7} {'b.AUC':>5} | "
        f"{'ms parse':>8} {'ms ours':>7} {'+%':>5}"
    )
    print(head)
    print("-" * len(head))
    for name, f in results.items():
        s, lo, r, b = (
            f["recognition_strict"],
            f["recognition_loose"],
            f["resolution"],
            f["baseline_population"],
        )
        print(
            f"{name:<10} {f['docs']:>5} {f['gold_toponyms']:>6} | {s['p']:>5.3f} {s['r']:>5.3f} "
            f"{s['f1']:>5.3f} {lo['f1']:>5.3f} | {r['acc161']:>6.3f} {r['median_km']:>7.1f} "
            f"{r['auc']:>5.3f} | {b['acc161']:>7.3f} {b['median_km']:>7.1f} {b['auc']:>5.3f} | "
            f"{f['ms_per_doc_parse']:>8.1f} {f['ms_per_doc_stage']:>7.2f} "
            f"{100 * f['stage_over_parse']:>5.1f}"
        )
    print("\nF1 = strict span match, F1~ = overlapping spans; acc161/med km/AUC: resolution of the")
    print("gold mentions (AUC: lower is better); base = population-only baseline, same run.")
    print("+% = the stage's time as a share of spaCy's parse time.")
    print("Published:")
    for system, figure in PUBLISHED.items():
        print(f"  {system}: {figure}")


def data_dir(option: str | None) -> Path:
    if option:
        return Path(option)
    return benchmarks_root() / "geoparsing"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="folder with lgl.xml, GeoVirus.xml, TR-News.xml")
    parser.add_argument("--json", action="store_true", help="all figures as one JSON object")
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_DOCS} documents per corpus")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents per corpus")
    args = parser.parse_args(argv)
    folder = data_dir(args.data)
    present = {n: folder / f for n, f in CORPORA.items() if (folder / f).is_file()}
    if not present:
        print(f"places: data folder {folder} not found; nothing measured.", file=sys.stderr)
        return 0
    limit = QUICK_DOCS if args.quick else args.limit
    settings = Settings()
    spacy_stage = SpacyStage(load_nlp(settings.spacy_model))
    t0 = time.perf_counter()
    stage = PlaceStage.from_settings(settings)
    build_s = time.perf_counter() - t0
    spacy_stage(Analysis(Document(id="warm", text="Warm up in Paris, France.")))
    results: dict[str, dict[str, Any]] = {}
    overall = Tally()
    for name, path in present.items():
        articles = read_corpus(path)
        if limit:
            articles = articles[:limit]
        tally = evaluate(articles, spacy_stage, stage)
        overall.add(tally)
        results[name] = figures(tally)
    results["overall"] = figures(overall)
    if args.json:
        print(
            json.dumps(
                {
                    "corpora": results,
                    "index_build_s": build_s,
                    "published": PUBLISHED,
                    "data": str(folder),
                    "quick": args.quick,
                    "limit": limit,
                }
            )
        )
    else:
        print_table(results)
        print(f"(place index built in {build_s:.1f} s, once per process)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
