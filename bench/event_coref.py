"""Benchmark: cross-document event coreference on the ECB+ development split (gold mentions).

    .venv/bin/python bench/event_coref.py [--data PATH] [--json] [--quick] [--limit N]
                                          [--train] [--words-only]

Prints MUC, B-cubed, CEAF-e (recall, precision, F1) and CoNLL F1 for our engine
(:mod:`sitewatch.link.coref`) and for the same-head-lemma baseline (mentions of one topic
with the same trigger head lemma form one cluster), measured in the same run.

The pair scorer is learned, and the ECB+ training split is not available, so the honest
figure is a 2-fold cross-validation over topics: weights fitted on the even topics (and the
clustering threshold chosen on them) cluster the odd topics, and the other way round; the
two held-out responses together are scored as ``sitewatch`` (2-fold CV). The weights that
ship (``sitewatch/data/coref_pair_model.json``) are fitted on all the topics; their figure
(``sitewatch-shipped``) is in-sample and printed for reference. ``--train`` refits them and
rewrites that file. In ``--quick`` mode (topics 5 and 23) the folds are the two topics.

Singletons are kept in key and response, as usual for ECB+. Topics are the corpus's (gold
topics, the standard setting); sub-topics are never read from the file names or the
annotation: documents are compared by their text. Arguments (time, place, participants,
people) come from spaCy's named entities in the mention's sentence; places only from those
attached under the trigger's head in the parse. The trigger's syntactic arguments (the nouns
and names filling its subject, object and prepositional roles) come from the same parse.

The data is read from ``--data``, else ``$SITEWATCH_BENCHMARKS/ecbplus``, else
``../shared/benchmarks/ecbplus``; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from _common import base_parser, emit_json, print_table, require_data

from sitewatch.analyze.nlp import load_nlp
from sitewatch.errors import ModelMissing
from sitewatch.link.coref import CorefConfig, Mention, PairModel, evaluate, fit_pair_model
from sitewatch.link.coref.arguments import trigger_arguments
from sitewatch.link.coref.embed import MiniLMEmbedder
from sitewatch.link.coref.engine import by_topic, cluster_scored, topic_features
from sitewatch.link.coref.features import EMBEDDING_FEATURES, WORD_FEATURES, PairFeatures
from sitewatch.link.coref.model import model_path, pair_rows, shipped_model

PUBLISHED = (
    "recent systems, gold mentions, ECB+ test split: CoNLL F1 80-86 "
    "(Cattan et al. 2021 about 81, Held et al. 2021 about 86)"
)
TARGET = 0.82
QUICK_TOPICS = ("5", "23")
TIME_LABELS = {"DATE", "TIME"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
PARTICIPANT_LABELS = {"PERSON", "ORG", "NORP"}
PEOPLE_LABELS = {"PERSON"}
THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)  # chosen on training topics
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
        people=_entities(parsed, PEOPLE_LABELS),
        arguments=trigger_arguments(head),
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
    "even": lambda m: int(m.topic or 0) % 2 == 0,
    "odd": lambda m: int(m.topic or 0) % 2 == 1,
}
SYSTEMS = {
    "sitewatch": "sitewatch, 2-fold CV over topics",
    "sitewatch-shipped": "sitewatch, shipped weights (in-sample)",
    "same-head-lemma": "same-head-lemma baseline",
}


@dataclass(frozen=True)
class Topic:
    mentions: list[Mention]
    features: PairFeatures
    labels: npt.NDArray[np.float64]  # 1.0 where a pair (upper triangle) is coreferent


def prepare(corpus: Corpus, embedder: MiniLMEmbedder | None) -> dict[str, Topic]:
    out: dict[str, Topic] = {}
    for name, mentions in sorted(by_topic(corpus.mentions).items()):
        chains = np.array([corpus.gold[m.id] for m in mentions])
        same = (chains[:, None] == chains[None, :]).astype(np.float64)
        labels = same[np.triu_indices(len(mentions), 1)]
        features = topic_features(mentions, embedder, corpus.texts)
        out[name] = Topic(mentions=mentions, features=features, labels=labels)
    return out


def cluster_topics(
    topics: dict[str, Topic], names: Iterable[str], model: PairModel
) -> list[list[str]]:
    response: list[list[str]] = []
    for name in names:
        topic = topics[name]
        response.extend(cluster_scored(topic.mentions, topic.features, model, CONFIG))
    return response


def train(
    corpus: Corpus, topics: dict[str, Topic], names: Sequence[str], features: Sequence[str]
) -> PairModel:
    """Fit on ``names``' pairs; the threshold is the one that scores best on those topics."""
    rows = np.vstack([pair_rows(topics[n].features, features) for n in names])
    labels = np.concatenate([topics[n].labels for n in names])
    model = fit_pair_model(rows, labels, features, threshold=THRESHOLDS[0])
    chosen = set(names)
    best: tuple[float, float] | None = None
    for threshold in THRESHOLDS:
        candidate = replace(model, threshold=threshold)
        figures = score(
            corpus, cluster_topics(topics, names, candidate), lambda m: m.topic in chosen
        )
        if best is None or figures["conll_f1"] > best[0]:
            best = (figures["conll_f1"], threshold)
    assert best is not None
    return replace(model, threshold=best[1])


