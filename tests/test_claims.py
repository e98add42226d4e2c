"""Claims: who said what, when, how surely, and on whose authority (issue 5)."""

from __future__ import annotations

import importlib.util
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

from sitewatch.analyze.claims.lexicon import ICD203
from sitewatch.analyze.claims.stage import ClaimStage
from sitewatch.analyze.linguistic import SpacyStage
from sitewatch.analyze.pipeline import Pipeline, Stage
from sitewatch.model import Analysis, Document, PublishedDate

HAS_TIMES = importlib.util.find_spec("sitewatch.analyze.times.stage") is not None


def analyse(nlp: Any, text: str, published: str | None = "2018-07-31",
            times: bool = False) -> Analysis:  # fmt: skip
    stages: list[Stage] = [SpacyStage(nlp)]
    if times:
        from sitewatch.analyze.times.stage import TimeStage

        stages.append(TimeStage())
    stages.append(ClaimStage())
    doc = Document(id="t", text=text,
                   published=PublishedDate(published) if published else None)
    (analysis,) = Pipeline(stages).run([doc])
    assert not analysis.failures, analysis.failures
    return analysis


def claim(analysis: Analysis, cue: str, speaker: str | None = None) -> dict[str, Any]:
    for c in analysis.claims:
        if c["cue"]["text"] == cue and (speaker is None or c["speaker"]["name"] == speaker):
            return c
    found = [(c["cue"]["text"], c["speaker"]["name"]) for c in analysis.claims]
    raise AssertionError(f"no claim with cue {cue!r} by {speaker!r}; found {found}")


def seed(seeds: Path, prefix: str) -> str:
    return next(seeds.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# -- the stage and its contract ------------------------------------------------------------
def test_the_stage_declares_what_it_needs_and_adds() -> None:
    stage = ClaimStage()
    assert stage.name == "claims"
    assert stage.requires == ("spacy_doc", "entities")
    assert stage.assigns == ("claims", "cites")


def test_the_app_runs_claims_after_times_and_before_events(tmp_path: Path) -> None:
    from sitewatch.app import default_stages
    from sitewatch.settings import Settings

    names = [s.name for s in default_stages(Settings(db=str(tmp_path / "x.db")))]
    assert names.index("times") < names.index("claims") < names.index("events")


def test_every_claim_cites_its_text_by_offsets(nlp: Any) -> None:
    a = analyse(nlp, "The minister said on Monday that the site had been closed.")
    (c,) = a.claims
    for part in ("source", "cue", "content"):
        span = c[part]
        assert a.document.text[span["start"]:span["end"]] == span["text"]
    assert set(c) >= {"source", "cue", "content", "speaker", "kind", "certainty", "likelihood",
                      "said_on", "sentence"}
    assert c["content"]["text"] == "that the site had been closed"


# -- quotations ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    'She said: "The launch pad is being taken apart piece by piece."',
    "She said: “The launch pad is being taken apart piece by piece.”",
    "She said: ‘The launch pad is being taken apart piece by piece.’",
    "She said: 'The launch pad is being taken apart piece by piece.'",
    "She said: «The launch pad is being taken apart piece by piece.»",
])
def test_a_quotation_in_any_quote_marks_is_attributed_to_its_speaker(nlp: Any, text: str) -> None:
    a = analyse(nlp, "Jane Doe is an analyst. " + text)
    c = claim(a, "said")
    assert c["content"]["text"] == "The launch pad is being taken apart piece by piece."
    assert c["speaker"]["name"] == "Jane Doe" and c["form"] == "direct"


def test_a_quotation_after_its_cue_and_inverted_speaker(nlp: Any) -> None:
    a = analyse(nlp, "“The site is still active and growing,” said Jeffrey Lewis.")
    c = claim(a, "said")
    assert c["speaker"]["name"] == "Jeffrey Lewis"
    assert c["content"]["text"] == "The site is still active and growing,"


def test_a_quotation_split_around_its_cue_is_one_claim_in_two_parts(nlp: Any) -> None:
    a = analyse(nlp, "“The work has not stopped,” Lewis said, “and it will not stop soon.”")
    c = claim(a, "said")
    assert [p["text"] for p in c["content"]["parts"]] == [
        "The work has not stopped,", "and it will not stop soon."]
    assert len([x for x in a.claims if x["form"] == "direct"]) == 1


def test_a_quotation_spanning_sentences_carries_on_to_the_next_quote(nlp: Any) -> None:
    a = analyse(nlp, "“It’s active. We see trucks coming and going,” Lewis told the paper. "
                     "“This is a facility where they build missiles.”")
    c = claim(a, "told")
    assert c["content"]["parts"][-1]["text"] == "This is a facility where they build missiles."


