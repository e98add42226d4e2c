"""The round-4 experiment of the time stage (bench/times_train.py): which vague words and
value choices a learned model is asked about, what it sees, and how its decisions are
counted. Fresh sentences only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from sitewatch.analyze.times import find_times
from sitewatch.analyze.times.anchor import spacy_modifies_noun, spacy_tense

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def train() -> ModuleType:
    spec = importlib.util.spec_from_file_location("times_train_under_test",
                                                  BENCH / "times_train.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _found(nlp: Any, text: str, published: str = "2021-03-10") -> tuple[Any, list[Any]]:
    doc = nlp(text)
    return doc, find_times(text, published, spacy_tense(doc), None, spacy_modifies_noun(doc))


def test_a_vague_word_the_rules_marked_is_a_candidate_with_its_expression(
        train: ModuleType, nlp: Any) -> None:
    doc, found = _found(nlp, "The inspectors are now on their third visit to the reactor.")
    [(token, expr)] = train.candidates(doc, found)
    assert token.text == "now" and expr is not None and expr.value == "PRESENT_REF"


def test_a_vague_word_the_rules_left_is_a_candidate_without_one(
        train: ModuleType, nlp: Any) -> None:
    doc, found = _found(nlp, "The plant had previously enriched uranium for the navy.")
    [(token, expr)] = train.candidates(doc, found)
    assert token.text == "previously" and expr is None


def test_a_vague_word_inside_a_longer_expression_is_no_candidate(
        train: ModuleType, nlp: Any) -> None:
    doc, found = _found(nlp, "Output fell in the current quarter and in recent weeks.")
    assert train.candidates(doc, found) == []


def test_features_name_the_word_its_syntax_and_its_clause_but_no_document(
        train: ModuleType, nlp: Any) -> None:
    doc = nlp("The minister said the site would soon reopen.")
    token = next(t for t in doc if t.lower_ == "soon")
    names = train.features(token, ruled=False)
    assert "w=soon" in names and "tense=future" in names and "reported" in names
    assert any(n.startswith("dep=") for n in names) and any(n.startswith("head=") for n in names)
    assert "ruled" not in names
    assert not any("doc" in n or "name" in n for n in names)
    assert "ruled" in train.features(token, ruled=True)


def test_dropping_a_false_positive_raises_value_f1_and_dropping_a_match_lowers_it(
        train: ModuleType) -> None:
    tally = train.Tally(n_sys=10, n_gold=10, value_ok=8)
    spurious = train.Row(0, "even", "now", [], 0, True, False, False)
    matched = train.Row(0, "even", "now", [], 1, True, True, True)
    before = train.value_f1(tally, [spurious], [True])
    assert before == pytest.approx(0.8)
    assert train.value_f1(tally, [spurious], [False]) > before
    assert train.value_f1(tally, [matched], [False]) < before


def test_adding_a_missed_word_with_the_gold_value_raises_value_f1(train: ModuleType) -> None:
    tally = train.Tally(n_sys=10, n_gold=11, value_ok=8)
    missed = train.Row(0, "even", "soon", [], 1, False, False, True)
    assert train.value_f1(tally, [missed], [True]) > train.value_f1(tally, [missed], [False])


def test_a_weekday_in_a_tenseless_clause_offers_the_day_before_and_the_day_after(
        train: ModuleType, nlp: Any) -> None:
    text = "The board meets on Friday to review the inspection report."
    doc, found = _found(nlp, text, "2021-03-10")  # a Wednesday
    gold = [train.Timex(text.index("Friday"), text.index("Friday") + 6, "DATE", "2021-03-05")]
    published = train.Doc("fresh", "2021-03-10", text, gold, "fresh", "even")
    [row] = train.choice_rows(doc, found, published, 0, spacy_tense(doc))
    assert row.task == "weekday"
    assert set(row.options.values()) == {"2021-03-05", "2021-03-12"}
    assert row.options[row.rule] == next(e.value for e in found if e.text == "Friday")


def test_a_year_ago_offers_the_quarter_the_year_the_month_and_the_day(
        train: ModuleType, nlp: Any) -> None:
    text = "Profit rose to $4 million from $3 million a year ago."
    doc, found = _found(nlp, text, "2021-03-10")
    start = text.index("a year ago")
    gold = [train.Timex(start, start + 10, "DATE", "2020")]
    published = train.Doc("fresh", "2021-03-10", text, gold, "fresh", "even")
    [row] = train.choice_rows(doc, found, published, 0, spacy_tense(doc))
    assert row.task == "year-ago"
    assert row.options["year"] == "2020" and row.options["day"] == "2020-03-10"
    assert row.options["month"] == "2020-03" and row.options["quarter"].startswith("2020-Q")


def test_without_a_model_that_knows_better_the_rules_reading_stands(train: ModuleType) -> None:
    row = train.Choice(0, "even", "weekday", {"back": "2021-03-05", "ahead": "2021-03-12"},
                       "back", "2021-03-05", ["rule=back"])
    assert train.pick({}, row) == "back"