def folds(names: Sequence[str]) -> list[tuple[list[str], list[str]]]:
    """(training topics, held-out topics): even against odd topic numbers, both ways; with
    one parity only (``--quick``), each topic against the others."""
    even = [n for n in names if int(n) % 2 == 0]
    odd = [n for n in names if int(n) % 2 == 1]
    if even and odd:
        return [(even, odd), (odd, even)]
    return [([n for n in names if n != held], [held]) for held in names] if len(names) > 1 else []


def cross_validate(
    corpus: Corpus, topics: dict[str, Topic], features: Sequence[str]
) -> tuple[list[list[str]], list[dict[str, Any]]]:
    """The held-out responses of every fold together, and what each fold did."""
    response: list[list[str]] = []
    done: list[dict[str, Any]] = []
    for training, held_out in folds(sorted(topics, key=int)):
        model = train(corpus, topics, training, features)
        part = cluster_topics(topics, held_out, model)
        response.extend(part)
        figures = score(corpus, part, lambda m, kept=frozenset(held_out): m.topic in kept)
        done.append({
            "train": training, "test": held_out, "threshold": model.threshold,
            "conll_f1": figures["conll_f1"],
        })  # fmt: skip
    return response, done


def _row(system: str, split: str, figures: dict[str, float], n: int) -> list[Any]:
    cells = [f"{figures[k]:.3f}" for k in (
        "muc_r", "muc_p", "muc_f1", "b3_r", "b3_p", "b3_f1", "ceafe_r", "ceafe_p", "ceafe_f1",
    )]  # fmt: skip
    return [system, split, n, *cells, f"{figures['conll_f1']:.3f}"]