def test_a_dash_attributes_a_quotation_to_the_name_after_it(nlp: Any) -> None:
    a = analyse(nlp, "“North Korea will never give up its nuclear weapons.” — Jeffrey Lewis")
    (c,) = a.claims
    assert c["cue"]["text"] == "—" and c["speaker"]["name"] == "Jeffrey Lewis"


def test_scare_quotes_are_not_claims(nlp: Any) -> None:
    a = analyse(nlp, "He invited the leader to visit in the ‘near future’.")
    assert not [c for c in a.claims if c["form"] == "direct"]
    assert not [c for c in a.claims if c["content"]["text"] == "near future"]


def test_a_question_quoted_before_its_own_short_sentence_is_attributed(nlp: Any) -> None:
    a = analyse(nlp, "Trump thanked his fans.\n\n\"Why's he attacking me?\" Trump said. "
                     "\"He's got to knock out seven or eight guys first.\"")
    said = claim(a, "said")
    assert said["content"]["text"].startswith("Why's he attacking me?")
    assert said["source"]["text"] == "Trump"


def test_a_quote_keeps_its_speaker_when_the_parser_takes_a_quoted_word_as_subject(
        nlp: Any) -> None:  # fmt: skip
    a = analyse(nlp, "“I find sometimes in conversation with other teachers, [Clinton] can be "
                     "very polarizing,” Kilfoyle said.")
    assert claim(a, "said")["source"]["text"] == "Kilfoyle"


def test_a_quotation_opened_with_a_straight_mark_and_closed_with_a_curly_one(nlp: Any) -> None:
    a = analyse(nlp, "\"Never underestimate Trump. No one should do that,” Reid said.")
    assert claim(a, "said")["content"]["text"].startswith("Never underestimate Trump.")


# -- reported speech ---------------------------------------------------------------------
def test_reported_speech_with_a_that_clause_and_an_addressee(nlp: Any) -> None:
    a = analyse(nlp, "Secretary of State Mike Pompeo told the Senate last week that North "
                     "Korea was still producing fuel.")
    c = claim(a, "told")
    assert c["speaker"]["name"] == "Mike Pompeo"
    assert c["speaker"]["role"] == "Secretary of State"
    assert c["content"]["text"] == "that North Korea was still producing fuel"


def test_according_to_makes_the_rest_of_the_clause_the_content(nlp: Any) -> None:
    a = analyse(nlp, "The two leaders may meet in September, according to Axios.")
    c = claim(a, "according to")
    assert c["source"]["text"] == "Axios" and c["speaker"]["type"] == "outlet"
    assert c["content"]["text"] == "The two leaders may meet in September"
    assert c["certainty"] == "hedged"


def test_a_report_or_satellite_photos_can_be_the_source(nlp: Any) -> None:
    a = analyse(nlp, "A new report said the reactor had restarted. Satellite photos showed "
                     "trucks at the site.")
    assert claim(a, "said")["speaker"]["type"] == "document"
    assert claim(a, "showed")["speaker"]["type"] == "imagery"


def test_a_tweet_is_a_claim(nlp: Any) -> None:
    a = analyse(nlp, "Donald Trump tweeted that there was no longer a nuclear threat.")
    c = claim(a, "tweeted")
    assert c["speaker"]["name"] == "Donald Trump" and c["polarity"] == "negative"


def test_a_headline_name_and_colon_attributes_the_rest_of_the_line(nlp: Any) -> None:
    a = analyse(nlp, "Lindsey Graham: Trump Rhetoric Is Destroying the Party\n\nThe senator "
                     "spoke on Monday.")
    c = claim(a, ":")
    assert c["source"]["text"] == "Lindsey Graham"
    assert c["content"]["text"] == "Trump Rhetoric Is Destroying the Party"


def test_a_label_before_a_colon_is_not_a_speaker(nlp: Any) -> None:
    a = analyse(nlp, "UPDATE: The site was closed on Monday afternoon.")
    assert [c for c in a.claims if c["cue"]["text"] == ":"] == []


def test_the_object_of_a_preposition_after_a_cue_verb_is_the_content(nlp: Any) -> None:
    a = analyse(nlp, "Senator Bernie Sanders called for a ban on fracking.")
    c = claim(a, "called for")
    assert c["content"]["text"] == "a ban on fracking"
    assert c["source"]["text"] == "Senator Bernie Sanders"


def test_naming_verbs_take_the_object_and_its_predicate(nlp: Any) -> None:
    a = analyse(nlp, "The spokesman described the meeting as a positive step.")
    assert claim(a, "described")["content"]["text"] == "the meeting as a positive step"


def test_a_passive_cue_with_an_agent_reports_its_subject(nlp: Any) -> None:
    a = analyse(nlp, "The meeting was first reported by Politico.")
    c = claim(a, "reported")
    assert c["source"]["text"] == "Politico" and c["content"]["text"] == "The meeting"


