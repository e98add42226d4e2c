"""Benchmark: cross-document event coreference on the ECB+ development split (gold mentions).

    .venv/bin/python bench/event_coref.py [--data PATH] [--json] [--quick] [--limit N]

Prints MUC, B-cubed, CEAF-e (recall, precision, F1) and CoNLL F1 for our engine
(:mod:`sitewatch.link.coref`) and for the same-head-lemma baseline (mentions of one topic
with the same trigger head lemma form one cluster), measured in the same run, on all the
dev topics and separately on the even topics (used to set the thresholds) and the odd
topics (held out). Singletons are kept in key and response, as usual for ECB+. Topics are
the corpus's (gold topics, the standard setting); sub-topics (document clusters) are
computed from the text, never read from the file names or the annotation. Arguments (time,
place, participants) come from spaCy's named entities in the mention's sentence; places
only from those attached under the trigger's head in the parse.

The data is read from ``--data``, else ``$SITEWATCH_BENCHMARKS/ecbplus``, else
``../shared/benchmarks/ecbplus``; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _common import base_parser, emit_json, print_table, require_data

from sitewatch.analyze.nlp import load_nlp
from sitewatch.errors import ModelMissing
from sitewatch.link.coref import CorefConfig, Mention, cluster_mentions, evaluate
from sitewatch.link.coref.embed import MiniLMEmbedder

PUBLISHED = (
    "recent systems, gold mentions, ECB+ test split: CoNLL F1 80-86 "
    "(Cattan et al. 2021 about 81, Held et al. 2021 about 86)"
)
TARGET = 0.82
QUICK_TOPICS = ("5", "23")
TIME_LABELS = {"DATE", "TIME"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTICIPANT_LABELS = {"PERSON", "ORG", "NORP"}
# Set on the even topics only (see bench/RESULTS.md); the odd topics are held out.
CONFIG = CorefConfig()


@dataclass(frozen=True)
class Corpus:
    mentions: list[Mention]
    gold: dict[str, str]  # mention id -> gold chain
    texts: dict[str, str]  # doc id -> text


def read_text(path: Path) -> dict[str, list[list[str]]]:
    """doc id -> sentences -> tokens, from the tab-separated token file."""
    docs: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 4:
                continue
            docs[parts[0]][int(parts[1])].append(parts[3])
    return {doc: [sents[i] for i in sorted(sents)] for doc, sents in docs.items()}


def _entities(sentence: Any, labels: set[str], head: Any = None) -> tuple[str, ...]:
    """Named entities of the sentence (only those attached under ``head``, when given)."""
    inside = {t.i for t in head.subtree} if head is not None else None
    return tuple(
        ent.text
        for ent in sentence.ents
        if ent.label_ in labels and (inside is None or ent.root.i in inside)
    )


def _head(doc: Any, begin: int, end: int) -> Any:
    span = doc[begin:end]
    for token in span:
        if not begin <= token.head.i < end or token.head.i == token.i:
            return token
    return span[-1]


def _parse(nlp: Any, words: list[str]) -> Any:
    from spacy.tokens import Doc

    doc = Doc(nlp.vocab, words=words)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def build_mention(raw: dict[str, Any], parsed: Any) -> Mention:
    words = raw["full_sentence"].split(" ")
    begin = len(raw["left_sentence"].split()) if raw["left_sentence"].strip() else 0
    end = begin + len(raw["tokens_str"].split())
    sentence = " ".join(words)
    start = len(" ".join(words[:begin])) + (1 if begin else 0)
    stop = start + len(" ".join(words[begin:end]))
    head = _head(parsed, begin, end)
    return Mention(
        id=f"{raw['doc_id']}#{raw['m_id']}",
        doc_id=raw["doc_id"],
        sentence=sentence,
        start=start,
        end=stop,
        lemma=head.lemma_.lower(),
        time=_entities(parsed, TIME_LABELS),
        place=_entities(parsed, PLACE_LABELS, head),
        participants=_entities(parsed, PARTICIPANT_LABELS),
        topic=raw["topic"],
    )


def load(folder: Path, topics: Sequence[str] | None, limit: int) -> Corpus:
    raw = json.loads((folder / "dev_event_gold_mentions.json").read_text(encoding="utf-8"))
    raw = [r for r in raw if topics is None or r["topic"] in topics]
    docs = sorted({r["doc_id"] for r in raw}, key=lambda d: (int(d.split("_")[0]), d))
    if limit:
        keep = set(docs[:limit])
        raw = [r for r in raw if r["doc_id"] in keep]
    sentences = read_text(folder / "dev_text.txt")
    nlp = load_nlp()
    parsed: dict[str, Any] = {}
    mentions: list[Mention] = []
    for r in raw:
        if r["full_sentence"] not in parsed:
            parsed[r["full_sentence"]] = _parse(nlp, r["full_sentence"].split(" "))
        mentions.append(build_mention(r, parsed[r["full_sentence"]]))
    texts = {
        doc: "\n".join(" ".join(tokens) for tokens in sentences.get(doc, []))
        for doc in {m.doc_id for m in mentions}
    }
    gold = {f"{r['doc_id']}#{r['m_id']}": r["coref_chain"] for r in raw}
    return Corpus(mentions=mentions, gold=gold, texts=texts)


def lemma_baseline(mentions: Iterable[Mention]) -> list[list[str]]:
    clusters: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in mentions:
        clusters[(m.topic or "", m.lemma)].append(m.id)
    return list(clusters.values())


def gold_clusters(corpus: Corpus, ids: set[str]) -> list[list[str]]:
    chains: dict[str, list[str]] = defaultdict(list)
    for mention_id in sorted(ids):
        chains[corpus.gold[mention_id]].append(mention_id)
    return list(chains.values())


def score(
    corpus: Corpus, response: list[list[str]], keep: Callable[[Mention], bool]
) -> dict[str, float]:
    ids = {m.id for m in corpus.mentions if keep(m)}
    restricted = [[i for i in c if i in ids] for c in response]
    return evaluate(gold_clusters(corpus, ids), restricted).as_dict()


def make_embedder() -> tuple[MiniLMEmbedder | None, str]:
    try:
        return MiniLMEmbedder(), "MiniLM-L6-v2 int8 ONNX"
    except ModelMissing as missing:
        print(f"event_coref: {missing}; running without embeddings", file=sys.stderr)
        return None, f"none ({missing})"


SPLITS: dict[str, Callable[[Mention], bool]] = {
    "all": lambda m: True,
    "even (tuning)": lambda m: int(m.topic or 0) % 2 == 0,
    "odd (held out)": lambda m: int(m.topic or 0) % 2 == 1,
}


def _row(system: str, split: str, figures: dict[str, float], n: int) -> list[Any]:
    cells = [f"{figures[k]:.3f}" for k in (
        "muc_r", "muc_p", "muc_f1", "b3_r", "b3_p", "b3_f1", "ceafe_r", "ceafe_p", "ceafe_f1",
    )]  # fmt: skip
    return [system, split, n, *cells, f"{figures['conll_f1']:.3f}"]


def report(corpus: Corpus, ours: list[list[str]], base: list[list[str]]) -> dict[str, Any]:
    header = ["system", "topics", "mentions", "MUC R", "MUC P", "MUC F1", "B3 R", "B3 P",
              "B3 F1", "CEAFe R", "CEAFe P", "CEAFe F1", "CoNLL F1"]  # fmt: skip
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}
    for split, keep in SPLITS.items():
        n = sum(1 for m in corpus.mentions if keep(m))
        if n == 0:
            continue
        for system, response in (("sitewatch", ours), ("same-head-lemma baseline", base)):
            result = score(corpus, response, keep)
            rows.append(_row(system, split, result, n))
            figures.setdefault(system.split()[0], {})[split.split()[0]] = result
    print_table("ECB+ dev, cross-document event coreference, gold mentions", header, rows)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = base_parser(__doc__.splitlines()[0], "ecbplus")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents")
    args = parser.parse_args(argv)
    if not require_data(args.data, "event_coref"):
        return 0
    started = time.perf_counter()
    corpus = load(args.data, QUICK_TOPICS if args.quick else None, args.limit)
    prepared = time.perf_counter()
    embedder, model = make_embedder()
    clustered_at = time.perf_counter()
    ours = cluster_mentions(corpus.mentions, CONFIG, embedder, corpus.texts)
    done = time.perf_counter()
    base = lemma_baseline(corpus.mentions)
    figures = report(corpus, ours, base)
    n = max(len(corpus.mentions), 1)
    per_mention = {
        "spacy_ms": 1000 * (prepared - started) / n,
        "model_load_s": clustered_at - prepared,
        "clustering_ms": 1000 * (done - clustered_at) / n,
    }
    print(f"\nmentions {len(corpus.mentions)}, documents {len(corpus.texts)}; embeddings: {model}")
    print("metrics: Pradhan et al. 2014 reference-scorer definitions, singletons included")
    print(
        f"time per mention: clustering (embeddings included) {per_mention['clustering_ms']:.1f}"
        f" ms, spaCy parse {per_mention['spacy_ms']:.1f} ms;"
        f" model load {per_mention['model_load_s']:.1f} s"
    )
    print(f"target: CoNLL F1 >= {TARGET}; published: {PUBLISHED}")
    if args.json:
        emit_json({
            "scores": figures, "mentions": len(corpus.mentions), "documents": len(corpus.texts),
            "embeddings": model, "time": per_mention, "target_conll_f1": TARGET,
            "published": PUBLISHED, "convention": "singletons included", "quick": args.quick,
            "limit": args.limit,
        })  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
