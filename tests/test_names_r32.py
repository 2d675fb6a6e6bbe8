"""One node per body, round 32: a paper named in full and by its short name ("The Kelburn
Post" ... "the Post" ... "The Post said") made up to three organisations, and a quote
credited to "the Post" went to a node of its own; so did a body named with and without
"the" ("The Kelburn Post", "Kelburn Post").  A web site's domain tagged a place or a person
("Tradeloft.com" as a GPE) is an organisation.  Near misses stay apart: two papers whose
names end alike, a generic head ("the House" beside "the White House"), a name whose last
word is no outlet's.  Every text here is invented.
"""

from __future__ import annotations

import pytest
from findings import speaker_types
from handparse import conllu, spec_rows

import quotetrack
from quotetrack.parse.names import one_body_names, web_domain

Row = tuple[str, str | None, str | None]


def org_names(result: quotetrack.ArticleResult) -> set[str]:
    return {e.name for e in result.entities if e.type == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected", "orgs"),
    [
        # the paper's short name with and without "the", after its full name
        ("The Kelburn Post reported on Monday that the mayor would resign. An aide told the "
         "Post that she had lost the council. The Post said the aide asked not to be named.",
         [("the mayor would resign", "The Kelburn Post", "ORG"),
          ("she had lost the council", "An aide", "GROUP"),
          ("the aide asked not to be named", "The Kelburn Post", "ORG")],
         {"The Kelburn Post"}),
        # the full name with and without "the", and a quote credited to the short name
        ("According to The Kelburn Post, the mayor will resign. Kelburn Post editors said "
         "the story was checked. “We stand by it,” the Post said.",
         [("the mayor will resign", "The Kelburn Post", "ORG"),
          ("the story was checked", "Kelburn Post editors", "GROUP"),
          ("“We stand by it,”", "The Kelburn Post", "ORG")],
         {"The Kelburn Post"}),
        # a short name of two words ("Daily News")
        ("Ann Roe told the Kelburn Daily News that she would run. The Daily News said she "
         "had filed.",
         [("she would run", "Ann Roe", "PERSON"),
          ("she had filed", "Kelburn Daily News", "ORG")],
         {"Kelburn Daily News"}),
    ],
)
def test_paper_short_name_is_the_paper(text: str, expected: list[Row], orgs: set[str]) -> None:
    result = quotetrack.extract(text)
    assert speaker_types(result, text) == expected
    assert org_names(result) == orgs


def test_news_opening_a_sentence_is_no_paper() -> None:
    text = ("Ann Roe told Kelburn News that the fire was out. News footage showed that the "
            "roof had fallen in.")
    result = quotetrack.extract(text)
    assert ("the roof had fallen in", "Kelburn News", "ORG") not in speaker_types(result, text)


def test_two_papers_ending_alike_leave_the_short_name_apart() -> None:
    # "the Post" of a story naming two Posts: which one is not said
    text = ("The Kelburn Post and the Dunmore Post both reported the deal. “It is done,” "
            "the Post said.")
    result = quotetrack.extract(text)
    assert {"The Kelburn Post", "Dunmore Post", "Post"} <= org_names(result)


@pytest.mark.parametrize(
    ("names", "folds"),
    [
        # with and without "the"; the short name after both
        ([[("the", "kelburn", "post")], [("kelburn", "post")], [("post",)]], {1: 0, 2: 0}),
        # a hyphened outlet word ("Sun-Times") and a short name of two words
        ([[("harwick", "sun-times")], [("sun-times",)]], {1: 0}),
        ([[("kelburn", "daily", "news")], [("the", "daily", "news")]], {1: 0}),
        # two papers end so: neither
        ([[("kelburn", "post")], [("dunmore", "post")], [("the", "post")]], {}),
        # a common noun alone is none either ("News footage showed" beside "Kelburn News")
        ([[("kelburn", "news")], [("news",)]], {}),
        ([[("kelburn", "daily", "news")], [("daily", "news")]], {1: 0}),
        # a generic head is no paper's short name ("the House" beside "the White House")
        ([[("white", "house")], [("house",)]], {}),
        # nor a body's name inside another's ("Holocaust Museum")
        ([[("holocaust", "memorial", "museum")], [("holocaust", "museum")]], {}),
        # a body named with and without "the", whatever its last word
        ([[("the", "marlow", "foundation")], [("marlow", "foundation")]], {1: 0}),
    ],
)
def test_one_body_names(names: list[list[tuple[str, ...]]], folds: dict[int, int]) -> None:
    assert one_body_names(names) == folds


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Tradeloft.com", True), ("Factcheck.org", True), ("kelburn-news.co", True),
     ("U.S.", False), ("St.", False), ("Mo.", False), ("twitter.com/annroe", False),
     ("a.com", False)],
)
def test_web_domain(word: str, expected: bool) -> None:
    assert web_domain(word) is expected


_SITE = "Tradeloft.com said on Monday that it checks listings."
_SITE_ROWS = spec_rows("Tradeloft.com/PROPN/2/nsubj/S-{} said/VERB/0/root on/ADP/4/case "
                       "Monday/PROPN/2/obl/S-DATE that/SCONJ/7/mark it/PRON/7/nsubj "
                       "checks/VERB/2/ccomp listings/NOUN/7/obj ./PUNCT/2/punct")


@pytest.mark.parametrize("tag", ["GPE", "PERSON"])
def test_web_domain_tagged_a_place_or_person_is_an_organisation(tag: str) -> None:
    rows = [tuple(x.format(tag) if isinstance(x, str) else x for x in row)
            for row in _SITE_ROWS]
    doc = quotetrack.from_conllu(_SITE, conllu(_SITE, [rows]))
    result = quotetrack.attribute_document(doc)
    assert speaker_types(result, _SITE) == [("it checks listings", "Tradeloft.com", "ORG")]
    assert ("Tradeloft.com", "ORG") in {(e.name, e.type) for e in result.entities}