def report(corpus: Corpus, responses: dict[str, list[list[str]]]) -> dict[str, Any]:
    header = ["system", "topics", "mentions", "MUC R", "MUC P", "MUC F1", "B3 R", "B3 P",
              "B3 F1", "CEAFe R", "CEAFe P", "CEAFe F1", "CoNLL F1"]  # fmt: skip
    rows: list[list[Any]] = []
    figures: dict[str, Any] = {}
    for split, keep in SPLITS.items():
        n = sum(1 for m in corpus.mentions if keep(m))
        if n == 0:
            continue
        for system, response in responses.items():
            result = score(corpus, response, keep)
            rows.append(_row(SYSTEMS[system], split, result, n))
            figures.setdefault(system, {})[split] = result
    print_table("ECB+ dev, cross-document event coreference, gold mentions", header, rows)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = base_parser(__doc__.splitlines()[0], "ecbplus")
    parser.add_argument("--limit", type=int, default=0, help="at most N documents")
    parser.add_argument(
        "--train", action="store_true",
        help=f"refit the shipped weights on all the topics read and write {model_path().name}",
    )  # fmt: skip
    parser.add_argument(
        "--words-only", action="store_true",
        help="no MiniLM: the words-and-documents model (what runs without the embedder)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.train and (args.quick or args.limit):
        parser.error("--train fits the shipped weights on every topic: not with --quick or --limit")
    if not require_data(args.data, "event_coref"):
        return 0
    started = time.perf_counter()
    corpus = load(args.data, QUICK_TOPICS if args.quick else None, args.limit)
    prepared = time.perf_counter()
    embedder, model_name = (None, "none (--words-only)") if args.words_only else make_embedder()
    loaded = time.perf_counter()
    topics = prepare(corpus, embedder)
    featured = time.perf_counter()
    features = EMBEDDING_FEATURES if embedder is not None else WORD_FEATURES
    names = sorted(topics, key=int)
    if args.train:
        write_models(corpus, topics, names, embedder is not None)
    shipped = shipped_model(embedder is not None)
    clustered_at = time.perf_counter()
    ours = cluster_topics(topics, names, shipped)
    done = time.perf_counter()
    cv, fold_info = cross_validate(corpus, topics, features)
    responses = {"same-head-lemma": lemma_baseline(corpus.mentions), "sitewatch-shipped": ours}
    if fold_info:
        responses = {"sitewatch": cv, **responses}
    figures = report(corpus, responses)
    n = max(len(corpus.mentions), 1)
    per_mention = {
        "spacy_ms": 1000 * (prepared - started) / n,
        "model_load_s": loaded - prepared,
        "features_ms": 1000 * (featured - loaded) / n,
        "clustering_ms": 1000 * (done - clustered_at) / n,
    }
    print()
    for fold in fold_info:
        print(
            f"fold: trained on topics {','.join(fold['train'])} (threshold {fold['threshold']:.2f})"
            f" -> topics {','.join(fold['test'])}: CoNLL F1 {fold['conll_f1']:.3f}"
        )
    print(
        f"shipped weights: fitted on all the dev topics (threshold {shipped.threshold:.2f});"
        " their scores above are in-sample"
    )
    print(
        f"mentions {len(corpus.mentions)}, documents {len(corpus.texts)}; embeddings: {model_name}"
    )
    print("metrics: Pradhan et al. 2014 reference-scorer definitions, singletons included")
    print(
        f"time per 1k mentions: features (embeddings included) {per_mention['features_ms']:.1f} s,"
        f" scoring and clustering {per_mention['clustering_ms']:.2f} s,"
        f" spaCy parse {per_mention['spacy_ms']:.1f} s;"
        f" model load {per_mention['model_load_s']:.1f} s"
    )
    print(f"target: CoNLL F1 >= {TARGET}; published: {PUBLISHED}")
    if args.json:
        emit_json({
            "scores": figures, "folds": fold_info, "mentions": len(corpus.mentions),
            "documents": len(corpus.texts), "embeddings": model_name, "time": per_mention,
            "target_conll_f1": TARGET, "published": PUBLISHED,
            "convention": "singletons included", "quick": args.quick, "limit": args.limit,
            "shipped": shipped.as_json(),
        })  # fmt: skip
    return 0


def write_models(
    corpus: Corpus, topics: dict[str, Topic], names: list[str], embeddings: bool
) -> None:
    """Refit both shipped models on ``names`` and rewrite the model file."""
    if not embeddings:
        raise SystemExit("event_coref: --train needs the MiniLM model (both models are refitted)")
    models = {
        "embeddings": train(corpus, topics, names, EMBEDDING_FEATURES).as_json(),
        "words": train(corpus, topics, names, WORD_FEATURES).as_json(),
    }
    about = (
        "Pair scorer weights for sitewatch.link.coref, fitted by bench/event_coref.py --train "
        f"on the ECB+ development split, topics {','.join(names)} (gold mentions); the "
        "threshold is the one that scored best on those topics. See bench/RESULTS.md."
    )
    path = model_path()
    path.write_text(json.dumps({"_about": about, **models}, indent=1) + "\n", encoding="utf-8")
    shipped_model.cache_clear()
    print(f"event_coref: wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
