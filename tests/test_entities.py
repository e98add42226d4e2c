"""Entity resolution across documents: one actor, however the reports spell it."""

from __future__ import annotations

from sitewatch.assess.timeline import origin_key
from sitewatch.link.entities import Mention, name_key, resolve


def test_spelling_variants_and_aliases_share_one_key() -> None:
    assert name_key("Kim Jong-un", "PERSON") == name_key("Kim Jong Un", "PERSON")
    assert name_key("the United States", "GPE") == name_key("US", "GPE") == name_key("U.S.", "GPE")
    assert name_key("The Washington Post's", "ORG") == "washington post"
    assert name_key("Mr Bolton", "PERSON") == "bolton"


def test_a_surname_resolves_to_the_only_full_name_in_its_document() -> None:
    kim_full = Mention("d1", 0, 11, "PERSON", "Kim Jong-un")
    kim = Mention("d1", 40, 43, "PERSON", "Kim")
    bolton_full = Mention("d1", 60, 71, "PERSON", "John Bolton")
    bolton = Mention("d1", 90, 99, "PERSON", "Mr Bolton")
    other_doc_kim = Mention("d2", 5, 8, "PERSON", "Kim")
    keys = resolve([kim_full, kim, bolton_full, bolton, other_doc_kim])
    assert keys[kim] == keys[kim_full] == "kim jong un"
    assert keys[bolton] == keys[bolton_full] == "john bolton"
    assert keys[other_doc_kim] == "kim jong un"  # the only Kim named in full anywhere


def test_an_ambiguous_surname_is_left_alone() -> None:
    mentions = [
        Mention("d", 0, 11, "PERSON", "Kim Jong-un"),
        Mention("d", 20, 31, "PERSON", "Kim Yo-jong"),
        Mention("d", 40, 43, "PERSON", "Kim"),
    ]
    assert resolve(mentions)[mentions[2]] == "kim"


def test_a_surname_matching_several_people_across_documents_is_left_alone() -> None:
    mentions = [
        Mention("a", 0, 11, "PERSON", "Kim Jong-un"),
        Mention("b", 0, 11, "PERSON", "Kim Yong-chol"),
        Mention("c", 0, 3, "PERSON", "Kim"),
    ]
    assert resolve(mentions)[mentions[2]] == "kim"


def test_an_outlet_named_two_ways_is_one_origin() -> None:
    assert origin_key("Agence France-Presse") == origin_key("AFP") == "agence france presse"
    assert origin_key("The Associated Press") == origin_key("AP")
    assert origin_key("The Washington Post's") == origin_key("Washington Post")
    assert origin_key("Reuters") != origin_key("Associated Press")


def test_a_surname_the_parser_took_for_an_organisation_joins_the_person() -> None:
    full = Mention("d", 0, 12, "PERSON", "Donald Trump")
    as_org = Mention("d", 50, 55, "ORG", "Trump")
    elsewhere = Mention("e", 10, 15, "ORG", "Trump")  # no person of that name in its document
    keys = resolve([full, as_org, elsewhere])
    assert keys[as_org] == keys[full] == "donald trump"
    assert keys[elsewhere] == "trump"


def test_an_agency_named_by_its_initials_is_the_agency() -> None:
    assert name_key("JCS", "ORG") == name_key("the Joint Chiefs of Staff", "ORG")
    assert name_key("CSIS", "ORG") == name_key(
        "the Center for Strategic and International Studies", "ORG"
    )


def test_a_capital_named_as_a_government_is_its_country() -> None:
    keys = resolve(
        [
            Mention("d1", 0, 9, "GPE", "Pyongyang"),
            Mention("d2", 0, 11, "GPE", "North Korea"),
            Mention("d3", 0, 10, "GPE", "Washington"),
            Mention("d3", 20, 37, "GPE", "the United States"),
        ]
    )
    assert keys[Mention("d1", 0, 9, "GPE", "Pyongyang")] == "north korea"
    assert keys[Mention("d2", 0, 11, "GPE", "North Korea")] == "north korea"
    assert keys[Mention("d3", 0, 10, "GPE", "Washington")] == "united states"
    assert keys[Mention("d3", 20, 37, "GPE", "the United States")] == "united states"


def test_a_capital_name_that_is_not_a_government_mention_keeps_its_own_key() -> None:
    # "The Washington Post" is an organisation and "Washington" a person's surname
    assert name_key("Washington", "ORG") == "washington"
    assert name_key("Washington", "PERSON") == "washington"


def test_middle_initials_and_a_suffix_do_not_split_one_person() -> None:
    names = ["Joseph Bermudez", "Joseph S. Bermudez Jr.", "Joseph S. Bermudez"]
    mentions = [Mention(f"d{i}", 0, len(n), "PERSON", n) for i, n in enumerate(names)]
    assert len(set(resolve(mentions).values())) == 1


def test_different_middle_initials_keep_two_people_apart() -> None:
    names = ["George H. W. Bush", "George W. Bush", "George Bush"]
    mentions = [Mention(f"d{i}", 0, len(n), "PERSON", n) for i, n in enumerate(names)]
    keys = resolve(mentions)
    assert keys[mentions[0]] != keys[mentions[1]]


def test_a_bare_surname_takes_the_person_named_far_more_often_than_any_other() -> None:
    full = [Mention(f"d{i}", 0, 11, "PERSON", "Kim Jong Un") for i in range(6)]
    stray = Mention("d9", 0, 11, "PERSON", "Meeting Kim")
    bare = Mention("d10", 0, 3, "PERSON", "Kim")
    keys = resolve([*full, stray, bare])
    assert keys[bare] == "kim jong un"


def test_a_stray_full_name_in_the_same_report_does_not_make_a_surname_ambiguous() -> None:
    elsewhere = [Mention(f"d{i}", 0, 11, "PERSON", "Kim Jong Un") for i in range(5)]
    report = [Mention("r", 0, 3, "PERSON", "Kim"), Mention("r", 20, 31, "PERSON", "Kim Jong-un"),
              Mention("r", 50, 61, "PERSON", "Meeting Kim")]
    keys = resolve([*elsewhere, *report])
    assert keys[report[0]] == "kim jong un"


def test_a_bare_surname_between_two_often_named_people_is_left_alone() -> None:
    mentions = [Mention(f"a{i}", 0, 11, "PERSON", "Kim Jong Un") for i in range(6)]
    mentions += [Mention(f"b{i}", 0, 11, "PERSON", "Kim Yo Jong") for i in range(3)]
    bare = Mention("c", 0, 3, "PERSON", "Kim")
    assert resolve([*mentions, bare])[bare] == "kim"


def test_a_short_form_of_an_organisation_joins_its_full_name_in_the_same_document() -> None:
    full = Mention("d1", 0, 19, "ORG", "The Washington Post")
    short = Mention("d1", 50, 54, "ORG", "Post")
    elsewhere = Mention("d2", 0, 4, "ORG", "Post")
    keys = resolve([full, short, elsewhere])
    assert keys[short] == keys[full] == "washington post"
    assert keys[elsewhere] == "post"
