"""Cross-document event coreference (issue 6): metrics on hand-computed examples, engine on
hand-made mentions, and the MiniLM embedder run for real."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from typing import Any

import numpy as np
import pytest

from sitewatch.errors import ModelMissing
from sitewatch.link.coref import (
    CorefConfig,
    Mention,
    PairModel,
    cluster_mentions,
    evaluate,
    fit_pair_model,
    shipped_model,
)
from sitewatch.link.coref.agglomerative import agglomerate, cophenetic
from sitewatch.link.coref.arguments import argument_overlap, people_conflict, trigger_arguments
from sitewatch.link.coref.documents import RELATIVE_CAP, document_similarity
from sitewatch.link.coref.embed import MiniLMEmbedder
from sitewatch.link.coref.features import (
    EMBEDDING_FEATURES,
    WORD_FEATURES,
    context,
    pair_features,
)
from sitewatch.link.coref.lexicon import stem, trigger_relation
from sitewatch.link.coref.metrics import _hungarian_max, b_cubed, ceaf_e, muc

# --- metrics ---------------------------------------------------------------------------

KEY = [["a", "b", "c"], ["d", "e", "f", "g"]]
RESPONSE = [["a", "b"], ["c", "d"], ["f", "g", "h", "i"]]


def test_perfect_clustering_scores_one_everywhere() -> None:
    scores = evaluate(KEY, KEY)
    assert scores.as_dict() == pytest.approx(dict.fromkeys(scores.as_dict(), 1.0))


def test_worked_example_of_pradhan_et_al_2014() -> None:
    # MUC: key links recovered 1 (abc split in 2) + 1 (defg split in d|e|fg) of 2 + 3;
    # response links right 1 (ab) + 0 (c|d) + 1 (fg|h|i) of 1 + 1 + 3.
    assert muc(KEY, RESPONSE).recall == pytest.approx(2 / 5)
    assert muc(KEY, RESPONSE).precision == pytest.approx(2 / 5)
    # B3 recall: (2/3 + 2/3 + 1/3 + 1/4 + 0 + 2/4 + 2/4) / 7 = 35/84
    # B3 precision: (1 + 1 + 1/2 + 1/2 + 2/4 + 2/4 + 0 + 0) / 8 = 1/2
    assert b_cubed(KEY, RESPONSE).recall == pytest.approx(35 / 84)
    assert b_cubed(KEY, RESPONSE).precision == pytest.approx(0.5)
    # CEAF-e: best alignment abc-ab (2*2/5) and defg-fghi (2*2/8): 1.3 over 2 keys, 3 responses
    assert ceaf_e(KEY, RESPONSE).recall == pytest.approx(0.65)
    assert ceaf_e(KEY, RESPONSE).precision == pytest.approx(1.3 / 3)


def test_all_singletons_against_one_big_cluster() -> None:
    one = [["a", "b", "c", "d"]]
    singletons = [["a"], ["b"], ["c"], ["d"]]
    split = evaluate(one, singletons)
    assert (split.muc.recall, split.muc.precision) == (0.0, 0.0)
    assert (split.b_cubed.recall, split.b_cubed.precision) == pytest.approx((0.25, 1.0))
    assert (split.ceaf_e.recall, split.ceaf_e.precision) == pytest.approx((0.4, 0.1))
    lumped = evaluate(singletons, one)
    assert (lumped.muc.recall, lumped.muc.precision) == (0.0, 0.0)
    assert (lumped.b_cubed.recall, lumped.b_cubed.precision) == pytest.approx((1.0, 0.25))
    assert (lumped.ceaf_e.recall, lumped.ceaf_e.precision) == pytest.approx((0.1, 0.4))


def test_conll_is_the_mean_of_the_three_f1() -> None:
    s = evaluate(KEY, RESPONSE)
    assert s.conll_f1 == pytest.approx((s.muc.f1 + s.b_cubed.f1 + s.ceaf_e.f1) / 3)


def test_a_mention_in_two_clusters_is_refused() -> None:
    with pytest.raises(ValueError, match="two clusters"):
        evaluate(KEY, [["a"], ["a", "b"]])


def _random_matrices() -> Iterator[list[list[float]]]:
    rng = random.Random(6)
    for _ in range(40):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        yield [[round(rng.random(), 2) for _ in range(cols)] for _ in range(rows)]


def test_hungarian_matches_brute_force() -> None:
    for weights in _random_matrices():
        rows, cols = len(weights), len(weights[0])
        if rows <= cols:
            best = max(
                sum(weights[i][p[i]] for i in range(rows))
                for p in itertools.permutations(range(cols), rows)
            )
        else:
            best = max(
                sum(weights[p[j]][j] for j in range(cols))
                for p in itertools.permutations(range(rows), cols)
            )
        assert _hungarian_max(weights) == pytest.approx(best)


# --- building blocks ---------------------------------------------------------------------


def test_stems_and_trigger_relations() -> None:
    assert stem("dismantling") == stem("dismantled")
    assert trigger_relation("dismantled", "dismantle", "dismantled", "dismantle") == 1.0
    assert trigger_relation("taking apart", "take", "dismantling", "dismantle") == 0.9
    assert trigger_relation("construction", "", "constructed", "") > 0.5
    assert trigger_relation("arrested", "arrest", "earthquake", "earthquake") == 0.0


def test_agglomerative_clustering_stops_at_the_threshold() -> None:
    sim = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]], dtype=np.float64)
    assert agglomerate(sim, 0.5) == [[0, 1], [2]]
    assert agglomerate(sim, 0.1) == [[0, 1, 2]]
    assert agglomerate(sim, 0.95) == [[0], [1], [2]]


def test_cophenetic_similarity_is_the_height_at_which_two_rows_first_join() -> None:
    sim = np.array([[1, 0.9, 0.1], [0.9, 1, 0.2], [0.1, 0.2, 1]], dtype=np.float64)
    joined = cophenetic(sim)
    assert joined[0, 1] == joined[1, 0] == pytest.approx(0.9)
    # 2 joins {0, 1} at their average similarity to it: (0.1 + 0.2) / 2
    assert joined[0, 2] == joined[1, 2] == pytest.approx(0.15)
    assert np.allclose(np.diag(joined), 1.0)


def test_document_similarity_is_relative_to_the_topic_and_capped() -> None:
    texts = {
        "a": "North Korea is dismantling the Sohae launch station near Tongchang-ri.",
        "b": "Satellite images show work at Sohae in Tongchang-ri: the launch pad is dismantled.",
        "c": "Police in San Diego arrested Vincent Jackson, a Chargers receiver, on Tuesday.",
    }
    docs = document_similarity(texts)
    a, b, c = (docs.index[d] for d in "abc")
    assert docs.relative[a, b] > 1.0 > docs.relative[a, c]
    assert docs.cophenetic[a, b] > docs.cophenetic[a, c] == pytest.approx(docs.cophenetic[b, c])
    assert docs.relative[a, a] == docs.cophenetic[a, a] == RELATIVE_CAP
    alone = document_similarity({"only": texts["a"]})
    assert alone.relative[0, 0] == RELATIVE_CAP


# --- the pair scorer ---------------------------------------------------------------------


def test_logistic_pair_model_learns_which_feature_predicts_coreference() -> None:
    rng = np.random.default_rng(6)
    signal = rng.random(2000)
    noise = rng.random(2000)
    labels = (signal + 0.1 * rng.standard_normal(2000) > 0.6).astype(np.float64)
    model = fit_pair_model(np.stack([signal, noise], axis=1), labels, ("signal", "noise"), 0.5)
    assert model.weights[0] > 5 * abs(model.weights[1])
    grid = {"signal": np.array([[1.0, 0.9], [0.9, 1.0]]), "noise": np.full((2, 2), 0.5)}
    assert model.probabilities(grid)[0, 1] > 0.9
    grid["signal"] = np.array([[1.0, 0.1], [0.1, 1.0]])
    assert model.probabilities(grid)[0, 1] < 0.1
    assert PairModel.from_json(model.as_json()).probabilities(grid) == pytest.approx(
        model.probabilities(grid), abs=1e-5
    )


def test_a_model_refuses_features_it_was_not_given() -> None:
    model = PairModel(("lemma", "span"), (1.0, 1.0), 0.0, 0.5)
    with pytest.raises(ValueError, match="span"):
        model.probabilities({"lemma": np.eye(2)})


def _pair(model: PairModel, **values: float) -> float:
    """The model's probability for one pair whose features are all 0 except ``values``."""
    grid = {name: np.zeros((2, 2)) for name in model.features}
    for name, value in values.items():
        grid[name] = np.array([[1.0, value], [value, 1.0]])
    return float(model.probabilities(grid)[0, 1])


