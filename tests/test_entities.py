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