def test_seem_and_appear_have_no_source(nlp: Any) -> None:
    a = analyse(nlp, "The strategy did not appear to pay any dividends.")
    c = claim(a, "did not appear")
    assert c["source"] is None and c["content"]["text"].startswith("The strategy")


def test_a_stance_noun_with_a_possessor_is_a_claim(nlp: Any) -> None:
    a = analyse(nlp, "Trump's criticism of the trade deal drew applause.")
    c = claim(a, "criticism of")
    assert c["source"]["text"] == "Trump" and c["content"]["text"] == "the trade deal"


@pytest.mark.parametrize(("text", "cue", "content"), [
    ("Cruz sought the nomination in 2016.", "sought", "the nomination"),
    ("The senator declined to comment on the report.", "declined", "to comment on the report"),
    ("The campaign released its tax plan on Monday.", "released", "its tax plan"),
    ("Trump cited a poll from Monmouth University.", "cited", "a poll from Monmouth University"),
    ("Voters prefer the Senate bill.", "prefer", "the Senate bill"),
    ("She compared the plan to a tax hike.", "compared", "the plan"),
    ("Trump cast himself as a change agent.", "cast", "himself as a change agent"),
    ("Sanders focused on income inequality.", "focused on", "income inequality"),
])
def test_verbs_of_wanting_asking_and_publishing_take_their_object_as_content(
        nlp: Any, text: str, cue: str, content: str) -> None:  # fmt: skip
    assert claim(analyse(nlp, text), cue)["content"]["text"].startswith(content)


def test_an_infinitive_cue_under_an_adjective_takes_the_clause_subject(nlp: Any) -> None:
    a = analyse(nlp, "Clinton was eager to prove that her campaign had heard the voters.")
    c = claim(a, "to prove")
    assert c["source"]["text"] == "Clinton"


@pytest.mark.parametrize(("text", "cue", "source", "content"), [
    ("Clinton aides were confident that Democrats would back her plans.", "confident",
     "Clinton aides", "that Democrats would back her plans"),
    ("Ernst, a senator willing to address the convention, spoke last.", "willing",
     "a senator", "to address the convention"),
    ("Several governors were critical of the new trade deal.", "critical",
     "Several governors", "the new trade deal"),
])
def test_adjectives_of_stance_attribute_to_whoever_they_describe(
        nlp: Any, text: str, cue: str, source: str, content: str) -> None:  # fmt: skip
    c = claim(analyse(nlp, text), cue)
    assert c["source"]["text"].startswith(source)
    assert c["content"]["text"] == content


def test_a_poll_is_the_source_of_the_clause_it_frames(nlp: Any) -> None:
    a = analyse(nlp, "In a Washington Post-ABC News poll released Sunday, just 8 percent of "
                     "Democrats were undecided.")
    c = claim(a, "In")
    assert c["source"]["text"].startswith("a Washington Post-ABC News poll")
    assert "8 percent of Democrats were undecided" in c["content"]["text"]


def test_a_passive_cue_without_an_agent_has_its_subject_as_content_and_no_source(
        nlp: Any) -> None:  # fmt: skip
    c = claim(analyse(nlp, "The nuclear deal was sharply criticized on Monday."),
              "criticized")
    assert c["content"]["text"] == "The nuclear deal"
    assert c["source"] is None


def test_a_passive_of_an_event_verb_is_not_a_claim(nlp: Any) -> None:
    assert analyse(nlp, "A rally was held in Des Moines on Monday.").claims == []


def test_praise_for_something_has_that_something_as_content(nlp: Any) -> None:
    c = claim(analyse(nlp, "She praised Donald Trump for speaking out against the deal."),
              "praised Donald Trump for")
    assert c["content"]["text"] == "speaking out against the deal"


def test_a_clause_before_a_verb_with_its_own_object_is_not_its_content(nlp: Any) -> None:
    a = analyse(nlp, "The legislature passed a measure to ban abortions, but Governor Mary "
                     "Fallin vetoed the bill.")
    assert claim(a, "vetoed")["content"]["text"] == "the bill"


def test_a_raising_verb_over_a_cue_leaves_the_cue_its_subject(nlp: Any) -> None:
    c = claim(analyse(nlp, "Mr. Cruz seemed to mock his vague tough talk."), "to mock")
    assert c["source"]["text"] == "Mr. Cruz"
    assert c["content"]["text"] == "his vague tough talk"


def test_the_one_asked_is_not_the_source_of_the_question(nlp: Any) -> None:
    a = analyse(nlp, "Asked by reporters whether she would endorse Trump, Ayotte said she "
                     "was focused on her own race.")
    asked = claim(a, "Asked")
    assert asked["source"]["text"] == "reporters"
    assert asked["content"]["text"].startswith("whether she would endorse Trump")
    assert claim(a, "said")["source"]["text"] == "Ayotte"


