"""Systematic entity errors of the small English model are mended after parsing."""

from __future__ import annotations

from typing import Any

from sitewatch.analyze.linguistic import tidy_entities


def _ents(nlp: Any, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    doc.ents = tidy_entities(doc)
    return [(e.text, e.label_) for e in doc.ents]


def test_a_hyphenated_korean_given_name_is_kept_whole(nlp: Any) -> None:
    assert ("Moon Jae-in", "PERSON") in _ents(
        nlp, "Trump flew to Seoul to meet President Moon Jae-in."
    )


def test_a_name_that_already_has_its_hyphen_is_not_extended_into_a_compound(nlp: Any) -> None:
    names = [
        t for t, label in _ents(nlp, "It was a Kim Jong-un-led delegation.") if label == "PERSON"
    ]
    assert all(not n.endswith("-led") for n in names)


def test_the_department_word_of_a_title_is_not_an_organisation(nlp: Any) -> None:
    ents = _ents(nlp, "Secretary of State Mike Pompeo met the Minister of Defence on Friday.")
    assert ("State", "ORG") not in ents
    assert ("Defence", "ORG") not in ents
    assert ("Mike Pompeo", "PERSON") in ents


def test_a_name_that_begins_with_a_number_is_one_organisation(nlp: Any) -> None:
    ents = _ents(nlp, "38 North said on Thursday that the pad was being rebuilt.")
    assert ("38 North", "ORG") in ents
    assert ("North", "ORG") not in ents


def test_a_count_before_a_longer_organisation_name_stays_a_count(nlp: Any) -> None:
    ents = _ents(nlp, "It asked for relief from 5 Security Council resolutions.")
    assert ("5 Security Council", "ORG") not in ents