def test_shipped_models_trust_a_shared_lemma_more_within_one_story() -> None:
    words = shipped_model(embeddings=False)
    assert set(words.features) == set(WORD_FEATURES)
    same_story = dict(doc=0.3, doc_relative=2.0, doc_cophenetic=2.0, doc_cophenetic_1=1.0)
    other_story = dict(doc=0.05, doc_relative=0.3, doc_cophenetic=0.3, doc_cophenetic_1=0.3)

    def with_lemma(story: dict[str, float]) -> dict[str, float]:
        return story | dict(
            lemma=1.0, lemma_doc=story["doc"], lemma_cophenetic=story["doc_cophenetic"]
        )

    assert _pair(words, **with_lemma(same_story)) > words.threshold
    assert _pair(words, **with_lemma(other_story)) < words.threshold
    assert _pair(words, **with_lemma(same_story)) > _pair(words, **same_story)
    full = shipped_model(embeddings=True)
    assert set(full.features) == set(EMBEDDING_FEATURES)
    close = dict(span=0.8, trigger=0.8, best_embedding=0.8, span_doc=0.8 * 0.3)
    far = dict(span=0.2, trigger=0.2, best_embedding=0.2, span_doc=0.2 * 0.3)
    assert _pair(full, **same_story, **close) > _pair(full, **same_story, **far)