def test_a_cue_noun_as_an_object_takes_the_subject_of_its_verb_as_source(nlp: Any) -> None:
    a = analyse(nlp, "Secretary of State Ken Detzner sent out a statement that Trump had not "
                     "been left off any ballots.")
    assert claim(a, "statement")["source"]["text"] == "Secretary of State Ken Detzner"


def test_a_gerund_under_an_object_climbs_to_the_clause_subject(nlp: Any) -> None:
    a = analyse(nlp, "Clinton's campaign took the unusual step of criticizing the "
                     "intelligence community.")
    assert claim(a, "criticizing")["source"]["text"] == "Clinton's campaign"


# -- speakers -----------------------------------------------------------------------------
def test_pronouns_and_surnames_resolve_to_the_full_name_with_its_role(nlp: Any) -> None:
    a = analyse(nlp, "Jeffrey Lewis, director of the East Asia Nonproliferation Program, "
                     "studied the photos. Lewis said the site was active. He added that "
                     "trucks were arriving.")
    for cue in ("said", "added"):
        speaker = claim(a, cue)["speaker"]
        assert speaker["name"] == "Jeffrey Lewis"
        assert speaker["role"] == "director of the East Asia Nonproliferation Program"
        assert a.document.text[speaker["start"]:speaker["end"]] == "Jeffrey Lewis"


def test_the_newspaper_is_the_last_outlet_named(nlp: Any) -> None:
    a = analyse(nlp, "The Washington Post reported the news on Monday. The newspaper said "
                     "officials were worried.")
    assert claim(a, "said")["speaker"] == {**claim(a, "said")["speaker"],
                                           "name": "The Washington Post", "type": "outlet"}


def test_a_dateline_before_the_subject_is_not_the_speaker(nlp: Any) -> None:
    a = analyse(nlp, "SEOUL, May 9 (Yonhap) -- South Korea's military said North Korea "
                     "launched two projectiles on Thursday.")
    said = claim(a, "said")
    assert said["source"]["text"] == "South Korea's military"
    assert said["speaker"]["name"] != "Yonhap"


def test_a_role_noun_with_a_name_beside_it_is_that_person(nlp: Any) -> None:
    a = analyse(nlp, "Guterres met Kim on Friday. \"We are ready to help,\" his spokesman "
                     "Stéphane Dujarric said in a statement.")
    assert claim(a, "said")["speaker"]["name"] == "Stéphane Dujarric"


def test_a_name_tagged_as_a_person_once_is_a_person_for_he(nlp: Any) -> None:
    a = analyse(nlp, "President Trump came to Vietnam to meet Kim Jong Un. At a news "
                     "conference, Trump said North Korea had wanted all sanctions removed. "
                     "He argued that giving up Yongbyon alone would not have been enough.")
    assert claim(a, "argued")["speaker"]["name"] == "Trump"


def test_the_north_is_the_country_named_before(nlp: Any) -> None:
    a = analyse(nlp, "North Korea fired two missiles on Thursday. The launch came days after "
                     "the North said it had tested a new weapon.")
    assert claim(a, "said")["speaker"]["name"] == "North Korea"


@pytest.mark.parametrize("source", ["Unidentified officials", "A source familiar with the matter",
                                    "US spy agencies", "Two senior officials"])
def test_unnamed_sources_are_anonymous(nlp: Any, source: str) -> None:
    a = analyse(nlp, f"{source} said the site was being expanded.")
    assert claim(a, "said")["speaker"]["type"] == "anonymous"


# -- kind and certainty -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "cue", "kind"), [
    ("Kim pledged to dismantle the engine test site.", "pledged", "pledge"),
    ("Kim promised that he would close the launch pad.", "promised", "pledge"),
    ("The minister agreed with the senator that the talks had stalled.", "agreed",
     "assertion"),
    ("Pompeo assured the senator that the goal remained complete dismantlement.", "assured",
     "assertion"),
    ("The ministry denied that any test had taken place.", "denied", "denial"),
    ("Bolton said the United States has a plan to finish within a year.", "said", "plan"),
    ("The agency assessed that the regime would keep its weapons.", "assessed", "assessment"),
    ("Reporters asked whether the talks would resume.", "asked", "question"),
    ("The spokesman said the meeting was productive.", "said", "assertion"),
])
def test_the_kind_of_claim_follows_the_cue_and_content(
    nlp: Any, text: str, cue: str, kind: str
) -> None:
    assert claim(analyse(nlp, text), cue)["kind"] == kind


