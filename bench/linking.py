"""Incremental cross-document linking cost at growing store sizes.

Fills a fresh SQLite store to each size with documents whose texts come from the T17
articles (so near-duplicate fingerprints are real) and whose site-event mentions are
drawn at random (sites, activities, dates over two years); then times the linkers
(near-duplicates and site events) on a further batch of new documents. Linking is
incremental when the time per document stays flat as the store grows.

    python bench/linking.py --data ../shared/benchmarks/t17 --sizes 1000,10000 [--json]
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import base_parser, emit_json, print_table, require_data

SITES = ["sohae", "sanumdong", "yongbyon", "punggye_ri", "sinpo", "kangson", "hamhung_cmi"]
ACTIVITIES = ["construction", "dismantling", "restoration", "vehicle_activity", "production"]
TARGET_DOCS_PER_S = 20.0


def texts(data: Path) -> list[str]:
    files = sorted(data.rglob("*.htm.txt"))
    return [f.read_text(encoding="utf-8", errors="replace") for f in files]


def fake_event(rng: random.Random) -> dict[str, Any]:
    day = date(2018, 1, 1) + timedelta(days=rng.randrange(730))
    value = day.isoformat()
    return {
        "activity": rng.choice(ACTIVITIES), "category": "site", "site": rng.choice(SITES),
        "date": {"value": value, "precision": "day", "interval": [value, value]},
        "certainty": "asserted", "negated": False, "basis": ["commercial_imagery"],
        "evidence": {"start": 0, "end": 10, "text": "x"},
    }  # fmt: skip


def analyses(pool: list[str], start: int, count: int, rng: random.Random) -> list[Any]:
    from sitewatch.ingest.identity import document_id
    from sitewatch.model import Analysis, Document, PublishedDate

    out = []
    for i in range(start, start + count):
        text = f"{pool[i % len(pool)]}\n\nItem {i}."  # distinct documents, shared bodies
        doc = Document(
            id=document_id(text), text=text, language="en",
            published=PublishedDate((date(2018, 1, 1) + timedelta(days=i % 730)).isoformat()),
        )  # fmt: skip
        analysis = Analysis(doc, events=[fake_event(rng) for _ in range(rng.randint(1, 4))])
        analysis.done.add("spacy")
        out.append(analysis)
    return out


def measure(pool: list[str], size: int, probe: int, seed: int) -> dict[str, Any]:
    from sitewatch.link.events import SiteEventLinker
    from sitewatch.link.neardup import NearDuplicateLinker
    from sitewatch.store import Store, open_database

    rng = random.Random(seed)
    linkers = [NearDuplicateLinker(), SiteEventLinker()]
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(open_database(str(Path(tmp) / "link.db")))
        for offset in range(0, size, 500):
            store.save_batch(analyses(pool, offset, min(500, size - offset), rng), "bench", linkers)
        batch = analyses(pool, size, probe, rng)
        start = time.perf_counter()
        store.save_batch(batch, "bench", linkers)
        with_links = time.perf_counter() - start
        more = analyses(pool, size + probe, probe, rng)
        start = time.perf_counter()
        store.save_batch(more, "bench")
        without = time.perf_counter() - start
        events = int(store.db.scalar("SELECT COUNT(*) FROM site_events") or 0)
        store.close()
    linking = max(with_links - without, 1e-9)
    return {
        "store_documents": size,
        "site_events": events,
        "linking_ms_per_doc": round(1000 * linking / probe, 3),
        "linking_docs_per_s": round(probe / linking, 1),
        "store_write_ms_per_doc": round(1000 * without / probe, 3),
    }


def main() -> int:
    parser = base_parser(__doc__.splitlines()[0], "t17")
    parser.add_argument("--sizes", default="1000,10000", help="store sizes to measure at")
    parser.add_argument("--probe", type=int, default=200, help="new documents timed at each size")
    args = parser.parse_args()
    if not require_data(args.data, "linking"):
        return 0
    pool = texts(args.data)[: 60 if args.quick else None]
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",")]
    probe = 20 if args.quick else args.probe
    rows = [measure(pool, size, probe, seed=size) for size in sizes]
    print_table(
        f"Linking cost per new document (near-duplicates + site events), {probe} new documents",
        ["store documents", "site events", "linking ms/doc", "linking docs/s", "write ms/doc"],
        [
            [
                r["store_documents"],
                r["site_events"],
                r["linking_ms_per_doc"],
                r["linking_docs_per_s"],
                r["store_write_ms_per_doc"],
            ]
            for r in rows
        ],
    )
    print(f"target: >= {TARGET_DOCS_PER_S} documents/s at 10k documents in store")
    if args.json:
        emit_json({"sizes": rows, "target_docs_per_s": TARGET_DOCS_PER_S})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