# --- arguments and context ----------------------------------------------------------------


def _arguments_of(nlp: Any, sentence: str, trigger: str) -> tuple[str, ...]:
    doc = nlp(sentence)
    head = next(token for token in doc if token.text == trigger)
    return trigger_arguments(head)


def test_trigger_arguments_are_the_nouns_and_names_filling_the_triggers_roles(
    nlp: Any,
) -> None:
    active = _arguments_of(nlp, "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday.",
                           "fired")  # fmt: skip
    passive = _arguments_of(nlp, "Maurice Cheeks was sacked by the 76ers after a poor start.",
                            "sacked")  # fmt: skip
    assert {"coach", "maurice", "saturday"} <= set(active)
    assert {"maurice", "start"} <= set(passive)
    # subject and object swap places in the passive, but both reports name the 76ers and
    # Cheeks (lemmatised alike in both)
    assert len(set(active) & set(passive)) == 3
    assert active == tuple(sorted(active))


def test_names_elsewhere_in_the_sentence_are_not_arguments_of_the_trigger(nlp: Any) -> None:
    arguments = _arguments_of(
        nlp, "Police said on Tuesday that the Chargers receiver was arrested in San Diego.",
        "arrested",
    )  # fmt: skip
    assert {"receiver", "diego"} <= set(arguments)
    assert "police" not in arguments and "tuesday" not in arguments


def test_argument_overlap_is_the_jaccard_of_argument_words_and_zero_without_arguments() -> None:
    def mention(*arguments: str) -> Mention:
        return Mention(id="m", doc_id="d", sentence="It fell.", start=3, end=7,
                       arguments=arguments)  # fmt: skip

    assert argument_overlap(mention("76ers", "cheeks"), mention("cheeks", "76ers")) == 1.0
    assert argument_overlap(mention("76ers", "cheeks"), mention("cheeks", "coach")) == 1 / 3
    assert argument_overlap(mention("76ers"), mention()) == 0.0


def test_two_sentences_naming_different_people_conflict_but_shared_teams_do_not() -> None:
    def fired(*people: str) -> Mention:
        return Mention(id="m", doc_id="d", sentence="The 76ers fired their coach.", start=10,
                       end=15, participants=("76ers", *people), people=people)  # fmt: skip

    assert people_conflict(fired("Maurice Cheeks"), fired("Jim O'Brien"))
    assert not people_conflict(fired("Maurice Cheeks"), fired("Cheeks"))
    assert not people_conflict(fired("Maurice Cheeks"), fired())  # one names nobody


def test_context_is_the_sentence_with_the_trigger_cut_out() -> None:
    sentence = "Satellite images show North Korea dismantling the test stand."
    start = sentence.index("dismantling")
    mention = Mention(id="m", doc_id="d", sentence=sentence, start=start, end=start + 11)
    assert context(mention) == "Satellite images show North Korea  the test stand."


def test_pair_features_give_argument_overlap_and_context_similarity_as_symmetric_matrices(
    embedder: MiniLMEmbedder,
) -> None:
    mentions = _site_mentions()
    documents = document_similarity({m.doc_id: m.sentence for m in mentions})
    features = pair_features(mentions, documents, embedder)
    assert set(features) == set(EMBEDDING_FEATURES)
    for name in ("arguments", "context", "people_conflict"):
        assert np.allclose(features[name], features[name].T)
    around = features["context"]
    # two reports of the Sohae test stand say more alike things around their triggers than
    # a report of Sohae and one of a Yongbyon cooling tower
    assert around[0, 1] > around[0, 3]
    assert features["arguments"][1, 2] == pytest.approx(4 / 6)  # engine, sohae, stand, test
    assert features["arguments"][0, 3] == 0.0


def test_shipped_models_count_shared_arguments_for_and_other_people_against() -> None:
    for embeddings in (False, True):
        model = shipped_model(embeddings)
        assert _pair(model, arguments=1.0) > _pair(model, arguments=0.0)
        assert _pair(model, people_conflict=1.0) < _pair(model, people_conflict=0.0)
    full = shipped_model(embeddings=True)
    assert _pair(full, context=0.9) > _pair(full, context=0.2)