@pytest.mark.parametrize(("text", "cue", "certainty"), [
    ("Officials said the site was closed.", "said", "asserted"),
    ("Officials said the site appears to be closed.", "said", "hedged"),
    ("Officials said the site may be closed.", "said", "hedged"),
    ("Officials reportedly said the site was closed.", "said", "hedged"),
    ("Photos that supposedly showed the site being dismantled were released.", "showed",
     "hedged"),
    ("Officials said that if talks fail, the site will reopen.", "said", "conditional"),
    ("Officials did not say that the site was closed.", "did not say", "negated"),
])
def test_certainty_is_asserted_hedged_conditional_or_negated(
    nlp: Any, text: str, cue: str, certainty: str
) -> None:
    assert claim(analyse(nlp, text), cue)["certainty"] == certainty


@pytest.mark.parametrize("term", sorted(ICD203))
def test_each_estimative_term_maps_to_its_icd203_band(nlp: Any, term: str) -> None:
    a = analyse(nlp, f"Analysts said it is {term} that the reactor will restart this year.")
    c = claim(a, "said")
    low, high = ICD203[term]
    assert c["likelihood"] == {"term": term, "low": low, "high": high}
    assert c["kind"] == "assessment" and c["certainty"] == "hedged"


def test_the_icd203_scale_covers_one_to_ninety_nine_percent() -> None:
    bands = sorted(set(ICD203.values()))
    assert bands[0][0] == 0.01 and bands[-1][1] == 0.99
    assert all(a[1] == b[0] for a, b in pairwise(bands))


# -- said_on ------------------------------------------------------------------------------
def test_without_a_time_stage_a_claim_is_dated_by_publication(nlp: Any) -> None:
    a = analyse(nlp, "The minister said the site had been closed.", published="2018-07-31")
    assert claim(a, "said")["said_on"]["value"] == "2018-07-31"
    assert claim(a, "said")["said_on"]["basis"] == "publication"


@pytest.mark.skipif(not HAS_TIMES, reason="the time-expression stage is not present")
def test_the_time_on_the_cue_dates_the_claim_not_the_times_in_its_content(nlp: Any) -> None:
    a = analyse(nlp, "Pompeo told senators last week that the plant would close in 2019.",
                published="2018-07-31", times=True)
    said = claim(a, "told")["said_on"]
    assert said["basis"] == "time-expression" and said["evidence"]["text"] == "last week"


# -- cites: source chains -------------------------------------------------------------------
def test_an_outlet_citing_anonymous_officials_is_a_chain(nlp: Any) -> None:
    a = analyse(nlp, "The Washington Post reported the news on Monday. The newspaper, citing "
                     "unidentified officials, said work was continuing.")
    cited = [c for c in a.cites if c["relation"] == "cited"]
    assert any(c["type"] == "anonymous" and c["via"] == "The Washington Post" for c in cited)
    assert any(c["relation"] == "reported" and c["type"] == "outlet" for c in a.cites)


def test_a_person_telling_an_outlet_and_imagery_providers_are_cited(nlp: Any) -> None:
    a = analyse(nlp, "Satellite images taken by Planet Labs show new buildings. David "
                     "Schmerler told CNN that the site was expanding.")
    kinds = {(c["source"]["text"], c["relation"], c["via"]) for c in a.cites}
    assert ("Planet Labs", "imagery", None) in kinds
    assert ("David Schmerler", "told", "CNN") in kinds


# -- the seed reports -------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed000(nlp: Any, seeds: Path) -> Analysis:
    return analyse(nlp, seed(seeds, "000"), published="2018-07-31", times=HAS_TIMES)


@pytest.fixture(scope="module")
def seed004(nlp: Any, seeds: Path) -> Analysis:
    return analyse(nlp, seed(seeds, "004"), published="2018-07-17", times=HAS_TIMES)


def test_seed_000_finds_the_post_pompeo_and_kim(seed000: Analysis) -> None:
    post = claim(seed000, "reported", "The Washington Post")
    assert post["speaker"]["type"] == "outlet"
    assert claim(seed000, "told", "Mike Pompeo")["content"]["text"].startswith(
        "that North Korea was continuing to produce fuel")
    kim = claim(seed000, "committed", "Kim Jong-un")
    assert kim["kind"] == "pledge"
    assert kim["content"]["text"] == "to work toward denuclearisation"


def test_seed_000_finds_trumps_tweet(seed000: Analysis) -> None:
    trump = claim(seed000, "said", "Donald Trump")
    assert "There is no longer a Nuclear Threat from North Korea." in trump["content"]["text"]


@pytest.mark.skipif(not HAS_TIMES, reason="the time-expression stage is not present")
def test_seed_000_dates_trumps_tweet_to_june_2018(seed000: Analysis) -> None:
    assert claim(seed000, "said", "Donald Trump")["said_on"]["value"] == "2018-06"


def test_seed_000_resolves_lewis_with_his_role(seed000: Analysis) -> None:
    lewis = [c for c in seed000.claims if c["speaker"]["name"] == "Jeffrey Lewis"]
    assert len(lewis) == 2
    assert "is not dead, by any stretch of the imagination" in lewis[0]["content"]["text"]
    assert lewis[1]["content"]["text"].startswith("It’s active.")
    assert all(c["speaker"]["role"].startswith("director of the East Asia") for c in lewis)


