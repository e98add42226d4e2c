"""The learned part of the claims stage: filter, cue proposer and source chooser (issue 5)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from sitewatch.analyze.claims.learned import (
    ClaimModels,
    candidates,
    claim_features,
    filtered,
    model_path,
    shipped_models,
)
from sitewatch.analyze.claims.model import Found, Span
from sitewatch.analyze.claims.stage import find_attributions, rule_attributions
from sitewatch.analyze.linear import LinearModel, fit
from sitewatch.analyze.linguistic import SpacyStage
from sitewatch.model import Analysis, Document


def parse(nlp: Any, text: str) -> Any:
    analysis = Analysis(document=Document(id="t", text=text))
    SpacyStage(nlp)(analysis)
    return analysis.spacy_doc


def cues(found: list[Found]) -> list[str]:
    return [f.cue.text for f in found]


# -- the shipped weights -----------------------------------------------------------------
def test_the_shipped_weights_load_are_small_and_have_thresholds() -> None:
    models = shipped_models()
    assert models is not None
    assert model_path().stat().st_size < 2_000_000
    for model in (models.filter, models.proposer):
        assert model.weights and 0.0 <= model.threshold <= 1.0


def test_the_weights_round_trip_through_json_and_score_the_same() -> None:
    models = shipped_models()
    assert models is not None
    again = ClaimModels.from_json(json.loads(json.dumps(models.as_json())))
    features = ["lemma=say", "pos=VERB", "content=ccomp", "subj=ent:PERSON", "never-seen"]
    for a, b in ((models.proposer, again.proposer), (models.filter, again.filter)):
        assert a.probability(features) == b.probability(features)
        assert a.probability(features) == a.probability(list(reversed(features)))


def test_the_stage_is_deterministic(nlp: Any) -> None:
    text = ("The senator signed a letter opposing the deal. Aides were sure that the vote "
            "would pass, the newspaper reported.")
    first = find_attributions(parse(nlp, text))
    second = find_attributions(parse(nlp, text))
    assert first == second


# -- the proposer --------------------------------------------------------------------------
def test_the_proposer_finds_a_cue_the_rules_never_propose(nlp: Any) -> None:
    doc = parse(nlp, "The governor signed a pledge to protect the wetlands on Friday.")
    assert "signed" not in cues(rule_attributions(doc))
    (signed,) = [f for f in find_attributions(doc) if f.cue.text == "signed"]
    assert signed.source is not None and signed.source.text == "The governor"
    assert signed.content.text.startswith("a pledge to protect the wetlands")


def test_the_proposer_leaves_verbs_of_plain_action_alone(nlp: Any) -> None:
    doc = parse(nlp, "The workers painted the bridge and repaired the road last summer.")
    assert cues(find_attributions(doc)) == []


def test_candidates_lie_outside_the_claims_already_found(nlp: Any) -> None:
    doc = parse(nlp, "The minister said that the inspectors signed the report on Monday.")
    found = rule_attributions(doc)
    (said,) = found
    for c in candidates(doc, found, []):
        assert not said.content.contains(c.found.cue.start, c.found.cue.end)


# -- the filter ----------------------------------------------------------------------------
def _claim(doc: Any, cue: int, content: tuple[int, int]) -> Found:
    tok = doc[cue]
    text = doc.text
    return Found(cue=Span.of(text, tok.idx, tok.idx + len(tok.text)),
                 content=Span.of(text, *content), cue_token=cue,
                 sentence=(0, len(text)), form="indirect")


def test_the_filter_drops_a_rejected_outer_claim_so_the_inner_one_counts(nlp: Any) -> None:
    doc = parse(nlp, "Reporters wrote that officials said the site was closed.")
    wrote = _claim(doc, 1, (16, len(doc.text) - 1))  # "that officials said the site …"
    said = _claim(doc, 4, (36, len(doc.text) - 1))  # "the site was closed"
    reject_write = LinearModel(weights={"r:lemma=write": -10.0}, bias=2.0, threshold=0.5)
    assert cues(filtered(doc, [wrote, said], reject_write, [])) == ["said"]
    reject_say = LinearModel(weights={"r:lemma=say": -10.0}, bias=2.0, threshold=0.5)
    # an inner claim under an accepted outer claim is kept as it is
    assert cues(filtered(doc, [wrote, said], reject_say, [])) == ["wrote", "said"]


def test_the_rules_alone_run_when_asked(nlp: Any) -> None:
    doc = parse(nlp, "The governor signed a pledge to protect the wetlands on Friday.")
    assert find_attributions(doc, learned=False) == rule_attributions(doc)


def test_the_filter_never_drops_a_claim_whose_source_is_imagery(nlp: Any) -> None:
    doc = parse(nlp, "Photos that supposedly showed the site being dismantled were released.")
    (showed,) = [f for f in rule_attributions(doc) if f.cue.text == "showed"]
    models = shipped_models()
    assert models is not None
    assert not models.filter.accepts(claim_features(doc, showed, [showed], []))
    assert "showed" in cues(find_attributions(doc))


# -- fitting -------------------------------------------------------------------------------
def test_fitting_learns_which_feature_marks_an_attribution() -> None:
    rows = [["lemma=say", "pos=VERB"]] * 40 + [["lemma=paint", "pos=VERB"]] * 40
    labels = [1] * 36 + [0] * 4 + [0] * 38 + [1] * 2
    model = fit(rows, labels, threshold=0.5)
    assert model.accepts(["lemma=say", "pos=VERB"])
    assert not model.accepts(["lemma=paint", "pos=VERB"])
    assert model == fit(rows, labels, threshold=0.5)


def test_fitting_needs_one_label_per_row() -> None:
    with pytest.raises(ValueError):
        fit([["a"], ["b"]], [1], threshold=0.5)


def test_a_proposed_claim_reaches_the_analysis_like_any_other(nlp: Any) -> None:
    from sitewatch.analyze.claims.stage import ClaimStage

    text = "The governor signed a pledge to protect the wetlands on Friday."
    analysis = Analysis(document=Document(id="t", text=text))
    ClaimStage()(SpacyStage(nlp)(analysis))
    (signed,) = [c for c in analysis.claims if c["cue"]["text"] == "signed"]
    assert signed["form"] == "indirect"
    assert signed["source"]["text"] == "The governor"
    for part in ("source", "cue", "content"):
        span = signed[part]
        assert text[span["start"]:span["end"]] == span["text"]
    assert set(signed) >= {"speaker", "kind", "certainty", "likelihood", "said_on", "sentence"}