# --- the engine on hand-made mentions ----------------------------------------------------


def _mention(
    mid: str, doc: str, sentence: str, trigger: str, lemma: str, place: str,
    arguments: tuple[str, ...] = (),
) -> Mention:
    start = sentence.index(trigger)
    return Mention(
        id=mid, doc_id=doc, sentence=sentence, start=start, end=start + len(trigger),
        lemma=lemma, place=(place,), time=("the week of 23 July 2018",), arguments=arguments,
    )  # fmt: skip


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    try:
        return MiniLMEmbedder()
    except ModelMissing as missing:  # the tokenizer package is installed with --no-deps
        pytest.skip(str(missing))


def _site_mentions() -> list[Mention]:
    return [
        _mention("m1", "d1", "Satellite images show North Korea dismantling the engine test "
                 "stand at Sohae.", "dismantling", "dismantle", "Sohae",
                 ("korea", "north", "stand")),
        _mention("m2", "d2", "The rocket engine test stand at Sohae has been partly "
                 "dismantled, analysts said.", "dismantled", "dismantle", "Sohae",
                 ("engine", "rocket", "sohae", "stand", "test")),
        _mention("m3", "d3", "Workers at Sohae are taking apart the engine test stand, "
                 "38 North reported.", "taking apart", "take", "Sohae",
                 ("engine", "sohae", "stand", "test", "workers")),
        _mention("m4", "d4", "Imagery shows a cooling tower at Yongbyon being dismantled.",
                 "dismantled", "dismantle", "Yongbyon", ("tower",)),
    ]  # fmt: skip


def test_reports_of_one_dismantling_merge_and_another_site_stays_apart(
    embedder: MiniLMEmbedder,
) -> None:
    clusters = cluster_mentions(_site_mentions(), CorefConfig(), embedder)
    assert sorted(sorted(c) for c in clusters) == [["m1", "m2", "m3"], ["m4"]]


def test_without_embeddings_words_and_places_still_decide() -> None:
    clusters = cluster_mentions(_site_mentions(), CorefConfig())
    assert ["m4"] in clusters
    assert any({"m1", "m2"} <= set(c) for c in clusters)


def test_topics_never_merge_and_results_are_deterministic(embedder: MiniLMEmbedder) -> None:
    mentions = [
        Mention(id=f"{topic}{n}", doc_id=f"{topic}-{n}", sentence="The site was dismantled.",
                start=13, end=23, lemma="dismantle", topic=topic)
        for topic in ("sohae", "yongbyon") for n in range(2)
    ]  # fmt: skip
    first = cluster_mentions(mentions, CorefConfig(), embedder)
    assert sorted(sorted(c) for c in first) == [["sohae0", "sohae1"], ["yongbyon0", "yongbyon1"]]
    assert cluster_mentions(mentions, CorefConfig(), embedder) == first


def test_duplicate_ids_and_bad_spans_are_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        Mention(id="x", doc_id="d", sentence="short", start=2, end=40)
    twice = [Mention(id="x", doc_id="d", sentence="It fell.", start=3, end=7)] * 2
    with pytest.raises(ValueError, match="unique"):
        cluster_mentions(twice)


# --- the embedding model, for real -------------------------------------------------------


def test_embeddings_are_unit_vectors_that_rank_paraphrases_first(
    embedder: MiniLMEmbedder,
) -> None:
    texts = [
        "North Korea is dismantling the Sohae launch site.",
        "Pyongyang has begun taking apart its Sohae rocket facility.",
        "The football club signed a new goalkeeper.",
    ]
    vectors = embedder.embed(texts)
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3


def test_span_vectors_differ_from_sentence_vectors_and_are_cached(
    embedder: MiniLMEmbedder,
) -> None:
    text = "North Korea is dismantling the Sohae launch site."
    before = len(embedder.cache)
    span = embedder.embed_spans([(text, 15, 26)])[0]
    sentence = embedder.embed([text])[0]
    assert float(span @ sentence) < 0.99
    again = embedder.embed_spans([(text, 15, 26)])[0]
    assert np.array_equal(span, again)
    assert len(embedder.cache) <= before + 2


def test_a_sentence_whose_span_was_embedded_is_not_run_through_the_model_again(
    embedder: MiniLMEmbedder,
) -> None:
    text = "Trucks were seen near the engine test stand at Tongchang-ri on Friday."
    embedder.embed_spans([(text, 12, 16)])
    size = len(embedder.cache)
    sentence = embedder.embed([text])[0]
    assert len(embedder.cache) == size
    fresh = MiniLMEmbedder().embed([text])[0]
    assert float(sentence @ fresh) > 0.999