def test_seed_000_hedges_the_satellite_photos(seed000: Analysis) -> None:
    photos = claim(seed000, "showed")
    assert photos["speaker"]["type"] == "imagery" and photos["certainty"] == "hedged"


def test_seed_000_chains_officials_to_the_post(seed000: Analysis) -> None:
    assert any(c["type"] == "anonymous" and c["via"] == "The Washington Post"
               for c in seed000.cites)


def test_seed_004_finds_boltons_plan(seed004: Analysis) -> None:
    plans = [c for c in seed004.claims if c["speaker"]["name"] == "John Bolton"
             and c["kind"] == "plan"]
    assert plans and "dismantle all of their WMD" in plans[0]["content"]["text"]


def test_seed_004_finds_schmerler_through_he_told_cnn(seed004: Analysis) -> None:
    told = claim(seed004, "told", "David Schmerler")
    assert told["source"]["text"] == "He"
    assert told["content"]["text"].startswith("The Chemical Materials Institute seems")
    assert any(c["relation"] == "told" and c["via"] == "CNN" for c in seed004.cites)


def test_seed_004_finds_the_dia_estimate(seed004: Analysis) -> None:
    dia = claim(seed004, "estimate")
    assert dia["speaker"]["name"] == "Defence Intelligence Agency"
    assert dia["kind"] == "assessment"
    assert dia["likelihood"] == {"term": "unlikely", "low": 0.2, "high": 0.45}


def test_a_light_verb_and_its_noun_are_one_cue_with_the_noun_object_as_content(
        nlp: Any) -> None:
    a = analyse(nlp, "The senator raised questions about the inspection regime. Pyongyang "
                     "made clear that it would not dismantle the site.")
    asked = claim(a, "raised questions about")
    assert asked["source"]["text"] == "The senator"
    assert asked["content"]["text"] == "the inspection regime"
    assert claim(a, "made clear")["content"]["text"].startswith("that it would not dismantle")


def test_a_light_verb_with_a_place_or_an_audience_is_no_cue(nlp: Any) -> None:
    a = analyse(nlp, "Trump gave a speech in Ohio. She made her case to voters.")
    assert a.claims == []


def test_a_relative_clause_keeps_its_own_subject_as_the_source(nlp: Any) -> None:
    a = analyse(nlp, "The inspectors missed a deadline that several officials said went "
                     "unnoticed.")
    assert claim(a, "said")["source"]["text"] == "several officials"


def test_a_headline_colon_after_a_poll_or_an_untagged_name_is_a_claim(nlp: Any) -> None:
    a = analyse(nlp, "Poll: Voters doubt the summit will bring disarmament.\n\n"
                     "TAPPER: The deal has no teeth at all.\n")
    assert claim(a, ":")["source"]["text"] == "Poll"
    assert [c["source"]["text"] for c in a.claims if c["cue"]["text"] == ":"] == [
        "Poll", "TAPPER"]


def test_a_cue_of_telling_after_its_content_keeps_its_addressee_out(nlp: Any) -> None:
    a = analyse(nlp, "The site had been dismantled months earlier, a ministry spokesman "
                     "told the Journal.")
    told = claim(a, "told")
    assert told["source"]["text"] == "a ministry spokesman"
    assert told["content"]["text"].startswith("The site had been dismantled")


def test_a_subject_parsed_as_an_apposition_before_the_cue_is_its_source(nlp: Any) -> None:
    a = analyse(nlp, "In a May 2012 message to Clinton, Tanden, head of the Center for "
                     "American Progress, recounted a conversation she had with Soros.")
    assert claim(a, "recounted")["source"]["text"].startswith("Tanden")


def test_an_infinitive_on_a_predicate_noun_takes_the_clause_subject_as_source(
        nlp: Any) -> None:
    a = analyse(nlp, "Grijalva was the first Democrat in Congress to endorse Sanders.")
    assert claim(a, "to endorse")["source"]["text"] == "Grijalva"


def test_a_claim_is_clausal_when_its_content_says_something_is_so(nlp: Any) -> None:
    analysis = analyse(
        nlp,
        "Bolton said the plan would work. He declined to comment on intelligence. "
        "Pompeo welcomed the closure of the test site.",
    )
    verdicts = {c["content"]["text"]: c["clausal"] for c in analysis.claims}
    assert verdicts.get("the plan would work") is True
    assert all(not ok for text, ok in verdicts.items() if text != "the plan would work")


# -- who the source is (Round 4) ---------------------------------------------------------
def test_a_relative_pronoun_source_speaks_for_its_antecedent_in_a_cleft(nlp: Any) -> None:
    a = analyse(nlp, "It was Bolton who said the plan would work.")
    c = claim(a, "said")
    assert c["source"]["text"] == "who"
    assert c["speaker"]["name"] == "Bolton" and c["speaker"]["type"] == "person"


def test_a_relative_pronoun_source_speaks_for_the_noun_its_clause_hangs_from(nlp: Any) -> None:
    a = analyse(nlp, "The officials, who said the reactor was running again, asked not to "
                     "be named.")
    c = claim(a, "said")
    assert c["source"]["text"] == "who"
    assert c["speaker"]["name"] == "The officials"


def test_a_relative_pronoun_after_a_named_organisation_resolves_to_it(nlp: Any) -> None:
    a = analyse(nlp, "It was the International Atomic Energy Agency that reported the "
                     "centrifuges had been moved.")
    c = claim(a, "reported")
    assert c["source"]["text"] == "that"
    assert c["speaker"]["name"] == "the International Atomic Energy Agency"


@pytest.mark.parametrize(("text", "cue"), [
    ("Pyongyang is expected to announce a new missile test next week.", "is expected"),
    ("The minister was asked to explain the delay in the inspections.", "was asked"),
])
def test_the_subject_of_a_passive_cue_without_an_agent_is_not_its_source(
        nlp: Any, text: str, cue: str) -> None:
    c = claim(analyse(nlp, text), cue)
    assert c["source"] is None and c["speaker"]["name"] is None


def test_a_contracted_has_is_not_read_as_a_passive(nlp: Any) -> None:
    c = claim(analyse(nlp, "He's said the talks will resume in Geneva."), "'s said")
    assert c["source"]["text"] == "He"


def test_a_noun_cue_received_by_the_subject_is_not_the_subjects_claim(nlp: Any) -> None:
    a = analyse(nlp, "The minister faced criticism that the inspections had been delayed.")
    assert all(c["source"] is None or c["source"]["text"] != "The minister"
               for c in a.claims if c["cue"]["text"].startswith("criticism"))


def test_a_noun_cue_the_subject_issues_is_the_subjects_claim(nlp: Any) -> None:
    a = analyse(nlp, "The ministry issued a statement that the reactor had been shut down.")
    assert claim(a, "statement")["source"]["text"] == "The ministry"


def test_a_person_who_seems_is_the_source_and_a_thing_that_seems_is_not(nlp: Any) -> None:
    person = analyse(nlp, "Clinton seemed to be ready to compromise on the sanctions.")
    thing = analyse(nlp, "The agreement seemed to be close to collapse.")
    assert claim(person, "seemed")["speaker"]["name"] == "Clinton"
    assert claim(thing, "seemed")["source"] is None


def test_a_dateline_is_never_the_speaker(nlp: Any) -> None:
    a = analyse(nlp, "VIENNA, March 3 (Reuters) — The International Atomic Energy Agency "
                     "reported on Monday that the enrichment plant had resumed work.")
    c = claim(a, "reported")
    assert c["source"]["text"] == "The International Atomic Energy Agency"


def test_a_bare_participle_modifier_gives_its_noun_no_voice(nlp: Any) -> None:
    a = analyse(nlp, "Clinton won the string of contests known as Super Tuesday.")
    c = claim(a, "known as")
    assert c["source"] is None and c["speaker"]["name"] is None


def test_of_two_parsed_subjects_the_speaker_before_the_cue_is_the_source(nlp: Any) -> None:
    a = analyse(nlp, "His final assessment: “It is not quite optimistic,” he said.")
    assert claim(a, "said")["source"]["text"] == "he"


def test_a_bare_participle_clause_is_not_said_by_the_clause_subject(nlp: Any) -> None:
    a = analyse(nlp, "Asked whether the talks would resume, the minister said he did not "
                     "know.")
    asked = [c for c in a.claims if c["cue"]["text"] == "Asked"]
    assert all(c["source"] is None for c in asked)
    assert claim(a, "said")["source"]["text"] == "the minister"


# -- round 5: product defects seen on the sample corpus ------------------------------------
def test_a_colon_heading_about_a_text_attributes_the_line_to_that_text(nlp: Any) -> None:
    a = analyse(nlp, "What's in the document: Donald Trump and Kim Jong Un commit to working "
                     "toward complete denuclearisation\n\nThe summit ended on Tuesday.")
    heading = claim(a, ":")
    assert heading["source"]["text"] == "the document"
    assert heading["speaker"]["type"] == "document"
    assert heading["content"]["text"].startswith("Donald Trump and Kim Jong Un commit")
    assert not any(c["content"]["text"].startswith("What's in") for c in a.claims)


def test_a_clause_before_a_colon_is_not_the_content_of_the_verb_after_it(nlp: Any) -> None:
    a = analyse(nlp, "Why it matters: the ministry announced new inspections on Monday.")
    assert all(c["content"]["text"] != "Why it matters" for c in a.claims)


def test_a_capitalised_name_the_tagger_missed_before_a_quotation_is_its_speaker(
        nlp: Any) -> None:
    a = analyse(nlp, "Trump: 'We are going to win so much.'\n\nThe results came in late.")
    assert claim(a, ":")["source"]["text"] == "Trump"


def test_they_is_the_plural_subject_earlier_in_its_sentence(nlp: Any) -> None:
    a = analyse(nlp, "Researchers in Washington say they have pinpointed at least 13 North "
                     "Korean missile bases that Pyongyang has never disclosed, out of roughly "
                     "20 they believe exist.")
    believe = claim(a, "believe")
    assert believe["speaker"]["name"] == "Researchers in Washington"
    assert believe["speaker"]["type"] == "anonymous"


def test_they_is_never_the_dateline_place(nlp: Any) -> None:
    a = analyse(nlp, "SEOUL -- The launch came early on Thursday.\n\n"
                     "They said it was a test of a new weapon.")
    assert claim(a, "said")["speaker"]["name"] != "SEOUL"


def test_a_role_stops_at_a_dateline_dash_and_at_another_person(nlp: Any) -> None:
    a = analyse(nlp, "HANOI - President Trump came to Vietnam on Tuesday. He said the talks "
                     "would go well.\n\nPresident Moon Jae-in and leader Kim Jong-un met in "
                     "Pyongyang. Kim said he would visit Seoul.")
    assert claim(a, "said", "Trump")["speaker"]["role"] == "President"
    assert claim(a, "said", "Kim Jong-un")["speaker"]["role"] == "leader"


def test_a_day_the_parser_joined_to_a_source_name_is_not_part_of_the_source(
        nlp: Any) -> None:
    a = analyse(nlp, "On Saturday Seoul had first spoken of short-range missiles before "
                     "switching to projectiles.")
    assert claim(a, "spoken of")["source"]["text"] == "Seoul"


def test_a_quotation_after_a_name_and_a_colon_is_that_names(nlp: Any) -> None:
    a = analyse(nlp, "The timing does not surprise Republican pollster Daron Shaw: "
                     "“Historically, lesser-known candidates beating establishment figures "
                     "is common.”")
    assert claim(a, ":")["source"]["text"] == "Daron Shaw"
    assert claim(a, ":")["content"]["text"].startswith("“Historically")


def test_a_quotation_after_a_colon_and_an_addressee_is_not_the_addressees(nlp: Any) -> None:
    a = analyse(nlp, "McConnell delivered a blunt message to Trump: \"It's time to quit "
                     "attacking various people.\"")
    assert all(c["source"] is None or c["source"]["text"] != "Trump" for c in a.claims)


def test_a_verb_of_saying_inside_a_that_clause_does_not_report_the_main_clause(
        nlp: Any) -> None:
    a = analyse(nlp, "The website argued that the activity says little either way about "
                     "the denuclearisation pledge.")
    assert claim(a, "argued")["source"]["text"] == "The website"
    assert all(c["content"]["text"] != "The website argued" for c in a.claims)


def test_a_verb_of_saying_after_a_comma_still_reports_the_clause_before_it(nlp: Any) -> None:
    a = analyse(nlp, "North Korea is expanding the site, documents show.")
    assert claim(a, "show")["content"]["text"].startswith("North Korea is expanding")


def test_a_place_owned_by_a_country_heading_a_line_is_its_topic_not_a_speaker(
        nlp: Any) -> None:
    a = analyse(nlp, "North Korea's Tongchang-ri: rebuilding commences on launch pad and "
                     "engine test stand\n\nThe site is busy again.")
    assert not [c for c in a.claims if c["cue"]["text"] == ":"]


def test_a_content_does_not_start_with_the_dateline(nlp: Any) -> None:
    a = analyse(nlp, "WASHINGTON - North Korea has apparently started to pull down key "
                     "structures at the site, a monitoring group in Washington said.")
    assert claim(a, "said")["content"]["text"].startswith("North Korea has")


def test_a_question_word_the_parser_hung_on_a_noun_is_not_part_of_the_speaker(
        nlp: Any) -> None:
    a = analyse(nlp, "Researchers said they had pinpointed 13 missile bases North Korea is "
                     "thought to operate, a reminder of how much US negotiators still have to "
                     "pin down in their push for Pyongyang's disarmament.")
    assert claim(a, "push for")["speaker"]["name"] == "US negotiators"


def test_an_organisation_named_with_a_leading_number_keeps_it(nlp: Any) -> None:
    a = analyse(nlp, "38 North said the rail-mounted building that carries rockets to the pad "
                     "looks complete.")
    assert claim(a, "said")["speaker"]["name"] == "38 North"
